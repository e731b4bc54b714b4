package de.qer.json;

import static de.qer.json.Codecs.BOOLEAN;
import static de.qer.json.Codecs.DATE;
import static de.qer.json.Codecs.INT;
import static de.qer.json.Codecs.STRING;
import static de.qer.json.Codecs.YEAR_MONTH;
import static de.qer.json.Codecs.enumSet;
import static de.qer.json.Codecs.list;
import static de.qer.json.Codecs.optional;
import static de.qer.json.LifecycleCodecs.CASE_END_REASON;
import static de.qer.json.LifecycleCodecs.CLARIFICATION;
import static de.qer.json.LifecycleCodecs.CLARIFICATION_OUTCOME;
import static de.qer.json.LifecycleCodecs.CLARIFICATION_TASK;
import static de.qer.json.LifecycleCodecs.D3_WORKFLOW;
import static de.qer.json.LifecycleCodecs.EXIT_REASON;
import static de.qer.json.LifecycleCodecs.MEMBER_EXIT;
import static de.qer.json.LifecycleCodecs.MISSED_APPOINTMENT;
import static de.qer.json.LifecycleCodecs.QUER_STATUS;
import static de.qer.json.ModelCodecs.ANTRAG;
import static de.qer.json.ModelCodecs.GST_CODE;
import static de.qer.json.ModelCodecs.KUNDENSTEUERUNG;
import static de.qer.json.ModelCodecs.MITGLIED;
import static de.qer.json.ModelCodecs.OFFENER_PUNKT;
import static de.qer.json.ModelCodecs.PERSON_ID;
import static de.qer.json.ModelCodecs.QUER_NACHWEIS;
import static de.qer.json.ModelCodecs.STAFF_ID;
import static de.qer.json.ModelCodecs.STATISTIK_EINTRAEGE;
import static de.qer.json.ModelCodecs.SUGGESTION;

import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Event;
import de.qer.core.model.Mindeststandard;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The codecs of the events and commands. Their type names and the events' schema versions are chosen in
 * {@link TypeNames}.
 */
final class Contract {

    private Contract() {
    }

    /** Collects the event types with their current schema versions. */
    private static final class Events {
        private final UnionCodec.Builder<Event> union = UnionCodec.builder("Event");
        private final Map<String, Integer> versions = new LinkedHashMap<>();

        <S extends Event> Events add(Class<S> type, ObjectCodec<S> codec) {
            union.add(type, codec);
            versions.put(TypeNames.of(type), TypeNames.EVENT_VERSIONS.get(TypeNames.of(type)));
            return this;
        }
    }

    /** The events (type names and versions from {@link TypeNames}). */
    private static final Events EVENT_TABLE = new Events()
                .add(Event.ApplicationTaken.class, applicationTaken())
                .add(Event.ParkedOnVm.class, parkedOnVm())
                .add(Event.ActiveSupportRequested.class, activeSupportRequested())
                .add(Event.ClarificationRecorded.class, clarificationRecorded())
                .add(Event.ApplicationRejected.class, applicationRejected())
                .add(Event.ApplicationWithdrawn.class, applicationWithdrawn())
                .add(Event.ApprovalReleased.class, approvalReleased())
                .add(Event.IfkAssigned.class, ifkAssigned())
                .add(Event.QuerStatusSet.class, querStatusSet())
                .add(Event.QuerAppointmentScheduled.class, querAppointmentScheduled())
                .add(Event.QuerRecorded.class, querRecorded())
                .add(Event.OpenPointRecorded.class, openPointRecorded())
                .add(Event.OpenPointResolved.class, openPointResolved())
                .add(Event.MembersImported.class, membersImported())
                .add(Event.AlgEnded.class, algEnded())
                .add(Event.ElbRouted.class, elbRouted())
                .add(Event.FollowUpScheduled.class, followUpScheduled())
                .add(Event.FollowUpRecorded.class, followUpRecorded())
                .add(Event.KpReviewed.class, kpReviewed())
                .add(Event.AppointmentMissed.class, appointmentMissed())
                .add(Event.MemberExited.class, memberExited())
                .add(Event.CaseEnded.class, caseEnded())
                .add(Event.MovedToGst.class, movedToGst());

    /** The events as JSON objects with a "type" property. */
    static final UnionCodec<Event> EVENTS = EVENT_TABLE.union.build();

    /** The current schema version per event type name, in the order of the table. */
    static final Map<String, Integer> EVENT_VERSIONS = Collections.unmodifiableMap(EVENT_TABLE.versions);

