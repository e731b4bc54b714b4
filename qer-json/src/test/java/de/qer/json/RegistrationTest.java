package de.qer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.qer.core.Deadline;
import de.qer.core.Deadlines;
import de.qer.core.KundensteuerungPolicy;
import de.qer.core.lifecycle.CaseEndReason;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Clarification;
import de.qer.core.lifecycle.ClarificationOutcome;
import de.qer.core.lifecycle.ClarificationTask;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.D3Workflow;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.MemberExit;
import de.qer.core.lifecycle.MemberQuer;
import de.qer.core.lifecycle.MissedAppointment;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.lifecycle.QuerStatus;
import de.qer.core.model.Arbeitsuche;
import de.qer.core.model.Aufenthaltsstatus;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.FIfkDesignation;
import de.qer.core.model.Geschaeftsstelle;
import de.qer.core.model.Kundenstatus;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.Role;
import de.qer.core.model.Staff;
import de.qer.core.model.Zustaendigkeit;
import de.qer.core.oversight.Controlling;
import de.qer.core.oversight.ControllingReport;
import de.qer.core.oversight.Oversight;
import de.qer.core.oversight.OversightReport;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every type the modules register, as a top-level value of a host's mapper: written exactly as its codec
 * writes it (not by Jackson's default binding), read back equal; the reports are rejected on read.
 */
class RegistrationTest {

    private final JsonMapper mapper = JsonMapper.builder().addModule(new QerJsonModule()).addModule(new QerDocsJsonModule()).build();

    private record Sample<T>(Class<T> type, Codec<? super T> codec, T value) {
    }

    private static <T> Sample<T> of(Class<T> type, Codec<? super T> codec, T value) {
        return new Sample<>(type, codec, value);
    }

    @SuppressWarnings("unchecked")
    private static <T> String viaCodec(Codec<? super T> codec, Object value) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = EnvelopeCodec.PLAIN.createGenerator(w)) {
            ((Codec<Object>) codec).write(value, g);
        }
        return w.toString();
    }

    private static List<Sample<?>> samples() {
        QuerDecider decider = Cases.decider();
        List<Event> life = Cases.run(decider, Cases.wholeLife());
        CaseState.Beendet ended = (CaseState.Beendet) decider.replay(life);
        CaseState.NachBewilligung last = ended.last();
        MemberQuer member = last.members().get(Cases.HA).get();
        Deadline deadline = new Deadline(Cases.BEWILLIGUNG, Cases.ANTRAG, 10, "R-F1");
        Clarification clar = new Clarification(Cases.BEWILLIGUNG, Cases.IFK, ClarificationOutcome.GRANTED, Optional.of("ok"));
        List<Sample<?>> s = new ArrayList<>(List.of(
                of(de.qer.core.model.CaseId.class, ModelCodecs.CASE_ID, Cases.CASE),
                of(de.qer.core.model.PersonId.class, ModelCodecs.PERSON_ID, Cases.HA),
                of(de.qer.core.model.StaffId.class, ModelCodecs.STAFF_ID, Cases.IFK),
                of(de.qer.core.model.GstCode.class, ModelCodecs.GST_CODE, Cases.GST),
                of(Arbeitsuche.class, ModelCodecs.ARBEITSUCHE, Arbeitsuche.NA),
                of(Aufenthaltsstatus.class, ModelCodecs.AUFENTHALTSSTATUS, Aufenthaltsstatus.DULDUNG),
                of(Kundenstatus.class, ModelCodecs.KUNDENSTATUS, Kundenstatus.KUNDE),
                of(Kundensteuerung.class, ModelCodecs.KUNDENSTEUERUNG, Kundensteuerung.START_KLAR),
                of(Mindeststandard.class, ModelCodecs.MINDESTSTANDARD, Mindeststandard.SOFORTANGEBOT),
                of(Role.class, ModelCodecs.ROLE, Role.EXPERTE_GST),
                of(EzAushaendigung.class, Codecs.enumByName(EzAushaendigung.class), EzAushaendigung.MERKBLATT_SGB_II),
                of(CaseEndReason.class, LifecycleCodecs.CASE_END_REASON, CaseEndReason.OTHER_JOBCENTER),
                of(ClarificationOutcome.class, LifecycleCodecs.CLARIFICATION_OUTCOME, ClarificationOutcome.WITHDRAWN),
                of(QuerStatus.Grund.class, LifecycleCodecs.GRUND, QuerStatus.Grund.NICHT_ERWERBSFAEHIG),
                of(MemberExit.Reason.class, LifecycleCodecs.EXIT_REASON, MemberExit.Reason.RECEIPT_ENDED),
                of(D3Workflow.Kind.class, LifecycleCodecs.D3_KIND, D3Workflow.Kind.CASE_ASSIGNED),
                of(Deadline.class, ModelCodecs.DEADLINE, deadline),
                of(de.qer.core.model.Mitglied.class, ModelCodecs.MITGLIED, Cases.partner()),
                of(de.qer.core.model.Bedarfsgemeinschaft.class, ModelCodecs.BEDARFSGEMEINSCHAFT, Cases.bg()),
                of(de.qer.core.model.Antrag.class, ModelCodecs.ANTRAG, Cases.antrag()),
                of(de.qer.core.model.StatistikEintraege.class, ModelCodecs.STATISTIK_EINTRAEGE, Cases.eintraege()),
                of(OffenerPunkt.class, ModelCodecs.OFFENER_PUNKT, OffenerPunkt.zu("OP-1", "Lebenslauf", Cases.BEWILLIGUNG)),
                of(de.qer.core.model.QuerNachweis.class, ModelCodecs.QUER_NACHWEIS, Cases.followUp()),
                of(KundensteuerungPolicy.Suggestion.class, ModelCodecs.SUGGESTION,
                        new KundensteuerungPolicy.Suggestion(Kundensteuerung.START_KLAR, "unter 25")),
                of(Staff.class, ModelCodecs.STAFF, Staff.of("ifk03a", "03", Role.IFK, Role.EXPERTE_GST)),
                of(FIfkDesignation.class, ModelCodecs.F_IFK_DESIGNATION, new FIfkDesignation(Cases.GST, "Team 1", Cases.ANTRAG, Cases.F_IFK)),
                of(Geschaeftsstelle.class, ModelCodecs.GESCHAEFTSSTELLE, new Geschaeftsstelle(Cases.GST, "GST Mitte")),
                of(MissedAppointment.class, LifecycleCodecs.MISSED_APPOINTMENT, new MissedAppointment(Cases.ANTRAG, Cases.BEWILLIGUNG, true)),
                of(MemberExit.class, LifecycleCodecs.MEMBER_EXIT, new MemberExit(Cases.BEWILLIGUNG, MemberExit.Reason.LEFT_BG)),
                of(Clarification.class, LifecycleCodecs.CLARIFICATION, clar),
                of(ClarificationTask.class, LifecycleCodecs.CLARIFICATION_TASK,
                        ClarificationTask.open(2, Cases.GST, Cases.HA, Cases.IFK, deadline).settledBy(clar)),
                of(D3Workflow.class, LifecycleCodecs.D3_WORKFLOW, new D3Workflow(D3Workflow.Kind.APPROVAL_RELEASED, Cases.CASE,
                        Cases.GST, Role.EXPERTE_BI, Optional.of(Cases.BI), Optional.of("LMG-1"))),
                of(MemberQuer.class, LifecycleCodecs.MEMBER_QUER, member),
                of(Zustaendigkeit.class, ModelCodecs.ZUSTAENDIGKEIT, Zustaendigkeit.vm(Cases.GST)),
                of(Zustaendigkeit.Ifk.class, ModelCodecs.ZUSTAENDIGKEIT, (Zustaendigkeit.Ifk) Zustaendigkeit.ifk(Cases.IFK)),
                of(QuerStatus.class, LifecycleCodecs.QUER_STATUS, new QuerStatus.Durchgefuehrt(Cases.BEWILLIGUNG, Optional.of(deadline))),
                of(QuerStatus.Faellig.class, LifecycleCodecs.QUER_STATUS, new QuerStatus.Faellig(deadline)),
                of(CaseState.class, LifecycleCodecs.CASE_STATE, ended),
                of(CaseState.InBetreuung.class, LifecycleCodecs.CASE_STATE, (CaseState.InBetreuung) last),
                of(CaseState.NachBewilligung.class, LifecycleCodecs.CASE_STATE, last),
                of(Event.class, Contract.EVENTS, life.get(0)),
                of(Event.ForMember.class, Contract.EVENTS, (Event.ForMember) life.get(1)),
                of(Command.class, Contract.COMMANDS, Cases.wholeLife().get(0)),
                of(Command.EndCase.class, Contract.COMMANDS, (Command.EndCase) Cases.wholeLife().get(Cases.wholeLife().size() - 1)),
                of(EventEnvelope.class, EnvelopeCodec.ENVELOPE, QerJson.writeEnvelope(Cases.CASE, 3, life.get(2))),
                of(de.qer.docs.Seite.class, DocsCodecs.SEITE, de.qer.docs.Seite.JOBCENTER),
                of(de.qer.docs.Vermerkart.class, DocsCodecs.VERMERKART, de.qer.docs.Vermerkart.SONSTIGE),
                of(de.qer.docs.KursVorrang.class, DocsCodecs.KURS_VORRANG, de.qer.docs.KursVorrang.KEINER),
                of(de.qer.docs.Profillage.class, DocsCodecs.PROFILLAGE, de.qer.docs.Profillage.MARKTPROFIL),
                of(de.qer.docs.Angebotsart.class, DocsCodecs.ANGEBOTSART, de.qer.docs.Angebotsart.WEITERBILDUNG),
                of(de.qer.docs.Strategie.class, DocsCodecs.STRATEGIE, de.qer.docs.Strategie.REHABILITATION),
                of(de.qer.docs.Vermerkpunkt.class, DocsCodecs.VERMERKPUNKT, de.qer.docs.Vermerkpunkt.BG_GROESSE)));
        de.qer.docs.QuerDokumentation doc = DocsJsonTest.complete();
        s.addAll(List.of(
                of(de.qer.docs.Aktivitaet.class, DocsCodecs.AKTIVITAET, doc.getKooperationsplan().getAktivitaeten().get(0)),
                of(de.qer.docs.Eigenbemuehungen.class, DocsCodecs.EIGENBEMUEHUNGEN, doc.getKooperationsplan().getEigenbemuehungen()),
                of(de.qer.docs.OffenerVermerkpunkt.class, DocsCodecs.OFFENER_VERMERKPUNKT, doc.getBeratungsvermerk().getOffenePunkte().get(0)),
                of(de.qer.docs.Potenzialanalyse.class, DocsCodecs.POTENZIALANALYSE, doc.getPotenzialanalyse()),
                of(de.qer.docs.Integrationsprognose.class, DocsCodecs.INTEGRATIONSPROGNOSE, doc.getIntegrationsprognose()),
                of(de.qer.docs.Handlungsstrategie.class, DocsCodecs.HANDLUNGSSTRATEGIE, doc.getHandlungsstrategie()),
                of(de.qer.docs.Sofortangebot.class, DocsCodecs.SOFORTANGEBOT, doc.getSofortangebot()),
                of(de.qer.docs.Beratungsvermerk.class, DocsCodecs.BERATUNGSVERMERK, doc.getBeratungsvermerk()),
                of(de.qer.docs.Kooperationsplan.class, DocsCodecs.KOOPERATIONSPLAN, doc.getKooperationsplan()),
                of(de.qer.docs.KpUeberpruefung.class, DocsCodecs.KP_UEBERPRUEFUNG, de.qer.docs.KpUeberpruefung.builder()
                        .datum(Cases.BEWILLIGUNG).kooperationsplan(doc.getKooperationsplan()).build()),
                of(de.qer.docs.QuerDokumentation.class, DocsCodecs.QUER_DOKUMENTATION, doc),
                of(de.qer.docs.Folgegespraech.class, DocsCodecs.FOLGEGESPRAECH, de.qer.docs.Folgegespraech.builder()
                        .bedarfsgemeinschaft(Cases.bg()).person(Cases.HA).datum(Cases.BEWILLIGUNG).build())));
        return s;
    }

    @Test
    void everyRegisteredTypeIsWrittenByItsCodec_andReadBackEqual() {
        for (Sample<?> s : samples()) {
            String json = mapper.writeValueAsString(s.value());
            assertEquals(viaCodec(s.codec(), s.value()), json, s.type()::getName);
            assertEquals(s.value(), mapper.readValue(json, s.type()), s.type()::getName);
        }
    }

    @Test
    void theReportsAreWrittenByTheirCodecs_andNeverRead() {
        QuerDecider decider = Cases.decider();
        List<CaseState> cases = List.of(decider.replay(Cases.run(decider, Cases.wholeLife().subList(0, 6))));
        OversightReport morning = Oversight.of(Deadlines.standard()).morningList(cases, LocalDate.of(2026, 11, 25), 5);
        ControllingReport report = Controlling.of(Deadlines.standard()).report(cases, YearMonth.of(2026, 11),
                YearMonth.of(2026, 12), LocalDate.of(2026, 12, 31));
        List<Object[]> reports = new ArrayList<>();
        reports.add(new Object[] {OversightReport.class, ReportCodecs.OVERSIGHT, morning});
        reports.add(new Object[] {de.qer.core.oversight.DueItem.class, ReportCodecs.DUE_ITEM, morning.items().get(0)});
        reports.add(new Object[] {de.qer.calendar.DeadlineExplanation.class, ReportCodecs.EXPLANATION,
                morning.items().get(0).explanation()});
        reports.add(new Object[] {ControllingReport.class, ReportCodecs.CONTROLLING, report});
        reports.add(new Object[] {de.qer.core.oversight.ControllingRow.class, ReportCodecs.ROW, report.rows().get(0)});
        reports.add(new Object[] {de.qer.core.oversight.ControllingFigures.class, ReportCodecs.FIGURES, report.total()});
        reports.add(new Object[] {de.qer.core.oversight.ControllingItem.class, ReportCodecs.CONTROLLING_ITEM,
                Controlling.of(Deadlines.standard()).items(cases, LocalDate.of(2026, 12, 31)).get(0)});
        reports.add(new Object[] {de.qer.core.oversight.ImportFinding.class, ReportCodecs.IMPORT_FINDING,
                new de.qer.core.oversight.ImportFinding(Cases.CASE, Cases.KIND_14, de.qer.core.oversight.ImportFinding.Reason.VOLLENDET_15,
                        new Deadline(Cases.BEWILLIGUNG, Cases.ANTRAG, 10, "R-F2"))});
        for (Object[] r : reports) {
            Class<?> type = (Class<?>) r[0];
            String json = mapper.writeValueAsString(r[2]);
            assertEquals(viaCodec((Codec<?>) r[1], r[2]), json, type::getName);
            assertThrows(DatabindException.class, () -> mapper.readValue(json, type), type::getName);
        }
    }
}
