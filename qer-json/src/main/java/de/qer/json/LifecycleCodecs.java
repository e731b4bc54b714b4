package de.qer.json;

import static de.qer.json.Codecs.BOOLEAN;
import static de.qer.json.Codecs.DATE;
import static de.qer.json.Codecs.INT;
import static de.qer.json.Codecs.STRING;
import static de.qer.json.Codecs.YEAR_MONTH;
import static de.qer.json.Codecs.enumByName;
import static de.qer.json.Codecs.optional;
import static de.qer.json.Codecs.vavrList;
import static de.qer.json.ModelCodecs.ANTRAG;
import static de.qer.json.ModelCodecs.BEDARFSGEMEINSCHAFT;
import static de.qer.json.ModelCodecs.CASE_ID;
import static de.qer.json.ModelCodecs.DEADLINE;
import static de.qer.json.ModelCodecs.GST_CODE;
import static de.qer.json.ModelCodecs.KUNDENSTEUERUNG;
import static de.qer.json.ModelCodecs.OFFENER_PUNKT;
import static de.qer.json.ModelCodecs.PERSON_ID;
import static de.qer.json.ModelCodecs.ROLE;
import static de.qer.json.ModelCodecs.STAFF_ID;
import static de.qer.json.ModelCodecs.STATISTIK_EINTRAEGE;

import de.qer.core.lifecycle.CaseEndReason;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Clarification;
import de.qer.core.lifecycle.ClarificationOutcome;
import de.qer.core.lifecycle.ClarificationTask;
import de.qer.core.lifecycle.D3Workflow;
import de.qer.core.lifecycle.MemberExit;
import de.qer.core.lifecycle.MemberQuer;
import de.qer.core.lifecycle.MissedAppointment;
import de.qer.core.lifecycle.QuerStatus;
import de.qer.core.model.PersonId;
import java.util.List;

/** The codecs of the lifecycle's values and of the case states (type names in {@link TypeNames}). */
final class LifecycleCodecs {

    private LifecycleCodecs() {
    }

    static final Codec<CaseEndReason> CASE_END_REASON = enumByName(CaseEndReason.class);
    static final Codec<ClarificationOutcome> CLARIFICATION_OUTCOME = enumByName(ClarificationOutcome.class);
    static final Codec<QuerStatus.Grund> GRUND = enumByName(QuerStatus.Grund.class);
    static final Codec<MemberExit.Reason> EXIT_REASON = enumByName(MemberExit.Reason.class);
    static final Codec<D3Workflow.Kind> D3_KIND = enumByName(D3Workflow.Kind.class);

    static final ObjectCodec<MissedAppointment> MISSED_APPOINTMENT = missedAppointment();
    static final ObjectCodec<MemberExit> MEMBER_EXIT = memberExit();
    static final ObjectCodec<Clarification> CLARIFICATION = clarification();
    static final ObjectCodec<ClarificationTask> CLARIFICATION_TASK = clarificationTask();
    static final ObjectCodec<D3Workflow> D3_WORKFLOW = d3Workflow();
    static final UnionCodec<QuerStatus> QUER_STATUS = querStatus();
    static final ObjectCodec<MemberQuer> MEMBER_QUER = memberQuer();
    private static final Codec<io.vavr.collection.List<ClarificationTask>> TASKS = vavrList(CLARIFICATION_TASK);
    private static final Codec<io.vavr.collection.SortedMap<PersonId, MemberQuer>> MEMBERS =
            Codecs.sortedMap(PersonId::of, PersonId::value, MEMBER_QUER);
    /** The two states after the approval, the only ones a {@link CaseState.Beendet} may hold. */
    static final UnionCodec<CaseState.NachBewilligung> APPROVED_STATE;
    static final UnionCodec<CaseState> CASE_STATE;