    /** The commands as JSON objects with a "type" property (type names from {@link TypeNames}). */
    static final UnionCodec<Command> COMMANDS = UnionCodec.<Command>builder("Command")
                .add(Command.TakeApplication.class, takeApplication())
                .add(Command.ParkOnVm.class, parkOnVm())
                .add(Command.RequestActiveSupport.class, requestActiveSupport())
                .add(Command.RecordClarification.class, recordClarification())
                .add(Command.RejectApplication.class, rejectApplication())
                .add(Command.WithdrawApplication.class, withdrawApplication())
                .add(Command.ReleaseApproval.class, releaseApproval())
                .add(Command.AssignIfk.class, assignIfk())
                .add(Command.ScheduleQuerAppointment.class, scheduleQuerAppointment())
                .add(Command.RecordQuer.class, recordQuer())
                .add(Command.RecordOpenPoint.class, recordOpenPoint())
                .add(Command.ResolveOpenPoint.class, resolveOpenPoint())
                .add(Command.ImportMembers.class, importMembers())
                .add(Command.EndAlg.class, endAlg())
                .add(Command.RouteElb.class, routeElb())
                .add(Command.ScheduleFollowUp.class, scheduleFollowUp())
                .add(Command.RecordFollowUp.class, recordFollowUp())
                .add(Command.ReviewKp.class, reviewKp())
                .add(Command.RecordMissedAppointment.class, recordMissedAppointment())
                .add(Command.RecordMemberExit.class, recordMemberExit())
                .add(Command.EndCase.class, endCase())
                .add(Command.MoveToGst.class, moveToGst())
            .build();

    private static ObjectCodec<Event.ApplicationTaken> applicationTaken() {
        var fOn = Field.of("on", Event.ApplicationTaken::on, DATE);
        var fActor = Field.of("actor", Event.ApplicationTaken::actor, STAFF_ID);
        var fAntrag = Field.of("antrag", Event.ApplicationTaken::antrag, ANTRAG);
        return ObjectCodec.of("ApplicationTaken", v -> new Event.ApplicationTaken(v.get(fOn), v.get(fActor), v.get(fAntrag)),
                List.of(fOn, fActor, fAntrag));
    }

    private static ObjectCodec<Event.ParkedOnVm> parkedOnVm() {
        var fOn = Field.of("on", Event.ParkedOnVm::on, DATE);
        var fFIfk = Field.of("fIfk", Event.ParkedOnVm::fIfk, STAFF_ID);
        var fVirtualEmployee = Field.of("virtualEmployee", Event.ParkedOnVm::virtualEmployee, STRING);
        var fEintraege = Field.of("eintraege", Event.ParkedOnVm::eintraege, STATISTIK_EINTRAEGE);
        return ObjectCodec.of("ParkedOnVm", v -> new Event.ParkedOnVm(v.get(fOn), v.get(fFIfk), v.get(fVirtualEmployee), v.get(fEintraege)),
                List.of(fOn, fFIfk, fVirtualEmployee, fEintraege));
    }

    private static ObjectCodec<Event.ActiveSupportRequested> activeSupportRequested() {
        var fOn = Field.of("on", Event.ActiveSupportRequested::on, DATE);
        var fMember = Field.of("member", Event.ActiveSupportRequested::member, PERSON_ID);
        var fAnliegen = Field.of("anliegen", Event.ActiveSupportRequested::anliegen, STRING);
        var fTask = Field.of("task", Event.ActiveSupportRequested::task, CLARIFICATION_TASK);
        return ObjectCodec.of("ActiveSupportRequested", v -> new Event.ActiveSupportRequested(v.get(fOn), v.get(fMember), v.get(fAnliegen), v.get(fTask)),
                List.of(fOn, fMember, fAnliegen, fTask));
    }

    private static ObjectCodec<Event.ClarificationRecorded> clarificationRecorded() {
        var fOn = Field.of("on", Event.ClarificationRecorded::on, DATE);
        var fMember = Field.of("member", Event.ClarificationRecorded::member, PERSON_ID);
        var fTask = Field.of("task", Event.ClarificationRecorded::task, INT);
        var fClarification = Field.of("clarification", Event.ClarificationRecorded::clarification, CLARIFICATION);
        return ObjectCodec.of("ClarificationRecorded", v -> new Event.ClarificationRecorded(v.get(fOn), v.get(fMember), v.get(fTask), v.get(fClarification)),
                List.of(fOn, fMember, fTask, fClarification));
    }

