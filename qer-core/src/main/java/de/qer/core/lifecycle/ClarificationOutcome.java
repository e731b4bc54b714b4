package de.qer.core.lifecycle;

/** R-F4: what the clarification of an early request for active support settled. */
public enum ClarificationOutcome {
    /** The support is granted (e.g. travel costs from the VB). */
    GRANTED("bewilligt", "granted"),
    /** The support is refused. */
    REFUSED("abgelehnt", "refused"),
    /** The decision waits for the approval of the application by LG. */
    AFTER_APPROVAL("nach Bewilligung zu entscheiden", "to be decided after the approval"),
    /** The person withdrew the request. */
    WITHDRAWN("zurückgezogen", "withdrawn"),
    /** Settled in another way (see the note). */
    OTHER("anderweitig erledigt", "settled otherwise");

    private final String german;
    private final String english;

    ClarificationOutcome(String german, String english) {
        this.german = german;
        this.english = english;
    }

    /**
     * The German label.
     *
     * @return the label, never null
     */
    public String german() {
        return german;
    }

    /**
     * The English label.
     *
     * @return the label, never null
     */
    public String english() {
        return english;
    }
}
