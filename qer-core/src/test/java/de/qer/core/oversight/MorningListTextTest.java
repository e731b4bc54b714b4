package de.qer.core.oversight;

import static de.qer.core.Fixtures.ANTRAG;
import static de.qer.core.Fixtures.BEWILLIGUNG;
import static de.qer.core.Fixtures.BI;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.F_IFK;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.IFK;
import static de.qer.core.Fixtures.KIND_16;
import static de.qer.core.Fixtures.LG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Deadlines;
import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.MemberExit;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * R-L5 with R-F4, R-L3 and R-L4: the morning list of a family whose 16-year-old asked for active support before
 * the approval, and whose Hauptantragsteller missed appointments; as the caseworker reads it in German or
 * English.
 */
class MorningListTextTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** The 16-year-old asked for travel costs on 6 Nov (R-F4: clarification due 11 Nov); HA's QuEr due 27 Nov (R-F1). */
    private static Run family() {
        return new Run(Fixtures.decider())
                .ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgFamilie())))
                .ok(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()))
                .ok(new Command.RequestActiveSupport(EZ, d("2026-11-06"), KIND_16, IFK, "Fahrkosten"))
                .ok(new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-4711"))
                .ok(new Command.AssignIfk(BI, BEWILLIGUNG.plusDays(3), IFK));
    }

    @Test
    void rF4_rL4_anOpenClarificationOfAMemberWhoDroppedOut_leavesTheMorningList() {
        Oversight oversight = Oversight.of(Deadlines.standard());
        CaseState stays = family().state;
        List<DueItem> before = oversight.morningList(List.of(stays), d("2026-11-23"), 0).items();
        assertEquals(List.of("R-F4"), before.stream().filter(i -> i.member().equals(KIND_16)).map(i -> i.deadline().rule()).toList(),
                "the open clarification is overdue");

        CaseState left = family().ok(new Command.RecordMemberExit(IFK, d("2026-11-20"), KIND_16, d("2026-11-20"),
                MemberExit.Reason.LEFT_BG)).state;
        List<DueItem> after = oversight.morningList(List.of(left), d("2026-11-23"), 0).items();
        assertTrue(after.stream().noneMatch(i -> i.member().equals(KIND_16)), after::toString);
        // the day before the exit, the task is still there
        assertEquals(1, oversight.morningList(List.of(left), d("2026-11-19"), 0).items().stream()
                .filter(i -> i.member().equals(KIND_16)).count());
    }

    private static OversightReport withMissedAppointments() {
        Run run = family()
                .ok(new Command.RecordMissedAppointment(IFK, d("2026-11-24"), HA, d("2026-11-24"), false))
                .ok(new Command.RecordMissedAppointment(IFK, d("2026-11-26"), HA, d("2026-11-26"), true));
        return Oversight.of(Deadlines.standard()).morningList(List.of(run.state), d("2026-11-27"), 3);
    }

    private static String lineOf(String text, String rule) {
        return text.lines().filter(l -> l.contains(" " + rule)).findFirst().orElseThrow(() -> new AssertionError(rule + " in\n" + text));
    }

    @Test
    void rL5_rL3_theMorningListInGerman_namesTheMissedAppointmentsWithAndWithoutReason() {
        String text = withMissedAppointments().format(Locale.GERMAN);
        assertEquals("Fälligkeiten am 2026-11-27 (bald = innerhalb von 3 Arbeitstagen)", text.lines().findFirst().orElseThrow());
        String quer = lineOf(text, "R-F1");
        assertTrue(quer.trim().startsWith("heute fällig"), quer);
        assertTrue(quer.endsWith("  versäumt: 2026-11-24 (ohne Grund), 2026-11-26 (mit Grund)"), quer);
        String clarification = lineOf(text, "R-F4");
        assertTrue(clarification.trim().startsWith("überfällig") && clarification.trim().endsWith("R-F4"),
                "no missed appointments for the clarification: " + clarification);
    }

    @Test
    void rL5_rL3_theMorningListInEnglish() {
        String text = withMissedAppointments().format(Locale.ENGLISH);
        assertEquals("Due dates on 2026-11-27 (soon = within 3 working days)", text.lines().findFirst().orElseThrow());
        String quer = lineOf(text, "R-F1");
        assertTrue(quer.trim().startsWith("due today"), quer);
        assertTrue(quer.endsWith("  missed: 2026-11-24 (no reason), 2026-11-26 (reason given)"), quer);
    }
}
