package de.qer.core.lifecycle;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** R-F4: what the clarification of an early request for active support settled. */
public enum ClarificationOutcome implements Labelled {
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

    private final Label label;

    ClarificationOutcome(String german, String english) {
        this.label = new Label(german, english);
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public Label label() {
        return label;
    }
}
