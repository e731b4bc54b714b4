package de.qer.core.oversight;

import de.qer.core.model.Zustaendigkeit;
import de.qer.calendar.DeadlineExplanation;
import de.qer.core.Deadline;
import de.qer.core.model.CaseId;
import de.qer.core.model.GstCode;
import de.qer.core.model.PersonId;
import de.qer.core.lifecycle.MissedAppointment;
import java.util.List;
import java.util.Objects;

/**
 * One due item on the morning list, a QuEr or a clarification appointment (R-F4; the deadline's rule tells
 * which): which case and member, who is responsible, the deadline, its category
 * and the calendar's explanation of the due date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param caseId      the case, not null
 * @param gst         the GST, not null
 * @param zustaendigkeit the responsible IFK, or the GST's VM while unassigned; not null
 * @param member      the member, not null
 * @param deadline    the deadline, not null
 * @param category    overdue, due today or due soon; not null
 * @param explanation why the due date is that day, not null
 * @param missedAppointments the member's missed appointments, oldest first (R-L3), not null
 */
public record DueItem(CaseId caseId, GstCode gst, Zustaendigkeit zustaendigkeit, PersonId member, Deadline deadline,
                      DueCategory category, DeadlineExplanation explanation, List<MissedAppointment> missedAppointments) {

    /** Rejects a null component with a {@link NullPointerException} that names it; copies the list. */
    public DueItem {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(gst, "gst");
        Objects.requireNonNull(zustaendigkeit, "zustaendigkeit");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(explanation, "explanation");
        missedAppointments = List.copyOf(Objects.requireNonNull(missedAppointments, "missedAppointments"));
    }
}
