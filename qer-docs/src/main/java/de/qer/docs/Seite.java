package de.qer.docs;

/** Whose activity in the Kooperationsplan (R-K2). */
public enum Seite {
    /** The eLb. */
    ELB("eLb"),
    /** The IFK / the Jobcenter. */
    JOBCENTER("IFK/Jobcenter");

    private final String label;

    Seite(String label) {
        this.label = label;
    }

    /**
     * The German label.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }
}
