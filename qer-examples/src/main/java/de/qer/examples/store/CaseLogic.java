package de.qer.examples.store;

import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A case's decision logic in the Decider shape, as the {@link CommandHandler} needs it: the initial
 * state, how one event changes a state, and what a command causes. For qer:
 *
 * <pre>{@code
 * QuerDecider decider = QuerDecider.of(deadlines, staffing);
 * CaseLogic<CaseState, Command, Event, Rejection> logic = CaseLogic.of(
 *         QuerDecider::initialState, decider::evolve,
 *         (state, command) -> decider.decide(state, command).map(Decision::events));
 * }</pre>
 *
 * <p>Implementations are pure and thread-safe.
 *
 * @param <S> the state of a case
 * @param <C> the commands
 * @param <E> the events
 * @param <R> the rejection of a command
 */
public interface CaseLogic<S, C, E, R> {

    /**
     * The state before a case's first event.
     *
     * @return the state, never null
     */
    S initialState();

    /**
     * Applies one event.
     *
     * @param state the state, not null
     * @param event the event, not null
     * @return the new state, never null
     * @throws IllegalArgumentException (or another runtime exception) if the event does not apply
     */
    S evolve(S state, E event);

    /**
     * Decides a command in a state.
     *
     * @param state   the current state, not null
     * @param command the command, not null
     * @return the rejection, or the events the command causes (at least one); never null
     */
    Either<R, List<E>> decide(S state, C command);

    /**
     * A case logic from three functions.
     *
     * @param initialState the initial state, not null
     * @param evolve       applies one event, not null
     * @param decide       decides a command, not null
     * @param <S>          the state of a case
     * @param <C>          the commands
     * @param <E>          the events
     * @param <R>          the rejection of a command
     * @return the case logic, never null
     */
    static <S, C, E, R> CaseLogic<S, C, E, R> of(Supplier<? extends S> initialState,
            BiFunction<? super S, ? super E, ? extends S> evolve,
            BiFunction<? super S, ? super C, ? extends Either<? extends R, ? extends List<E>>> decide) {
        Objects.requireNonNull(initialState, "initialState");
        Objects.requireNonNull(evolve, "evolve");
        Objects.requireNonNull(decide, "decide");
        return new CaseLogic<>() {
            @Override
            public S initialState() {
                return initialState.get();
            }

            @Override
            public S evolve(S state, E event) {
                return evolve.apply(state, event);
            }

            @Override
            public Either<R, List<E>> decide(S state, C command) {
                return Either.narrow(decide.apply(state, command));
            }
        };
    }
}
