package de.qer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Deadline;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.QuerStatus;
import de.qer.core.model.Mitglied;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A missing or unknown property, a wrong JSON type, an unknown name or code: always an error, never a silent drop. */
class StrictnessTest {

    private static final Event TAKEN = new Event.ApplicationTaken(Cases.ANTRAG, Cases.EZ, Cases.antrag());

    private static ObjectNode tree(Object value) {
        return (ObjectNode) QerJson.mapper().readTree(QerJson.write(value));
    }

    private static <T> QerJsonException fails(Object value, Class<T> type, Consumer<ObjectNode> change) {
        ObjectNode n = tree(value);
        change.accept(n);
        return assertThrows(QerJsonException.class, () -> QerJson.read(n.toString(), type));
    }

    private static ObjectNode firstMember(ObjectNode taken) {
        return (ObjectNode) ((ArrayNode) taken.get("antrag").get("bedarfsgemeinschaft").get("mitglieder")).get(0);
    }

    @Test
    void theUnchangedTreeIsRead() {
        assertEquals(TAKEN, QerJson.read(tree(TAKEN).toString(), Event.class));
    }

    @Test
    void aMissingPropertyIsAnError_inEventsCommandsStatesAndModels() {
        assertEquals("actor", fails(TAKEN, Event.class, n -> n.remove("actor")).path());
        assertEquals("antrag.bedarfsgemeinschaft.mitglieder[0].erwerbsfaehig",
                fails(TAKEN, Event.class, n -> firstMember(n).remove("erwerbsfaehig")).path());
        Command c = new Command.AssignIfk(Cases.BI, Cases.BEWILLIGUNG, Cases.IFK);
        assertEquals("ifk", fails(c, Command.class, n -> n.remove("ifk")).path());
        CaseState s = new CaseState.Abgelehnt(Cases.antrag(), Cases.BEWILLIGUNG);
        assertEquals("on", fails(s, CaseState.class, n -> n.remove("on")).path());
        Deadline d = new Deadline(Cases.BEWILLIGUNG, Cases.ANTRAG, 10, "R-F1");
        assertEquals("workingDays", fails(d, Deadline.class, n -> n.remove("workingDays")).path());
        assertEquals("type", fails(new QuerStatus.Faellig(d), QuerStatus.class, n -> n.remove("type")).path());
    }

    @Test
    void anEmptyOptionalIsNull_anAbsentOneIsAnError() {
        ObjectNode n = tree(TAKEN);
        assertTrue(firstMember(n).get("aufenthaltsstatus").isNull());
        assertEquals("antrag.bedarfsgemeinschaft.mitglieder[0].aufenthaltsstatus",
                fails(TAKEN, Event.class, x -> firstMember(x).remove("aufenthaltsstatus")).path());
        assertEquals("antrag.lgTermin", fails(TAKEN, Event.class, x -> ((ObjectNode) x.get("antrag")).remove("lgTermin")).path());
    }

    @Test
    void anUnknownPropertyIsAnError_inEventsCommandsStatesAndModels() {
        assertEquals("extra", fails(TAKEN, Event.class, n -> n.put("extra", 1)).path());
        assertEquals("antrag.bedarfsgemeinschaft.mitglieder[0].spitzname",
                fails(TAKEN, Event.class, n -> firstMember(n).put("spitzname", "x")).path());
        Command c = new Command.RejectApplication(Cases.LG, Cases.BEWILLIGUNG);
        assertEquals("reason", fails(c, Command.class, n -> n.put("reason", "x")).path());
        CaseState s = new CaseState.KeinFall();
        assertEquals("antrag", fails(s, CaseState.class, n -> n.putNull("antrag")).path());
        Mitglied m = Cases.ha();
        assertEquals("application", fails(m, Mitglied.class, n -> n.put("application", true)).path());
        EventEnvelope env = QerJson.writeEnvelope(Cases.CASE, 1, TAKEN);
        assertEquals("recordedAt", fails(env, EventEnvelope.class, n -> n.put("recordedAt", "2026-11-02T08:00:00Z")).path());
        // an old property name (before a rename) is unknown, too
        assertEquals("application", fails(new CaseState.Abgelehnt(Cases.antrag(), Cases.ANTRAG), CaseState.class, n -> {
            n.set("application", n.get("antrag"));
            n.remove("antrag");
        }).path());
    }

