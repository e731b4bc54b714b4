package de.qer.core.lifecycle;

/** The kinds of {@link Command}, for the transition table. */
public enum CommandKind {
    /** {@link Command.TakeApplication}. */
    TAKE_APPLICATION("Antrag in der EZ aufnehmen"),
    /** {@link Command.ParkOnVm}. */
    PARK_ON_VM("Fallhülle auf VM stellen"),
    /** {@link Command.RequestActiveSupport}. */
    REQUEST_ACTIVE_SUPPORT("aktive Förderung vor Bewilligung beantragen"),
    /** {@link Command.RecordClarification}. */
    RECORD_CLARIFICATION("Klärung der frühen Förderanfrage erfassen"),
    /** {@link Command.RejectApplication}. */
    REJECT_APPLICATION("LG lehnt ab"),
    /** {@link Command.WithdrawApplication}. */
    WITHDRAW_APPLICATION("Antrag zurückgenommen"),
    /** {@link Command.ReleaseApproval}. */
    RELEASE_APPROVAL("LG gibt frei (Bewilligung dem Grunde nach)"),
    /** {@link Command.AssignIfk}. */
    ASSIGN_IFK("BI stellt auf zuständige IFK um"),
    /** {@link Command.ScheduleQuerAppointment}. */
    SCHEDULE_QUER_APPOINTMENT("QuEr-Termin vereinbaren"),
    /** {@link Command.RecordQuer}. */
    RECORD_QUER("QuEr erfassen"),
    /** {@link Command.RecordOpenPoint}. */
    RECORD_OPEN_POINT("offenen Punkt erfassen"),
    /** {@link Command.ResolveOpenPoint}. */
    RESOLVE_OPEN_POINT("offenen Punkt nachholen"),
    /** {@link Command.ImportMembers}. */
    IMPORT_MEMBERS("monatlicher Import"),
    /** {@link Command.EndAlg}. */
    END_ALG("ALG-Bezug endet"),
    /** {@link Command.RouteElb}. */
    ROUTE_ELB("Kundensteuerung"),
    /** {@link Command.ScheduleFollowUp}. */
    SCHEDULE_FOLLOW_UP("Folgegespräch vereinbaren"),
    /** {@link Command.RecordFollowUp}. */
    RECORD_FOLLOW_UP("Folgegespräch erfassen"),
    /** {@link Command.ReviewKp}. */
    REVIEW_KP("Kooperationsplan überprüfen"),
    /** {@link Command.RecordMissedAppointment}. */
    RECORD_MISSED_APPOINTMENT("versäumten Termin erfassen"),
    /** {@link Command.RecordMemberExit}. */
    RECORD_MEMBER_EXIT("Mitglied scheidet aus"),
    /** {@link Command.EndCase}. */
    END_CASE("Zuständigkeit endet"),
    /** {@link Command.MoveToGst}. */
    MOVE_TO_GST("Wechsel in eine andere GST");

    private final String label;

    CommandKind(String label) {
        this.label = label;
    }

    /**
     * The German label used in the flow diagram.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }
}
