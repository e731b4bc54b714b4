package de.qer.core.lifecycle;

import de.qer.core.Deadline;
import de.qer.core.model.GstCode;
import de.qer.core.model.PersonId;
import de.qer.core.model.StaffId;
import java.util.Objects;
import java.util.Optional;

/**
 * R-F4: a task for the host: inform the responsible IFK and arrange a short-term appointment to settle
 * a request for active support made before the approval, by the deadline. The task stays open until
 * its clarification is recorded ({@link Command.RecordClarification}); the approval and the assignment
 * of the case do not end it.
 *
 * <p>{@code toString} shows no free text: the request itself lives only in
 * {@link Event.ActiveSupportRequested}, the note of the clarification is masked.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param nr            the task's number within the case, from 1, in the order of the requests
 * @param gst           the GST, not null
 * @param member        the person who asked, not null
 * @param ifk           the responsible IFK to be informed (named by the host, an IFK of the GST), not null
 * @param deadline      the latest date of the appointment, not null
 * @param clarification the recorded clarification, empty while the task is open; not null
 */
public record ClarificationTask(int nr, GstCode gst, PersonId member, StaffId ifk, Deadline deadline,
                                Optional<Clarification> clarification) {

    /**
     * Rejects a null component with a {@link NullPointerException} that names it, and an {@code nr} below 1 with an
     * {@link IllegalArgumentException}.
     */
    public ClarificationTask {
        Objects.requireNonNull(gst, "gst");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(ifk, "ifk");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(clarification, "clarification");
        if (nr < 1) {
            throw new IllegalArgumentException("nr must be at least 1, was " + nr + " / nr muss mindestens 1 sein");
        }
    }

    /**
     * A new open task.
     *
     * @param nr       the task's number within the case, from 1
     * @param gst      the GST, not null
     * @param member   the person who asked, not null
     * @param ifk      the responsible IFK, not null
     * @param deadline the latest date of the appointment, not null
     * @return the open task, never null
     */
    public static ClarificationTask open(int nr, GstCode gst, PersonId member, StaffId ifk, Deadline deadline) {
        return new ClarificationTask(nr, gst, member, ifk, deadline, Optional.empty());
    }

    /**
     * Tells whether the clarification is still to be recorded.
     *
     * @return true while open
     */
    public boolean isOpen() {
        return clarification.isEmpty();
    }

    /**
     * The same task, settled.
     *
     * @param result the clarification, not null
     * @return the settled task, never null
     */
    public ClarificationTask settledBy(Clarification result) {
        return new ClarificationTask(nr, gst, member, ifk, deadline, Optional.of(Objects.requireNonNull(result, "result")));
    }
}
