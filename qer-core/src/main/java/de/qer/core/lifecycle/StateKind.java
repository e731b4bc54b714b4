package de.qer.core.lifecycle;

/** The kinds of {@link CaseState}, for the transition table. */
public enum StateKind {
    /** No case yet. */
    KEIN_FALL("kein Fall"),
    /** Application taken in the EZ. */
    BEANTRAGT("Antrag aufgenommen"),
    /** Case file parked on the VM "QuEr.xx, VM". */
    AUF_VM("auf VM QuEr.xx"),
    /** Approved in principle, waiting for the IFK. */
    BEWILLIGT("Bewilligung dem Grunde nach"),
    /** With the responsible IFK. */
    IN_BETREUUNG("bei zuständiger IFK"),
    /** Rejected by LG (terminal). */
    ABGELEHNT("abgelehnt"),
    /** Withdrawn (terminal). */
    ZURUECKGENOMMEN("zurückgenommen"),
    /** The Jobcenter's responsibility ended (terminal, R-L4). */
    BEENDET("beendet");

    private final String label;

    StateKind(String label) {
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
