package de.qer.core.lifecycle;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem of a command: what is wrong, under which rule, in which field, in German and English.
 * Messages name fields and process dates, never personal data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code      the kind of problem, not null
 * @param rule      the rule ID, for example {@code "R-V2"}, not null
 * @param field     the field of the command, for example {@code "eintraege.arbeitslosAb"}, not null
 * @param messageDe the German message, not null
 * @param messageEn the English message, not null
 */
public record Problem(ProblemCode code, String rule, String field, String messageDe, String messageEn) {

    /**
     * Creates a problem.
     *
     * @param code the kind of problem, not null
     * @param rule the rule ID, for example {@code "R-V2"}, not null
     * @param field the field of the command, for example {@code "eintraege.arbeitslosAb"}, not null
     * @param messageDe the German message, not null
     * @param messageEn the English message, not null
     * @throws NullPointerException if a component is null
     */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageDe, "messageDe");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * The message in a language.
     *
     * @param locale German for German, anything else for English; not null
     * @return the message with rule and field, never null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "[" + rule + "] " + field + ": " + ("de".equals(locale.getLanguage()) ? messageDe : messageEn);
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
