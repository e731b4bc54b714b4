package de.qer.core.oversight;

/** Where a due QuEr stands on the morning of a business date (R-F5). */
public enum DueCategory {
    /** The due date has passed. */
    OVERDUE("überfällig", "overdue"),
    /** Due today. */
    DUE_TODAY("heute fällig", "due today"),
    /** Due within the next n working days. */
    DUE_SOON("bald fällig", "due soon");

    private final String german;
    private final String english;

    DueCategory(String german, String english) {
        this.german = german;
        this.english = english;
    }

    /**
     * The German name.
     *
     * @return the name, never null
     */
    public String german() {
        return german;
    }

    /**
     * The English name.
     *
     * @return the name, never null
     */
    public String english() {
        return english;
    }
}
