package de.qer.docs.validation;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders the messages of qer's constraint violations from the one bundle of {@code de.qer.core.rule}
 * (each violation's template carries its problem: key, rule, code, severity and arguments). Uses the
 * Jakarta Validation API only (no provider specifics, no expression language), and never puts the
 * validated value into a message, so no personal data can leak into it. A template that is not qer's is
 * returned as it is.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QerMessageInterpolator implements MessageInterpolator {

    private final Locale defaultLocale;

    /** Creates an interpolator whose default language is German. */
    public QerMessageInterpolator() {
        this(Locale.GERMAN);
    }

    /**
     * Creates an interpolator.
     *
     * @param defaultLocale the language when none is asked for, not null
     */
    public QerMessageInterpolator(Locale defaultLocale) {
        this.defaultLocale = Objects.requireNonNull(defaultLocale, "defaultLocale");
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, defaultLocale);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return ProblemTemplate.decode(messageTemplate, "").map(p -> p.text(locale)).orElse(messageTemplate);
    }
}
