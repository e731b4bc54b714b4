package de.qer.docs;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An item of the note that the eLb could not give yet (R-N3, R-Q3): which item, and the catch-up date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param punkt        the item, not null
 * @param nachholenBis the catch-up date, not null
 */
public record OffenerVermerkpunkt(Vermerkpunkt punkt, LocalDate nachholenBis) {

    /** Rejects a null component with a {@link NullPointerException} that names it. */
    public OffenerVermerkpunkt {
        Objects.requireNonNull(punkt, "punkt");
        Objects.requireNonNull(nachholenBis, "nachholenBis");
    }
}
