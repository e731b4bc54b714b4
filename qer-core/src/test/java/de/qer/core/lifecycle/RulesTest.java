package de.qer.core.lifecycle;

import de.qer.core.rule.ProblemCode;
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
import static de.qer.core.lifecycle.Given.given;
import static de.qer.core.lifecycle.Given.givenState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule of the lifecycle, with the rejection that names it: given a case, when a command, then a rejection naming the rule. */
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
        given().when(new Command.TakeApplication(EZ, ANTRAG, incomplete))
                .thenRejectedWithFields("antrag.ausgehaendigt.ANTRAGSUNTERLAGEN", "antrag.ausgehaendigt.MERKBLATT_SGB_II",
                        "antrag.ausgehaendigt.INFOSCHREIBEN_DSGVO", "antrag.ausgehaendigt.FRAGEBOGEN_MIGRATIONSHINTERGRUND",
                        "antrag.lgTermin")
                .thenRejected("R-E1")
                .thenRejection(r -> {
                    assertTrue(r.message(Locale.GERMAN).contains("Nicht ausgehändigt: Merkblatt SGB II"), r::toString);
                    assertTrue(r.message(Locale.ENGLISH).contains("Not handed out: SGB II leaflet"), r::toString);
                });
    }

    @Test
    void rE1_onlyEzStaffOfThatGst() {
        given().when(new Command.TakeApplication(OTHER_GST_EZ, ANTRAG, Fixtures.antrag(Fixtures.bgAllein())))
                .thenRejectedWithCodes(ProblemCode.WRONG_GST);
        given().when(new Command.TakeApplication(IFK, ANTRAG, Fixtures.antrag(Fixtures.bgAllein())))
                .thenRejectedWithCodes(ProblemCode.WRONG_ROLE);
    }

    @Test
    void rV1_onlyTheFIfkOfThatDayMayPark() {
        givenState(taken()).when(new Command.ParkOnVm(IFK, ANTRAG, Fixtures.eintraege()))
                .thenFirstProblem(p -> {
                    assertEquals("R-V1", p.rule());
                    assertEquals("actor", p.field());
                });
        // the F-IFK of another GST's plan or another day: the plan of the fixture ends in February 2027
        givenState(taken()).when(new Command.ParkOnVm(F_IFK, d("2027-03-02"), Fixtures.eintraege()))
                .thenRejectedNaming("R-V1");
    }

    @Test
    void rV2_parkingWithoutTheEntries_listsAllThatAreMissing() {
        givenState(taken()).when(new Command.ParkOnVm(F_IFK, ANTRAG, StatistikEintraege.builder().build()))
                .thenRejectedWithFields("eintraege.kundenstatus", "eintraege.vermittlungsprofilAb", "eintraege.arbeitsuche",
                        "eintraege.arbeitsucheAb", "eintraege.arbeitslosAb")
                .thenRejected("R-V2")
                .thenRejection(r -> assertEquals(5, r.problems().size()));
    }

    @Test
    void rV2_otherDatesOrStatus_areWrong() {
        StatistikEintraege wrong = StatistikEintraege.builder().kundenstatus(Kundenstatus.KUNDE)
                .vermittlungsprofilAb(ANTRAG.plusDays(1)).arbeitsuche(Arbeitsuche.NA).arbeitsucheAb(ANTRAG.minusDays(1))
                .arbeitslosAb(ANTRAG.plusDays(2)).build();
        givenState(taken()).when(new Command.ParkOnVm(F_IFK, ANTRAG, wrong))
                .thenRejectedWithCodes(ProblemCode.WRONG_VALUE, ProblemCode.WRONG_DATE)
                .thenRejection(r -> assertEquals(4, r.problems().size()));
    }

    @Test
    void rV2_aloFromTheStartOfUnemploymentWhereThatIsLater() {
        Antrag a = Antrag.builder().from(Fixtures.antrag(Fixtures.bgAllein())).beschaeftigungslosSeit(d("2026-11-16")).build();
        Run run = new Run(Fixtures.decider()).ok(new Command.TakeApplication(EZ, ANTRAG, a));
        givenState(run).when(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()))
                .thenRejectedWithFields("eintraege.arbeitslosAb")
                .thenRejection(r -> assertTrue(r.message(Locale.GERMAN).contains("2026-11-16"), r::toString));
        givenState(run).when(new Command.ParkOnVm(F_IFK, ANTRAG, StatistikEintraege.builder().from(Fixtures.eintraege())
                .arbeitslosAb(d("2026-11-16")).build())).thenAccepted();
        // an earlier start of unemployment: ALO from the application date
        Antrag earlier = Antrag.builder().from(a).beschaeftigungslosSeit(d("2026-09-01")).build();
        givenState(new Run(Fixtures.decider()).ok(new Command.TakeApplication(EZ, ANTRAG, earlier)))
                .when(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege())).thenAccepted();
    }

    @Test
    void rB1_rejectAndWithdraw_onlyByTheirRoles() {
        givenState(parked()).when(new Command.RejectApplication(BI, d("2026-11-10"))).thenRejectedWithCodes(ProblemCode.WRONG_ROLE);
        givenState(parked()).when(new Command.WithdrawApplication(IFK, d("2026-11-10"))).thenRejectedWithCodes(ProblemCode.WRONG_ROLE);
        givenState(parked()).when(new Command.WithdrawApplication(LG, d("2026-11-10"))).thenAccepted();
    }

    @Test
    void rB2_releaseByExperteLg_withTheBerechnungsprotokoll() {
        givenState(parked()).when(new Command.ReleaseApproval(IFK, BEWILLIGUNG, " "))
                .thenRejected("R-B4", "R-B2")
                .thenRejectedWithFields("actor", "berechnungsprotokollRef");
    }

    @Test
    void rB3_assignOnlyByExperteBi_toAnIfkOfTheGst() {
        Run approved = parked().ok(new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-1"));
        givenState(approved).when(new Command.AssignIfk(LG, BEWILLIGUNG, IFK)).thenRejected("R-B4");
        givenState(approved).when(new Command.AssignIfk(BI, BEWILLIGUNG, LG)).thenFirstProblem(p -> assertEquals("ifk", p.field()));
        givenState(approved).when(new Command.AssignIfk(BI, BEWILLIGUNG, StaffId.of("ifk05"))).thenRejected("R-B3");
        givenState(approved).when(new Command.AssignIfk(BI, BEWILLIGUNG, IFK)).thenAccepted();
        givenState(approved).when(new Command.AssignIfk(BI, d("2026-11-20"), F_IFK))
                .thenState(CaseState.InBetreuung.class, s -> assertEquals(F_IFK, s.ifk()));
    }

    @Test
    void rB4_unknownActorsAndOtherIfks_areRejected() {
        givenState(parked()).when(new Command.RejectApplication(STRANGER, d("2026-11-10"))).thenRejectedWithCodes(ProblemCode.UNKNOWN_ACTOR);
        // given the events of an assigned case, as a host would have stored them
        given(Fixtures.assigned(Fixtures.bgAllein()).events.toArray(Event[]::new))
                .when(new Command.RecordQuer(F_IFK, d("2026-11-20"), HA, Fixtures.vollstaendig()))
                .thenRejected("R-B4");
    }

    /** The columns of the R-B4 matrix: who tries the command. */
    static final List<StaffId> ACTORS = List.of(EZ, IFK, F_IFK, LG, BI, EXPERTE_GST, Fixtures.BI_05, STRANGER);

    /**
     * R-B4, who may do what: for each command kind, in the representative state where the table allows
     * it ({@link TransitionTableTest#representativeStates()}, with the command of {@link CommandPool#valid()}
     * and only its actor swapped), whether each staff member is accepted ({@code +}) or refused ({@code -}).
     * Written out from docs/rules.md (R-B4, R-E1, R-V1, R-B1 … R-B3, R-F4, R-E2, R-F2, R-L1 … R-L4 and
     * "who records what" in the README), not computed from the decider. The IFK is the case's responsible
     * IFK; the F-IFK of the day is another IFK of the GST; "other GST" is the Experte*in BI of GST 05.
     */
    static Stream<Arguments> rB4_roleMatrix() {
        return Stream.of(
                //                                                      EZ IFK F-IFK LG BI GST other unknown
                row(CommandKind.TAKE_APPLICATION, StateKind.KEIN_FALL,         "+ - - - - - - -"), // R-E1: EZ of the GST
                row(CommandKind.PARK_ON_VM, StateKind.BEANTRAGT,               "- - + - - - - -"), // R-V1: F-IFK of the day
                row(CommandKind.REQUEST_ACTIVE_SUPPORT, StateKind.BEANTRAGT,   "+ + + - - + - -"), // R-F4: EZ, an IFK, Experte*in GST
                row(CommandKind.RECORD_CLARIFICATION, StateKind.BEANTRAGT,     "- + + - - - - -"), // R-F4: an IFK of the GST
                row(CommandKind.REJECT_APPLICATION, StateKind.AUF_VM,          "- - - + - - - -"), // R-B1: Experte*in LG
                row(CommandKind.WITHDRAW_APPLICATION, StateKind.BEANTRAGT,     "+ - - + - - - -"), // R-B1: EZ or Experte*in LG
                row(CommandKind.RELEASE_APPROVAL, StateKind.AUF_VM,            "- - - + - - - -"), // R-B2: Experte*in LG
                row(CommandKind.ASSIGN_IFK, StateKind.BEWILLIGT,               "- - - - + - - -"), // R-B3: Experte*in BI
                row(CommandKind.SCHEDULE_QUER_APPOINTMENT, StateKind.IN_BETREUUNG, "- + - - - - - -"), // R-B4: the responsible IFK
                row(CommandKind.RECORD_QUER, StateKind.IN_BETREUUNG,           "- + - - - - - -"), // R-B4: the responsible IFK
                row(CommandKind.RECORD_OPEN_POINT, StateKind.IN_BETREUUNG,     "- + - - - - - -"), // R-B4: the responsible IFK
                row(CommandKind.RESOLVE_OPEN_POINT, StateKind.IN_BETREUUNG,    "- + - - - - - -"), // R-B4: the responsible IFK
                row(CommandKind.IMPORT_MEMBERS, StateKind.IN_BETREUUNG,        "- + - - + - - -"), // R-F2: Experte*in BI or the responsible IFK
                row(CommandKind.END_ALG, StateKind.IN_BETREUUNG,               "- + - - + - - -"), // R-E2: Experte*in BI or the responsible IFK
                row(CommandKind.ROUTE_ELB, StateKind.IN_BETREUUNG,             "- + - - - - - -"), // R-B4, R-S1: the responsible IFK
                row(CommandKind.SCHEDULE_FOLLOW_UP, StateKind.IN_BETREUUNG,    "- + - - - - - -"), // R-L1: the responsible IFK
                row(CommandKind.RECORD_FOLLOW_UP, StateKind.IN_BETREUUNG,      "- + - - - - - -"), // R-L1: the responsible IFK
                row(CommandKind.REVIEW_KP, StateKind.IN_BETREUUNG,             "- + - - - - - -"), // R-L2: the responsible IFK
                row(CommandKind.RECORD_MISSED_APPOINTMENT, StateKind.IN_BETREUUNG, "- + - - - - - -"), // R-L3: the IFK
                row(CommandKind.RECORD_MEMBER_EXIT, StateKind.IN_BETREUUNG,    "- + - - + - - -"), // R-L4: Experte*in BI or the responsible IFK
                row(CommandKind.END_CASE, StateKind.IN_BETREUUNG,              "- + - + + - - -"), // R-L4: Experte*in LG or BI or the responsible IFK
                row(CommandKind.MOVE_TO_GST, StateKind.IN_BETREUUNG,           "- - - - - - + -")) // R-L4: Experte*in BI of the receiving GST
                .flatMap(r -> r);
    }

    private static Stream<Arguments> row(CommandKind kind, StateKind state, String marks) {
        String[] m = marks.split(" ");
        assertEquals(ACTORS.size(), m.length, kind::toString);
        return IntStream.range(0, m.length).mapToObj(i -> Arguments.of(kind, state, ACTORS.get(i), m[i].equals("+")));
    }

    /** The command with another actor: commands are records, so it is rebuilt with its other components. */
    static Command withActor(Command c, StaffId actor) {
        RecordComponent[] components = c.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals("actor") ? actor : components[i].getAccessor().invoke(c);
            }
            return (Command) c.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "R-B4: {0} in {1} by {2}: accepted {3}")
    @MethodSource
    void rB4_roleMatrix(CommandKind kind, StateKind state, StaffId actor, boolean accepted) {
        assertTrue(Transitions.allows(state, kind), () -> "the table allows " + kind + " in " + state);
        Command command = withActor(CommandPool.valid().get(kind), actor);
        assertEquals(actor, command.actor());
        Given.When when = givenState(TransitionTableTest.representativeStates().get(state)).when(command);
        if (accepted) {
            when.thenAccepted();
        } else {
            when.thenRejection(r -> assertTrue(r.problems().stream().anyMatch(p -> p.field().equals("actor")
                    && ACTOR_CODES.contains(p.code())), r::toString));
        }
    }

    @Test
    void rB4_theMatrixCoversEveryCommandKind() {
        assertEquals(EnumSet.allOf(CommandKind.class), rB4_roleMatrix().map(a -> (CommandKind) a.get()[0])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CommandKind.class))));
    }

    static final Set<ProblemCode> ACTOR_CODES = Set.of(ProblemCode.WRONG_ROLE, ProblemCode.UNKNOWN_ACTOR, ProblemCode.WRONG_GST);

    @Test
    void rF4_earlyRequest_byEzIfkOrExperteGst() {
        givenState(parked()).when(new Command.RequestActiveSupport(EXPERTE_GST, d("2026-11-06"), HA, IFK, "Fahrkosten")).thenAccepted();
        givenState(parked()).when(new Command.RequestActiveSupport(LG, d("2026-11-06"), HA, IFK, "Fahrkosten")).thenRejected("R-B4");
        givenState(parked()).when(new Command.RequestActiveSupport(EZ, d("2026-11-06"), PersonId.of("x"), IFK, "Fahrkosten"))
                .thenRejectedWithCodes(ProblemCode.UNKNOWN_MEMBER);
    }

    @Test
    void rF6_noQuerBeforeTheApproval() {
        for (Run run : new Run[] {taken(), parked(), parked().ok(new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-1"))}) {
            givenState(run).when(new Command.RecordQuer(IFK, d("2026-11-20"), HA, Fixtures.vollstaendig()))
                    .thenFirstProblem(p -> {
                        assertEquals("R-F6", p.rule(), p::toString);
                        assertEquals(ProblemCode.BEFORE_APPROVAL, p.code());
                    });
            givenState(run).when(new Command.ScheduleQuerAppointment(IFK, d("2026-11-20"), HA, d("2026-11-25")))
                    .thenFirstProblem(p -> assertEquals("R-F6", p.rule()));
        }
        // and not dated before the Bewilligungsdatum even once assigned
        givenState(Fixtures.assigned(Fixtures.bgAllein())).when(new Command.RecordQuer(IFK, d("2026-11-12"), HA, Fixtures.vollstaendig()))
                .thenRejectedNaming("R-F6");
    }

    @Test
    void rQ1_everyMissingMinimumStandardIsNamed() {
        Run run = Fixtures.assigned(Fixtures.bgAllein());
        givenState(run).when(new Command.RecordQuer(IFK, d("2026-11-20"), HA, QuerNachweis.builder()
                        .addErfuellt(Mindeststandard.FMG_DATEN, Mindeststandard.BERATUNGSVERMERK).kundensteuerungErforderlich(true).build()))
                .thenRejectedWithFields("nachweis.POTENZIALANALYSE", "nachweis.INTEGRATIONSPROGNOSE", "nachweis.HANDLUNGSSTRATEGIE",
                        "nachweis.SOFORTANGEBOT", "nachweis.KOOPERATIONSPLAN", "nachweis.KUNDENSTEUERUNG")
                .thenRejected("R-Q1");
        // Kundensteuerung only where needed
        givenState(run).when(new Command.RecordQuer(IFK, d("2026-11-20"), HA, Fixtures.vollstaendig())).thenAccepted();
        givenState(run).when(new Command.RecordQuer(IFK, d("2026-11-21"), HA, Fixtures.vollstaendig()))
                .thenFirstProblem(p -> assertEquals(ProblemCode.ALREADY_DONE, p.code()));
    }

    @Test
    void rQ3_catchUpDateAtTheLatest10WorkingDaysLater_andKeysUnique() {
        Run run = Fixtures.assigned(Fixtures.bgAllein());
        QuerNachweis late = QuerNachweis.builder().from(Fixtures.vollstaendig())
                .addOffenePunkte(OffenerPunkt.zu("OP-1", "Zeugnisse", d("2026-12-05")))   // latest: 2026-12-04
                .addOffenePunkte(OffenerPunkt.zu("OP-1", "Lebenslauf", d("2026-11-19")))  // in the past, duplicate key
                .build();
        givenState(run).when(new Command.RecordQuer(IFK, d("2026-11-20"), HA, late))
                .thenRejectedWithCodes(ProblemCode.CATCH_UP_DATE, ProblemCode.DUPLICATE)
                .thenRejection(r -> assertEquals(3, r.problems().size()))
                .thenRejected("R-Q3");
        givenState(run).when(new Command.ResolveOpenPoint(IFK, d("2026-11-21"), HA, "nope")).thenRejected("R-Q3");
        givenState(run).when(new Command.RecordOpenPoint(IFK, d("2026-11-21"), HA, OffenerPunkt.zu("OP-9", "x", d("2026-11-25"))))
                .thenRejected("R-Q3");
    }

    @Test
    void rC6_aDateOutsideTheCalendar_isARejectionNotAnException() {
        givenState(parked()).when(new Command.ReleaseApproval(LG, d("2301-01-01"), "LMG-1"))
                .thenFirstProblem(p -> assertEquals("R-C6", p.rule()));
        given().when(new Command.TakeApplication(EZ, d("1980-01-07"), Antrag.builder().from(Fixtures.antrag(Fixtures.bgAllein()))
                        .antragsdatum(d("1980-01-07")).lgTermin(d("1980-01-08")).build()))
                .thenFirstProblem(p -> assertEquals("R-C6", p.rule()));
    }

    @Test
    void rV3_specialGroupsCarryTheirFlagsForTheHost() {
        de.qer.core.model.Mitglied reha = de.qer.core.model.Mitglied.builder().id(PersonId.of("r")).geburtsdatum(d("1980-02-02"))
                .rehaBedarf(true).build();
        de.qer.core.model.Bedarfsgemeinschaft bg = de.qer.core.model.Bedarfsgemeinschaft.builder().id(de.qer.core.model.CaseId.of("BG-R"))
                .haushaltsvorstand(HA).addMitglieder(Fixtures.ha(), Fixtures.partnerAlg(), reha).build();
        Run run = Fixtures.assigned(bg);
        CaseState.NachBewilligung approved = assertInstanceOf(CaseState.NachBewilligung.class, run.state);
        de.qer.core.model.Bedarfsgemeinschaft inCase = approved.bedarfsgemeinschaft();
        assertTrue(inCase.mitglied(Fixtures.PARTNER_ALG).orElseThrow().algAnspruch());
        assertTrue(inCase.mitglied(PersonId.of("r")).orElseThrow().rehaBedarf());
        assertEquals(de.qer.core.model.Kundensteuerung.SONDERTEAM_REHA_SB,
                run.decider.deadlines().policy().kundensteuerung().suggest(inCase.mitglied(PersonId.of("r")).orElseThrow(), d("2026-11-20")).target());
        assertInstanceOf(QuerStatus.GesperrtAlg.class, approved.members().get(Fixtures.PARTNER_ALG).get().status());
    }

    @Test
    void rQ2_theQuerIsForAMemberOfTheCasesBg() {
        givenState(Fixtures.assigned(Fixtures.bgAllein()))
                .when(new Command.RecordQuer(IFK, d("2026-11-20"), PersonId.of("someone-else"), Fixtures.vollstaendig()))
                .thenRejected("R-Q2")
                .thenRejectedWithCodes(ProblemCode.UNKNOWN_MEMBER);
    }

    @Test
    void rejectionMessages_areGermanAndEnglish_andNameRuleAndField() {
        givenState(taken()).when(new Command.ParkOnVm(F_IFK, ANTRAG, StatistikEintraege.builder().build()))
                .thenRejection(r -> {
                    String de = r.message(Locale.GERMAN);
                    String en = r.message(Locale.ENGLISH);
                    assertTrue(de.startsWith("[R-V2] eintraege.kundenstatus: Fehlt: Kundenstatus"), de);
                    assertTrue(en.startsWith("[R-V2] eintraege.kundenstatus: Missing: customer status"), en);
                });
    }
}
