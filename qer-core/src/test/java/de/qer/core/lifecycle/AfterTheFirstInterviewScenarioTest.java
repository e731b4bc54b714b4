package de.qer.core.lifecycle;

import static de.qer.core.Fixtures.BEWILLIGUNG;
import static de.qer.core.Fixtures.BI;
import static de.qer.core.Fixtures.BI_05;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.F_IFK;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.IFK;
import static de.qer.core.Fixtures.IFK_05;
import static de.qer.core.Fixtures.KIND_14;
import static de.qer.core.Fixtures.KIND_16;
import static de.qer.core.Fixtures.LG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Deadlines;
import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.model.GstCode;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import de.qer.core.oversight.DueCategory;
import de.qer.core.oversight.DueItem;
import de.qer.core.oversight.Oversight;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The case after the first interview, told as a caseworker lives it (R-L1 to R-L5). */
class AfterTheFirstInterviewScenarioTest {

    private static final Oversight OVERSIGHT = Oversight.of(Deadlines.standard());
    private static final LocalDate QUER = LocalDate.of(2026, 11, 20);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** The family case, assigned; the QuEr of the applicant on 20 Nov 2026 with the KP drawn up. */
    private static Run afterQuer() {
        return Fixtures.assigned(Fixtures.bgFamilie()).ok(new Command.RecordQuer(IFK, QUER, HA, Fixtures.vollstaendig()));
    }

    private static MemberQuer record(Run run, PersonId p) {
        return stateOf(run).members().get(p).get();
    }

    private static CaseState.NachBewilligung stateOf(Run run) {
        return (CaseState.NachBewilligung) run.state;
    }

    private static List<DueItem> morning(Run run, LocalDate today, int soon) {
        return OVERSIGHT.morningList(List.of(run.state), today, soon).items();
    }

    private static Set<String> rulesDue(Run run, LocalDate today, int soon) {
        return morning(run, today, soon).stream().map(i -> i.deadline().rule()).collect(Collectors.toSet());
    }

    @Test
    void rL2_theKpDrawnUpInTheQuerIsDueForReview6MonthsLater_andAReviewSetsTheNextDate() {
        Run run = afterQuer();
        assertEquals(Optional.of(d("2027-05-20")), record(run, HA).kpReview());
        assertTrue(rulesDue(run, d("2027-05-20"), 0).contains("R-L2"));
        assertTrue(morning(run, d("2027-05-21"), 0).stream()
                .anyMatch(i -> i.deadline().rule().equals("R-L2") && i.category() == DueCategory.OVERDUE));
        run.ok(new Command.ReviewKp(IFK, d("2027-05-18"), HA, Optional.empty()));
        assertEquals(Optional.of(d("2027-11-18")), record(run, HA).kpReview());
        assertFalse(rulesDue(run, d("2027-05-21"), 0).contains("R-L2"));
        // an earlier next date is fine, a later one than 6 months is not (R-K3)
        assertEquals(Set.of("R-L2"), run.rejected(new Command.ReviewKp(IFK, d("2027-06-01"), HA,
                Optional.of(d("2027-12-02")))).rules());
        run.ok(new Command.ReviewKp(IFK, d("2027-06-01"), HA, Optional.of(d("2027-09-01"))));
        assertEquals(Optional.of(d("2027-09-01")), record(run, HA).kpReview());
    }

    @Test
    void rL1_aFollowUpInterviewMeetsTheStandardsThatApply_andReviewsTheKp() {
        Run run = afterQuer().ok(new Command.ScheduleFollowUp(IFK, d("2026-12-01"), HA, d("2027-01-12")));
        assertEquals(Optional.of(d("2027-01-12")), record(run, HA).termin());
        // no note, no KP review: refused, naming each missing standard
        Rejection r = run.rejected(new Command.RecordFollowUp(IFK, d("2027-01-12"), HA,
                QuerNachweis.builder().addErfuellt(Mindeststandard.FMG_DATEN).build(), Optional.empty()));
        assertEquals(Set.of("R-L1"), r.rules());
        assertEquals(Set.of("nachweis.BERATUNGSVERMERK", "nachweis.KOOPERATIONSPLAN"), r.fields());
        // the KP confirmed unchanged counts as reviewed; a new open point gets its catch-up date (R-Q3)
        run.ok(new Command.RecordFollowUp(IFK, d("2027-01-12"), HA, QuerNachweis.builder().from(CommandPool.followUp())
                .addOffenePunkte(OffenerPunkt.zu("OP-7", "Nachweis Führerschein", d("2027-01-22"))).build(), Optional.empty()));
        MemberQuer after = record(run, HA);
        assertEquals(Optional.of(d("2027-07-12")), after.kpReview());
        assertEquals(Optional.of(d("2027-01-12")), after.lastInterview());
        assertEquals(Optional.empty(), after.termin());
        assertTrue(rulesDue(run, d("2027-01-22"), 0).contains("R-Q3"));
        Event.FollowUpRecorded e = (Event.FollowUpRecorded) run.events.get(run.events.size() - 1);
        assertEquals("R-L1", e.rule());
        // the open point followed up: no longer due
        run.ok(new Command.ResolveOpenPoint(IFK, d("2027-01-20"), HA, "OP-7"));
        assertFalse(rulesDue(run, d("2027-01-22"), 0).contains("R-Q3"));
    }

