package de.qer.docs.validation;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves qer's message templates from the bundles {@code ValidationMessages_de} and
 * {@code ValidationMessages_en} of this module, and the constraint's attributes such as {@code {rule}}.
 * Uses the Jakarta Validation API only (no provider specifics, no expression language), and never
 * puts the validated value into a message, so no personal data can leak into it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QerMessageInterpolator implements MessageInterpolator {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^{}]+)}");

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
        ResourceBundle bundle = bundle(locale);
        Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
        String once = replace(messageTemplate, bundle, attributes);
        return replace(once, bundle, attributes);
    }

    private static String replace(String template, ResourceBundle bundle, Map<String, Object> attributes) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value;
            if (bundle.containsKey(key)) {
                value = bundle.getString(key);
            } else if (attributes.containsKey(key) && !"message".equals(key) && !"payload".equals(key)
                    && !"groups".equals(key)) {
                value = String.valueOf(attributes.get(key));
            } else {
                value = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale lang = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        try {
            return ResourceBundle.getBundle("ValidationMessages", lang, QerMessageInterpolator.class.getModule());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("qer-docs: the bundle ValidationMessages is missing from the module", e);
        }
    }
}
