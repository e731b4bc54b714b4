package de.qer.core.lifecycle;

import static de.qer.core.Fixtures.ANTRAG;
import static de.qer.core.Fixtures.BEWILLIGUNG;
import static de.qer.core.Fixtures.BI;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.F_IFK;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.IFK;
import static de.qer.core.Fixtures.LG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Deadlines;
import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.Mitglied;
import de.qer.core.oversight.DueItem;
import de.qer.core.oversight.Oversight;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * R-E2: one notion of "ALG receipt ends on day X", whatever told qer of it (the application, a monthly
 * import, {@code EndAlg}, a correction): before and on X no QuEr and no BI appointment; from the day
 * after X the person is QuEr-relevant like anyone else, due 10 AT after X, and on the morning list.
 */
class AlgEndScenarioTest {

    private static final WorkingDayCalendar NRW = WorkingDayCalendar.nrw();
    private static final Oversight OVERSIGHT = Oversight.of(Deadlines.standard());

    static Mitglied aufstocker(Optional<LocalDate> lastDayOfAlg) {
        var b = Mitglied.builder().id(HA).geburtsdatum(LocalDate.of(1980, 2, 2)).algAnspruch(true);
        lastDayOfAlg.ifPresent(b::algBezugBis);
        return b.build();
    }

    static Bedarfsgemeinschaft bg(Mitglied m) {
        return Bedarfsgemeinschaft.builder().id(CaseId.of("BG-ALG")).haushaltsvorstand(m.id()).addMitglieder(m).build();
    }

