package de.qer.core.lifecycle;

/** R-L4: why the Jobcenter's responsibility for a case ends. */
public enum CaseEndReason {
    /** Benefit receipt ends for the whole BG. */
    RECEIPT_ENDED("Leistungsbezug der Bedarfsgemeinschaft endet", "benefit receipt of the household unit ends"),
    /** Responsibility passes to another Jobcenter (the BG moves away). */
    OTHER_JOBCENTER("Zuständigkeit geht auf ein anderes Jobcenter über", "responsibility passes to another Jobcenter");

    private final String german;
    private final String english;

    CaseEndReason(String german, String english) {
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