    private static ObjectCodec<Event.ApplicationRejected> applicationRejected() {
        var fOn = Field.of("on", Event.ApplicationRejected::on, DATE);
        return ObjectCodec.of("ApplicationRejected", v -> new Event.ApplicationRejected(v.get(fOn)),
                List.of(fOn));
    }

    private static ObjectCodec<Event.ApplicationWithdrawn> applicationWithdrawn() {
        var fOn = Field.of("on", Event.ApplicationWithdrawn::on, DATE);
        return ObjectCodec.of("ApplicationWithdrawn", v -> new Event.ApplicationWithdrawn(v.get(fOn)),
                List.of(fOn));
    }

    private static ObjectCodec<Event.ApprovalReleased> approvalReleased() {
        var fOn = Field.of("on", Event.ApprovalReleased::on, DATE);
        var fWorkflow = Field.of("workflow", Event.ApprovalReleased::workflow, D3_WORKFLOW);
        return ObjectCodec.of("ApprovalReleased", v -> new Event.ApprovalReleased(v.get(fOn), v.get(fWorkflow)),
                List.of(fOn, fWorkflow));
    }

    private static ObjectCodec<Event.IfkAssigned> ifkAssigned() {
        var fOn = Field.of("on", Event.IfkAssigned::on, DATE);
        var fIfk = Field.of("ifk", Event.IfkAssigned::ifk, STAFF_ID);
        var fWorkflow = Field.of("workflow", Event.IfkAssigned::workflow, D3_WORKFLOW);
        return ObjectCodec.of("IfkAssigned", v -> new Event.IfkAssigned(v.get(fOn), v.get(fIfk), v.get(fWorkflow)),
                List.of(fOn, fIfk, fWorkflow));
    }

    private static ObjectCodec<Event.QuerStatusSet> querStatusSet() {
        var fOn = Field.of("on", Event.QuerStatusSet::on, DATE);
        var fMember = Field.of("member", Event.QuerStatusSet::member, PERSON_ID);
        var fStatus = Field.of("status", Event.QuerStatusSet::status, QUER_STATUS);
        var fRule = Field.of("rule", Event.QuerStatusSet::rule, STRING);
        return ObjectCodec.of("QuerStatusSet", v -> new Event.QuerStatusSet(v.get(fOn), v.get(fMember), v.get(fStatus), v.get(fRule)),
                List.of(fOn, fMember, fStatus, fRule));
    }

    private static ObjectCodec<Event.QuerAppointmentScheduled> querAppointmentScheduled() {
        var fOn = Field.of("on", Event.QuerAppointmentScheduled::on, DATE);
        var fMember = Field.of("member", Event.QuerAppointmentScheduled::member, PERSON_ID);
        var fTermin = Field.of("termin", Event.QuerAppointmentScheduled::termin, DATE);
        var fAfterDueDate = Field.of("afterDueDate", Event.QuerAppointmentScheduled::afterDueDate, BOOLEAN);
        var fRule = Field.of("rule", Event.QuerAppointmentScheduled::rule, STRING);
        return ObjectCodec.of("QuerAppointmentScheduled", v -> new Event.QuerAppointmentScheduled(v.get(fOn), v.get(fMember), v.get(fTermin), v.get(fAfterDueDate), v.get(fRule)),
                List.of(fOn, fMember, fTermin, fAfterDueDate, fRule));
    }

    private static ObjectCodec<Event.QuerRecorded> querRecorded() {
        var fOn = Field.of("on", Event.QuerRecorded::on, DATE);
        var fMember = Field.of("member", Event.QuerRecorded::member, PERSON_ID);
        var fInTime = Field.of("inTime", Event.QuerRecorded::inTime, BOOLEAN);
        var fOffenePunkte = Field.of("offenePunkte", Event.QuerRecorded::offenePunkte, list(OFFENER_PUNKT));
        var fKpReview = Field.of("kpReview", Event.QuerRecorded::kpReview, optional(DATE));
        return ObjectCodec.of("QuerRecorded", v -> new Event.QuerRecorded(v.get(fOn), v.get(fMember), v.get(fInTime), v.get(fOffenePunkte), v.get(fKpReview)),
                List.of(fOn, fMember, fInTime, fOffenePunkte, fKpReview));
    }