    static {
        ObjectCodec<CaseState.Bewilligt> bewilligt = bewilligt();
        ObjectCodec<CaseState.InBetreuung> inBetreuung = inBetreuung();
        APPROVED_STATE = UnionCodec.<CaseState.NachBewilligung>builder("ApprovedCaseState")
                .add(CaseState.Bewilligt.class, bewilligt)
                .add(CaseState.InBetreuung.class, inBetreuung)
                .build();
        CASE_STATE = UnionCodec.<CaseState>builder("CaseState")
                .add(CaseState.KeinFall.class, ObjectCodec.of("KeinFall", v -> new CaseState.KeinFall(), List.of()))
                .add(CaseState.Beantragt.class, beantragt())
                .add(CaseState.AufVm.class, aufVm())
                .add(CaseState.Bewilligt.class, bewilligt)
                .add(CaseState.InBetreuung.class, inBetreuung)
                .add(CaseState.Abgelehnt.class, abgelehnt())
                .add(CaseState.Zurueckgenommen.class, zurueckgenommen())
                .add(CaseState.Beendet.class, beendet())
                .build();
    }

    private static ObjectCodec<MissedAppointment> missedAppointment() {
        var termin = Field.of("termin", MissedAppointment::termin, DATE);
        var recordedOn = Field.of("recordedOn", MissedAppointment::recordedOn, DATE);
        var reasonGiven = Field.of("reasonGiven", MissedAppointment::reasonGiven, BOOLEAN);
        return ObjectCodec.of("MissedAppointment", v -> new MissedAppointment(v.get(termin), v.get(recordedOn),
                v.get(reasonGiven)), List.of(termin, recordedOn, reasonGiven));
    }

    private static ObjectCodec<MemberExit> memberExit() {
        var from = Field.of("from", MemberExit::from, DATE);
        var reason = Field.of("reason", MemberExit::reason, EXIT_REASON);
        return ObjectCodec.of("MemberExit", v -> new MemberExit(v.get(from), v.get(reason)), List.of(from, reason));
    }

    private static ObjectCodec<Clarification> clarification() {
        var on = Field.of("on", Clarification::on, DATE);
        var heldBy = Field.of("heldBy", Clarification::heldBy, STAFF_ID);
        var outcome = Field.of("outcome", Clarification::outcome, CLARIFICATION_OUTCOME);
        var note = Field.of("note", Clarification::note, optional(STRING));
        return ObjectCodec.of("Clarification", v -> new Clarification(v.get(on), v.get(heldBy), v.get(outcome), v.get(note)),
                List.of(on, heldBy, outcome, note));
    }

    private static ObjectCodec<ClarificationTask> clarificationTask() {
        var nr = Field.of("nr", ClarificationTask::nr, INT);
        var gst = Field.of("gst", ClarificationTask::gst, GST_CODE);
        var member = Field.of("member", ClarificationTask::member, PERSON_ID);
        var ifk = Field.of("ifk", ClarificationTask::ifk, STAFF_ID);
        var deadline = Field.of("deadline", ClarificationTask::deadline, DEADLINE);
        var clarification = Field.of("clarification", ClarificationTask::clarification, optional(CLARIFICATION));
        return ObjectCodec.of("ClarificationTask", v -> new ClarificationTask(v.get(nr), v.get(gst), v.get(member), v.get(ifk),
                v.get(deadline), v.get(clarification)), List.of(nr, gst, member, ifk, deadline, clarification));
    }

    private static ObjectCodec<D3Workflow> d3Workflow() {
        var kind = Field.of("kind", D3Workflow::kind, D3_KIND);
        var caseId = Field.of("caseId", D3Workflow::caseId, CASE_ID);
        var gst = Field.of("gst", D3Workflow::gst, GST_CODE);
        var recipientRole = Field.of("recipientRole", D3Workflow::recipientRole, ROLE);
        var recipient = Field.of("recipient", D3Workflow::recipient, optional(STAFF_ID));
        var ref = Field.of("berechnungsprotokollRef", D3Workflow::berechnungsprotokollRef, optional(STRING));
        return ObjectCodec.of("D3Workflow", v -> new D3Workflow(v.get(kind), v.get(caseId), v.get(gst), v.get(recipientRole),
                v.get(recipient), v.get(ref)), List.of(kind, caseId, gst, recipientRole, recipient, ref));
    }

