package de.qer.calendar;

/**
 * Why a date is a day off in a {@link WorkingDayCalendar}.
 */
public enum HolidayKind {
    /** A statutory public holiday of Nordrhein-Westfalen (§ 2 Feiertagsgesetz NW, R-C2). */
    STATUTORY,
    /** A closure day configured by the host (R-C3), for example 24 or 31 December. */
    CLOSURE_DAY
}
