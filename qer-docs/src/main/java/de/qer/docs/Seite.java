package de.qer.docs;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** Whose activity in the Kooperationsplan (R-K2). */
public enum Seite implements Labelled {
    /** The eLb. */
    ELB("eLb", "the person entitled to benefits (eLb)"),
    /** The IFK / the Jobcenter. */
    JOBCENTER("IFK/Jobcenter", "IFK/Jobcenter");

    private final Label label;

    Seite(String german, String english) {
        this.label = new Label(german, english);
    }

    /**
     * The name in German and English.
     *
     * @return the label, never null
     */
    @Override
    public Label label() {
        return label;
    }
}
