package de.qer.docs.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * One finding of the validation: rule, field, severity, and the message in German and English. Names
 * the field, never what it contained.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule       the rule ID, for example {@code "R-N2"}, not null
 * @param field      the property path, for example {@code "kooperationsplan.aktivitaeten[0].bisWann"} or
 *                   {@code "kooperationsplan.schritte[1]"}: property names and list indices only, never a
 *                   value, not null
 * @param severity   error or warning, not null
 * @param constraint the constraint's simple name, not null
 * @param messageDe  the German message, not null
 * @param messageEn  the English message, not null
 */
public record Violation(String rule, String field, Severity severity, String constraint, String messageDe,
                        String messageEn) {

    /**
     * Creates a violation.
     *
     * @param rule the rule ID, for example {@code "R-N2"}, not null
     * @param field the property path, for example {@code "kooperationsplan.aktivitaeten[0].bisWann"}, not null
     * @param severity error or warning, not null
     * @param constraint the constraint's simple name, not null
     * @param messageDe the German message, not null
     * @param messageEn the English message, not null
     * @throws NullPointerException if a component is null
     */
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(messageDe, "messageDe");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * The message in a language, with rule and field.
     *
     * @param locale German for German, anything else for English; not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "[" + rule + "] " + field + ": " + ("de".equals(locale.getLanguage()) ? messageDe : messageEn);
    }

    @Override
    public String toString() {
        return severity + " " + message(Locale.ENGLISH);
    }
}
