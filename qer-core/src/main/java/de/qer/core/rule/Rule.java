package de.qer.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rule of the catalogue as a value: its ID ({@code "R-N1"}), a name that tells the rules of one ID apart,
 * the type it checks and the check, which returns the {@link Problem}s it finds (each with a message key of
 * the one bundle). The decider's handlers, the document checks of qer-docs and the import check use rules
 * and their problems alike.
 *
 * <pre>{@code
 * Rule<Kooperationsplan> notSigned = Rule.of("R-K1", "NichtUnterschrieben", Kooperationsplan.class, (kp, found) -> {
 *     if (kp.isUnterschrieben()) {
 *         found.error(ProblemCode.WRONG_VALUE, "unterschrieben", "R-K1.signed");
 *     }
 * });
 * List<Problem> problems = notSigned.check(plan);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe when its check is.
 *
 * @param <T> the type the rule checks
 */
public final class Rule<T> {

    /**
     * The check of a rule: reports what it finds.
     *
     * @param <T> the type it checks
     */
    @FunctionalInterface
    public interface Check<T> {
        /**
         * Checks a subject.
         *
         * @param subject the subject, not null
         * @param found   where the problems go, not null
         */
        void check(T subject, Findings found);
    }

    private final String id;
    private final String name;
    private final Class<T> type;
    private final Check<T> check;

    private Rule(String id, String name, Class<T> type, Check<T> check) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.check = Objects.requireNonNull(check, "check");
    }

    /**
     * A rule.
     *
     * @param id    the rule ID of the catalogue, for example {@code "R-N1"}, not null
     * @param name  the name of this check, unique in its list, not null
     * @param type  the type it checks, not null
     * @param check the check, not null
     * @param <T>   the type it checks
     * @return the rule, never null
     */
    public static <T> Rule<T> of(String id, String name, Class<T> type, Check<T> check) {
        return new Rule<>(id, name, type, check);
    }

    /**
     * The rule ID of the catalogue.
     *
     * @return the ID, never null
     */
    public String id() {
        return id;
    }

    /**
     * The name of this check.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /**
     * The type this rule checks.
     *
     * @return the type, never null
     */
    public Class<T> type() {
        return type;
    }

    /**
     * Whether the rule checks this object (it is of the rule's type).
     *
     * @param subject any object, not null
     * @return true if the rule applies
     */
    public boolean appliesTo(Object subject) {
        return type.isInstance(Objects.requireNonNull(subject, "subject"));
    }

    /**
     * Checks a subject.
     *
     * @param subject the subject, not null
     * @return the problems, each naming this rule's ID; empty if none
     */
    public List<Problem> check(T subject) {
        Objects.requireNonNull(subject, "subject");
        Findings found = new Findings(id);
        check.check(subject, found);
        return found.problems();
    }

    /**
     * Checks an object if the rule applies to it.
     *
     * @param subject any object, not null
     * @return the problems, empty if there are none or the rule does not apply
     */
    public List<Problem> checkIfApplies(Object subject) {
        return appliesTo(subject) ? check(type.cast(subject)) : List.of();
    }

    @Override
    public String toString() {
        return "Rule[" + id + " " + name + "]";
    }

    /** What one rule found in one subject: problems that name the rule's ID. Not thread-safe; local to one check. */
    public static final class Findings {
        private final String rule;
        private List<Problem> problems = List.of();

        Findings(String rule) {
            this.rule = rule;
        }

        /**
         * Reports an error.
         *
         * @param code  the kind of problem, not null
         * @param field the field, relative to the subject; not null
         * @param key   the message key, not null
         * @param args  the message's arguments: process values or {@link Message}s, never caller text
         */
        public void error(ProblemCode code, String field, String key, Object... args) {
            Objects.requireNonNull(args, "args");
            add(Problem.error(code, rule, field, key, args));
        }

        /**
         * Reports a warning.
         *
         * @param code  the kind of problem, not null
         * @param field the field, relative to the subject; not null
         * @param key   the message key, not null
         * @param args  the message's arguments: process values or {@link Message}s, never caller text
         */
        public void warning(ProblemCode code, String field, String key, Object... args) {
            Objects.requireNonNull(args, "args");
            add(Problem.warning(code, rule, field, key, args));
        }

        /**
         * Reports a problem as it is (also one under another rule ID, for a check shared by several rules).
         *
         * @param problem the problem, not null
         */
        public void add(Problem problem) {
            Objects.requireNonNull(problem, "problem");
            if (problems.isEmpty()) {
                problems = new ArrayList<>(2);
            }
            problems.add(problem);
        }

        /**
         * The rule ID the problems name.
         *
         * @return the ID, never null
         */
        public String rule() {
            return rule;
        }

        List<Problem> problems() {
            return problems.isEmpty() ? List.of() : List.copyOf(problems);
        }
    }
}
