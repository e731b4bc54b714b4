package de.qer.core.lifecycle;

import static de.qer.core.Fixtures.ANTRAG;
import static de.qer.core.Fixtures.BEWILLIGUNG;
import static de.qer.core.Fixtures.BI;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.F_IFK;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.IFK;
import static de.qer.core.Fixtures.KIND_16;
import static de.qer.core.Fixtures.LG;
import static de.qer.core.Fixtures.PARTNER_ALG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every event names the rule that produced it, on an ordinary case and on an Aufstocker case. */
class EventRuleTest {

    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("ApplicationTaken", "R-E1"), Map.entry("ParkedOnVm", "R-V2"),
            Map.entry("ActiveSupportRequested", "R-F4"), Map.entry("ClarificationRecorded", "R-F4"),
            Map.entry("ApprovalReleased", "R-B2"), Map.entry("IfkAssigned", "R-B3"), Map.entry("QuerRecorded", "R-Q1"),
            Map.entry("OpenPointRecorded", "R-Q3"), Map.entry("OpenPointResolved", "R-Q3"),
            Map.entry("MembersImported", "R-F2"), Map.entry("AlgEnded", "R-E2"), Map.entry("ElbRouted", "R-S1"),
            Map.entry("ApplicationRejected", "R-B1"), Map.entry("ApplicationWithdrawn", "R-B1"));

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** The rule of each appointment and status event, keyed by type and member; the fixed ones are asserted. */
    private static Map<String, String> rules(Run run) {
        Map<String, String> seen = new TreeMap<>();
        for (Event e : run.events) {
            String type = e.getClass().getSimpleName();
            if (FIXED.containsKey(type)) {
                assertEquals(FIXED.get(type), e.rule(), type);
            } else {
                seen.put(type + " " + ((Event.ForMember) e).member().value(), e.rule());
            }
        }
        return seen;
    }

    private static String appointmentRule(Run run, PersonId member) {
        return run.events.stream().filter(e -> e instanceof Event.QuerAppointmentScheduled s && s.member().equals(member))
                .reduce((a, b) -> b).orElseThrow().rule();
    }

    @Test
    void ordinaryCase_everyEventNamesItsRule_andTheAppointmentOfTheApplicantIsRF1() {
        Run run = new Run(Fixtures.decider())
                .ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgAllein())))
                .ok(new Command.RequestActiveSupport(EZ, ANTRAG, HA, IFK, "Fahrkosten"))
                .ok(new Command.RecordClarification(IFK, d("2026-11-04"), 1, ClarificationOutcome.GRANTED, Optional.empty()))
                .ok(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()))
                .ok(new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-1"))
                .ok(new Command.AssignIfk(BI, BEWILLIGUNG.plusDays(3), IFK))
                .ok(new Command.ScheduleQuerAppointment(IFK, d("2026-11-17"), HA, d("2026-11-20")))
                .ok(new Command.RecordQuer(IFK, d("2026-11-20"), HA, Fixtures.vollstaendig()))
                .ok(new Command.RecordOpenPoint(IFK, d("2026-11-20"), HA, OffenerPunkt.zu("OP-1", "Zeugnisse", d("2026-11-27"))))
                .ok(new Command.ResolveOpenPoint(IFK, d("2026-11-26"), HA, "OP-1"))
                .ok(new Command.RouteElb(IFK, d("2026-11-26"), HA, Kundensteuerung.VERBLEIB_GST, "Vermittlung"))
                .ok(new Command.ImportMembers(BI, d("2026-11-30"), YearMonth.of(2026, 11), List.of(Fixtures.ha())));
        Map<String, String> rules = rules(run);
        assertEquals("R-F1", rules.get("QuerStatusSet p1"));
        assertEquals("R-F1", appointmentRule(run, HA));
        assertEquals("R-F1", rules.get("QuerAppointmentScheduled p1"));
    }

    @Test
    void aufstockerCase_theAppointmentAfterTheEndOfAlgIsRE2_theImportedMemberRF2() {
        Run run = Fixtures.assigned(Fixtures.bgFamilie())
                .ok(new Command.ScheduleQuerAppointment(IFK, d("2026-11-17"), HA, d("2026-11-20")))
                .ok(new Command.EndAlg(BI, d("2026-11-20"), PARTNER_ALG, d("2026-11-30")))
                .ok(new Command.ScheduleQuerAppointment(IFK, d("2026-12-01"), PARTNER_ALG, d("2026-12-07")))
                .ok(new Command.ImportMembers(BI, d("2026-11-30"), YearMonth.of(2026, 11), CommandPool.family()))
                .ok(new Command.ScheduleQuerAppointment(IFK, d("2026-12-01"), KIND_16, d("2026-12-08")));
        Map<String, String> rules = rules(run);
        assertEquals("R-F1", appointmentRule(run, HA));
        assertEquals("R-E2", appointmentRule(run, PARTNER_ALG));
        assertEquals("R-F2", appointmentRule(run, KIND_16));
        assertEquals("R-E2", rules.get("QuerStatusSet p2"));
        for (Map.Entry<String, String> e : rules.entrySet()) {
            if (!e.getKey().endsWith(PARTNER_ALG.value())) {
                assertNotEquals("R-E2", e.getValue(), e.getKey() + " never received ALG");
            }
        }
    }
}
