package de.qer.examples.store;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The host's command loop for one kind of case: load the case, decode and replay its events, decide
 * the command, encode the new events and append them after the sequence number that was replayed. On a
 * conflict (another writer appended first) it starts again from the load, at most
 * {@code maxAttempts} times.
 *
 * <p>A stored event that cannot be decoded or does not apply to the replayed state stops the command
 * with a {@link CorruptEventException} naming the case and the sequence number: nothing is decided on a
 * wrong state. The handler is thread-safe if its codec and case logic are.
 *
 * @param <S> the state of a case
 * @param <C> the commands
 * @param <E> the events
 * @param <R> the rejection of a command
 */
public final class CommandHandler<S, C, E, R> {

    private final EventStore store;
    private final EventCodec<E> codec;
    private final CaseLogic<S, C, E, R> logic;
    private final int maxAttempts;

    /**
     * Creates the handler.
     *
     * @param store       the store, not null
     * @param codec       the events' codec, not null
     * @param logic       the case logic, not null
     * @param maxAttempts how many times a command is decided at most when appends conflict, at least 1
     * @throws IllegalArgumentException if {@code maxAttempts} is below 1
     */
    public CommandHandler(EventStore store, EventCodec<E> codec, CaseLogic<S, C, E, R> logic, int maxAttempts) {
        this.store = Objects.requireNonNull(store, "store");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.logic = Objects.requireNonNull(logic, "logic");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts: " + maxAttempts + " is below 1");
        }
        this.maxAttempts = maxAttempts;
    }

    /**
     * Handles a command for a case.
     *
     * @param caseId  the case, not blank
     * @param command the command, not null
     * @return accepted (with the stored events), rejected, or given up after {@code maxAttempts}
     *         conflicts; never null
     * @throws CorruptEventException if a stored event of the case cannot be decoded or replayed
     * @throws EventStoreException   if the database fails
     */
    public HandleResult<S, E, R> handle(String caseId, C command) {
        Objects.requireNonNull(command, "command");
        AppendResult.Conflict conflict = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Replayed<S> current = replay(caseId);
            Either<R, List<E>> decided = Objects.requireNonNull(logic.decide(current.state(), command), "decide returned null");
            if (decided.isLeft()) {
                return new HandleResult.Rejected<>(caseId, current.sequence(), decided.getLeft(), attempt);
            }
            List<E> events = List.copyOf(decided.get());
            if (events.isEmpty()) {
                throw new IllegalStateException("the case logic accepted a command without events");
            }
            List<NewEvent> rows = new ArrayList<>(events.size());
            S state = current.state();
            for (E e : events) {
                rows.add(Objects.requireNonNull(codec.encode(caseId, e), "encode returned null"));
                state = logic.evolve(state, e);
            }
            AppendResult appended = store.append(caseId, current.sequence(), rows);
            if (appended instanceof AppendResult.Appended a) {
                return new HandleResult.Accepted<>(caseId, a.lastSequence(), events, state, attempt);
            }
            conflict = (AppendResult.Conflict) appended;
        }
        return new HandleResult.GaveUp<>(caseId, maxAttempts, conflict);
    }

    /**
     * A case's current state: its events loaded, decoded and replayed.
     *
     * @param caseId the case, not blank
     * @return the state and the last sequence number (0 and the initial state for a new case), never null
     * @throws CorruptEventException if a stored event cannot be decoded or replayed
     * @throws EventStoreException   if the database fails
     */
    public Replayed<S> replay(String caseId) {
        S state = logic.initialState();
        long seq = 0;
        List<E> earlier = new ArrayList<>();
        for (StoredEvent row : store.load(caseId)) {
            E event = EventCodec.decodeRow(codec, row, Collections.unmodifiableList(earlier));
            earlier.add(event);
            try {
                state = Objects.requireNonNull(logic.evolve(state, event), "evolve returned null");
            } catch (RuntimeException e) {
                throw CorruptEventException.notApplicable(row, e);
            }
            seq = row.seq();
        }
        return new Replayed<>(state, seq);
    }

    /**
     * A replayed case.
     *
     * @param state    the state after the case's events, not null
     * @param sequence the sequence number of the last event, 0 for none
     * @param <S>      the state of a case
     */
    public record Replayed<S>(S state, long sequence) {
        /**
         * Creates the record.
         *
         * @throws NullPointerException if the state is null
         */
        public Replayed {
            Objects.requireNonNull(state, "state");
        }
    }
}
