package de.qer.core.oversight;

import de.qer.core.model.Zustaendigkeit;
import de.qer.calendar.Label;
import de.qer.calendar.Labelled;
import de.qer.core.Deadline;
import de.qer.core.model.CaseId;
import de.qer.core.model.GstCode;
import de.qer.core.model.PersonId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One QuEr that counts for controlling (R-L6): its deadline, when it was held, and where it stands on
 * the business date. A host groups these as it likes (per week for a chart, for example); the
 * {@link ControllingReport} groups them per GST, IFK and month.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param caseId      the case, not null
 * @param gst         the GST responsible now (for an ended case: at its end), not null
 * @param zustaendigkeit the responsible IFK, or the GST's VM while unassigned; not null
 * @param member      the member, not null
 * @param deadline    the deadline (R-F1, R-F2 or R-E2), not null
 * @param heldOn      the day of the QuEr, if it was held
 * @param outcome     held in time, held late, open or overdue; not null
 */
public record ControllingItem(CaseId caseId, GstCode gst, Zustaendigkeit zustaendigkeit, PersonId member, Deadline deadline,
                              Optional<LocalDate> heldOn, Outcome outcome) {

    /**
     * Rejects a null component with a {@link NullPointerException} that names it, and a {@code heldOn} that disagrees
     * with {@code outcome} (a day exactly when the QuEr was held) with an {@link IllegalArgumentException}.
     */
    public ControllingItem {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(gst, "gst");
        Objects.requireNonNull(zustaendigkeit, "zustaendigkeit");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(outcome, "outcome");
        if (heldOn.isPresent() != outcome.held()) {
            throw new IllegalArgumentException("R-L6: a QuEr is held in time or late exactly when it has a day / "
                    + "ein QuEr ist genau dann fristgerecht oder verspätet, wenn es einen Tag hat");
        }
    }

    /** Where a QuEr stands on the business date (R-L6). */
    public enum Outcome implements Labelled {
        /** Held on or before the due date. */
        HELD_IN_TIME("fristgerecht", "in time", true),
        /** Held after the due date. */
        HELD_LATE("verspätet", "late", true),
        /** Not held; due on the business date or later. */
        OPEN("offen", "open", false),
        /** Not held; the due date has passed. */
        OVERDUE("überfällig", "overdue", false);

        private final Label label;
        private final boolean held;

        Outcome(String german, String english, boolean held) {
            this.label = new Label(german, english);
            this.held = held;
        }

    /**
     * {@inheritDoc}
     */
    @Override
    public Label label() {
        return label;
    }

        /**
         * Tells whether the QuEr was held.
         *
         * @return true for {@link #HELD_IN_TIME} and {@link #HELD_LATE}
         */
        public boolean held() {
            return held;
        }
    }
}