    private static ObjectCodec<Event.OpenPointRecorded> openPointRecorded() {
        var fOn = Field.of("on", Event.OpenPointRecorded::on, DATE);
        var fMember = Field.of("member", Event.OpenPointRecorded::member, PERSON_ID);
        var fPunkt = Field.of("punkt", Event.OpenPointRecorded::punkt, OFFENER_PUNKT);
        return ObjectCodec.of("OpenPointRecorded", v -> new Event.OpenPointRecorded(v.get(fOn), v.get(fMember), v.get(fPunkt)),
                List.of(fOn, fMember, fPunkt));
    }

    private static ObjectCodec<Event.OpenPointResolved> openPointResolved() {
        var fOn = Field.of("on", Event.OpenPointResolved::on, DATE);
        var fMember = Field.of("member", Event.OpenPointResolved::member, PERSON_ID);
        var fKey = Field.of("key", Event.OpenPointResolved::key, STRING);
        return ObjectCodec.of("OpenPointResolved", v -> new Event.OpenPointResolved(v.get(fOn), v.get(fMember), v.get(fKey)),
                List.of(fOn, fMember, fKey));
    }

    private static ObjectCodec<Event.MembersImported> membersImported() {
        var fOn = Field.of("on", Event.MembersImported::on, DATE);
        var fMonth = Field.of("month", Event.MembersImported::month, YEAR_MONTH);
        var fMitglieder = Field.of("mitglieder", Event.MembersImported::mitglieder, list(MITGLIED));
        return ObjectCodec.of("MembersImported", v -> new Event.MembersImported(v.get(fOn), v.get(fMonth), v.get(fMitglieder)),
                List.of(fOn, fMonth, fMitglieder));
    }

    private static ObjectCodec<Event.AlgEnded> algEnded() {
        var fOn = Field.of("on", Event.AlgEnded::on, DATE);
        var fMember = Field.of("member", Event.AlgEnded::member, PERSON_ID);
        var fLastDayOfAlg = Field.of("lastDayOfAlg", Event.AlgEnded::lastDayOfAlg, DATE);
        return ObjectCodec.of("AlgEnded", v -> new Event.AlgEnded(v.get(fOn), v.get(fMember), v.get(fLastDayOfAlg)),
                List.of(fOn, fMember, fLastDayOfAlg));
    }

    private static ObjectCodec<Event.ElbRouted> elbRouted() {
        var fOn = Field.of("on", Event.ElbRouted::on, DATE);
        var fMember = Field.of("member", Event.ElbRouted::member, PERSON_ID);
        var fTarget = Field.of("target", Event.ElbRouted::target, KUNDENSTEUERUNG);
        var fReason = Field.of("reason", Event.ElbRouted::reason, STRING);
        var fSuggestion = Field.of("suggestion", Event.ElbRouted::suggestion, SUGGESTION);
        return ObjectCodec.of("ElbRouted", v -> new Event.ElbRouted(v.get(fOn), v.get(fMember), v.get(fTarget), v.get(fReason), v.get(fSuggestion)),
                List.of(fOn, fMember, fTarget, fReason, fSuggestion));
    }

    private static ObjectCodec<Event.FollowUpScheduled> followUpScheduled() {
        var fOn = Field.of("on", Event.FollowUpScheduled::on, DATE);
        var fMember = Field.of("member", Event.FollowUpScheduled::member, PERSON_ID);
        var fTermin = Field.of("termin", Event.FollowUpScheduled::termin, DATE);
        return ObjectCodec.of("FollowUpScheduled", v -> new Event.FollowUpScheduled(v.get(fOn), v.get(fMember), v.get(fTermin)),
                List.of(fOn, fMember, fTermin));
    }

    private static ObjectCodec<Event.FollowUpRecorded> followUpRecorded() {
        var fOn = Field.of("on", Event.FollowUpRecorded::on, DATE);
        var fMember = Field.of("member", Event.FollowUpRecorded::member, PERSON_ID);
        var fErfuellt = Field.of("erfuellt", Event.FollowUpRecorded::erfuellt, enumSet(Mindeststandard.class));
        var fOffenePunkte = Field.of("offenePunkte", Event.FollowUpRecorded::offenePunkte, list(OFFENER_PUNKT));
        var fKpReview = Field.of("kpReview", Event.FollowUpRecorded::kpReview, optional(DATE));
        return ObjectCodec.of("FollowUpRecorded", v -> new Event.FollowUpRecorded(v.get(fOn), v.get(fMember), v.get(fErfuellt), v.get(fOffenePunkte), v.get(fKpReview)),
                List.of(fOn, fMember, fErfuellt, fOffenePunkte, fKpReview));
    }

