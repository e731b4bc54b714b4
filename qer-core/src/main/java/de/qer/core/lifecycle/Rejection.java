package de.qer.core.lifecycle;

import de.qer.core.rule.Problem;
import de.qer.core.rule.ProblemCode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A command that the procedure does not allow, with <em>all</em> its problems at once. The case
 * state is unchanged.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param problems the problems, never empty
 */
public record Rejection(List<Problem> problems) {

    /**
     * Creates a rejection; the list is copied.
     *
     * @throws IllegalArgumentException if there is no problem
     */
    public Rejection {
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one problem");
        }
    }

    /**
     * The rule IDs of all problems.
     *
     * @return the rule IDs, never null
     */
    public Set<String> rules() {
        return problems.stream().map(Problem::rule).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The problem codes.
     *
     * @return the codes, never null
     */
    public Set<ProblemCode> codes() {
        return problems.stream().map(Problem::code).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The fields with a problem.
     *
     * @return the fields, never null
     */
    public Set<String> fields() {
        return problems.stream().map(Problem::field).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * All messages, one per line.
     *
     * @param locale German for German, anything else for English; not null
     * @return the messages, never null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return "Rejection" + problems;
    }
}
