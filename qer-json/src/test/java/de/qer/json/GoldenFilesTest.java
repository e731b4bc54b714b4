package de.qer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.QuerDecider;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Upgrade safety: the golden files (every event type at its first schema version, and stored cases)
 * are read with the current code, forever.
 */
class GoldenFilesTest {

    private final QuerDecider decider = Cases.decider();

    @Test
    void everyEventTypeHasAGoldenFileAtItsFirstVersion_andEveryVersionAfterIt() {
        Set<String> files = new HashSet<>();
        for (Path p : Golden.eventFiles()) {
            files.add(p.getFileName().toString());
        }
        for (var e : QerJson.eventVersions().entrySet()) {
            for (int v = 1; v <= e.getValue(); v++) {
                assertTrue(files.contains(e.getKey() + ".v" + v + ".json"), e.getKey() + " v" + v);
            }
        }
        assertEquals(QerJson.eventVersions().values().stream().mapToInt(Integer::intValue).sum(), files.size(), files::toString);
    }

    @Test
    void everyGoldenEventIsReadByTheCurrentCode_andWrittenBackAsTheSameDataWhereItsVersionIsCurrent() {
        for (Path p : Golden.eventFiles()) {
            EventEnvelope env = QerJson.envelopeFromJson(Golden.text(p));
            assertTrue(p.getFileName().toString().startsWith(env.type() + ".v" + env.version() + "."), p::toString);
            Event e = QerJson.readEvent(env);
            assertEquals(env.type(), QerJson.typeName(e));
            assertEquals(env.businessDate(), e.on());
            EventEnvelope again = QerJson.writeEnvelope(env.caseId(), env.seq(), e);
            assertEquals(QerJson.eventVersions().get(env.type()), again.version());
            if (env.version() == again.version()) {
                assertEquals(QerJson.dataTree(env), QerJson.dataTree(again), p::toString);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"whole-life", "rejected", "withdrawn"})
    void aStoredCaseReplaysToItsExpectedState(String name) {
        List<EventEnvelope> stored = Golden.caseEnvelopes(name);
        CaseState replayed = decider.replay(QerJson.readEvents(stored));
        CaseState expected = QerJson.read(Golden.text(Golden.ROOT.resolve("cases/" + name + ".state.json")), CaseState.class);
        assertEquals(expected, replayed);
    }

    @Test
    void theStoredWholeLifeIsTheLifeTheCurrentDeciderLives() {
        // application → approval → IFK → QuEr → follow-up → end, all event types but rejection and withdrawal
        List<Event> live = Cases.run(decider, Cases.wholeLife());
        List<Event> stored = QerJson.readEvents(Golden.caseEnvelopes("whole-life"));
        assertEquals(live, stored);
        assertEquals(decider.replay(live), decider.replay(stored));
        assertEquals(CaseState.Beendet.class, decider.replay(stored).getClass());
        Set<String> types = new HashSet<>();
        stored.forEach(e -> types.add(QerJson.typeName(e)));
        Set<String> expected = new HashSet<>(QerJson.eventVersions().keySet());
        expected.removeAll(Set.of("ApplicationRejected", "ApplicationWithdrawn"));
        assertEquals(expected, types);
    }

    @Test
    void theStoredWholeLifeHoldsQuerAppointmentsAtVersion1() {
        long v1 = Golden.caseEnvelopes("whole-life").stream()
                .filter(e -> e.type().equals("QuerAppointmentScheduled") && e.version() == 1).count();
        assertEquals(2, v1);
        for (EventEnvelope e : Golden.caseEnvelopes("whole-life")) {
            JsonNode data = QerJson.dataTree(e);
            if (e.type().equals("QuerAppointmentScheduled")) {
                assertTrue(!data.has("rule"));
            }
        }
    }
}