    private static ObjectCodec<Event.KpReviewed> kpReviewed() {
        var fOn = Field.of("on", Event.KpReviewed::on, DATE);
        var fMember = Field.of("member", Event.KpReviewed::member, PERSON_ID);
        var fNextReview = Field.of("nextReview", Event.KpReviewed::nextReview, DATE);
        return ObjectCodec.of("KpReviewed", v -> new Event.KpReviewed(v.get(fOn), v.get(fMember), v.get(fNextReview)),
                List.of(fOn, fMember, fNextReview));
    }

    private static ObjectCodec<Event.AppointmentMissed> appointmentMissed() {
        var fOn = Field.of("on", Event.AppointmentMissed::on, DATE);
        var fMember = Field.of("member", Event.AppointmentMissed::member, PERSON_ID);
        var fMissed = Field.of("missed", Event.AppointmentMissed::missed, MISSED_APPOINTMENT);
        return ObjectCodec.of("AppointmentMissed", v -> new Event.AppointmentMissed(v.get(fOn), v.get(fMember), v.get(fMissed)),
                List.of(fOn, fMember, fMissed));
    }

    private static ObjectCodec<Event.MemberExited> memberExited() {
        var fOn = Field.of("on", Event.MemberExited::on, DATE);
        var fMember = Field.of("member", Event.MemberExited::member, PERSON_ID);
        var fExit = Field.of("exit", Event.MemberExited::exit, MEMBER_EXIT);
        return ObjectCodec.of("MemberExited", v -> new Event.MemberExited(v.get(fOn), v.get(fMember), v.get(fExit)),
                List.of(fOn, fMember, fExit));
    }

    private static ObjectCodec<Event.CaseEnded> caseEnded() {
        var fOn = Field.of("on", Event.CaseEnded::on, DATE);
        var fReason = Field.of("reason", Event.CaseEnded::reason, CASE_END_REASON);
        return ObjectCodec.of("CaseEnded", v -> new Event.CaseEnded(v.get(fOn), v.get(fReason)),
                List.of(fOn, fReason));
    }

    private static ObjectCodec<Event.MovedToGst> movedToGst() {
        var fOn = Field.of("on", Event.MovedToGst::on, DATE);
        var fFrom = Field.of("from", Event.MovedToGst::from, GST_CODE);
        var fTo = Field.of("to", Event.MovedToGst::to, GST_CODE);
        var fIfk = Field.of("ifk", Event.MovedToGst::ifk, STAFF_ID);
        return ObjectCodec.of("MovedToGst", v -> new Event.MovedToGst(v.get(fOn), v.get(fFrom), v.get(fTo), v.get(fIfk)),
                List.of(fOn, fFrom, fTo, fIfk));
    }

    private static ObjectCodec<Command.TakeApplication> takeApplication() {
        var fActor = Field.of("actor", Command.TakeApplication::actor, STAFF_ID);
        var fOn = Field.of("on", Command.TakeApplication::on, DATE);
        var fAntrag = Field.of("antrag", Command.TakeApplication::antrag, ANTRAG);
        return ObjectCodec.of("TakeApplication", v -> new Command.TakeApplication(v.get(fActor), v.get(fOn), v.get(fAntrag)),
                List.of(fActor, fOn, fAntrag));
    }

    private static ObjectCodec<Command.ParkOnVm> parkOnVm() {
        var fActor = Field.of("actor", Command.ParkOnVm::actor, STAFF_ID);
        var fOn = Field.of("on", Command.ParkOnVm::on, DATE);
        var fEintraege = Field.of("eintraege", Command.ParkOnVm::eintraege, STATISTIK_EINTRAEGE);
        return ObjectCodec.of("ParkOnVm", v -> new Command.ParkOnVm(v.get(fActor), v.get(fOn), v.get(fEintraege)),
                List.of(fActor, fOn, fEintraege));
    }

    private static ObjectCodec<Command.RequestActiveSupport> requestActiveSupport() {
        var fActor = Field.of("actor", Command.RequestActiveSupport::actor, STAFF_ID);
        var fOn = Field.of("on", Command.RequestActiveSupport::on, DATE);
        var fMember = Field.of("member", Command.RequestActiveSupport::member, PERSON_ID);
        var fIfk = Field.of("ifk", Command.RequestActiveSupport::ifk, STAFF_ID);
        var fAnliegen = Field.of("anliegen", Command.RequestActiveSupport::anliegen, STRING);
        return ObjectCodec.of("RequestActiveSupport", v -> new Command.RequestActiveSupport(v.get(fActor), v.get(fOn), v.get(fMember), v.get(fIfk), v.get(fAnliegen)),
                List.of(fActor, fOn, fMember, fIfk, fAnliegen));
    }

