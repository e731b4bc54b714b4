package de.qer.core.oversight;

import de.qer.core.model.Zustaendigkeit;
import de.qer.core.model.GstCode;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One row of the controlling report (R-L6): the figures of the QuEr due in one month at one GST for
 * one responsible IFK (or the GST's VM while the case is unassigned).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param gst         the GST responsible now (for an ended case: at its end), not null
 * @param zustaendigkeit the responsible IFK, or the GST's VM while unassigned; not null
 * @param month       the month of the due dates, not null
 * @param figures     the figures, not null
 */
public record ControllingRow(GstCode gst, Zustaendigkeit zustaendigkeit, YearMonth month, ControllingFigures figures) {

    /** Rejects a null component with a {@link NullPointerException} that names it. */
    public ControllingRow {
        Objects.requireNonNull(gst, "gst");
        Objects.requireNonNull(zustaendigkeit, "zustaendigkeit");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(figures, "figures");
    }
}
