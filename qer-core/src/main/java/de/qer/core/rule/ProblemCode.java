package de.qer.core.rule;

/**
 * The kinds of problem a command or a document can have. Every {@link Problem} names one, with its rule and
 * field; each has a short label in the bundle ({@link #text()}).
 */
public enum ProblemCode {
    /** The command is not allowed in the case's current state (the flow of Anlage 1). */
    NOT_ALLOWED_IN_STATE,
    /** The actor is not in the staffing directory (R-B4). */
    UNKNOWN_ACTOR,
    /** The actor lacks the role the procedure names for this step (R-B4, R-V1). */
    WRONG_ROLE,
    /** The actor belongs to another GST (R-B4). */
    WRONG_GST,
    /** A required item is missing (R-E1, R-V2, R-Q1). */
    MISSING,
    /** A date is not the one the procedure requires (R-V2) or is out of order. */
    WRONG_DATE,
    /** A value is not the one the procedure requires (R-V2). */
    WRONG_VALUE,
    /** The person is not a member of the BG. */
    UNKNOWN_MEMBER,
    /** The person is not QuEr-relevant (R-F3). */
    NOT_QUER_RELEVANT,
    /** An Aufstocker*in still receives ALG: no QuEr and no BI appointment (R-E2). */
    ALG_NOT_ENDED,
    /** The QuEr before the Bewilligung dem Grunde nach (R-F6). */
    BEFORE_APPROVAL,
    /** The first interview was already recorded. */
    ALREADY_DONE,
    /** An open point's catch-up date is too late or in the past (R-Q3). */
    CATCH_UP_DATE,
    /** A key is used twice. */
    DUPLICATE,
    /** Routing before the QuEr (R-S1). */
    ROUTING_BEFORE_QUER,
    /** A date outside the supported range of the calendar (R-C6). */
    OUT_OF_RANGE,
    /** The member has dropped out of the case (R-L4). */
    MEMBER_LEFT;

    /**
     * The short label of the kind, from the bundle ({@code code.NAME}).
     *
     * @return the label as a message, never null
     */
    public Message text() {
        return Message.of("code." + name());
    }
}