    private static ObjectCodec<Command.RecordClarification> recordClarification() {
        var fActor = Field.of("actor", Command.RecordClarification::actor, STAFF_ID);
        var fOn = Field.of("on", Command.RecordClarification::on, DATE);
        var fTask = Field.of("task", Command.RecordClarification::task, INT);
        var fOutcome = Field.of("outcome", Command.RecordClarification::outcome, CLARIFICATION_OUTCOME);
        var fNote = Field.of("note", Command.RecordClarification::note, optional(STRING));
        return ObjectCodec.of("RecordClarification", v -> new Command.RecordClarification(v.get(fActor), v.get(fOn), v.get(fTask), v.get(fOutcome), v.get(fNote)),
                List.of(fActor, fOn, fTask, fOutcome, fNote));
    }

    private static ObjectCodec<Command.RejectApplication> rejectApplication() {
        var fActor = Field.of("actor", Command.RejectApplication::actor, STAFF_ID);
        var fOn = Field.of("on", Command.RejectApplication::on, DATE);
        return ObjectCodec.of("RejectApplication", v -> new Command.RejectApplication(v.get(fActor), v.get(fOn)),
                List.of(fActor, fOn));
    }

    private static ObjectCodec<Command.WithdrawApplication> withdrawApplication() {
        var fActor = Field.of("actor", Command.WithdrawApplication::actor, STAFF_ID);
        var fOn = Field.of("on", Command.WithdrawApplication::on, DATE);
        return ObjectCodec.of("WithdrawApplication", v -> new Command.WithdrawApplication(v.get(fActor), v.get(fOn)),
                List.of(fActor, fOn));
    }

    private static ObjectCodec<Command.ReleaseApproval> releaseApproval() {
        var fActor = Field.of("actor", Command.ReleaseApproval::actor, STAFF_ID);
        var fOn = Field.of("on", Command.ReleaseApproval::on, DATE);
        var fBerechnungsprotokollRef = Field.of("berechnungsprotokollRef", Command.ReleaseApproval::berechnungsprotokollRef, STRING);
        return ObjectCodec.of("ReleaseApproval", v -> new Command.ReleaseApproval(v.get(fActor), v.get(fOn), v.get(fBerechnungsprotokollRef)),
                List.of(fActor, fOn, fBerechnungsprotokollRef));
    }

    private static ObjectCodec<Command.AssignIfk> assignIfk() {
        var fActor = Field.of("actor", Command.AssignIfk::actor, STAFF_ID);
        var fOn = Field.of("on", Command.AssignIfk::on, DATE);
        var fIfk = Field.of("ifk", Command.AssignIfk::ifk, STAFF_ID);
        return ObjectCodec.of("AssignIfk", v -> new Command.AssignIfk(v.get(fActor), v.get(fOn), v.get(fIfk)),
                List.of(fActor, fOn, fIfk));
    }

    private static ObjectCodec<Command.ScheduleQuerAppointment> scheduleQuerAppointment() {
        var fActor = Field.of("actor", Command.ScheduleQuerAppointment::actor, STAFF_ID);
        var fOn = Field.of("on", Command.ScheduleQuerAppointment::on, DATE);
        var fMember = Field.of("member", Command.ScheduleQuerAppointment::member, PERSON_ID);
        var fTermin = Field.of("termin", Command.ScheduleQuerAppointment::termin, DATE);
        return ObjectCodec.of("ScheduleQuerAppointment", v -> new Command.ScheduleQuerAppointment(v.get(fActor), v.get(fOn), v.get(fMember), v.get(fTermin)),
                List.of(fActor, fOn, fMember, fTermin));
    }

    private static ObjectCodec<Command.RecordQuer> recordQuer() {
        var fActor = Field.of("actor", Command.RecordQuer::actor, STAFF_ID);
        var fOn = Field.of("on", Command.RecordQuer::on, DATE);
        var fMember = Field.of("member", Command.RecordQuer::member, PERSON_ID);
        var fNachweis = Field.of("nachweis", Command.RecordQuer::nachweis, QUER_NACHWEIS);
        return ObjectCodec.of("RecordQuer", v -> new Command.RecordQuer(v.get(fActor), v.get(fOn), v.get(fMember), v.get(fNachweis)),
                List.of(fActor, fOn, fMember, fNachweis));
    }

