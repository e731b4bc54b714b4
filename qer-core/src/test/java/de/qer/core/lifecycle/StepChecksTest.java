package de.qer.core.lifecycle;

import de.qer.core.rule.ProblemCode;
import static de.qer.core.Fixtures.ANTRAG;
import static de.qer.core.Fixtures.BEWILLIGUNG;
import static de.qer.core.Fixtures.BI;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.F_IFK;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.IFK;
import static de.qer.core.Fixtures.KIND_14;
import static de.qer.core.Fixtures.KIND_16;
import static de.qer.core.Fixtures.LG;
import static de.qer.core.Fixtures.PARTNER_ALG;
import static de.qer.core.lifecycle.Given.given;
import static de.qer.core.lifecycle.Given.givenState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.model.Antrag;
import de.qer.core.model.GstCode;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.QuerNachweis;
import de.qer.core.model.StatistikEintraege;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The checks of each step that a caseworker meets when a date, a person or a value does not fit the
 * procedure: each is a rejection naming its rule and field, and the step is not taken. The family of
 * {@link Fixtures#bgFamilie()}: the Hauptantragsteller (QuEr due 27 Nov, R-F1), the partner with an ALG
 * claim (blocked, R-E2), a 16-year-old (waits for the import, R-F2) and a 14-year-old (not relevant, R-F3).
 */
class StepChecksTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Run applied() {
        return new Run(Fixtures.decider()).ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgFamilie())));
    }

    private static Run approved() {
        return applied().ok(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()))
                .ok(new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-4711"));
    }

    private static Run family() {
        return Fixtures.assigned(Fixtures.bgFamilie());
    }

    private static Run afterQuer() {
        return family().ok(new Command.RecordQuer(IFK, d("2026-11-20"), HA, QuerNachweis.builder().from(Fixtures.vollstaendig())
                .addOffenePunkte(OffenerPunkt.zu("zeugnis", "Zeugnisse", d("2026-11-27"))).build()));
    }

    @Test
    void rE1_theLgAppointmentBeforeTheApplication_anApplicationDatedAfterItsTaking_andAStepBeforeTheApplication() {
        Antrag early = Antrag.builder().from(Fixtures.antrag(Fixtures.bgFamilie())).lgTermin(ANTRAG.minusDays(1)).build();
        given().when(new Command.TakeApplication(EZ, ANTRAG, early)).thenRejected("R-E1").thenRejectedWithFields("antrag.lgTermin");
        given().when(new Command.TakeApplication(EZ, ANTRAG.minusDays(1), Fixtures.antrag(Fixtures.bgFamilie())))
                .thenRejected("R-E1").thenRejectedWithFields("antrag.antragsdatum");
        givenState(applied()).when(new Command.ParkOnVm(F_IFK, ANTRAG.minusDays(1), Fixtures.eintraege()))
                .thenRejected("R-E1").thenRejectedWithFields("on");
    }

    @Test
    void rV2_theAloDate_isTheStartOfUnemploymentWhereThatIsLater_andTheProblemSaysWhich() {
        StatistikEintraege wrongAlo = StatistikEintraege.builder().from(Fixtures.eintraege()).arbeitslosAb(d("2026-11-03")).build();
        givenState(applied()).when(new Command.ParkOnVm(F_IFK, ANTRAG, wrongAlo)).thenRejectedWithFields("eintraege.arbeitslosAb")
                .thenFirstProblem(p -> assertTrue(p.message(Locale.ENGLISH).contains("application date 2026-11-02"),
                        () -> p.message(Locale.ENGLISH)));
        Antrag unemployedLater = Antrag.builder().from(Fixtures.antrag(Fixtures.bgFamilie())).beschaeftigungslosSeit(d("2026-11-09")).build();
        Run run = new Run(Fixtures.decider()).ok(new Command.TakeApplication(EZ, ANTRAG, unemployedLater));
        givenState(run).when(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege())).thenRejectedWithFields("eintraege.arbeitslosAb")
                .thenFirstProblem(p -> {
                    assertTrue(p.message(Locale.ENGLISH).contains("start of unemployment 2026-11-09"), () -> p.message(Locale.ENGLISH));
                    assertTrue(p.message(Locale.GERMAN).contains("Beginn der Beschäftigungslosigkeit 2026-11-09"),
                            () -> p.message(Locale.GERMAN));
                });
    }

    @Test
    void rB2_theReleaseCannotComeBeforeTheCaseWasParked() {
        Run parkedLater = applied().ok(new Command.ParkOnVm(F_IFK, ANTRAG.plusDays(2), Fixtures.eintraege()));
        givenState(parkedLater).when(new Command.ReleaseApproval(LG, ANTRAG.plusDays(1), "LMG-4711"))
                .thenRejected("R-B2").thenRejectedWithFields("on");
    }

    @Test
    void rB3_anAssignmentToTheSameIfkAgain_orBeforeTheApproval() {
        givenState(family()).when(new Command.AssignIfk(BI, d("2026-11-20"), IFK))
                .thenRejected("R-B3").thenRejectedWithFields("ifk").thenRejectedWithCodes(ProblemCode.DUPLICATE);
        givenState(approved()).when(new Command.AssignIfk(BI, BEWILLIGUNG.minusDays(1), IFK))
                .thenRejected("R-B3").thenRejectedWithFields("on");
    }

    @Test
    void rF2_anImportOfAMonthBeforeTheApproval() {
        givenState(family()).when(new Command.ImportMembers(BI, d("2026-11-30"), YearMonth.of(2026, 10), CommandPool.family()))
                .thenRejected("R-F2").thenRejectedWithFields("month");
    }

    @Test
    void rE2_theEndOfAlg_onlyForAMemberWithAClaim_whoseQuerStillWaitsForIt() {
        // the Hauptantragsteller has no ALG claim, and nothing of his waits for an end of ALG: two problems
        givenState(family()).when(new Command.EndAlg(BI, d("2026-12-01"), HA, d("2026-11-30")))
                .thenRejected("R-E2").thenRejection(r -> assertEquals(2, r.problems().size(), r::toString));
        // the partner's ALG ended, her QuEr took place: a second end of ALG is refused
        Run run = family().ok(new Command.EndAlg(BI, d("2026-12-01"), PARTNER_ALG, d("2026-11-30")))
                .ok(new Command.RecordQuer(IFK, d("2026-12-02"), PARTNER_ALG, Fixtures.vollstaendig()));
        givenState(run).when(new Command.EndAlg(BI, d("2026-12-03"), PARTNER_ALG, d("2026-11-30")))
                .thenRejected("R-E2").thenRejectedWithFields("member")
                .thenRejection(r -> assertEquals(1, r.problems().size(), r::toString));
    }

    @Test
    void rE2_noQuerAppointmentWhileTheAlgReceiptLasts() {
        givenState(family()).when(new Command.ScheduleQuerAppointment(IFK, d("2026-11-20"), PARTNER_ALG, d("2026-11-25")))
                .thenRejected("R-E2").thenRejectedWithCodes(ProblemCode.ALG_NOT_ENDED);
    }

    @Test
    void rF1_anAppointmentInThePastIsRefused_andOneAfterTheDueDateIsMarked() {
        givenState(family()).when(new Command.ScheduleQuerAppointment(IFK, d("2026-11-20"), HA, d("2026-11-19")))
                .thenRejected("R-F1").thenRejectedWithFields("termin");
        givenState(family()).when(new Command.ScheduleQuerAppointment(IFK, d("2026-11-20"), HA, d("2026-11-27")))
                .thenEventOfType(Event.QuerAppointmentScheduled.class, e -> {
                    assertFalse(e.afterDueDate(), "on the due date is in time");
                    assertEquals("R-F1", e.rule());
                });
        givenState(family()).when(new Command.ScheduleQuerAppointment(IFK, d("2026-11-20"), HA, d("2026-11-30")))
                .thenEventOfType(Event.QuerAppointmentScheduled.class, e -> assertTrue(e.afterDueDate()));
    }

    @Test
    void rE2_theAppointmentAfterTheEndOfAlg_isMeasuredAgainstTheDeadlineOfRE2() {
        // ALG ended 30 Nov: due 10 AT later, 14 Dec
        Run run = family().ok(new Command.EndAlg(BI, d("2026-12-01"), PARTNER_ALG, d("2026-11-30")));
        givenState(run).when(new Command.ScheduleQuerAppointment(IFK, d("2026-12-01"), PARTNER_ALG, d("2026-12-14")))
                .thenEventOfType(Event.QuerAppointmentScheduled.class, e -> {
                    assertEquals("R-E2", e.rule());
                    assertFalse(e.afterDueDate());
                });
        givenState(run).when(new Command.ScheduleQuerAppointment(IFK, d("2026-12-01"), PARTNER_ALG, d("2026-12-15")))
                .thenEventOfType(Event.QuerAppointmentScheduled.class, e -> assertTrue(e.afterDueDate()));
    }

    @Test
    void rF3_theStatusOfEachMemberAtTheApproval_namesItsRule_andARefusalNamesTheReason() {
        givenState(applied().ok(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege())))
                .when(new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-4711"))
                .thenEvents(events -> {
                    Map<String, String> rules = events.stream().filter(Event.QuerStatusSet.class::isInstance)
                            .map(Event.QuerStatusSet.class::cast)
                            .collect(Collectors.toMap(e -> e.member().value(), Event.QuerStatusSet::rule));
                    assertEquals(Map.of(HA.value(), "R-F1", PARTNER_ALG.value(), "R-E2", KIND_16.value(), "R-F2",
                            KIND_14.value(), "R-F3"), rules);
                });
        givenState(family()).when(new Command.RecordQuer(IFK, d("2026-11-20"), KIND_14, Fixtures.vollstaendig()))
                .thenRejected("R-F3").thenFirstProblem(p -> assertTrue(p.message(Locale.ENGLISH)
                        .contains(QuerStatus.Grund.UNTER_MINDESTALTER.toString()), () -> p.message(Locale.ENGLISH)));
    }

    @Test
    void rQ3_anOpenPointRecordedLater_isCheckedLikeOneOfTheQuer() {
        // the catch-up date at the latest 10 AT after the day it is recorded
        givenState(afterQuer()).when(new Command.RecordOpenPoint(IFK, d("2026-11-23"), HA,
                        OffenerPunkt.zu("lebenslauf", "Lebenslauf", d("2026-12-23"))))
                .thenRejected("R-Q3").thenRejectedWithFields("punkt.nachholenBis");
        // a key already used in the case
        givenState(afterQuer()).when(new Command.RecordOpenPoint(IFK, d("2026-11-23"), HA,
                        OffenerPunkt.zu("zeugnis", "Lebenslauf", d("2026-11-30"))))
                .thenRejected("R-Q3").thenRejectedWithFields("punkt").thenRejectedWithCodes(ProblemCode.DUPLICATE);
        // control characters in the key or the topic
        givenState(afterQuer()).when(new Command.RecordOpenPoint(IFK, d("2026-11-23"), HA,
                        OffenerPunkt.zu("le\u0007bens", "Lebens\u202Elauf", d("2026-11-30"))))
                .thenRejected("R-Q3").thenRejectedWithFields("punkt.key", "punkt.thema");
        // a point that does not exist cannot be resolved, though another one does
        givenState(afterQuer()).when(new Command.ResolveOpenPoint(IFK, d("2026-11-23"), HA, "lebenslauf"))
                .thenRejected("R-Q3").thenRejectedWithFields("key");
    }

    @Test
    void rL1_aFollowUp_theStandardsMayBeOpenPoints_whoseDatesAreChecked() {
        QuerNachweis kpOpen = QuerNachweis.builder().addErfuellt(Mindeststandard.BERATUNGSVERMERK)
                .addOffenePunkte(OffenerPunkt.fuer("kp-neu", Mindeststandard.KOOPERATIONSPLAN, d("2026-12-04"))).build();
        givenState(afterQuer()).when(new Command.RecordFollowUp(IFK, d("2026-12-01"), HA, kpOpen, Optional.empty()))
                .thenEventOfType(Event.FollowUpRecorded.class, e -> assertEquals(1, e.offenePunkte().size()));
        QuerNachweis tooLate = QuerNachweis.builder().from(kpOpen)
                .offenePunkte(List.of(OffenerPunkt.fuer("kp-neu", Mindeststandard.KOOPERATIONSPLAN, d("2027-01-29")))).build();
        givenState(afterQuer()).when(new Command.RecordFollowUp(IFK, d("2026-12-01"), HA, tooLate, Optional.empty()))
                .thenRejected("R-Q3").thenRejectedWithFields("nachweis.offenePunkte[0].nachholenBis");
        givenState(afterQuer()).when(new Command.ScheduleFollowUp(IFK, d("2026-12-01"), HA, d("2026-11-30")))
                .thenRejected("R-L1").thenRejectedWithFields("termin");
    }

    @Test
    void rL4_rL3_aMemberWhoDroppedOut_getsNoFollowUpAndNoMissedAppointment() {
        Run run = family().ok(new Command.RecordQuer(IFK, d("2026-11-20"), KIND_16, Fixtures.vollstaendig()))
                .ok(new Command.RecordMemberExit(IFK, d("2026-11-23"), KIND_16, d("2026-11-23"), MemberExit.Reason.LEFT_BG));
        givenState(run).when(new Command.ScheduleFollowUp(IFK, d("2026-11-24"), KIND_16, d("2026-12-01")))
                .thenRejected("R-L4").thenRejectedWithCodes(ProblemCode.MEMBER_LEFT);
        givenState(run).when(new Command.RecordMissedAppointment(IFK, d("2026-11-24"), KIND_16, d("2026-11-24"), false))
                .thenRejected("R-L4").thenRejectedWithCodes(ProblemCode.MEMBER_LEFT);
        // R-L3: an appointment before the approval cannot have been missed in the case
        givenState(family()).when(new Command.RecordMissedAppointment(IFK, d("2026-11-24"), HA, BEWILLIGUNG.minusDays(1), false))
                .thenRejected("R-L3").thenRejectedWithFields("termin");
    }

    @Test
    void rL4_anExitBeforeTheApproval_theLastActiveMember_aMoveToTheSameGst_andAnEndBeforeTheApproval() {
        givenState(family()).when(new Command.RecordMemberExit(IFK, d("2026-11-20"), KIND_16, BEWILLIGUNG.minusDays(1),
                MemberExit.Reason.LEFT_BG)).thenRejected("R-L4").thenRejectedWithFields("from");
        // a BG of two: once the 16-year-old has left, the Hauptantragsteller is the last active member
        de.qer.core.model.Bedarfsgemeinschaft two = de.qer.core.model.Bedarfsgemeinschaft.builder()
                .id(de.qer.core.model.CaseId.of("BG-2P")).haushaltsvorstand(HA).addMitglieder(Fixtures.ha(), Fixtures.kind16()).build();
        Run run = Fixtures.assigned(two)
                .ok(new Command.RecordMemberExit(IFK, d("2026-11-20"), KIND_16, d("2026-11-20"), MemberExit.Reason.LEFT_BG));
        givenState(run).when(new Command.RecordMemberExit(IFK, d("2026-11-23"), HA, d("2026-11-23"), MemberExit.Reason.RECEIPT_ENDED))
                .thenRejected("R-L4").thenRejectedWithCodes(ProblemCode.NOT_ALLOWED_IN_STATE);
        givenState(family()).when(new Command.MoveToGst(BI, d("2026-11-20"), GstCode.of("03"), IFK))
                .thenRejected("R-L4").thenRejectedWithFields("newGst");
        givenState(approved()).when(new Command.EndCase(BI, BEWILLIGUNG.minusDays(1), CaseEndReason.RECEIPT_ENDED))
                .thenRejected("R-L4").thenRejectedWithFields("on");
    }

    @Test
    void rB4_rV1_aRefusalForTheWrongActor_namesEveryoneWhoMayTakeTheStep() {
        // a withdrawal: EZ or Experte*in LG (R-B1)
        givenState(applied()).when(new Command.WithdrawApplication(BI, ANTRAG.plusDays(1))).thenRejected("R-B4")
                .thenFirstProblem(p -> {
                    assertTrue(p.message(Locale.GERMAN).contains(" oder "), () -> p.message(Locale.GERMAN));
                    assertTrue(p.message(Locale.ENGLISH).contains(" or "), () -> p.message(Locale.ENGLISH));
                });
        // parking: only the F-IFK designated for that day at that GST (R-V1)
        givenState(applied()).when(new Command.ParkOnVm(IFK, ANTRAG, Fixtures.eintraege())).thenRejected("R-V1")
                .thenFirstProblem(p -> {
                    assertTrue(p.message(Locale.GERMAN).contains("die für 2026-11-02 benannte F-IFK der GST 03"),
                            () -> p.message(Locale.GERMAN));
                    assertTrue(p.message(Locale.ENGLISH).contains("the F-IFK designated for 2026-11-02 at GST 03"),
                            () -> p.message(Locale.ENGLISH));
                    assertFalse(p.message(Locale.ENGLISH).contains(" or "), () -> p.message(Locale.ENGLISH));
                });
    }
}
