package de.qer.examples.store;

import java.util.List;
import java.util.Objects;

/**
 * What {@link CommandHandler#handle} did with a command.
 *
 * @param <S> the state of a case
 * @param <E> the events
 * @param <R> the rejection of a command
 */
public sealed interface HandleResult<S, E, R> {

    /**
     * The case.
     *
     * @return the case id, never null
     */
    String caseId();

    /**
     * How many times the command was decided (1 without a conflict).
     *
     * @return the attempts, at least 1
     */
    int attempts();

    /**
     * The command was accepted and its events are stored.
     *
     * @param caseId       the case, not null
     * @param lastSequence the sequence number of the last new event
     * @param events       the new events, in order, not empty
     * @param state        the case's state after them, not null
     * @param attempts     how many times the command was decided
     * @param <S>          the state of a case
     * @param <E>          the events
     * @param <R>          the rejection of a command
     */
    record Accepted<S, E, R>(String caseId, long lastSequence, List<E> events, S state, int attempts)
            implements HandleResult<S, E, R> {
        /**
         * Creates the result; the list is copied.
         *
         * @throws NullPointerException if a component is null
         */
        public Accepted {
            Objects.requireNonNull(caseId, "caseId");
            events = List.copyOf(events);
            Objects.requireNonNull(state, "state");
        }

        /**
         * The sequence number of the first new event.
         *
         * @return {@code lastSequence - events.size() + 1}
         */
        public long firstSequence() {
            return lastSequence - events.size() + 1;
        }
    }

    /**
     * The case logic rejected the command; nothing was stored.
     *
     * @param caseId    the case, not null
     * @param sequence  the case's last sequence number the command was decided on
     * @param rejection the rejection, not null
     * @param attempts  how many times the command was decided
     * @param <S>       the state of a case
     * @param <E>       the events
     * @param <R>       the rejection of a command
     */
    record Rejected<S, E, R>(String caseId, long sequence, R rejection, int attempts) implements HandleResult<S, E, R> {
        /**
         * Creates the result.
         *
         * @throws NullPointerException if a component is null
         */
        public Rejected {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /**
     * Every attempt met a concurrent append; nothing was stored. The caller may send the command again.
     *
     * @param caseId       the case, not null
     * @param attempts     how many times the command was decided
     * @param lastConflict the last conflict, not null
     * @param <S>          the state of a case
     * @param <E>          the events
     * @param <R>          the rejection of a command
     */
    record GaveUp<S, E, R>(String caseId, int attempts, AppendResult.Conflict lastConflict) implements HandleResult<S, E, R> {
        /**
         * Creates the result.
         *
         * @throws NullPointerException if a component is null
         */
        public GaveUp {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(lastConflict, "lastConflict");
        }
    }
}
