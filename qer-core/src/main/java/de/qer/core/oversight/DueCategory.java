package de.qer.core.oversight;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** Where a due QuEr stands on the morning of a business date (R-F5). */
public enum DueCategory implements Labelled {
    /** The due date has passed. */
    OVERDUE("überfällig", "overdue"),
    /** Due today. */
    DUE_TODAY("heute fällig", "due today"),
    /** Due within the next n working days. */
    DUE_SOON("bald fällig", "due soon");

    private final Label label;

    DueCategory(String german, String english) {
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
