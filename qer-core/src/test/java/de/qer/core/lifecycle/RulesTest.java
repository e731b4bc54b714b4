package de.qer.core.lifecycle;

import static de.qer.core.Fixtures.ANTRAG;
import static de.qer.core.Fixtures.BEWILLIGUNG;
import static de.qer.core.Fixtures.BI;
import static de.qer.core.Fixtures.EXPERTE_GST;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.F_IFK;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.IFK;
import static de.qer.core.Fixtures.LG;
import static de.qer.core.Fixtures.OTHER_GST_EZ;
import static de.qer.core.Fixtures.STRANGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.model.Antrag;
import de.qer.core.model.Arbeitsuche;
import de.qer.core.model.Kundenstatus;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import de.qer.core.model.StaffId;
import de.qer.core.model.StatistikEintraege;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule of the lifecycle, with the rejection that names it. */
class RulesTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Run taken() {
        return new Run(Fixtures.decider()).ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgAllein())));
    }

    private static Run parked() {
        return taken().ok(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()));
    }

    @Test
    void rE1_everyMissingItemOfTheEzIsNamed() {
        Antrag incomplete = Antrag.builder().from(Fixtures.antrag(Fixtures.bgAllein())).ausgehaendigt(Set.of()).lgTermin(
                java.util.Optional.empty()).build();
        Rejection r = new Run(Fixtures.decider()).rejected(new Command.TakeApplication(EZ, ANTRAG, incomplete));
        assertEquals(Set.of("antrag.ausgehaendigt.ANTRAGSUNTERLAGEN", "antrag.ausgehaendigt.MERKBLATT_SGB_II",
                "antrag.ausgehaendigt.INFOSCHREIBEN_DSGVO", "antrag.ausgehaendigt.FRAGEBOGEN_MIGRATIONSHINTERGRUND",
                "antrag.lgTermin"), r.fields());
        assertEquals(Set.of("R-E1"), r.rules());
        assertTrue(r.message(Locale.GERMAN).contains("Nicht ausgehändigt: Merkblatt SGB II"), r::toString);
        assertTrue(r.message(Locale.ENGLISH).contains("Not handed out: SGB II leaflet"), r::toString);
    }

    @Test
    void rE1_onlyEzStaffOfThatGst() {
        Rejection r = new Run(Fixtures.decider()).rejected(
                new Command.TakeApplication(OTHER_GST_EZ, ANTRAG, Fixtures.antrag(Fixtures.bgAllein())));
        assertEquals(Set.of(ProblemCode.WRONG_GST), r.codes());
        Rejection r2 = new Run(Fixtures.decider()).rejected(
                new Command.TakeApplication(IFK, ANTRAG, Fixtures.antrag(Fixtures.bgAllein())));
        assertEquals(Set.of(ProblemCode.WRONG_ROLE), r2.codes());
    }

    @Test
    void rV1_onlyTheFIfkOfThatDayMayPark() {
        Rejection notDesignated = taken().rejected(new Command.ParkOnVm(IFK, ANTRAG, Fixtures.eintraege()));
        assertEquals("R-V1", notDesignated.problems().get(0).rule());
        assertEquals("actor", notDesignated.problems().get(0).field());
        // the F-IFK of another GST's plan or another day: the plan of the fixture ends in February 2027
        Rejection otherDay = taken().rejected(new Command.ParkOnVm(F_IFK, d("2027-03-02"), Fixtures.eintraege()));
        assertTrue(otherDay.rules().contains("R-V1"));
    }

    @Test
    void rV2_parkingWithoutTheEntries_listsAllThatAreMissing() {
        Rejection r = taken().rejected(new Command.ParkOnVm(F_IFK, ANTRAG, StatistikEintraege.builder().build()));
        assertEquals(Set.of("eintraege.kundenstatus", "eintraege.vermittlungsprofilAb", "eintraege.arbeitsuche",
                "eintraege.arbeitsucheAb", "eintraege.arbeitslosAb"), r.fields());
        assertEquals(Set.of("R-V2"), r.rules());
        assertEquals(5, r.problems().size());
    }

    @Test
    void rV2_otherDatesOrStatus_areWrong() {
        StatistikEintraege wrong = StatistikEintraege.builder().kundenstatus(Kundenstatus.KUNDE)
                .vermittlungsprofilAb(ANTRAG.plusDays(1)).arbeitsuche(Arbeitsuche.NA).arbeitsucheAb(ANTRAG.minusDays(1))
                .arbeitslosAb(ANTRAG.plusDays(2)).build();
        Rejection r = taken().rejected(new Command.ParkOnVm(F_IFK, ANTRAG, wrong));
        assertEquals(Set.of(ProblemCode.WRONG_VALUE, ProblemCode.WRONG_DATE), r.codes());
        assertEquals(4, r.problems().size());
    }

    @Test
    void rV2_aloFromTheStartOfUnemploymentWhereThatIsLater() {
        Antrag a = Antrag.builder().from(Fixtures.antrag(Fixtures.bgAllein())).beschaeftigungslosSeit(d("2026-11-16")).build();
        Run run = new Run(Fixtures.decider()).ok(new Command.TakeApplication(EZ, ANTRAG, a));
        Rejection r = run.rejected(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()));
        assertEquals(Set.of("eintraege.arbeitslosAb"), r.fields());
        assertTrue(r.message(Locale.GERMAN).contains("2026-11-16"), r::toString);
        run.ok(new Command.ParkOnVm(F_IFK, ANTRAG, StatistikEintraege.builder().from(Fixtures.eintraege())
                .arbeitslosAb(d("2026-11-16")).build()));
        // an earlier start of unemployment: ALO from the application date
        Antrag earlier = Antrag.builder().from(a).beschaeftigungslosSeit(d("2026-09-01")).build();
        new Run(Fixtures.decider()).ok(new Command.TakeApplication(EZ, ANTRAG, earlier))
                .ok(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()));
    }

    @Test
    void rB1_rejectAndWithdraw_onlyByTheirRoles() {
        assertEquals(Set.of(ProblemCode.WRONG_ROLE), parked().rejected(new Command.RejectApplication(BI, d("2026-11-10"))).codes());
        assertEquals(Set.of(ProblemCode.WRONG_ROLE), parked().rejected(new Command.WithdrawApplication(IFK, d("2026-11-10"))).codes());
        parked().ok(new Command.WithdrawApplication(LG, d("2026-11-10")));
    }

    @Test
    void rB2_releaseByExperteLg_withTheBerechnungsprotokoll() {
        Rejection r = parked().rejected(new Command.ReleaseApproval(IFK, BEWILLIGUNG, " "));
        assertEquals(Set.of("R-B4", "R-B2"), r.rules());
        assertEquals(Set.of("actor", "berechnungsprotokollRef"), r.fields());
    }

    @Test
    void rB3_assignOnlyByExperteBi_toAnIfkOfTheGst() {
        Run approved = parked().ok(new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-1"));
        assertEquals(Set.of("R-B4"), approved.rejected(new Command.AssignIfk(LG, BEWILLIGUNG, IFK)).rules());
        Rejection notIfk = approved.rejected(new Command.AssignIfk(BI, BEWILLIGUNG, LG));
        assertEquals("ifk", notIfk.problems().get(0).field());
        assertEquals(Set.of("R-B3"), approved.rejected(new Command.AssignIfk(BI, BEWILLIGUNG, StaffId.of("ifk05"))).rules());
        approved.ok(new Command.AssignIfk(BI, BEWILLIGUNG, IFK)).ok(new Command.AssignIfk(BI, d("2026-11-20"), F_IFK));
        assertEquals(F_IFK, ((CaseState.InBetreuung) approved.state).ifk());
    }

    @Test
    void rB4_unknownActorsAndOtherIfks_areRejected() {
        assertEquals(Set.of(ProblemCode.UNKNOWN_ACTOR), parked().rejected(new Command.RejectApplication(STRANGER, d("2026-11-10"))).codes());
        Run run = Fixtures.assigned(Fixtures.bgAllein());
        Rejection r = run.rejected(new Command.RecordQuer(F_IFK, d("2026-11-20"), HA, Fixtures.vollstaendig()));
        assertEquals(Set.of("R-B4"), r.rules());
    }

    @Test
    void rF4_earlyRequest_byEzIfkOrExperteGst() {
        parked().ok(new Command.RequestActiveSupport(EXPERTE_GST, d("2026-11-06"), HA, IFK, "Fahrkosten"));
        assertEquals(Set.of("R-B4"), parked().rejected(new Command.RequestActiveSupport(LG, d("2026-11-06"), HA, IFK, "Fahrkosten")).rules());
        assertEquals(Set.of(ProblemCode.UNKNOWN_MEMBER), parked().rejected(
                new Command.RequestActiveSupport(EZ, d("2026-11-06"), PersonId.of("x"), IFK, "Fahrkosten")).codes());
    }

    @Test
    void rF6_noQuerBeforeTheApproval() {
        for (Run run : new Run[] {taken(), parked(), parked().ok(new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-1"))}) {
            Rejection r = run.rejected(new Command.RecordQuer(IFK, d("2026-11-20"), HA, Fixtures.vollstaendig()));
            assertEquals("R-F6", r.problems().get(0).rule(), r::toString);
            assertEquals(ProblemCode.BEFORE_APPROVAL, r.problems().get(0).code());
            assertEquals("R-F6", run.rejected(new Command.ScheduleQuerAppointment(IFK, d("2026-11-20"), HA,
                    d("2026-11-25"))).problems().get(0).rule());
        }
        // and not dated before the Bewilligungsdatum even once assigned
        Run run = Fixtures.assigned(Fixtures.bgAllein());
        assertTrue(run.rejected(new Command.RecordQuer(IFK, d("2026-11-12"), HA, Fixtures.vollstaendig())).rules().contains("R-F6"));
    }

    @Test
    void rQ1_everyMissingMinimumStandardIsNamed() {
        Run run = Fixtures.assigned(Fixtures.bgAllein());
        Rejection r = run.rejected(new Command.RecordQuer(IFK, d("2026-11-20"), HA, QuerNachweis.builder()
                .addErfuellt(Mindeststandard.FMG_DATEN, Mindeststandard.BERATUNGSVERMERK).kundensteuerungErforderlich(true).build()));
        assertEquals(Set.of("nachweis.POTENZIALANALYSE", "nachweis.INTEGRATIONSPROGNOSE", "nachweis.HANDLUNGSSTRATEGIE",
                "nachweis.SOFORTANGEBOT", "nachweis.KOOPERATIONSPLAN", "nachweis.KUNDENSTEUERUNG"), r.fields());
        assertEquals(Set.of("R-Q1"), r.rules());
        // Kundensteuerung only where needed
        run.ok(new Command.RecordQuer(IFK, d("2026-11-20"), HA, Fixtures.vollstaendig()));
        assertEquals(ProblemCode.ALREADY_DONE, run.rejected(new Command.RecordQuer(IFK, d("2026-11-21"), HA,
                Fixtures.vollstaendig())).problems().get(0).code());
    }

    @Test
    void rQ3_catchUpDateAtTheLatest10WorkingDaysLater_andKeysUnique() {
        Run run = Fixtures.assigned(Fixtures.bgAllein());
        QuerNachweis late = QuerNachweis.builder().from(Fixtures.vollstaendig())
                .addOffenePunkte(OffenerPunkt.zu("OP-1", "Zeugnisse", d("2026-12-05")))   // latest: 2026-12-04
                .addOffenePunkte(OffenerPunkt.zu("OP-1", "Lebenslauf", d("2026-11-19")))  // in the past, duplicate key
                .build();
        Rejection r = run.rejected(new Command.RecordQuer(IFK, d("2026-11-20"), HA, late));
        assertEquals(Set.of(ProblemCode.CATCH_UP_DATE, ProblemCode.DUPLICATE), r.codes());
        assertEquals(3, r.problems().size());
        assertEquals(Set.of("R-Q3"), r.rules());
        assertEquals(Set.of("R-Q3"), run.rejected(new Command.ResolveOpenPoint(IFK, d("2026-11-21"), HA, "nope")).rules());
        assertEquals(Set.of("R-Q3"), run.rejected(new Command.RecordOpenPoint(IFK, d("2026-11-21"), HA,
                OffenerPunkt.zu("OP-9", "x", d("2026-11-25")))).rules());
    }

    @Test
    void rC6_aDateOutsideTheCalendar_isARejectionNotAnException() {
        Run run = parked();
        Rejection r = run.rejected(new Command.ReleaseApproval(LG, d("2301-01-01"), "LMG-1"));
        assertEquals("R-C6", r.problems().get(0).rule());
        Rejection early = new Run(Fixtures.decider()).rejected(new Command.TakeApplication(EZ, d("1980-01-07"),
                Antrag.builder().from(Fixtures.antrag(Fixtures.bgAllein())).antragsdatum(d("1980-01-07"))
                        .lgTermin(d("1980-01-08")).build()));
        assertEquals("R-C6", early.problems().get(0).rule());
    }

    @Test
    void rV3_specialGroupsCarryTheirFlagsForTheHost() {
        de.qer.core.model.Mitglied reha = de.qer.core.model.Mitglied.builder().id(PersonId.of("r")).geburtsdatum(d("1980-02-02"))
                .rehaBedarf(true).build();
        de.qer.core.model.Bedarfsgemeinschaft bg = de.qer.core.model.Bedarfsgemeinschaft.builder().id(de.qer.core.model.CaseId.of("BG-R"))
                .haushaltsvorstand(HA).addMitglieder(Fixtures.ha(), Fixtures.partnerAlg(), reha).build();
        Run run = Fixtures.assigned(bg);
        de.qer.core.model.Bedarfsgemeinschaft inCase = ((CaseState.Approved) run.state).bg();
        assertTrue(inCase.mitglied(Fixtures.PARTNER_ALG).orElseThrow().algAnspruch());
        assertTrue(inCase.mitglied(PersonId.of("r")).orElseThrow().rehaBedarf());
        assertEquals(de.qer.core.model.Kundensteuerung.SONDERTEAM_REHA_SB,
                run.decider.deadlines().policy().kundensteuerung().suggest(inCase.mitglied(PersonId.of("r")).orElseThrow(), d("2026-11-20")).target());
        assertTrue(((CaseState.Approved) run.state).members().get(Fixtures.PARTNER_ALG).get().status() instanceof QuerStatus.GesperrtAlg);
    }

    @Test
    void rQ2_theQuerIsForAMemberOfTheCasesBg() {
        Run run = Fixtures.assigned(Fixtures.bgAllein());
        Rejection r = run.rejected(new Command.RecordQuer(IFK, d("2026-11-20"), PersonId.of("someone-else"), Fixtures.vollstaendig()));
        assertEquals(Set.of("R-Q2"), r.rules());
        assertEquals(Set.of(ProblemCode.UNKNOWN_MEMBER), r.codes());
    }

    @Test
    void rejectionMessages_areGermanAndEnglish_andNameRuleAndField() {
        Rejection r = taken().rejected(new Command.ParkOnVm(F_IFK, ANTRAG, StatistikEintraege.builder().build()));
        String de = r.message(Locale.GERMAN);
        String en = r.message(Locale.ENGLISH);
        assertTrue(de.startsWith("[R-V2] eintraege.kundenstatus: Fehlt: Kundenstatus"), de);
        assertTrue(en.startsWith("[R-V2] eintraege.kundenstatus: Missing: customer status"), en);
    }
}
