package de.qer.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import de.qer.core.Deadline;
import de.qer.core.Fixtures;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants over random command sequences. */
class LifecyclePropertiesTest {

    private final QuerDecider decider = Fixtures.decider();
    private final List<Command> pool = CommandPool.pool();

    @Test
    void randomSequences_neverThrow_stayInTheTable_andReplayEqualsTheDecidedState() {
        java.util.Map<StateKind, Integer> reached = new java.util.EnumMap<>(StateKind.class);
        java.util.Set<CommandKind> accepted = java.util.EnumSet.noneOf(CommandKind.class);
        qt().withExamples(1500).forAll(lists().of(integers().between(0, pool.size() - 1)).ofSizeBetween(0, 60))
                .checkAssert(picks -> {
                    CaseState state = QuerDecider.initialState();
                    List<Event> events = new ArrayList<>();
                    for (int i : picks) {
                        Command c = pool.get(i);
                        Either<Rejection, Decision> r = decider.decide(state, c); // must not throw
                        if (r.isRight()) {
                            StateKind before = state.kind();
                            assertTrue(Transitions.allows(before, c.kind()), before + " x " + c.kind());
                            state = decider.evolve(state, r.get().events());
                            assertEquals(Transitions.find(before, c.kind()).orElseThrow().to(), state.kind());
                            reached.merge(state.kind(), 1, Integer::sum);
                            accepted.add(c.kind());
                            events.addAll(r.get().events());
                            for (Event e : r.get().events()) {
                                if (e instanceof Event.QuerStatusSet s && s.status().findDeadline().isPresent()) {
                                    Deadline d = s.status().findDeadline().get();
                                    assertTrue(decider.deadlines().calendar().isWorkingDay(d.due()), d::toString);
                                    assertTrue(d.due().isAfter(d.trigger()), d::toString);
                                }
                            }
                        } else {
                            assertFalse(r.getLeft().problems().isEmpty());
                        }
                    }
                    assertEquals(state, decider.replay(events));
                });
        // the sequences must get deep enough to mean something
        assertTrue(reached.getOrDefault(StateKind.IN_BETREUUNG, 0) > 50, reached::toString);
        assertTrue(accepted.contains(CommandKind.RECORD_QUER) && accepted.contains(CommandKind.IMPORT_MEMBERS), accepted::toString);
    }

    @Test
    void aRejectedCommandLeavesTheStateAsItWas() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, pool.size() - 1)).ofSizeBetween(1, 25))
                .checkAssert(picks -> {
                    CaseState state = QuerDecider.initialState();
                    for (int i : picks) {
                        CaseState before = state;
                        Either<Rejection, QuerDecider.Outcome> r = decider.handle(state, pool.get(i));
                        state = r.isRight() ? r.get().state() : state;
                        if (r.isLeft()) {
                            assertEquals(before, state);
                        }
                    }
                });
    }
}
