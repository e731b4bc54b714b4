package de.qer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.qer.calendar.HolidayKind;
import de.qer.core.lifecycle.CaseEndReason;
import de.qer.core.lifecycle.ClarificationOutcome;
import de.qer.core.lifecycle.D3Workflow;
import de.qer.core.lifecycle.MemberExit;
import de.qer.core.lifecycle.QuerStatus;
import de.qer.core.model.Arbeitsuche;
import de.qer.core.model.Aufenthaltsstatus;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.Kundenstatus;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.Role;
import de.qer.core.oversight.ControllingItem;
import de.qer.core.oversight.DueCategory;
import de.qer.core.oversight.ImportFinding;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The frozen names: type names and current versions of the events with their data's property names,
 * the type names of commands, case states and QuEr statuses, and every enum's codes. golden/contract.json
 * is the published contract; a rename in Java that would change the JSON fails here.
 */
class ContractTest {

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(Arbeitsuche.class, Aufenthaltsstatus.class,
            EzAushaendigung.class, Kundenstatus.class, Kundensteuerung.class, Mindeststandard.class, Role.class,
            CaseEndReason.class, ClarificationOutcome.class, D3Workflow.Kind.class, MemberExit.Reason.class,
            QuerStatus.Grund.class, DueCategory.class, ControllingItem.Outcome.class, ImportFinding.Reason.class,
            HolidayKind.class, de.qer.docs.Seite.class, de.qer.docs.Vermerkart.class, de.qer.docs.KursVorrang.class,
            de.qer.docs.Profillage.class, de.qer.docs.Angebotsart.class, de.qer.docs.Strategie.class,
            de.qer.docs.Vermerkpunkt.class);

    private static final JsonMapper DOCS = JsonMapper.builder().addModule(new QerJsonModule())
            .addModule(new QerDocsJsonModule()).build();

    static JsonNode actual() {
        JsonMapper m = QerJson.mapper();
        ObjectNode root = m.createObjectNode();
        ObjectNode events = root.putObject("events");
        for (var v : Contract.EVENTS.variants()) {
            ObjectNode e = events.putObject(v.name);
            e.put("version", QerJson.eventVersions().get(v.name));
            v.codec.propertyNames().forEach(e.putArray("data")::add);
        }
        Contract.COMMANDS.variants().forEach(v -> root.withArray("commands").add(v.name));
        LifecycleCodecs.CASE_STATE.variants().forEach(v -> root.withArray("caseStates").add(v.name));
        LifecycleCodecs.QUER_STATUS.variants().forEach(v -> root.withArray("querStatuses").add(v.name));
        ObjectNode enums = root.putObject("enums");
        for (Class<? extends Enum<?>> c : ENUMS) {
            var a = enums.putArray(c.getName().substring(c.getPackageName().length() + 1));
            for (Enum<?> e : c.getEnumConstants()) {
                a.add(DOCS.readTree(DOCS.writeValueAsString(e)).stringValue());
            }
        }
        return root;
    }

    @Test
    void theCodeFollowsThePublishedContract() {
        JsonNode expected = QerJson.mapper().readTree(Golden.text(Golden.ROOT.resolve("contract.json")));
        JsonNode actual = actual();
        assertEquals(expected, actual, () -> JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(actual));
    }
}