    private static UnionCodec<QuerStatus> querStatus() {
        var grund = Field.of("grund", QuerStatus.NichtRelevant::grund, GRUND);
        var frist = Field.of("deadline", QuerStatus.Faellig::deadline, DEADLINE);
        var am = Field.of("on", QuerStatus.Durchgefuehrt::on, DATE);
        var hadDeadline = Field.of("deadline", QuerStatus.Durchgefuehrt::deadline, optional(DEADLINE));
        return UnionCodec.<QuerStatus>builder("QuerStatus")
                .add(QuerStatus.NichtRelevant.class,
                        ObjectCodec.of("NichtRelevant", v -> new QuerStatus.NichtRelevant(v.get(grund)), List.of(grund)))
                .add(QuerStatus.WartetAufImport.class,
                        ObjectCodec.of("WartetAufImport", v -> new QuerStatus.WartetAufImport(), List.of()))
                .add(QuerStatus.GesperrtAlg.class,
                        ObjectCodec.of("GesperrtAlg", v -> new QuerStatus.GesperrtAlg(), List.of()))
                .add(QuerStatus.Faellig.class,
                        ObjectCodec.of("Faellig", v -> new QuerStatus.Faellig(v.get(frist)), List.of(frist)))
                .add(QuerStatus.Durchgefuehrt.class,
                        ObjectCodec.of("Durchgefuehrt", v -> new QuerStatus.Durchgefuehrt(v.get(am), v.get(hadDeadline)),
                                List.of(am, hadDeadline)))
                .build();
    }

    private static ObjectCodec<MemberQuer> memberQuer() {
        var person = Field.of("person", MemberQuer::person, PERSON_ID);
        var status = Field.of("status", MemberQuer::status, QUER_STATUS);
        var termin = Field.of("termin", MemberQuer::termin, optional(DATE));
        var punkte = Field.of("offenePunkte", MemberQuer::offenePunkte, vavrList(OFFENER_PUNKT));
        var steuerung = Field.of("steuerung", MemberQuer::steuerung, optional(KUNDENSTEUERUNG));
        var kpReview = Field.of("kpReview", MemberQuer::kpReview, optional(DATE));
        var lastInterview = Field.of("lastInterview", MemberQuer::lastInterview, optional(DATE));
        var missed = Field.of("missed", MemberQuer::missed, vavrList(MISSED_APPOINTMENT));
        var exit = Field.of("exit", MemberQuer::exit, optional(MEMBER_EXIT));
        return ObjectCodec.of("MemberQuer", v -> new MemberQuer(v.get(person), v.get(status), v.get(termin), v.get(punkte),
                v.get(steuerung), v.get(kpReview), v.get(lastInterview), v.get(missed), v.get(exit)),
                List.of(person, status, termin, punkte, steuerung, kpReview, lastInterview, missed, exit));
    }

    private static ObjectCodec<CaseState.Beantragt> beantragt() {
        var antrag = Field.of("antrag", CaseState.Beantragt::antrag, ANTRAG);
        var requests = Field.of("requests", CaseState.Beantragt::requests, TASKS);
        return ObjectCodec.of("Beantragt", v -> new CaseState.Beantragt(v.get(antrag), v.get(requests)), List.of(antrag, requests));
    }

    private static ObjectCodec<CaseState.AufVm> aufVm() {
        var antrag = Field.of("antrag", CaseState.AufVm::antrag, ANTRAG);
        var eintraege = Field.of("eintraege", CaseState.AufVm::eintraege, STATISTIK_EINTRAEGE);
        var parkedOn = Field.of("parkedOn", CaseState.AufVm::parkedOn, DATE);
        var requests = Field.of("requests", CaseState.AufVm::requests, TASKS);
        return ObjectCodec.of("AufVm", v -> new CaseState.AufVm(v.get(antrag), v.get(eintraege), v.get(parkedOn), v.get(requests)),
                List.of(antrag, eintraege, parkedOn, requests));
    }

