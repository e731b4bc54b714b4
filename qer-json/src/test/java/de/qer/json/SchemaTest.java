package de.qer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.lifecycle.Rejection;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published JSON Schema of the stored events (docs/json-schema/qer-events.schema.json): generated
 * from the codecs, and every golden file and every envelope written from random events is valid
 * against it.
 */
class SchemaTest {

    static final Path FILE = Path.of("../docs/json-schema/qer-events.schema.json");
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Golden.text(FILE));

    static String pretty(JsonNode n) {
        return PRETTY.writeValueAsString(n) + "\n";
    }

    private static List<Error> errors(String envelopeJson) {
        return SCHEMA.validate(QerJson.mapper().readTree(envelopeJson));
    }

    @Test
    void thePublishedSchemaIsTheOneTheCodeDescribes() {
        assertEquals(pretty(Schemas.eventsDocument()), Golden.text(FILE),
                "regenerate docs/json-schema/qer-events.schema.json from Schemas.eventsDocument()");
    }

    @Test
    void everyGoldenFileIsValid() {
        int n = 0;
        for (Path p : Golden.eventFiles()) {
            assertEquals(List.of(), errors(Golden.text(p)), p::toString);
            n++;
        }
        for (String c : List.of("whole-life", "rejected", "withdrawn")) {
            for (EventEnvelope e : Golden.caseEnvelopes(c)) {
                assertEquals(List.of(), errors(QerJson.envelopeToJson(e)), () -> c + " " + e);
                n++;
            }
        }
        assertTrue(n > 50, "files checked: " + n);
    }

    @Test
    void envelopesOfRandomEventsAreValid() {
        QuerDecider decider = Cases.decider();
        List<Command> life = Cases.wholeLife();
        qt().withExamples(60).forAll(integers().between(0, life.size()),
                        lists().of(integers().between(0, life.size() - 1)).ofSizeBetween(0, 15))
                .checkAssert((prefix, picks) -> {
                    List<Command> commands = new ArrayList<>(life.subList(0, prefix));
                    picks.forEach(i -> commands.add(life.get(i)));
                    CaseState state = QuerDecider.initialState();
                    List<Event> events = new ArrayList<>();
                    for (Command c : commands) {
                        Either<Rejection, QuerDecider.Outcome> r = decider.handle(state, c);
                        if (r.isRight()) {
                            events.addAll(r.get().events());
                            state = r.get().state();
                        }
                    }
                    for (int i = 0; i < events.size(); i++) {
                        String json = QerJson.envelopeToJson(QerJson.writeEnvelope(Cases.CASE, i + 1, events.get(i)));
                        assertEquals(List.of(), errors(json), json);
                    }
                });
    }

    private static List<Error> errors(Codec<?> root, String json) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(pretty(Schemas.documentOf(root))).validate(QerJson.mapper().readTree(json));
    }

    @Test
    void everyCodecDescribesWhatItWrites_statesCommandsReportsDocuments() {
        QuerDecider decider = Cases.decider();
        CaseState state = QuerDecider.initialState();
        for (Command c : Cases.wholeLife()) {
            assertEquals(List.of(), errors(Contract.COMMANDS, QerJson.write(c)), c::toString);
            state = decider.handle(state, c).get().state();
            assertEquals(List.of(), errors(LifecycleCodecs.CASE_STATE, QerJson.write(state)), state.kind()::toString);
        }
        List<CaseState> cases = List.of(state, decider.replay(Cases.run(decider, Cases.wholeLife().subList(0, 6))));
        var morning = de.qer.core.oversight.Oversight.of(de.qer.core.Deadlines.standard()).morningList(cases,
                java.time.LocalDate.of(2026, 11, 25), 5);
        assertFalse(morning.items().isEmpty());
        assertEquals(List.of(), errors(ReportCodecs.OVERSIGHT, QerJson.write(morning)));
        var report = de.qer.core.oversight.Controlling.of(de.qer.core.Deadlines.standard()).report(cases,
                java.time.YearMonth.of(2026, 11), java.time.YearMonth.of(2027, 3), java.time.LocalDate.of(2027, 3, 31));
        assertEquals(List.of(), errors(ReportCodecs.CONTROLLING, QerJson.write(report)));
        JsonMapper docs = JsonMapper.builder().addModule(new QerJsonModule()).addModule(new QerDocsJsonModule()).build();
        assertEquals(List.of(), errors(DocsCodecs.QUER_DOKUMENTATION, docs.writeValueAsString(DocsJsonTest.complete())));
        var gaps = de.qer.docs.QuerDokumentation.builder().bedarfsgemeinschaft(Cases.bg()).person(Cases.HA)
                .datum(Cases.BEWILLIGUNG).build();
        assertEquals(List.of(), errors(DocsCodecs.QUER_DOKUMENTATION, docs.writeValueAsString(gaps)));
        // and the descriptions reject what the readers reject
        ObjectNode s = (ObjectNode) QerJson.mapper().readTree(QerJson.write(state));
        s.put("extra", 1);
        assertFalse(errors(LifecycleCodecs.CASE_STATE, s.toString()).isEmpty());
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() {
        ObjectNode v1 = (ObjectNode) QerJson.mapper().readTree(Golden.text(Golden.ROOT.resolve("events/QuerAppointmentScheduled.v1.json")));
        ObjectNode v1WithRule = v1.deepCopy();
        ((ObjectNode) v1WithRule.get("data")).put("rule", "R-F1");
        assertFalse(errors(v1WithRule.toString()).isEmpty(), "version 1 has no rule");
        ObjectNode v2WithoutRule = v1.deepCopy();
        v2WithoutRule.put("version", 2);
        assertFalse(errors(v2WithoutRule.toString()).isEmpty(), "version 2 needs the rule");
        ObjectNode v3 = v1WithRule.deepCopy();
        v3.put("version", 3);
        assertFalse(errors(v3.toString()).isEmpty(), "no version 3");
        ObjectNode taken = (ObjectNode) QerJson.mapper().readTree(Golden.text(Golden.ROOT.resolve("events/ApplicationTaken.v1.json")));
        ObjectNode extra = taken.deepCopy();
        ((ObjectNode) extra.get("data").get("antrag")).put("extra", true);
        assertFalse(errors(extra.toString()).isEmpty(), "unknown property");
        ObjectNode missing = taken.deepCopy();
        ((ObjectNode) missing.get("data").get("antrag").get("bedarfsgemeinschaft").get("mitglieder").get(0)).remove("geburtsdatum");
        assertFalse(errors(missing.toString()).isEmpty(), "missing property");
        ObjectNode badDate = taken.deepCopy();
        badDate.put("businessDate", "02.11.2026");
        assertFalse(errors(badDate.toString()).isEmpty(), "not ISO-8601");
        ObjectNode unknownType = taken.deepCopy();
        unknownType.put("type", "Antrag");
        assertFalse(errors(unknownType.toString()).isEmpty(), "unknown type");
    }
}
