package de.qer.core.lifecycle;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** The kinds of {@link Command}, for the transition table. */
public enum CommandKind implements Labelled {
    /** {@link Command.TakeApplication}. */
    TAKE_APPLICATION("Antrag in der EZ aufnehmen", "take the application in the EZ"),
    /** {@link Command.ParkOnVm}. */
    PARK_ON_VM("Fallhülle auf VM stellen", "park the case file on the VM"),
    /** {@link Command.RequestActiveSupport}. */
    REQUEST_ACTIVE_SUPPORT("aktive Förderung vor Bewilligung beantragen", "request active support before the approval"),
    /** {@link Command.RecordClarification}. */
    RECORD_CLARIFICATION("Klärung der frühen Förderanfrage erfassen", "record the clarification of an early request"),
    /** {@link Command.RejectApplication}. */
    REJECT_APPLICATION("LG lehnt ab", "LG rejects"),
    /** {@link Command.WithdrawApplication}. */
    WITHDRAW_APPLICATION("Antrag zurückgenommen", "application withdrawn"),
    /** {@link Command.ReleaseApproval}. */
    RELEASE_APPROVAL("LG gibt frei (Bewilligung dem Grunde nach)", "LG releases the approval in principle"),
    /** {@link Command.AssignIfk}. */
    ASSIGN_IFK("BI stellt auf zuständige IFK um", "BI assigns the responsible IFK"),
    /** {@link Command.ScheduleQuerAppointment}. */
    SCHEDULE_QUER_APPOINTMENT("QuEr-Termin vereinbaren", "schedule the QuEr"),
    /** {@link Command.RecordQuer}. */
    RECORD_QUER("QuEr erfassen", "record the QuEr"),
    /** {@link Command.RecordOpenPoint}. */
    RECORD_OPEN_POINT("offenen Punkt erfassen", "record an open point"),
    /** {@link Command.ResolveOpenPoint}. */
    RESOLVE_OPEN_POINT("offenen Punkt nachholen", "resolve an open point"),
    /** {@link Command.ImportMembers}. */
    IMPORT_MEMBERS("monatlicher Import", "monthly import"),
    /** {@link Command.EndAlg}. */
    END_ALG("ALG-Bezug endet", "ALG receipt ends"),
    /** {@link Command.RouteElb}. */
    ROUTE_ELB("Kundensteuerung", "routing (Kundensteuerung)"),
    /** {@link Command.ScheduleFollowUp}. */
    SCHEDULE_FOLLOW_UP("Folgegespräch vereinbaren", "schedule a follow-up interview"),
    /** {@link Command.RecordFollowUp}. */
    RECORD_FOLLOW_UP("Folgegespräch erfassen", "record a follow-up interview"),
    /** {@link Command.ReviewKp}. */
    REVIEW_KP("Kooperationsplan überprüfen", "review the cooperation plan"),
    /** {@link Command.RecordMissedAppointment}. */
    RECORD_MISSED_APPOINTMENT("versäumten Termin erfassen", "record a missed appointment"),
    /** {@link Command.RecordMemberExit}. */
    RECORD_MEMBER_EXIT("Mitglied scheidet aus", "a member drops out"),
    /** {@link Command.EndCase}. */
    END_CASE("Zuständigkeit endet", "responsibility ends"),
    /** {@link Command.MoveToGst}. */
    MOVE_TO_GST("Wechsel in eine andere GST", "move to another GST");

    private final Label label;

    CommandKind(String label, String english) {
        this.label = new Label(label, english);
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public Label label() {
        return label;
    }
}
