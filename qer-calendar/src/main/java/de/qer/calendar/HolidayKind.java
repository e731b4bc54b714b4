package de.qer.calendar;

/**
 * Why a date is a day off in a {@link WorkingDayCalendar}.
 */
public enum HolidayKind {
    /** A statutory public holiday of the calendar's whole Land (R-C2), for example § 2 Feiertagsgesetz NW. */
    STATUTORY,
    /** A statutory holiday of some communes only, switched on by the host ({@link LocalHoliday}). */
    LOCAL,
    /** A closure day configured by the host (R-C3), for example 24 or 31 December. */
    CLOSURE_DAY
}
