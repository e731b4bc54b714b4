package de.qer.core.lifecycle;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** The kinds of {@link CaseState}, for the transition table. */
public enum StateKind implements Labelled {
    /** No case yet. */
    KEIN_FALL("kein Fall", "no case"),
    /** Application taken in the EZ. */
    BEANTRAGT("Antrag aufgenommen", "application taken"),
    /** Case file parked on the VM "QuEr.xx, VM". */
    AUF_VM("auf VM QuEr.xx", "on the VM QuEr.xx"),
    /** NachBewilligung in principle, waiting for the IFK. */
    BEWILLIGT("Bewilligung dem Grunde nach", "approved in principle"),
    /** With the responsible IFK. */
    IN_BETREUUNG("bei zuständiger IFK", "with the responsible IFK"),
    /** Rejected by LG (terminal). */
    ABGELEHNT("abgelehnt", "rejected"),
    /** Withdrawn (terminal). */
    ZURUECKGENOMMEN("zurückgenommen", "withdrawn"),
    /** The Jobcenter's responsibility ended (terminal, R-L4). */
    BEENDET("beendet", "ended");

    private final Label label;

    StateKind(String label, String english) {
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