    private static ObjectCodec<CaseState.Bewilligt> bewilligt() {
        var antrag = Field.of("antrag", CaseState.Bewilligt::antrag, ANTRAG);
        var datum = Field.of("bewilligungsdatum", CaseState.Bewilligt::bewilligungsdatum, DATE);
        var bg = Field.of("bedarfsgemeinschaft", CaseState.Bewilligt::bedarfsgemeinschaft, BEDARFSGEMEINSCHAFT);
        var members = Field.of("members", CaseState.Bewilligt::members, MEMBERS);
        var lastImport = Field.of("lastImport", CaseState.Bewilligt::lastImport, optional(YEAR_MONTH));
        var requests = Field.of("requests", CaseState.Bewilligt::requests, TASKS);
        return ObjectCodec.of("Bewilligt", v -> new CaseState.Bewilligt(v.get(antrag), v.get(datum), v.get(bg), v.get(members),
                v.get(lastImport), v.get(requests)), List.of(antrag, datum, bg, members, lastImport, requests));
    }

    private static ObjectCodec<CaseState.InBetreuung> inBetreuung() {
        var antrag = Field.of("antrag", CaseState.InBetreuung::antrag, ANTRAG);
        var datum = Field.of("bewilligungsdatum", CaseState.InBetreuung::bewilligungsdatum, DATE);
        var bg = Field.of("bedarfsgemeinschaft", CaseState.InBetreuung::bedarfsgemeinschaft, BEDARFSGEMEINSCHAFT);
        var members = Field.of("members", CaseState.InBetreuung::members, MEMBERS);
        var lastImport = Field.of("lastImport", CaseState.InBetreuung::lastImport, optional(YEAR_MONTH));
        var ifk = Field.of("ifk", CaseState.InBetreuung::ifk, STAFF_ID);
        var requests = Field.of("requests", CaseState.InBetreuung::requests, TASKS);
        var gst = Field.of("gst", CaseState.InBetreuung::gst, GST_CODE);
        return ObjectCodec.of("InBetreuung", v -> new CaseState.InBetreuung(v.get(antrag), v.get(datum), v.get(bg),
                v.get(members), v.get(lastImport), v.get(ifk), v.get(requests), v.get(gst)),
                List.of(antrag, datum, bg, members, lastImport, ifk, requests, gst));
    }

    private static ObjectCodec<CaseState.Abgelehnt> abgelehnt() {
        var antrag = Field.of("antrag", CaseState.Abgelehnt::antrag, ANTRAG);
        var on = Field.of("on", CaseState.Abgelehnt::on, DATE);
        return ObjectCodec.of("Abgelehnt", v -> new CaseState.Abgelehnt(v.get(antrag), v.get(on)), List.of(antrag, on));
    }

    private static ObjectCodec<CaseState.Zurueckgenommen> zurueckgenommen() {
        var antrag = Field.of("antrag", CaseState.Zurueckgenommen::antrag, ANTRAG);
        var on = Field.of("on", CaseState.Zurueckgenommen::on, DATE);
        return ObjectCodec.of("Zurueckgenommen", v -> new CaseState.Zurueckgenommen(v.get(antrag), v.get(on)), List.of(antrag, on));
    }

    private static ObjectCodec<CaseState.Beendet> beendet() {
        var last = Field.of("last", CaseState.Beendet::last, APPROVED_STATE);
        var on = Field.of("on", CaseState.Beendet::on, DATE);
        var reason = Field.of("reason", CaseState.Beendet::reason, CASE_END_REASON);
        return ObjectCodec.of("Beendet", v -> new CaseState.Beendet(v.get(last), v.get(on), v.get(reason)), List.of(last, on, reason));
    }
}
