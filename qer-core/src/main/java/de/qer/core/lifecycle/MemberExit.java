package de.qer.core.lifecycle;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;
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

    /** Rejects a null component with a {@link NullPointerException} that names it. */
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
    public enum Reason implements Labelled {
        /** The member leaves the Bedarfsgemeinschaft. */
        LEFT_BG("verlässt die Bedarfsgemeinschaft", "leaves the household unit"),
        /** The member's own benefit receipt ends. */
        RECEIPT_ENDED("eigener Leistungsbezug endet", "own benefit receipt ends");

        private final Label label;

        Reason(String german, String english) {
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
}