    @Test
    void rL1_followUpsComeAfterTheQuer() {
        Run run = Fixtures.assigned(Fixtures.bgFamilie());
        assertEquals(Set.of("R-L1"), run.rejected(new Command.ScheduleFollowUp(IFK, d("2026-11-20"), HA, d("2026-12-01"))).rules());
        assertEquals(Set.of("R-L1"), run.rejected(new Command.ReviewKp(IFK, d("2026-11-20"), HA, Optional.empty())).rules());
        Run done = afterQuer();
        assertEquals(Set.of("R-L1"), done.rejected(new Command.RecordFollowUp(IFK, d("2026-11-19"), HA,
                CommandPool.followUp(), Optional.empty())).rules());
        assertEquals(Set.of("R-B4"), done.rejected(new Command.RecordFollowUp(F_IFK, d("2026-12-19"), HA,
                CommandPool.followUp(), Optional.empty())).rules());
    }

    @Test
    void rL3_aMissedQuerDoesNotMoveTheDeadline_andExplainsTheOverdueItem() {
        Run run = Fixtures.assigned(Fixtures.bgAllein())
                .ok(new Command.ScheduleQuerAppointment(IFK, d("2026-11-17"), HA, d("2026-11-24")));
        LocalDate due = record(run, HA).status().findDeadline().orElseThrow().due();
        assertEquals(d("2026-11-27"), due);
        run.ok(new Command.RecordMissedAppointment(IFK, d("2026-11-24"), HA, d("2026-11-24"), false));
        assertEquals(due, record(run, HA).status().findDeadline().orElseThrow().due(), "the deadline stays");
        assertEquals(Optional.empty(), record(run, HA).termin());
        // a new appointment after the due date: allowed, marked as after the due date
        run.ok(new Command.ScheduleQuerAppointment(IFK, d("2026-11-25"), HA, d("2026-12-02")));
        assertTrue(((Event.QuerAppointmentScheduled) run.events.get(run.events.size() - 1)).afterDueDate());
        DueItem overdue = morning(run, d("2026-11-30"), 0).get(0);
        assertEquals(DueCategory.OVERDUE, overdue.category());
        assertEquals(List.of(new MissedAppointment(d("2026-11-24"), d("2026-11-24"), false)), overdue.missedAppointments());
        assertTrue(OVERSIGHT.morningList(List.of(run.state), d("2026-11-30"), 0).format(java.util.Locale.GERMAN)
                .contains("versäumt: 2026-11-24 (ohne Grund)"));
        // a missed appointment lies in the past
        assertEquals(Set.of("R-L3"), run.rejected(new Command.RecordMissedAppointment(IFK, d("2026-11-25"), HA,
                d("2026-12-02"), true)).rules());
        run.ok(new Command.RecordQuer(IFK, d("2026-12-02"), HA, Fixtures.vollstaendig()));
        assertFalse(((Event.QuerRecorded) run.events.get(run.events.size() - 1)).inTime());
    }

    @Test
    void rL4_theEndOfTheCaseEndsEveryPendingItem() {
        Run run = afterQuer()
                .ok(new Command.RecordOpenPoint(IFK, QUER, HA, OffenerPunkt.zu("OP-1", "Zeugnisse", d("2026-11-27"))));
        assertFalse(morning(run, d("2027-06-01"), 10).isEmpty());
        run.ok(new Command.EndCase(LG, d("2026-12-31"), CaseEndReason.RECEIPT_ENDED));
        CaseState.Beendet ended = assertInstanceOf(CaseState.Beendet.class, run.state);
        assertEquals(CaseEndReason.RECEIPT_ENDED, ended.reason());
        assertTrue(morning(run, d("2027-06-01"), 10).isEmpty());
        assertTrue(ended.openRequests().isEmpty());
        Rejection after = run.rejected(new Command.ReviewKp(IFK, d("2027-01-05"), HA, Optional.empty()));
        assertEquals(Set.of("R-L4"), after.rules());
        assertEquals(Set.of("R-B4"), afterQuer().rejected(new Command.EndCase(EZ, d("2026-12-31"),
                CaseEndReason.OTHER_JOBCENTER)).rules());
    }

