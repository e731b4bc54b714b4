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
import static de.qer.core.lifecycle.Given.givenState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.KundensteuerungPolicy;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.Mitglied;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import de.qer.core.model.Role;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One scenario per path of the seed, told in the seed's order. */
class ScenarioTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static QuerStatus status(Run run, PersonId p) {
        return assertInstanceOf(CaseState.NachBewilligung.class, run.state).members().get(p).get().status();
    }

    @Test
    void plainPath_forTheHauptantragsteller() {
        Run run = new Run(Fixtures.decider());
        // 2.1 Antragstellung in der Eingangszone
        givenState(run).when(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgAllein())))
                .thenAccepted();
        assertEquals(StateKind.BEANTRAGT, run.state.kind());
        // 2.2 the F-IFK of the day parks the case file on "QuEr.03, VM" with the statistics entries
        givenState(run).when(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()))
                .thenEventOfType(Event.ParkedOnVm.class, parked -> assertEquals("QuEr.03, VM", parked.virtualEmployee()));
        // LG finds it approvable in principle: Experte*in LG releases; d.3 workflow with Berechnungsprotokoll to BI
        givenState(run).when(new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-4711"))
                .thenEventOfType(Event.ApprovalReleased.class, released -> {
                    assertEquals(Role.EXPERTE_BI, released.workflow().recipientRole());
                    assertEquals(List.of("LMG-Berechnungsprotokoll LMG-4711"), released.workflow().attachments());
                })
                // R-F1: the QuEr with the Hauptantragsteller within 10 AT of the approval
                .thenEventOfType(Event.QuerStatusSet.class, due -> {
                    assertEquals("R-F1", due.rule());
                    assertEquals(d("2026-11-27"), due.status().findDeadline().orElseThrow().due());
                });
        // Experte*in BI moves the Haushaltsvorstand to the responsible IFK, informs by d.3 workflow
        givenState(run).when(new Command.AssignIfk(BI, d("2026-11-16"), IFK))
                .thenEventOfType(Event.IfkAssigned.class, assigned -> assertEquals(IFK, assigned.workflow().recipient().orElseThrow()));
        // the IFK schedules and holds the QuEr
        givenState(run).when(new Command.ScheduleQuerAppointment(IFK, d("2026-11-16"), HA, d("2026-11-24"))).thenAccepted();
        givenState(run).when(new Command.RecordQuer(IFK, d("2026-11-24"), HA, Fixtures.vollstaendig()))
                .thenEventOfType(Event.QuerRecorded.class, recorded -> assertTrue(recorded.inTime()));
        assertInstanceOf(QuerStatus.Durchgefuehrt.class, status(run, HA));
        // (ggf.) Kundensteuerung: stays with the GST
        givenState(run).when(new Command.RouteElb(IFK, d("2026-11-24"), HA, Kundensteuerung.VERBLEIB_GST, "Vermittlung aus der GST"))
                .thenState(CaseState.InBetreuung.class, s -> assertEquals(Kundensteuerung.VERBLEIB_GST,
                        s.members().get(HA).get().steuerung().orElseThrow()));
        assertEquals(run.state, run.decider.replay(run.events));
    }

    @Test
    void bgWithASixteenYearOldAndAnAufstockerin() {
        Run run = Fixtures.assigned(Fixtures.bgFamilie());
        assertInstanceOf(QuerStatus.Faellig.class, status(run, HA));
        assertInstanceOf(QuerStatus.GesperrtAlg.class, status(run, PARTNER_ALG));           // R-E2
        assertInstanceOf(QuerStatus.WartetAufImport.class, status(run, KIND_16));           // R-F2
        assertEquals(new QuerStatus.NichtRelevant(QuerStatus.Grund.UNTER_MINDESTALTER), status(run, KIND_14)); // R-F3

        // R-E2: no QuEr and no BI appointment for the Aufstockerin before her ALG ends
        givenState(run).when(new Command.RecordQuer(IFK, d("2026-11-24"), PARTNER_ALG, Fixtures.vollstaendig()))
                .thenRejectedNaming("R-E2");
        givenState(run).when(new Command.ScheduleQuerAppointment(IFK, d("2026-11-20"), PARTNER_ALG, d("2026-11-26")))
                .thenFirstProblem(p -> assertEquals(ProblemCode.ALG_NOT_ENDED, p.code()));

        // the monthly import of December: the 16-year-old is due within the first 10 AT of January (R-F2)
        run.ok(new Command.ImportMembers(BI, d("2026-12-15"), YearMonth.of(2026, 12),
                List.of(Fixtures.ha(), Fixtures.partnerAlg(), Fixtures.kind16(), Fixtures.kind14())));
        assertEquals(d("2027-01-15"), status(run, KIND_16).findDeadline().orElseThrow().due());
        assertInstanceOf(QuerStatus.NichtRelevant.class, status(run, KIND_14));

        // the ALG receipt ends on 31 January: the QuEr is due 10 AT later (R-E2)
        run.ok(new Command.EndAlg(IFK, d("2027-01-20"), PARTNER_ALG, d("2027-01-31")));
        assertEquals(d("2027-02-12"), status(run, PARTNER_ALG).findDeadline().orElseThrow().due());
        // still receiving ALG until 31 January: a QuEr on 25 January is still refused
        givenState(run).when(new Command.RecordQuer(IFK, d("2027-01-25"), PARTNER_ALG, Fixtures.vollstaendig()))
                .thenRejectedNaming("R-E2");
        run.ok(new Command.RecordQuer(IFK, d("2027-02-02"), PARTNER_ALG, Fixtures.vollstaendig()));
        assertEquals(run.state, run.decider.replay(run.events));
    }

    @Test
    void rejectedApplication_endsTheCase() {
        Run run = new Run(Fixtures.decider())
                .ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgAllein())))
                .ok(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()))
                .ok(new Command.RejectApplication(LG, d("2026-11-10")));
        assertEquals(StateKind.ABGELEHNT, run.state.kind());
        givenState(run).when(new Command.ReleaseApproval(LG, d("2026-11-11"), "x"))
                .thenFirstProblem(p -> assertEquals("R-B1", p.rule()));
    }

    @Test
    void withdrawnApplication_endsTheCase() {
        Run run = new Run(Fixtures.decider())
                .ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgAllein())))
                .ok(new Command.WithdrawApplication(EZ, d("2026-11-03")));
        assertEquals(StateKind.ZURUECKGENOMMEN, run.state.kind());
        givenState(run).when(new Command.ParkOnVm(F_IFK, d("2026-11-03"), Fixtures.eintraege()))
                .thenFirstProblem(p -> assertEquals("R-B1", p.rule()));
    }

    @Test
    void requestForActiveSupportBeforeApproval() {
        Run run = new Run(Fixtures.decider())
                .ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgFamilie())))
                .ok(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()));
        // Friday: travel costs for a job interview from the VB (§ 44 SGB III)
        givenState(run).when(new Command.RequestActiveSupport(EZ, d("2026-11-06"), HA, IFK, "Fahrkosten Vorstellungsgespräch (VB)"))
                .thenEventOfType(Event.ActiveSupportRequested.class, e -> {
                    assertEquals("R-F4", e.rule());
                    assertEquals(d("2026-11-11"), e.task().deadline().due()); // Mon, Tue, Wed
                })
                .thenState(CaseState.AufVm.class, s -> assertEquals(1, s.requests().size()));
        // the Aufstockerin gets no appointment in BI (R-E2)
        givenState(run).when(new Command.RequestActiveSupport(EZ, d("2026-11-06"), PARTNER_ALG, IFK, "Fahrkosten"))
                .thenRejectedNaming("R-E2");
    }

    @Test
    void childTurning15DuringReceipt_becomesRelevantInTheImportOfThatMonth() {
        Run run = Fixtures.assigned(Fixtures.bgFamilie());
        List<Mitglied> all = List.of(Fixtures.ha(), Fixtures.partnerAlg(), Fixtures.kind16(), Fixtures.kind14());
        run.ok(new Command.ImportMembers(BI, d("2026-12-15"), YearMonth.of(2026, 12), all));
        assertInstanceOf(QuerStatus.NichtRelevant.class, status(run, KIND_14));
        // born 20 Jan 2012: 15 on 20 Jan 2027 -> the January import makes the child due by the 10th AT of February
        run.ok(new Command.ImportMembers(IFK, d("2027-01-15"), YearMonth.of(2027, 1), all));
        QuerStatus st = status(run, KIND_14);
        assertEquals(d("2027-02-12"), st.findDeadline().orElseThrow().due());
        assertEquals("R-F2", st.findDeadline().orElseThrow().rule());
        // the same month twice is refused
        givenState(run).when(new Command.ImportMembers(BI, d("2027-01-16"), YearMonth.of(2027, 1), all))
                .thenFirstProblem(p -> assertEquals(ProblemCode.DUPLICATE, p.code()));
    }

    @Test
    void routingToRehaSb_startKlar_andMassnahmebetrieb() {
        Mitglied reha = Mitglied.builder().id(PersonId.of("r1")).geburtsdatum(d("1975-04-04")).rehaBedarf(true).build();
        Mitglied jung = Mitglied.builder().id(PersonId.of("j1")).geburtsdatum(d("2004-09-09")).build();
        Mitglied mb = Mitglied.builder().id(PersonId.of("m1")).geburtsdatum(d("1980-01-15")).build();
        record Routing(Mitglied m, Kundensteuerung suggested) {
        }
        for (Routing c : List.of(
                new Routing(reha, Kundensteuerung.SONDERTEAM_REHA_SB),
                new Routing(jung, Kundensteuerung.START_KLAR),
                new Routing(mb, Kundensteuerung.VERBLEIB_GST))) {
            Mitglied m = c.m();
            Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of("BG-" + m.id())).haushaltsvorstand(m.id())
                    .addMitglieder(m).build();
            Run run = Fixtures.assigned(bg);
            // R-S1: routing before the QuEr is refused
            givenState(run).when(new Command.RouteElb(IFK, d("2026-11-20"), m.id(), Kundensteuerung.START_KLAR, "unter 25"))
                    .thenFirstProblem(p -> assertEquals(ProblemCode.ROUTING_BEFORE_QUER, p.code()));
            run.ok(new Command.RecordQuer(IFK, d("2026-11-20"), m.id(), QuerNachweis.builder().from(Fixtures.vollstaendig())
                    .kundensteuerungErforderlich(true).addErfuellt(Mindeststandard.KUNDENSTEUERUNG).build()));
            Kundensteuerung target = m == mb ? Kundensteuerung.MASSNAHMEBETRIEB : c.suggested();
            givenState(run).when(new Command.RouteElb(IFK, d("2026-11-20"), m.id(), target, "nach Potenzialanalyse"))
                    .thenEventOfType(Event.ElbRouted.class, e -> {
                        assertEquals(target, e.target());
                        assertEquals(c.suggested(), e.suggestion().target());   // the default criteria of the policy
                    })
                    .thenState(CaseState.InBetreuung.class, s -> assertEquals(target, s.members().get(m.id()).get().steuerung().orElseThrow()));
        }
        assertEquals(KundensteuerungPolicy.standard().suggest(reha, d("2026-11-20")).reason(), "Reha-Bedarf festgestellt");
    }

    @Test
    void openPoints_areCaughtUpByTheirDate() {
        Run run = Fixtures.assigned(Fixtures.bgAllein());
        QuerNachweis mitOffenemPunkt = QuerNachweis.builder()
                .erfuellt(EnumSet.complementOf(EnumSet.of(Mindeststandard.POTENZIALANALYSE, Mindeststandard.KUNDENSTEUERUNG)))
                .addOffenePunkte(OffenerPunkt.fuer("OP-1", Mindeststandard.POTENZIALANALYSE, d("2026-12-01")))
                .build();
        run.ok(new Command.RecordQuer(IFK, d("2026-11-24"), HA, mitOffenemPunkt));
        assertEquals(1, assertInstanceOf(CaseState.InBetreuung.class, run.state).members().get(HA).get().offenePunkte().size());
        run.ok(new Command.RecordOpenPoint(IFK, d("2026-11-25"), HA, OffenerPunkt.zu("OP-2", "Zeugnisse", d("2026-12-02"))));
        run.ok(new Command.ResolveOpenPoint(IFK, d("2026-11-30"), HA, "OP-1"));
        assertEquals(List.of("OP-2"), assertInstanceOf(CaseState.InBetreuung.class, run.state).members().get(HA).get().offenePunkte()
                .map(OffenerPunkt::key).toJavaList());
        assertEquals(run.state, run.decider.replay(run.events));
    }
}
