package de.qer.examples;

import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Decision;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.lifecycle.Rejection;
import de.qer.examples.store.CaseLogic;
import de.qer.examples.store.CommandHandler;
import de.qer.examples.store.EventStore;
import java.util.Objects;

/**
 * qer behind the reference store: its decider as the store's case logic, and a command handler that
 * keeps qer's events as JSON ({@link QerEventCodec}).
 *
 * <pre>{@code
 * CommandHandler<CaseState, Command, Event, Rejection> handler = QuerStore.handler(store, decider);
 * HandleResult<CaseState, Event, Rejection> r = handler.handle("BG-4711", command);  // load, decide, append, retry
 * }</pre>
 */
public final class QuerStore {

    private QuerStore() {
    }

    /**
     * The decider as the store's case logic.
     *
     * @param decider the decider, not null
     * @return the case logic, never null
     */
    public static CaseLogic<CaseState, Command, Event, Rejection> logic(QuerDecider decider) {
        Objects.requireNonNull(decider, "decider");
        return CaseLogic.of(QuerDecider::initialState, decider::evolve,
                (state, command) -> decider.decide(state, command).map(Decision::events));
    }

    /**
     * A command handler for qer's cases in a store, retrying a conflicting append up to 5 times.
     *
     * @param store   the store, not null
     * @param decider the decider, not null
     * @return the handler, never null
     */
    public static CommandHandler<CaseState, Command, Event, Rejection> handler(EventStore store, QuerDecider decider) {
        return new CommandHandler<>(Objects.requireNonNull(store, "store"), QerEventCodec.INSTANCE, logic(decider), 5);
    }
}