    @Test
    void rL4_aMemberWhoLeavesDropsOutFromThatDay() {
        Run run = afterQuer();
        LocalDate dueKind = record(run, KIND_16).status().findDeadline().map(x -> x.due()).orElse(null);
        run.ok(new Command.ImportMembers(BI, d("2026-11-30"), java.time.YearMonth.of(2026, 11), CommandPool.family()));
        assertInstanceOf(QuerStatus.Faellig.class, record(run, KIND_16).status(), () -> "status " + dueKind);
        LocalDate due = record(run, KIND_16).status().findDeadline().orElseThrow().due();
        run.ok(new Command.RecordMemberExit(IFK, d("2026-12-01"), KIND_16, d("2026-12-05"), MemberExit.Reason.LEFT_BG));
        assertTrue(morning(run, d("2026-12-04"), 20).stream().anyMatch(i -> i.member().equals(KIND_16)));
        assertTrue(morning(run, due, 0).stream().noneMatch(i -> i.member().equals(KIND_16)));
        assertEquals(Set.of("R-L4"), run.rejected(new Command.ScheduleQuerAppointment(IFK, d("2026-12-07"), KIND_16,
                d("2026-12-08"))).rules());
        assertEquals(Set.of("R-L4"), run.rejected(new Command.RecordMemberExit(IFK, d("2026-12-01"), KIND_16,
                d("2026-12-05"), MemberExit.Reason.LEFT_BG)).rules());
    }

    @Test
    void rL4_theLastMemberCannotLeave_theCaseEndsInstead() {
        Run run = Fixtures.assigned(Fixtures.bgAllein());
        assertEquals(Set.of("R-L4"), run.rejected(new Command.RecordMemberExit(IFK, d("2026-12-01"), HA, d("2026-12-05"),
                MemberExit.Reason.RECEIPT_ENDED)).rules());
    }

    @Test
    void rL4_aMoveToAnotherGstKeepsTheCaseAndItsDeadlines() {
        Run run = Fixtures.assigned(Fixtures.bgAllein());
        QuerStatus before = record(run, HA).status();
        // only the Experte*in BI of the receiving GST assigns it, to an IFK there
        assertTrue(run.rejected(new Command.MoveToGst(BI, d("2026-11-18"), GstCode.of("05"), IFK_05)).rules().contains("R-B4"));
        assertEquals(Set.of("R-L4"), run.rejected(new Command.MoveToGst(BI_05, d("2026-11-18"), GstCode.of("05"), IFK)).rules());
        run.ok(new Command.MoveToGst(BI_05, d("2026-11-18"), GstCode.of("05"), IFK_05));
        CaseState.InBetreuung moved = assertInstanceOf(CaseState.InBetreuung.class, run.state);
        assertEquals(GstCode.of("05"), moved.gst());
        assertEquals(IFK_05, moved.ifk());
        assertEquals(before, record(run, HA).status(), "the deadlines already set stay");
        DueItem item = morning(run, d("2026-11-27"), 0).get(0);
        assertEquals(GstCode.of("05"), item.gst());
        assertEquals(IFK_05.value(), item.zustaendigkeit().code());
        // the former IFK no longer acts on the case; the new one does
        assertTrue(run.rejected(new Command.RecordQuer(IFK, d("2026-11-20"), HA, Fixtures.vollstaendig())).rules().contains("R-B4"));
        run.ok(new Command.RecordQuer(IFK_05, d("2026-11-20"), HA, Fixtures.vollstaendig()));
    }

    @Test
    void rL5_theMorningListShowsEveryKindOfDueItem() {
        Run run = new Run(Fixtures.decider())
                .ok(new Command.TakeApplication(EZ, Fixtures.ANTRAG, Fixtures.antrag(Fixtures.bgFamilie())))
                .ok(new Command.RequestActiveSupport(EZ, Fixtures.ANTRAG, HA, IFK, "Fahrkosten"))
                .ok(new Command.ParkOnVm(F_IFK, Fixtures.ANTRAG, Fixtures.eintraege()))
                .ok(new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-1"))
                .ok(new Command.AssignIfk(BI, BEWILLIGUNG.plusDays(3), IFK))
                .ok(new Command.RecordQuer(IFK, QUER, HA, QuerNachweis.builder().from(Fixtures.vollstaendig())
                        .addOffenePunkte(OffenerPunkt.zu("OP-1", "Zeugnisse", d("2026-11-27"))).build()));
        Set<String> rules = rulesDue(run, d("2027-06-01"), 0);
        assertEquals(Set.of("R-F4", "R-Q3", "R-L2"), rules);
        run.ok(new Command.ImportMembers(BI, d("2026-11-30"), java.time.YearMonth.of(2026, 11), CommandPool.family()));
        assertTrue(rulesDue(run, d("2027-06-01"), 0).contains("R-F2"));
        assertTrue(morning(run, d("2027-06-01"), 0).stream().noneMatch(i -> i.member().equals(KIND_14)), "not yet 15");
    }
}
