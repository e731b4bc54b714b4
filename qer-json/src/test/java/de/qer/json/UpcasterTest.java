package de.qer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.qer.core.lifecycle.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The upcaster of QuerAppointmentScheduled 1 → 2 (the rule of the deadline was added in version 2). */
class UpcasterTest {

    private static EventEnvelope v1() {
        return QerJson.envelopeFromJson(Golden.text(Golden.ROOT.resolve("events/QuerAppointmentScheduled.v1.json")));
    }

    @Test
    void theCurrentVersionIs2() {
        assertEquals(2, QerJson.eventVersions().get("QuerAppointmentScheduled"));
    }

    @Test
    void aVersion1EventReadOnItsOwnGetsTheDocumentedDefaultRule() {
        Event.QuerAppointmentScheduled e = (Event.QuerAppointmentScheduled) QerJson.readEvent(v1());
        assertEquals("R-F1", e.rule());
    }

    @Test
    void aVersion1EventReadWithItsCaseGetsTheRuleOfTheMembersDeadline() {
        List<Event> events = QerJson.readEvents(Golden.caseEnvelopes("whole-life"));
        List<Event.QuerAppointmentScheduled> scheduled = events.stream()
                .filter(Event.QuerAppointmentScheduled.class::isInstance).map(Event.QuerAppointmentScheduled.class::cast).toList();
        assertEquals(2, scheduled.size());
        assertEquals(Cases.HA, scheduled.get(0).member());
        assertEquals("R-F1", scheduled.get(0).rule());
        // the partner's deadline follows the end of ALG receipt: the rule comes from the case, not the default
        assertEquals(Cases.PARTNER, scheduled.get(1).member());
        assertEquals("R-E2", scheduled.get(1).rule());
        // and it is what the decider decides today
        List<Event> live = Cases.run(Cases.decider(), Cases.wholeLife());
        assertEquals(live.stream().filter(Event.QuerAppointmentScheduled.class::isInstance).toList(), scheduled);
    }

    @Test
    void theRuleComesFromTheMembersLastStatusEvenWhenItIsTheFirstEvent() {
        List<EventEnvelope> whole = Golden.caseEnvelopes("whole-life");
        EventEnvelope status = whole.stream().filter(e -> e.type().equals("QuerStatusSet") && e.data().contains("\"R-E2\"")
                && e.data().contains("Faellig")).findFirst().orElseThrow();
        EventEnvelope scheduled = whole.stream().filter(e -> e.type().equals("QuerAppointmentScheduled")
                && e.data().contains("\"P-2\"")).findFirst().orElseThrow();
        List<Event> two = QerJson.readEvents(List.of(status, scheduled));
        assertEquals("R-E2", ((Event.QuerAppointmentScheduled) two.get(1)).rule());
        // another member's deadline does not count
        EventEnvelope forHa = whole.stream().filter(e -> e.type().equals("QuerAppointmentScheduled")
                && e.data().contains("\"P-1\"")).findFirst().orElseThrow();
        EventEnvelope later = new EventEnvelope(forHa.type(), 1, forHa.caseId(), status.seq() + 1, forHa.businessDate(), forHa.data());
        assertEquals("R-F1", ((Event.QuerAppointmentScheduled) QerJson.readEvents(List.of(status, later)).get(1)).rule());
    }

    @Test
    void version1DataWithARuleIsRejected() {
        EventEnvelope v1 = v1();
        String data = v1.data().replace("}", ",\"rule\":\"R-E2\"}");
        EventEnvelope bad = new EventEnvelope(v1.type(), 1, v1.caseId(), v1.seq(), v1.businessDate(), data);
        QerJsonException x = assertThrows(QerJsonException.class, () -> QerJson.readEvent(bad));
        assertEquals("data.rule", x.path());
    }

    @Test
    void version2DataWithoutTheRuleIsRejected() {
        EventEnvelope v1 = v1();
        EventEnvelope bad = new EventEnvelope(v1.type(), 2, v1.caseId(), v1.seq(), v1.businessDate(), v1.data());
        QerJsonException x = assertThrows(QerJsonException.class, () -> QerJson.readEvent(bad));
        assertEquals("data.rule", x.path());
    }

    @Test
    void aVersionNewerThanTheLibraryIsRejected() {
        EventEnvelope v1 = v1();
        EventEnvelope future = new EventEnvelope(v1.type(), 3, v1.caseId(), v1.seq(), v1.businessDate(), v1.data());
        QerJsonException x = assertThrows(QerJsonException.class, () -> QerJson.readEvent(future));
        assertEquals("version", x.path());
        EventEnvelope applicationTakenV2 = new EventEnvelope("ApplicationRejected", 2, v1.caseId(), 1, v1.businessDate(),
                "{\"on\":\"" + v1.businessDate() + "\"}");
        assertThrows(QerJsonException.class, () -> QerJson.readEvent(applicationTakenV2));
    }

    @Test
    void theUpcasterLeavesTheStoredEnvelopeAlone() {
        EventEnvelope v1 = v1();
        String before = v1.data();
        QerJson.readEvent(v1);
        assertEquals(before, v1.data());
    }
}
