package de.qer.core.lifecycle;

import de.qer.core.model.StaffId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * R-F4: the short-term appointment that settled a request for active support: when it took place, who
 * held it, what it settled.
 *
 * <p>{@code toString} masks the note (free text may hold personal data).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param on      the day of the appointment, not null
 * @param heldBy  the IFK who held it, not null
 * @param outcome what it settled, not null
 * @param note    an optional free-text note, not null
 */
public record Clarification(LocalDate on, StaffId heldBy, ClarificationOutcome outcome, Optional<String> note) {

    /** Rejects a null component with a {@link NullPointerException} that names it. */
    public Clarification {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(heldBy, "heldBy");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(note, "note");
    }

    @Override
    public String toString() {
        return "Clarification[on=" + on + ", heldBy=" + heldBy + ", outcome=" + outcome
                + ", note=" + (note.isPresent() ? "***" : "none") + "]";
    }
}
