package de.qer.core.lifecycle;

import de.qer.core.rule.Problem;
import de.qer.core.rule.ProblemCode;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.junit.jupiter.api.Assertions.assertFalse;

import static de.qer.core.Fixtures.ANTRAG;
import static de.qer.core.Fixtures.BEWILLIGUNG;
import static de.qer.core.Fixtures.BI;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.IFK;
import static de.qer.core.Fixtures.LG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import io.vavr.control.Either;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** decide agrees with the table of allowed (state, command) pairs, and the diagram is drawn from it. */
class TransitionTableTest {

    static Map<StateKind, Run> representativeStates() {
        Map<CommandKind, Command> v = CommandPool.valid();
        // an early request for active support (R-F4) from the first day, so that its clarification can be recorded later
        Command request = new Command.RequestActiveSupport(EZ, ANTRAG, HA, IFK, "Fahrkosten");
        Map<StateKind, Run> m = new EnumMap<>(StateKind.class);
        m.put(StateKind.KEIN_FALL, new Run(Fixtures.decider()));
        m.put(StateKind.BEANTRAGT, new Run(Fixtures.decider()).ok(v.get(CommandKind.TAKE_APPLICATION)).ok(request));
        m.put(StateKind.ZURUECKGENOMMEN, new Run(Fixtures.decider()).ok(v.get(CommandKind.TAKE_APPLICATION))
                .ok(new Command.WithdrawApplication(EZ, ANTRAG)));
        m.put(StateKind.AUF_VM, new Run(Fixtures.decider()).ok(v.get(CommandKind.TAKE_APPLICATION)).ok(request)
                .ok(v.get(CommandKind.PARK_ON_VM)));
        m.put(StateKind.ABGELEHNT, new Run(Fixtures.decider()).ok(v.get(CommandKind.TAKE_APPLICATION))
                .ok(v.get(CommandKind.PARK_ON_VM)).ok(new Command.RejectApplication(LG, ANTRAG.plusDays(5))));
        m.put(StateKind.BEWILLIGT, new Run(Fixtures.decider()).ok(v.get(CommandKind.TAKE_APPLICATION)).ok(request)
                .ok(v.get(CommandKind.PARK_ON_VM)).ok(v.get(CommandKind.RELEASE_APPROVAL)));
        m.put(StateKind.IN_BETREUUNG, new Run(Fixtures.decider()).ok(v.get(CommandKind.TAKE_APPLICATION)).ok(request)
                .ok(v.get(CommandKind.PARK_ON_VM)).ok(v.get(CommandKind.RELEASE_APPROVAL))
                .ok(new Command.AssignIfk(BI, BEWILLIGUNG.plusDays(3), IFK))
                .ok(new Command.RecordQuer(IFK, CommandPool.d("2026-11-19"), HA,
                        CommandPool.withOpenPoint("OP-1", CommandPool.d("2026-11-26")))));
        m.put(StateKind.BEENDET, Fixtures.assigned(Fixtures.bgFamilie())
                .ok(new Command.EndCase(BI, CommandPool.d("2026-11-30"), CaseEndReason.RECEIPT_ENDED)));
        return m;
    }

    @Test
    void decideAgreesWithTheTable_forEveryStateAndCommand() {
        int allowed = 0;
        for (Map.Entry<StateKind, Run> s : representativeStates().entrySet()) {
            Run run = s.getValue();
            assertEquals(s.getKey(), run.state.kind());
            for (Map.Entry<CommandKind, Command> c : CommandPool.valid().entrySet()) {
                Either<Rejection, Decision> r = run.decider.decide(run.state, c.getValue());
                String where = s.getKey() + " x " + c.getKey();
                if (Transitions.allows(s.getKey(), c.getKey())) {
                    allowed++;
                    assertTrue(r.isRight(), () -> where + " should be accepted: " + r.getLeft());
                    CaseState next = run.decider.evolve(run.state, r.get().events());
                    assertEquals(Transitions.find(s.getKey(), c.getKey()).orElseThrow().to(), next.kind(), where);
                } else {
                    assertTrue(r.isLeft(), where + " should be rejected");
                    assertEquals(1, r.getLeft().problems().size(), where);
                    assertTrue(Set.of(ProblemCode.NOT_ALLOWED_IN_STATE, ProblemCode.BEFORE_APPROVAL)
                            .contains(r.getLeft().problems().get(0).code()), where);
                }
            }
        }
        assertEquals(Transitions.all().size(), allowed, "every row of the table was exercised");
    }

