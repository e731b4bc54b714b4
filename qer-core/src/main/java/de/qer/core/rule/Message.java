package de.qer.core.rule;

import de.qer.calendar.Label;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A message of qer: a key of the one German and English bundle {@code de.qer.core.rule.messages} and its
 * arguments, rendered only when asked ({@link #render(Locale)}) with {@link MessageFormat} ({@code {0}},
 * {@code {1}}, …). An argument is a process value (a date, a month, a number, an ID of the procedure), a
 * {@link Label} of the procedure (a role, a state, a standard) or another message (both rendered in the same
 * language); never caller text. Numbers and dates are rendered as
 * they print ({@code 20000}, {@code 2026-12-08}), not in a locale's format.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key  the key in the bundle, for example {@code "R-E1.beforeApplication"}, not null
 * @param args the arguments: strings, labels or messages; not null
 */
public record Message(String key, List<Object> args) {

    /** The base name of the bundle: a package of this module, so that it resolves on the module path too. */
    static final String BUNDLE = "de.qer.core.rule.messages";

    /**
     * Creates a message; each argument that is not a {@link Message} or a {@link Label} is kept as its string form.
     *
     * @throws NullPointerException if the key, the list or an argument is null
     */
    public Message {
        Objects.requireNonNull(key, "key");
        List<Object> copy = new ArrayList<>(Objects.requireNonNull(args, "args").size());
        for (Object a : args) {
            Objects.requireNonNull(a, "args element");
            copy.add(a instanceof Message || a instanceof Label || a instanceof String ? a : String.valueOf(a));
        }
        args = List.copyOf(copy);
    }

    /**
     * A message.
     *
     * @param key  the key in the bundle, not null
     * @param args the arguments: process values (dates, numbers, IDs) or messages; never caller text
     * @return the message, never null
     */
    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(Objects.requireNonNull(args, "args")));
    }

    /**
     * The text in a language.
     *
     * @param locale German for German, anything else for English; not null
     * @return the text, never null
     * @throws MissingResourceException if the key is not in the bundle (a bug: {@code MessageBundleTest})
     */
    public String render(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = Bundles.of(locale);
        String pattern = bundle.getString(key);
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            Object a = args.get(i);
            values[i] = a instanceof Message m ? m.render(locale) : a instanceof Label l ? l.in(locale) : a;
        }
        return new MessageFormat(pattern, Locale.ROOT).format(values);
    }

    /** The two bundles, loaded once from this module (a named module on the module path, or the class path). */
    static final class Bundles {
        private static final ResourceBundle DE = load(Locale.GERMAN);
        private static final ResourceBundle EN = load(Locale.ENGLISH);

        private Bundles() {
        }

        static ResourceBundle of(Locale locale) {
            return "de".equals(locale.getLanguage()) ? DE : EN;
        }

        private static ResourceBundle load(Locale locale) {
            try {
                return ResourceBundle.getBundle(BUNDLE, locale, Message.class.getModule());
            } catch (MissingResourceException e) {
                throw new IllegalStateException("qer-core: the bundle " + BUNDLE + " is missing from the module", e);
            }
        }
    }

    @Override
    public String toString() {
        return render(Locale.ENGLISH);
    }
}
