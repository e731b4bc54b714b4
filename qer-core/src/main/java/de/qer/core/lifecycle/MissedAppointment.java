package de.qer.core.lifecycle;

import java.time.LocalDate;
import java.util.Objects;

/**
 * R-L3: an appointment (the QuEr or a later interview) that the eLb did not attend. It does not move the
 * deadline; it is part of the explanation of an overdue item. qer decides no legal consequences.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param termin      the day of the missed appointment, not null
 * @param recordedOn  the day the IFK recorded it, not null
 * @param reasonGiven whether the eLb stated a reason
 */
public record MissedAppointment(LocalDate termin, LocalDate recordedOn, boolean reasonGiven) {

    /** Rejects a null component with a {@link NullPointerException} that names it. */
    public MissedAppointment {
        Objects.requireNonNull(termin, "termin");
        Objects.requireNonNull(recordedOn, "recordedOn");
    }
}
