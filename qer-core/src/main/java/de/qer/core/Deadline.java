package de.qer.core;

import de.qer.calendar.DeadlineExplanation;
import de.qer.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A due date with what it was computed from: {@code due} is the {@code workingDays}-th working day
 * after {@code trigger} (R-C4), under the rule {@code rule}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param due         the due date, a working day, not null
 * @param trigger     the day X it is counted from (not itself counted), not null
 * @param workingDays the number of working days
 * @param rule        the rule ID, for example {@code "R-F1"}, not null
 */
public record Deadline(LocalDate due, LocalDate trigger, int workingDays, String rule) {

    /** Rejects a null component with a {@link NullPointerException} that names it. */
    public Deadline {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * Explains the deadline day by day for an audit.
     *
     * @param calendar the calendar it was computed with, not null
     * @return the explanation, never null
     */
    public DeadlineExplanation explain(WorkingDayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return calendar.explain(trigger, workingDays);
    }

    /**
     * Tells whether the deadline has passed on a date (R-F5: the date is a parameter).
     *
     * @param today the business date, not null
     * @return true if {@code today} is after the due date
     */
    public boolean isOverdueOn(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return today.isAfter(due);
    }
}