    private static ObjectCodec<Command.RecordOpenPoint> recordOpenPoint() {
        var fActor = Field.of("actor", Command.RecordOpenPoint::actor, STAFF_ID);
        var fOn = Field.of("on", Command.RecordOpenPoint::on, DATE);
        var fMember = Field.of("member", Command.RecordOpenPoint::member, PERSON_ID);
        var fPunkt = Field.of("punkt", Command.RecordOpenPoint::punkt, OFFENER_PUNKT);
        return ObjectCodec.of("RecordOpenPoint", v -> new Command.RecordOpenPoint(v.get(fActor), v.get(fOn), v.get(fMember), v.get(fPunkt)),
                List.of(fActor, fOn, fMember, fPunkt));
    }

    private static ObjectCodec<Command.ResolveOpenPoint> resolveOpenPoint() {
        var fActor = Field.of("actor", Command.ResolveOpenPoint::actor, STAFF_ID);
        var fOn = Field.of("on", Command.ResolveOpenPoint::on, DATE);
        var fMember = Field.of("member", Command.ResolveOpenPoint::member, PERSON_ID);
        var fKey = Field.of("key", Command.ResolveOpenPoint::key, STRING);
        return ObjectCodec.of("ResolveOpenPoint", v -> new Command.ResolveOpenPoint(v.get(fActor), v.get(fOn), v.get(fMember), v.get(fKey)),
                List.of(fActor, fOn, fMember, fKey));
    }

    private static ObjectCodec<Command.ImportMembers> importMembers() {
        var fActor = Field.of("actor", Command.ImportMembers::actor, STAFF_ID);
        var fOn = Field.of("on", Command.ImportMembers::on, DATE);
        var fMonth = Field.of("month", Command.ImportMembers::month, YEAR_MONTH);
        var fMitglieder = Field.of("mitglieder", Command.ImportMembers::mitglieder, list(MITGLIED));
        return ObjectCodec.of("ImportMembers", v -> new Command.ImportMembers(v.get(fActor), v.get(fOn), v.get(fMonth), v.get(fMitglieder)),
                List.of(fActor, fOn, fMonth, fMitglieder));
    }

    private static ObjectCodec<Command.EndAlg> endAlg() {
        var fActor = Field.of("actor", Command.EndAlg::actor, STAFF_ID);
        var fOn = Field.of("on", Command.EndAlg::on, DATE);
        var fMember = Field.of("member", Command.EndAlg::member, PERSON_ID);
        var fLastDayOfAlg = Field.of("lastDayOfAlg", Command.EndAlg::lastDayOfAlg, DATE);
        return ObjectCodec.of("EndAlg", v -> new Command.EndAlg(v.get(fActor), v.get(fOn), v.get(fMember), v.get(fLastDayOfAlg)),
                List.of(fActor, fOn, fMember, fLastDayOfAlg));
    }

    private static ObjectCodec<Command.RouteElb> routeElb() {
        var fActor = Field.of("actor", Command.RouteElb::actor, STAFF_ID);
        var fOn = Field.of("on", Command.RouteElb::on, DATE);
        var fMember = Field.of("member", Command.RouteElb::member, PERSON_ID);
        var fTarget = Field.of("target", Command.RouteElb::target, KUNDENSTEUERUNG);
        var fReason = Field.of("reason", Command.RouteElb::reason, STRING);
        return ObjectCodec.of("RouteElb", v -> new Command.RouteElb(v.get(fActor), v.get(fOn), v.get(fMember), v.get(fTarget), v.get(fReason)),
                List.of(fActor, fOn, fMember, fTarget, fReason));
    }

    private static ObjectCodec<Command.ScheduleFollowUp> scheduleFollowUp() {
        var fActor = Field.of("actor", Command.ScheduleFollowUp::actor, STAFF_ID);
        var fOn = Field.of("on", Command.ScheduleFollowUp::on, DATE);
        var fMember = Field.of("member", Command.ScheduleFollowUp::member, PERSON_ID);
        var fTermin = Field.of("termin", Command.ScheduleFollowUp::termin, DATE);
        return ObjectCodec.of("ScheduleFollowUp", v -> new Command.ScheduleFollowUp(v.get(fActor), v.get(fOn), v.get(fMember), v.get(fTermin)),
                List.of(fActor, fOn, fMember, fTermin));
    }

