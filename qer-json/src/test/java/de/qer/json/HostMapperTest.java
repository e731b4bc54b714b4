package de.qer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Deadlines;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.model.PersonId;
import de.qer.core.model.Zustaendigkeit;
import de.qer.core.oversight.Controlling;
import de.qer.core.oversight.ControllingReport;
import de.qer.core.oversight.Oversight;
import de.qer.core.oversight.OversightReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A host registers the module on its own mapper, as with the java.time module. */
class HostMapperTest {

    private final JsonMapper mapper = JsonMapper.builder().addModule(new QerJsonModule()).build();
    private final QuerDecider decider = Cases.decider();

    @Test
    void collectionsOfEventsAndStatesGoThroughTheHostsMapper() {
        List<Event> events = Cases.run(decider, Cases.wholeLife());
        String json = mapper.writeValueAsString(events);
        assertEquals(events, mapper.readValue(json, new TypeReference<List<Event>>() { }));
        CaseState state = decider.replay(events);
        Map<String, CaseState> byCase = Map.of(Cases.CASE.value(), state);
        assertEquals(byCase, mapper.readValue(mapper.writeValueAsString(byCase), new TypeReference<Map<String, CaseState>>() { }));
        // a variant asked for by its interface
        CaseState.Beendet ended = (CaseState.Beendet) state;
        assertEquals(ended.last(), mapper.readValue(mapper.writeValueAsString(ended.last()), CaseState.NachBewilligung.class));
        Event exit = events.stream().filter(Event.MemberExited.class::isInstance).findFirst().orElseThrow();
        assertEquals(exit, mapper.readValue(mapper.writeValueAsString(exit), Event.ForMember.class));
    }

    @Test
    void idsArePlainStrings_andVavrCollectionsPlainJson() {
        assertEquals("\"P-1\"", mapper.writeValueAsString(PersonId.of("P-1")));
        assertEquals(PersonId.of("P-1"), mapper.readValue("\"P-1\"", PersonId.class));
        CaseState state = decider.replay(Cases.run(decider, Cases.wholeLife().subList(0, 8)));
        JsonNode n = mapper.readTree(mapper.writeValueAsString(state));
        assertTrue(n.get("requests").isArray(), n::toString);
        assertTrue(n.get("members").isObject());
        assertTrue(n.get("members").get("P-1").get("offenePunkte").isArray());
        assertFalse(n.toString().contains("\"async\""), n::toString);
        assertFalse(n.toString().contains("\"empty\""), n::toString);
    }

    @Test
    void aBindingErrorIsAJacksonDatabindException() {
        DatabindException x = assertThrows(DatabindException.class, () -> mapper.readValue("{\"type\":\"Nope\"}", Event.class));
        assertInstanceOf(QerJsonException.class, x);
    }

    @Test
    void theReportsAreWrittenAsJson() {
        List<CaseState> cases = List.of(decider.replay(Cases.run(decider, Cases.wholeLife().subList(0, 6))));
        OversightReport morning = Oversight.of(Deadlines.standard()).morningList(cases, LocalDate.of(2026, 11, 25), 3);
        JsonNode m = mapper.readTree(mapper.writeValueAsString(morning));
        assertEquals("2026-11-25", m.get("today").stringValue());
        assertEquals(morning.items().size(), m.get("items").size());
        assertFalse(morning.items().isEmpty());
        JsonNode item = m.get("items").get(0);
        assertEquals(morning.items().get(0).member().value(), item.get("member").stringValue());
        assertEquals(morning.items().get(0).deadline().due().toString(), item.get("deadline").get("due").stringValue());
        Zustaendigkeit z = morning.items().get(0).zustaendigkeit();
        assertEquals(z instanceof Zustaendigkeit.Ifk ? "Ifk" : "Vm", item.get("zustaendigkeit").get("type").stringValue());
        assertEquals(morning.items().get(0).category().name(), item.get("category").stringValue());
        assertTrue(item.get("explanation").get("countedDays").isArray());

        ControllingReport report = Controlling.of(Deadlines.standard()).report(cases, YearMonth.of(2026, 11),
                YearMonth.of(2026, 12), LocalDate.of(2026, 12, 31));
        JsonNode c = mapper.readTree(mapper.writeValueAsString(report));
        assertEquals("2026-11", c.get("from").stringValue());
        assertEquals(report.rows().size(), c.get("rows").size());
        assertEquals(report.total().due(), c.get("total").get("due").intValue());
        assertEquals(report.totals().size(), c.get("totals").size());
        // the reports are not read back
        assertThrows(DatabindException.class, () -> mapper.readValue(mapper.writeValueAsString(report), ControllingReport.class));
    }
}
