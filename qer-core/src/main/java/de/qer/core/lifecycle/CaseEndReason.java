package de.qer.core.lifecycle;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** R-L4: why the Jobcenter's responsibility for a case ends. */
public enum CaseEndReason implements Labelled {
    /** Benefit receipt ends for the whole BG. */
    RECEIPT_ENDED("Leistungsbezug der Bedarfsgemeinschaft endet", "benefit receipt of the household unit ends"),
    /** Responsibility passes to another Jobcenter (the BG moves away). */
    OTHER_JOBCENTER("Zuständigkeit geht auf ein anderes Jobcenter über", "responsibility passes to another Jobcenter");

    private final Label label;

    CaseEndReason(String german, String english) {
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
