package de.qer.core.model;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** The BaEL entry ASU or NA (R-V2). */
public enum Arbeitsuche implements Labelled {
    /** arbeitsuchend. */
    ASU("arbeitsuchend", "jobseeker"),
    /** nicht arbeitsuchend. */
    NA("nicht arbeitsuchend", "not seeking work");

    private final Label label;

    Arbeitsuche(String german, String english) {
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