    @Test
    void anUnknownTypeNameOrCodeIsAnError() {
        assertEquals("type", fails(TAKEN, Event.class, n -> n.put("type", "AntragAufgenommen")).path());
        // Java class names are not type names
        assertEquals("type", fails(TAKEN, Event.class, n -> n.put("type", Event.ApplicationTaken.class.getName())).path());
        assertEquals("antrag.ausgehaendigt[0]",
                fails(TAKEN, Event.class, n -> ((ArrayNode) n.get("antrag").get("ausgehaendigt")).set(0, "Antragsunterlagen")).path());
        Command c = new Command.EndCase(Cases.BI, Cases.BEWILLIGUNG, de.qer.core.lifecycle.CaseEndReason.RECEIPT_ENDED);
        assertEquals("reason", fails(c, Command.class, n -> n.put("reason", "receipt_ended")).path());
    }

    @Test
    void aDuplicateCodeInASetIsAnError() {
        QerJsonException x = fails(TAKEN, Event.class, n -> ((ArrayNode) n.get("antrag").get("ausgehaendigt")).add("MERKBLATT_SGB_II"));
        assertEquals("antrag.ausgehaendigt[4]", x.path());
    }

    @Test
    void anErrorInAnArrayNamesTheElement() {
        ObjectNode n = tree(TAKEN);
        ((ObjectNode) n.get("antrag").get("bedarfsgemeinschaft").get("mitglieder").get(2)).remove("rehaBedarf");
        QerJsonException x = assertThrows(QerJsonException.class, () -> QerJson.read(n.toString(), Event.class));
        assertEquals("antrag.bedarfsgemeinschaft.mitglieder[2].rehaBedarf", x.path());
        assertTrue(x.getMessage().startsWith(x.path() + ": missing property"), x::getMessage);
    }

    @Test
    void aWrongJsonTypeIsAnError() {
        assertEquals("on", fails(TAKEN, Event.class, n -> n.put("on", 20261102)).path());
        assertEquals("actor", fails(TAKEN, Event.class, n -> n.putNull("actor")).path());
        assertEquals("antrag.bedarfsgemeinschaft.mitglieder[0].erwerbsfaehig",
                fails(TAKEN, Event.class, n -> firstMember(n).put("erwerbsfaehig", "true")).path());
        assertEquals("antrag.bedarfsgemeinschaft.mitglieder", fails(TAKEN, Event.class,
                n -> ((ObjectNode) n.get("antrag").get("bedarfsgemeinschaft")).put("mitglieder", "P-1")).path());
        // ids are plain strings, not objects
        assertEquals("actor", fails(TAKEN, Event.class, n -> n.putObject("actor").put("value", "ez03")).path());
    }

    @Test
    void theMessageNamesThePathButNeverTheValue() {
        QerJsonException x = fails(TAKEN, Event.class, n -> firstMember(n).put("geburtsdatum", "1986-13-12"));
        assertEquals("antrag.bedarfsgemeinschaft.mitglieder[0].geburtsdatum", x.path());
        assertFalse(x.getMessage().contains("1986"), x::getMessage);
        assertTrue(x.getMessage().contains("ISO-8601"), x::getMessage);
    }

    @Test
    void whatTheDomainRejectsIsAnErrorOfTheObject() {
        // the Haushaltsvorstand must be a member (a check of qer-core's model)
        QerJsonException x = fails(TAKEN, Event.class,
                n -> ((ObjectNode) n.get("antrag").get("bedarfsgemeinschaft")).put("haushaltsvorstand", "P-99"));
        assertEquals("antrag.bedarfsgemeinschaft", x.path());
        assertEquals("id", fails(Cases.ha(), Mitglied.class, n -> n.put("id", " ")).path());
    }

