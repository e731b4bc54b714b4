package de.qer.core.rule;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found by a rule, in a command (qer-core) or a document (qer-docs): which rule, which field,
 * how serious, what kind, and its message from the one German and English bundle. The message is rendered
 * only when asked ({@link #message(Locale)}), so a rejected command costs no text. Messages name fields
 * and process dates, never personal data or caller text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code     the kind of problem, not null
 * @param rule     the rule ID, for example {@code "R-V2"}, not null
 * @param field    the field, for example {@code "eintraege.arbeitslosAb"} or
 *                 {@code "kooperationsplan.aktivitaeten[0].bisWann"}: property names and list indices only,
 *                 never a value; not null
 * @param severity error or warning, not null
 * @param text     the message key and its arguments, not null
 */
public record Problem(ProblemCode code, String rule, String field, Severity severity, Message text) {

    /**
     * Creates a problem.
     *
     * @throws NullPointerException if a component is null
     */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
    }

    /**
     * An error.
     *
     * @param code  the kind of problem, not null
     * @param rule  the rule ID, not null
     * @param field the field, not null
     * @param key   the message key in the bundle, not null
     * @param args  the message's arguments: process values or {@link Message}s, never caller text
     * @return the problem, never null
     */
    public static Problem error(ProblemCode code, String rule, String field, String key, Object... args) {
        return new Problem(code, rule, field, Severity.ERROR, new Message(key, Arrays.asList(Objects.requireNonNull(args, "args"))));
    }

    /**
     * A warning.
     *
     * @param code  the kind of problem, not null
     * @param rule  the rule ID, not null
     * @param field the field, not null
     * @param key   the message key in the bundle, not null
     * @param args  the message's arguments: process values or {@link Message}s, never caller text
     * @return the problem, never null
     */
    public static Problem warning(ProblemCode code, String rule, String field, String key, Object... args) {
        return new Problem(code, rule, field, Severity.WARNING, new Message(key, Arrays.asList(Objects.requireNonNull(args, "args"))));
    }

    /**
     * The same problem at a field below another: {@code beratungsvermerk} + {@code bgGroesse}.
     *
     * @param parent the path of the parent, not null; empty for none
     * @return the problem, never null
     */
    public Problem under(String parent) {
        Objects.requireNonNull(parent, "parent");
        if (parent.isEmpty()) {
            return this;
        }
        String f = field.isEmpty() ? parent : field.startsWith("[") ? parent + field : parent + "." + field;
        return new Problem(code, rule, f, severity, text);
    }

    /**
     * The message text alone, in a language.
     *
     * @param locale German for German, anything else for English; not null
     * @return the text, never null
     */
    public String text(Locale locale) {
        return text.render(locale);
    }

    /**
     * The German message text.
     *
     * @return the text, never null
     */
    public String messageDe() {
        return text.render(Locale.GERMAN);
    }

    /**
     * The English message text.
     *
     * @return the text, never null
     */
    public String messageEn() {
        return text.render(Locale.ENGLISH);
    }

    /**
     * The message in a language, with rule and field: {@code [R-V2] eintraege.kundenstatus: Fehlt: …}.
     *
     * @param locale German for German, anything else for English; not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "[" + rule + "] " + field + ": " + text.render(locale);
    }

    @Override
    public String toString() {
        return severity == Severity.ERROR ? message(Locale.ENGLISH) : severity + " " + message(Locale.ENGLISH);
    }
}