    private static ObjectCodec<Command.RecordFollowUp> recordFollowUp() {
        var fActor = Field.of("actor", Command.RecordFollowUp::actor, STAFF_ID);
        var fOn = Field.of("on", Command.RecordFollowUp::on, DATE);
        var fMember = Field.of("member", Command.RecordFollowUp::member, PERSON_ID);
        var fNachweis = Field.of("nachweis", Command.RecordFollowUp::nachweis, QUER_NACHWEIS);
        var fNextKpReview = Field.of("nextKpReview", Command.RecordFollowUp::nextKpReview, optional(DATE));
        return ObjectCodec.of("RecordFollowUp", v -> new Command.RecordFollowUp(v.get(fActor), v.get(fOn), v.get(fMember), v.get(fNachweis), v.get(fNextKpReview)),
                List.of(fActor, fOn, fMember, fNachweis, fNextKpReview));
    }

    private static ObjectCodec<Command.ReviewKp> reviewKp() {
        var fActor = Field.of("actor", Command.ReviewKp::actor, STAFF_ID);
        var fOn = Field.of("on", Command.ReviewKp::on, DATE);
        var fMember = Field.of("member", Command.ReviewKp::member, PERSON_ID);
        var fNextReview = Field.of("nextReview", Command.ReviewKp::nextReview, optional(DATE));
        return ObjectCodec.of("ReviewKp", v -> new Command.ReviewKp(v.get(fActor), v.get(fOn), v.get(fMember), v.get(fNextReview)),
                List.of(fActor, fOn, fMember, fNextReview));
    }

    private static ObjectCodec<Command.RecordMissedAppointment> recordMissedAppointment() {
        var fActor = Field.of("actor", Command.RecordMissedAppointment::actor, STAFF_ID);
        var fOn = Field.of("on", Command.RecordMissedAppointment::on, DATE);
        var fMember = Field.of("member", Command.RecordMissedAppointment::member, PERSON_ID);
        var fTermin = Field.of("termin", Command.RecordMissedAppointment::termin, DATE);
        var fReasonGiven = Field.of("reasonGiven", Command.RecordMissedAppointment::reasonGiven, BOOLEAN);
        return ObjectCodec.of("RecordMissedAppointment", v -> new Command.RecordMissedAppointment(v.get(fActor), v.get(fOn), v.get(fMember), v.get(fTermin), v.get(fReasonGiven)),
                List.of(fActor, fOn, fMember, fTermin, fReasonGiven));
    }

    private static ObjectCodec<Command.RecordMemberExit> recordMemberExit() {
        var fActor = Field.of("actor", Command.RecordMemberExit::actor, STAFF_ID);
        var fOn = Field.of("on", Command.RecordMemberExit::on, DATE);
        var fMember = Field.of("member", Command.RecordMemberExit::member, PERSON_ID);
        var fFrom = Field.of("from", Command.RecordMemberExit::from, DATE);
        var fReason = Field.of("reason", Command.RecordMemberExit::reason, EXIT_REASON);
        return ObjectCodec.of("RecordMemberExit", v -> new Command.RecordMemberExit(v.get(fActor), v.get(fOn), v.get(fMember), v.get(fFrom), v.get(fReason)),
                List.of(fActor, fOn, fMember, fFrom, fReason));
    }

    private static ObjectCodec<Command.EndCase> endCase() {
        var fActor = Field.of("actor", Command.EndCase::actor, STAFF_ID);
        var fOn = Field.of("on", Command.EndCase::on, DATE);
        var fReason = Field.of("reason", Command.EndCase::reason, CASE_END_REASON);
        return ObjectCodec.of("EndCase", v -> new Command.EndCase(v.get(fActor), v.get(fOn), v.get(fReason)),
                List.of(fActor, fOn, fReason));
    }

    private static ObjectCodec<Command.MoveToGst> moveToGst() {
        var fActor = Field.of("actor", Command.MoveToGst::actor, STAFF_ID);
        var fOn = Field.of("on", Command.MoveToGst::on, DATE);
        var fNewGst = Field.of("newGst", Command.MoveToGst::newGst, GST_CODE);
        var fIfk = Field.of("ifk", Command.MoveToGst::ifk, STAFF_ID);
        return ObjectCodec.of("MoveToGst", v -> new Command.MoveToGst(v.get(fActor), v.get(fOn), v.get(fNewGst), v.get(fIfk)),
                List.of(fActor, fOn, fNewGst, fIfk));
    }
}
