package de.qer.core.lifecycle;

import java.time.LocalDate;
import java.util.Objects;

/**
 * R-L4: a member who leaves the BG or whose own benefit receipt ends drops out of the case from a date:
 * from then on none of the member's items is due.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from   the first day the member no longer belongs to the case, not null
 * @param reason why, not null
 */
public record MemberExit(LocalDate from, Reason reason) {

    /**
     * Creates the record.
     *
     * @param from the first day the member no longer belongs to the case, not null
     * @param reason why, not null
     * @throws NullPointerException if a component is null
     */
    public MemberExit {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Tells whether the member has dropped out on a date.
     *
     * @param day the date, not null
     * @return true from {@link #from()} on
     */
    public boolean isOutOn(LocalDate day) {
        return !day.isBefore(from);
    }

    /** Why a member drops out (R-L4). */
    public enum Reason {
        /** The member leaves the Bedarfsgemeinschaft. */
        LEFT_BG("verlässt die Bedarfsgemeinschaft", "leaves the household unit"),
        /** The member's own benefit receipt ends. */
        RECEIPT_ENDED("eigener Leistungsbezug endet", "own benefit receipt ends");

        private final String german;
        private final String english;

        Reason(String german, String english) {
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
}
