package de.qer.core.lifecycle;

import de.qer.core.rule.Problem;
import de.qer.core.rule.ProblemCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import io.vavr.control.Either;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Given / when / then for the decider: given the events of a case (or a case driven so far), when a
 * command, then the events it decides or the rejection and the rules it names. Tests state facts, not
 * positions in an event list, and need no casts.
 *
 * <pre>
 * givenState(Fixtures.assigned(bg))
 *         .when(new Command.RecordQuer(F_IFK, day, HA, Fixtures.vollstaendig()))
 *         .thenRejected("R-B4");
 * </pre>
 *
 * An accepted command moves the given case on, as in the procedure: the run's events and state then
 * include the decision, so that a scenario can go on from there.
 */
final class Given {

    private final Run run;

    private Given(Run run) {
        this.run = run;
    }

    /**
     * The case made of these events, decided with {@link Fixtures#decider()}.
     *
     * @param history the events so far, oldest first
     * @return the case
     */
    static Given given(Event... history) {
        Run run = new Run(Fixtures.decider());
        run.events.addAll(Arrays.asList(history));
        run.state = run.decider.replay(run.events);
        return new Given(run);
    }

    /**
     * The case driven so far by {@code run}.
     *
     * @param run the case, moved on by every accepted command
     * @return the case
     */
    static Given givenState(Run run) {
        return new Given(run);
    }

    /**
     * Decides the command in the given case.
     *
     * @param command the command
     * @return what was decided, to check with the {@code then…} methods
     */
    When when(Command command) {
        CaseState before = run.state;
        Either<Rejection, Decision> result = run.decider.decide(before, command);
        if (result.isRight()) {
            run.events.addAll(result.get().events());
            run.state = run.decider.evolve(before, result.get().events());
        }
        return new When(command, result, run.state);
    }

    /** The decision of one command; every {@code then…} method returns it, so that the checks chain. */
    static final class When {
        private final Command command;
        private final Either<Rejection, Decision> result;
        private final CaseState after;

        private When(Command command, Either<Rejection, Decision> result, CaseState after) {
            this.command = command;
            this.result = result;
            this.after = after;
        }

        private List<Event> events() {
            if (result.isLeft()) {
                fail(command.kind() + " was rejected, expected it to be accepted: " + result.getLeft().message(Locale.ENGLISH));
            }
            return result.get().events();
        }

        private Rejection rejection() {
            if (result.isRight()) {
                fail(command.kind() + " was accepted, expected a rejection: " + result.get().events());
            }
            return result.getLeft();
        }

        /** The command is accepted. */
        When thenAccepted() {
            events();
            return this;
        }

        /** The command is accepted, and its events satisfy {@code check}. */
        When thenEvents(Consumer<List<Event>> check) {
            check.accept(events());
            return this;
        }

        /** The command is accepted with exactly one event of {@code type}, which satisfies {@code check}. */
        <E extends Event> When thenEventOfType(Class<E> type, Consumer<? super E> check) {
            List<E> found = events().stream().filter(type::isInstance).map(type::cast).toList();
            assertEquals(1, found.size(), () -> "one " + type.getSimpleName() + " among " + events());
            check.accept(found.get(0));
            return this;
        }

        /** The command is accepted, and the case is then in a state of {@code type} that satisfies {@code check}. */
        <S extends CaseState> When thenState(Class<S> type, Consumer<? super S> check) {
            events();
            check.accept(assertInstanceOf(type, after, () -> command.kind() + " left the case in " + after.kind()));
            return this;
        }

        /** The command is rejected, naming exactly these rules. */
        When thenRejected(String... rules) {
            Rejection r = rejection();
            assertEquals(Set.of(rules), r.rules(), r::toString);
            return this;
        }

        /** The command is rejected, and one of the rules it names is {@code rule}. */
        When thenRejectedNaming(String rule) {
            Rejection r = rejection();
            assertTrue(r.rules().contains(rule), () -> rule + " not named: " + r);
            return this;
        }

        /** The command is rejected, with problems of exactly these fields. */
        When thenRejectedWithFields(String... fields) {
            Rejection r = rejection();
            assertEquals(Set.of(fields), r.fields(), r::toString);
            return this;
        }

        /** The command is rejected, with problems of exactly these codes. */
        When thenRejectedWithCodes(ProblemCode... codes) {
            Rejection r = rejection();
            assertEquals(Set.of(codes), r.codes(), r::toString);
            return this;
        }

        /** The command is rejected, and the first problem (the one a caseworker reads first) satisfies {@code check}. */
        When thenFirstProblem(Consumer<Problem> check) {
            check.accept(rejection().problems().get(0));
            return this;
        }

        /** The command is rejected, and the whole rejection satisfies {@code check}. */
        When thenRejection(Consumer<Rejection> check) {
            check.accept(rejection());
            return this;
        }
    }
}
