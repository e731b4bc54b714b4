package de.qer.core.lifecycle;

import de.qer.core.Deadline;
import de.qer.core.model.GstCode;
import de.qer.core.model.PersonId;
import java.util.Objects;

/**
 * R-F4: a task for the host: inform the responsible IFK and arrange a short-term appointment to settle
 * a request for active support made before the approval, by the deadline.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param gst      the GST, not null
 * @param member   the person who asked, not null
 * @param deadline the latest date of the appointment, not null
 */
public record ClarificationTask(GstCode gst, PersonId member, Deadline deadline) {

    /**
     * Creates a task.
     *
     * @param gst the GST, not null
     * @param member the person who asked, not null
     * @param deadline the latest date of the appointment, not null
     * @throws NullPointerException if a component is null
     */
    public ClarificationTask {
        Objects.requireNonNull(gst, "gst");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(deadline, "deadline");
    }
}