    @Test
    void aRefusalInTheWrongState_namesARuleId_andReadsInBothLanguages() {
        for (Map.Entry<StateKind, Run> s : representativeStates().entrySet()) {
            for (Map.Entry<CommandKind, Command> c : CommandPool.valid().entrySet()) {
                if (Transitions.allows(s.getKey(), c.getKey())) {
                    continue;
                }
                Problem p = s.getValue().decider.decide(s.getValue().state, c.getValue()).getLeft().problems().get(0);
                String where = s.getKey() + " x " + c.getKey();
                assertTrue(p.rule().matches("R-[A-Z]\\d+"), where + ": " + p.rule());
                assertTrue(p.messageEn().contains(c.getKey().label().english()) && p.messageEn().contains(s.getKey().label().english()), where);
                assertTrue(p.messageDe().contains(c.getKey().label().german()) && p.messageDe().contains(s.getKey().label().german()), where);
                assertTrue(!p.messageEn().contains(c.getKey().name()) && !p.messageEn().contains(s.getKey().name() + " "), where);
            }
        }
        assertEquals("R-V1", Transitions.ruleOf(CommandKind.PARK_ON_VM));
        assertEquals("R-L4", Fixtures.assigned(Fixtures.bgAllein())
                .ok(new Command.EndCase(BI, CommandPool.d("2026-11-30"), CaseEndReason.RECEIPT_ENDED))
                .rejected(CommandPool.valid().get(CommandKind.RECORD_QUER)).problems().get(0).rule());
    }

    @Test
    void terminalStatesAllowNothing() {
        for (CommandKind c : CommandKind.values()) {
            assertTrue(!Transitions.allows(StateKind.ABGELEHNT, c) && !Transitions.allows(StateKind.ZURUECKGENOMMEN, c)
                    && !Transitions.allows(StateKind.BEENDET, c));
        }
    }

    @Test
    void mermaidIsGeneratedFromTheTable() {
        String m = Transitions.mermaid();
        assertTrue(m.startsWith("stateDiagram-v2\n"));
        for (Transitions.Transition t : Transitions.all()) {
            String from = t.from() == StateKind.KEIN_FALL ? "[*]" : t.from().name();
            String who = t.actors().stream().map(a -> a.label().german()).collect(java.util.stream.Collectors.joining(" / "));
            assertTrue(m.contains("    " + from + " --> " + t.to().name() + " : " + t.command().label().german() + " (" + t.rules()
                    + ") – " + who + "\n"), t::toString);
        }
        assertTrue(m.contains("ABGELEHNT --> [*]") && m.contains("ZURUECKGENOMMEN --> [*]") && m.contains("BEENDET --> [*]"));
        assertEquals(m, Transitions.mermaid());
        assertEquals(Transitions.all().size() + (StateKind.values().length - 1) + 3 + 1, m.split("\n").length);
    }

    @Test
    void rB4_everyRowCarriesItsActorsAndRefusalRule_theSameForEveryStateOfACommand() {
        for (CommandKind c : CommandKind.values()) {
            List<Transitions.Transition> rows = Transitions.all().stream().filter(t -> t.command() == c).toList();
            assertFalse(rows.isEmpty(), c::name);
            for (Transitions.Transition t : rows) {
                assertEquals(rows.get(0).actors(), t.actors(), t::toString);
                assertEquals(rows.get(0).refusalRule(), t.refusalRule(), t::toString);
                assertFalse(t.actors().isEmpty(), t::toString);
            }
        }
        assertEquals(java.util.Set.of(Akteur.F_IFK_DES_TAGES), Transitions.find(StateKind.BEANTRAGT, CommandKind.PARK_ON_VM)
                .orElseThrow().actors());
        assertEquals("R-V1", Transitions.find(StateKind.BEANTRAGT, CommandKind.PARK_ON_VM).orElseThrow().refusalRule());
        assertEquals("R-F4", Transitions.find(StateKind.BEWILLIGT, CommandKind.RECORD_CLARIFICATION).orElseThrow().refusalRule());
        assertEquals("R-B2", Transitions.find(StateKind.AUF_VM, CommandKind.RELEASE_APPROVAL).orElseThrow().mainRule());
        assertThrows(UnsupportedOperationException.class, () -> Transitions.all().get(0).actors().add(Akteur.EZ));
    }
}