    @Test
    void aVariantAskedForByItsClassMustBeThatVariant() {
        String json = QerJson.write(new Event.ApplicationRejected(Cases.ANTRAG));
        assertEquals(new Event.ApplicationRejected(Cases.ANTRAG), QerJson.read(json, Event.ApplicationRejected.class));
        assertThrows(QerJsonException.class, () -> QerJson.read(json, Event.ApplicationWithdrawn.class));
        assertThrows(QerJsonException.class, () -> QerJson.read("null", Event.class));
    }

    @Test
    void theEnvelopeIsCheckedToo() {
        EventEnvelope env = QerJson.writeEnvelope(Cases.CASE, 7, TAKEN);
        assertEquals(env, QerJson.envelopeFromJson(QerJson.envelopeToJson(env)));
        EventEnvelope otherDate = new EventEnvelope(env.type(), 1, env.caseId(), 7, Cases.BEWILLIGUNG, env.data());
        assertEquals("businessDate", assertThrows(QerJsonException.class, () -> QerJson.readEvent(otherDate)).path());
        EventEnvelope otherType = new EventEnvelope("ApplicationRejected", 1, env.caseId(), 7, env.businessDate(), env.data());
        assertEquals("data.actor", assertThrows(QerJsonException.class, () -> QerJson.readEvent(otherType)).path());
        EventEnvelope unknown = new EventEnvelope("Antrag", 1, env.caseId(), 7, env.businessDate(), env.data());
        assertEquals("type", assertThrows(QerJsonException.class, () -> QerJson.readEvent(unknown)).path());
        EventEnvelope notJson = new EventEnvelope(env.type(), 1, env.caseId(), 7, env.businessDate(), "{\"on\":");
        assertEquals("data", assertThrows(QerJsonException.class, () -> QerJson.readEvent(notJson)).path());
        assertThrows(IllegalArgumentException.class, () -> new EventEnvelope(env.type(), 0, env.caseId(), 7, env.businessDate(), "{}"));
        assertFalse(env.toString().contains("1986-05-12"), env::toString);
        assertEquals("EventEnvelope[type=ApplicationTaken, version=1, caseId=BG-4711, seq=7, businessDate=2026-11-02, data=***]",
                env.toString());
    }

    @Test
    void aRepeatedPropertyIsAnError() {
        String json = QerJson.write(new Event.ApplicationRejected(Cases.ANTRAG));
        String twice = json.replace("}", ",\"on\":\"2026-11-03\"}");
        assertThrows(tools.jackson.core.JacksonException.class, () -> QerJson.read(twice, Event.class));
        EventEnvelope env = QerJson.writeEnvelope(Cases.CASE, 1, new Event.ApplicationRejected(Cases.ANTRAG));
        EventEnvelope repeated = new EventEnvelope(env.type(), 1, env.caseId(), 1, env.businessDate(),
                env.data().replace("}", ",\"on\":\"2026-11-03\"}"));
        assertEquals("data", assertThrows(QerJsonException.class, () -> QerJson.readEvent(repeated)).path());
    }

    @Test
    void aCaseStreamMustBeOneCaseInAscendingOrder() {
        List<EventEnvelope> stored = new ArrayList<>(Golden.caseEnvelopes("rejected"));
        List<EventEnvelope> swapped = new ArrayList<>(stored);
        swapped.set(0, stored.get(1));
        swapped.set(1, stored.get(0));
        assertEquals("[1].seq", assertThrows(QerJsonException.class, () -> QerJson.readEvents(swapped)).path());
        EventEnvelope e = stored.get(1);
        List<EventEnvelope> mixed = new ArrayList<>(stored);
        mixed.set(1, new EventEnvelope(e.type(), e.version(), de.qer.core.model.CaseId.of("BG-1"), e.seq(), e.businessDate(), e.data()));
        assertEquals("[1].caseId", assertThrows(QerJsonException.class, () -> QerJson.readEvents(mixed)).path());
        List<EventEnvelope> sameSeq = new ArrayList<>(stored);
        sameSeq.set(1, new EventEnvelope(e.type(), e.version(), e.caseId(), stored.get(0).seq(), e.businessDate(), e.data()));
        assertEquals("[1].seq", assertThrows(QerJsonException.class, () -> QerJson.readEvents(sameSeq)).path());
    }
}
