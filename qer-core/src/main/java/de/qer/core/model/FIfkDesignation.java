package de.qer.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The BI team's daily designation of the F-IFK (Fallhülsen-IFK) of a GST (R-V1).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param gst  the GST, not null
 * @param team the BI team, not null
 * @param day  the day, not null
 * @param ifk  the IFK designated for that day, not null
 */
public record FIfkDesignation(GstCode gst, String team, LocalDate day, StaffId ifk) {

    /** Rejects a null component with a {@link NullPointerException} that names it. */
    public FIfkDesignation {
        Objects.requireNonNull(gst, "gst");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(ifk, "ifk");
    }
}