    /** Application (with what it knows of ALG), parking, approval on 13 Nov 2026, assignment on 16 Nov. */
    static Run assigned(Mitglied ha) {
        return new Run(Fixtures.decider())
                .ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(bg(ha))))
                .ok(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()))
                .ok(new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-1"))
                .ok(new Command.AssignIfk(BI, BEWILLIGUNG.plusDays(3), IFK));
    }

    static QuerStatus status(Run run) {
        return ((CaseState.NachBewilligung) run.state).members().get(HA).get().status();
    }

    static boolean onMorningList(Run run, LocalDate today, int soon) {
        return OVERSIGHT.morningList(List.of(run.state), today, soon).items().stream().map(DueItem::member).anyMatch(HA::equals);
    }

    @Test
    void rE2_theLastDayOfAlgFromTheApplication_setsTheDueDateAtTheApproval() {
        LocalDate x = LocalDate.of(2026, 12, 15);
        Run run = assigned(aufstocker(Optional.of(x)));
        QuerStatus.Faellig due = assertInstanceOf(QuerStatus.Faellig.class, status(run));
        assertEquals("R-E2", due.deadline().rule());
        assertEquals(NRW.plusWorkingDays(x, 10), due.deadline().due());
        assertEquals(LocalDate.of(2026, 12, 30), due.deadline().due()); // 16–18, 21–24, 28–30 Dec; 25 and 26 are holidays
        // before and on X: refused under R-E2
        for (LocalDate day : List.of(LocalDate.of(2026, 11, 20), x)) {
            assertTrue(run.rejected(new Command.ScheduleQuerAppointment(IFK, day, HA, x.plusDays(2))).rules().contains("R-E2"));
            assertTrue(run.rejected(new Command.RecordQuer(IFK, day, HA, Fixtures.vollstaendig())).rules().contains("R-E2"));
        }
        // the day after X: schedulable and recordable like anyone else
        LocalDate after = x.plusDays(1);
        run.ok(new Command.ScheduleQuerAppointment(IFK, after, HA, LocalDate.of(2026, 12, 22)));
        assertEquals("R-E2", run.events.get(run.events.size() - 1).rule());
        run.ok(new Command.RecordQuer(IFK, LocalDate.of(2026, 12, 22), HA, Fixtures.vollstaendig()));
        assertTrue(((Event.QuerRecorded) run.events.get(run.events.size() - 1)).inTime());
    }

    @Test
    void rE2_theMorningListShowsThePersonFromTheDayAfterTheEndOfAlg() {
        LocalDate x = LocalDate.of(2026, 12, 15);
        Run run = assigned(aufstocker(Optional.of(x)));
        LocalDate due = NRW.plusWorkingDays(x, 10);
        // with a look-ahead of 15 AT the due date is within reach on X, but the person still receives ALG
        assertFalse(onMorningList(run, x, 15));
        assertTrue(onMorningList(run, x.plusDays(1), 15));
        assertTrue(onMorningList(run, due, 0));
        assertTrue(onMorningList(run, NRW.plusWorkingDays(due, 1), 0)); // overdue
    }

    @Test
    void rE2_anUnknownEnd_blocksUntilEndAlgTellsIt() {
        Run run = assigned(aufstocker(Optional.empty()));
        assertInstanceOf(QuerStatus.GesperrtAlg.class, status(run));
        assertFalse(onMorningList(run, LocalDate.of(2027, 6, 1), 30));
        LocalDate x = LocalDate.of(2027, 1, 31);
        run.ok(new Command.EndAlg(BI, LocalDate.of(2027, 1, 20), HA, x));
        QuerStatus.Faellig due = assertInstanceOf(QuerStatus.Faellig.class, status(run));
        assertEquals(NRW.plusWorkingDays(x, 10), due.deadline().due());
        // an announced end in the future: still refused on X
        assertTrue(run.rejected(new Command.ScheduleQuerAppointment(IFK, x, HA, x.plusDays(3))).rules().contains("R-E2"));
        run.ok(new Command.ScheduleQuerAppointment(IFK, x.plusDays(1), HA, x.plusDays(3)));
    }

    @Test
    void rE2_aCorrectedEnd_movesTheDueDate() {
        Run run = assigned(aufstocker(Optional.of(LocalDate.of(2026, 12, 15))));
        LocalDate corrected = LocalDate.of(2027, 2, 28);
        run.ok(new Command.EndAlg(IFK, LocalDate.of(2026, 12, 1), HA, corrected));
        assertEquals(NRW.plusWorkingDays(corrected, 10), status(run).findDeadline().orElseThrow().due());
        assertTrue(run.rejected(new Command.ScheduleQuerAppointment(IFK, LocalDate.of(2027, 1, 4), HA,
                LocalDate.of(2027, 1, 5))).rules().contains("R-E2"));
    }

    @Test
    void rE2_theMonthlyImportTellsTheEnd_andALaterImportWithoutTheDateDoesNotForgetIt() {
        Run run = assigned(aufstocker(Optional.empty()));
        LocalDate x = LocalDate.of(2026, 12, 10);
        run.ok(new Command.ImportMembers(BI, LocalDate.of(2026, 12, 30), YearMonth.of(2026, 12), List.of(aufstocker(Optional.of(x)))));
        assertEquals(NRW.plusWorkingDays(x, 10), status(run).findDeadline().orElseThrow().due());
        assertEquals("R-E2", status(run).findDeadline().orElseThrow().rule());
        // January's import still shows the claim but not the date: the case keeps X
        run.ok(new Command.ImportMembers(BI, LocalDate.of(2027, 1, 29), YearMonth.of(2027, 1), List.of(aufstocker(Optional.empty()))));
        assertEquals(Optional.of(x), ((CaseState.NachBewilligung) run.state).bedarfsgemeinschaft().mitglied(HA).orElseThrow().algBezugBis());
        run.ok(new Command.ScheduleQuerAppointment(IFK, x.plusDays(1), HA, x.plusDays(5)));
    }

    @Test
    void rE2_aMemberReimportedWithoutTheAlgClaim_isAnImportCase_andEndAlgIsARejectionNotAnException() {
        Run run = assigned(aufstocker(Optional.empty()));
        Mitglied noClaim = Mitglied.builder().id(HA).geburtsdatum(LocalDate.of(1980, 2, 2)).build();
        run.ok(new Command.ImportMembers(BI, LocalDate.of(2026, 12, 30), YearMonth.of(2026, 12), List.of(noClaim)));
        QuerStatus.Faellig due = assertInstanceOf(QuerStatus.Faellig.class, status(run));
        assertEquals("R-F2", due.deadline().rule());
        Rejection r = run.rejected(new Command.EndAlg(BI, LocalDate.of(2027, 1, 4), HA, LocalDate.of(2026, 12, 31)));
        assertEquals(java.util.Set.of("R-E2"), r.rules());
    }
}
