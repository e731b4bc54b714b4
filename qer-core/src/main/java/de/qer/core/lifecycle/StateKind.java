package de.qer.core.lifecycle;

/** The kinds of {@link CaseState}, for the transition table. */
public enum StateKind {
    /** No case yet. */
    KEIN_FALL("kein Fall", "no case"),
    /** Application taken in the EZ. */
    BEANTRAGT("Antrag aufgenommen", "application taken"),
    /** Case file parked on the VM "QuEr.xx, VM". */
    AUF_VM("auf VM QuEr.xx", "on the VM QuEr.xx"),
    /** Approved in principle, waiting for the IFK. */
    BEWILLIGT("Bewilligung dem Grunde nach", "approved in principle"),
    /** With the responsible IFK. */
    IN_BETREUUNG("bei zuständiger IFK", "with the responsible IFK"),
    /** Rejected by LG (terminal). */
    ABGELEHNT("abgelehnt", "rejected"),
    /** Withdrawn (terminal). */
    ZURUECKGENOMMEN("zurückgenommen", "withdrawn"),
    /** The Jobcenter's responsibility ended (terminal, R-L4). */
    BEENDET("beendet", "ended");

    private final String label;
    private final String english;

    StateKind(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /**
     * The English label.
     *
     * @return the label, never null
     */
    public String english() {
        return english;
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
