package de.qer.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjuster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Working days (Arbeitstage) in a German Land: Monday to Friday minus the statutory holidays of the
 * Land (R-C1, R-C2), minus the local holidays of a commune that the host switches on, and minus any
 * closure days that the host configures (R-C3).
 *
 * <p>Counting follows § 187 Abs. 1 BGB / § 26 SGB X (R-C4): "n working days after X" is the n-th
 * working day strictly after X, whether or not X itself is a working day.
 *
 * <pre>{@code
 * WorkingDayCalendar cal = WorkingDayCalendar.nrw();                      // = of(Bundesland.NW)
 * LocalDate due = cal.plusWorkingDays(LocalDate.of(2026, 12, 18), 10);   // 2027-01-05
 * LocalDate next = LocalDate.of(2026, 12, 24).with(cal.nextWorkingDay()); // 2026-12-28
 * WorkingDayCalendar bayern = WorkingDayCalendar.of(Bundesland.BY);       // with 6 January, 1 November, ...
 * }</pre>
 *
 * <p>Every query is answered in constant time from a bitmap of the supported range
 * ({@link #minSupported()} to {@link #maxSupported()}) with a rank table (working days before each
 * 64-day block) and a select table; the cost does not depend on n or on the span. Deadlines of up to
 * 64 working days, such as the 10 of R-F1, take a shortcut: the 64 days after the start are read as one
 * word. A date outside the supported range is rejected with a {@link DateTimeException} that names the
 * range (R-C6).
 *
 * <p>This class is immutable and thread-safe. {@link #of(Bundesland)} returns one shared instance per
 * Land, built on first use; {@link #nrw()} is the one of {@link Bundesland#NW}.
 */
public final class WorkingDayCalendar {

    private static final LocalDate MIN = CalendarIndex.MIN;
    private static final LocalDate MAX = CalendarIndex.MAX;
    private static final long[] NO_DAYS = new long[0];

    /**
     * The calendar of each Land without host days, by Bundesland.ordinal(): built on first use under
     * the lock of this array, then shared. The only state of the class; every element is set once.
     * Read without the lock: a calendar has only final fields, so a thread that sees the reference
     * sees it fully built (JLS 17.5). (Not an AtomicReferenceArray: on first use it loads and links
     * java.lang.invoke's VarHandle classes, which nrw() in a fresh JVM would pay for.)
     */
    private static final WorkingDayCalendar[] LANDS = new WorkingDayCalendar[Bundesland.values().length];

    private final Bundesland land;
    /** The local holidays switched on, as bits of LocalHoliday.ordinal(). */
    private final int localHolidays;
    /** Host closure days, as sorted, distinct epoch days. */
    private final long[] closureDays;
    /** Host extra working days (e.g. an opened Saturday), as sorted, distinct epoch days. */
    private final long[] extraWorkingDays;
    /** The bitmap, rank and select tables of this calendar's working days. */
    private final CalendarIndex index;

    /**
     * A calendar over {@code bits} (the Land's statutory working days, owned from now on) with the
     * local holidays, closure days and extra working days applied to it.
     */
    private WorkingDayCalendar(Bundesland land, int localHolidays, long[] closureDays, long[] extraWorkingDays,
                               long[] bits) {
        this.land = land;
        this.localHolidays = localHolidays;
        this.closureDays = closureDays;
        this.extraWorkingDays = extraWorkingDays;
        if (localHolidays != 0) {
            // only here is LocalHoliday loaded: nrw() is built without it
            clearLocalHolidays(bits, localHolidays);
        }
        for (long day : closureDays) {
            CalendarIndex.clear(bits, CalendarIndex.index(day));
        }
        for (long day : extraWorkingDays) {
            CalendarIndex.set(bits, CalendarIndex.index(day));
        }
        this.index = new CalendarIndex(bits);
    }

    private static void clearLocalHolidays(long[] bits, int localHolidays) {
        for (LocalHoliday h : LocalHoliday.values()) {
            if ((localHolidays & 1 << h.ordinal()) != 0) {
                for (int year = CalendarIndex.MIN_YEAR; year <= CalendarIndex.MAX_YEAR; year++) {
                    CalendarIndex.clear(bits, CalendarIndex.firstDayOfYear(year) + h.dayOfYear0(year));
                }
            }
        }
    }

    /** Monday to Friday minus the statutory holidays of a Land (R-C1, R-C2). */
    private static long[] statutoryBits(Bundesland land) {
        // This runs once per Land and JVM, in the interpreter, so it is plain int arithmetic without dates.
        long[] bits = CalendarIndex.weekdays();
        int[] holidays = new int[HolidayRules.MAX_PER_YEAR];
        int[] rows = HolidayRules.rowsOf(land);
        for (int year = CalendarIndex.MIN_YEAR; year <= CalendarIndex.MAX_YEAR; year++) {
            int firstOfYear = CalendarIndex.firstDayOfYear(year);
            int count = HolidayRules.daysOfYear(rows, year, holidays);
            for (int k = 0; k < count; k++) {
                CalendarIndex.clear(bits, firstOfYear + (holidays[k] >>> HolidayRules.ROW_BITS));
            }
        }
        return bits;
    }

    /**
     * The working-day calendar of a Land without local holidays or closure days: Monday to Friday minus
     * the Land's statutory holidays (R-C1, R-C2, R-C3). Built on the first call for that Land (about as
     * long as {@link #nrw()} takes the first time), then shared.
     *
     * @param land the Land, not null
     * @return the shared instance of that Land, never null
     * @throws NullPointerException if {@code land} is null
     */
    public static WorkingDayCalendar of(Bundesland land) {
        WorkingDayCalendar cal = LANDS[Objects.requireNonNull(land, "land").ordinal()];
        return cal != null ? cal : build(land);
    }

    private static WorkingDayCalendar build(Bundesland land) {
        synchronized (LANDS) {
            WorkingDayCalendar cal = LANDS[land.ordinal()];
            if (cal == null) {
                cal = new WorkingDayCalendar(land, 0, NO_DAYS, NO_DAYS, statutoryBits(land));
                LANDS[land.ordinal()] = cal;
            }
            return cal;
        }
    }

    /**
     * The working-day calendar of Nordrhein-Westfalen without any closure days: Monday to Friday
     * minus the statutory holidays of § 2 Feiertagsgesetz NW (R-C1, R-C2, R-C3).
     *
     * @return the shared instance, the same as {@code of(Bundesland.NW)}, never null
     */
    public static WorkingDayCalendar nrw() {
        return of(Bundesland.NW);
    }

    /**
     * The Land whose statutory holidays this calendar has.
     *
     * @return the Land, never null
     */
    public Bundesland land() {
        return land;
    }

    /**
     * The first date this calendar answers for.
     *
     * @return 1990-01-01
     */
    public LocalDate minSupported() {
        return MIN;
    }

    /**
     * The last date this calendar answers for.
     *
     * @return 2200-12-31
     */
    public LocalDate maxSupported() {
        return MAX;
    }

    /**
     * Checks that a date lies in the supported range and returns it, like
     * {@link ChronoField#checkValidValue(long)}: a host checks its input once, and the message names
     * the field it came from and the range (R-C6).
     *
     * <pre>{@code
     * LocalDate approval = cal.checkSupported(form.approvalDate(), "approvalDate");
     * }</pre>
     *
     * @param date  the date, not null
     * @param field the name of the field the date came from, used in the message, not null
     * @return {@code date}, unchanged
     * @throws DateTimeException if the date is before {@link #minSupported()} or after
     *                           {@link #maxSupported()} (R-C6)
     */
    public LocalDate checkSupported(LocalDate date, String field) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(date, field);
        if (date.isBefore(MIN) || date.isAfter(MAX)) {
            throw CalendarIndex.outOfRange(field + " = " + date);
        }
        return date;
    }

    /**
     * Returns a calendar in which the given dates are also days off (host closure days, R-C3), for
     * example 24 and 31 December. This calendar is unchanged. Dates already off stay off.
     *
     * @param days the closure days, not null, no null element
     * @return a new calendar, never null
     * @throws DateTimeException if a day is outside the supported range (R-C6)
     */
    public WorkingDayCalendar withClosureDays(Collection<LocalDate> days) {
        long[] added = toSortedEpochDays(days);
        return derive(localHolidays, union(closureDays, added), minus(extraWorkingDays, added));
    }

    /**
     * Returns a calendar in which the given dates are working days even if they fall on a weekend,
     * a holiday or a closure day (for example an opened Saturday). This calendar is unchanged.
     *
     * @param days the extra working days, not null, no null element
     * @return a new calendar, never null
     * @throws DateTimeException if a day is outside the supported range (R-C6)
     */
    public WorkingDayCalendar withExtraWorkingDays(Collection<LocalDate> days) {
        long[] added = toSortedEpochDays(days);
        return derive(localHolidays, minus(closureDays, added), union(extraWorkingDays, added));
    }

    /**
     * Returns a calendar in which the given local holidays of communes of this calendar's Land are
     * also days off, for a host in such a commune (for example the Augsburger Hohes Friedensfest in
     * Augsburg). They are listed by {@link #holidays(int)}, {@link #holidaysOn(LocalDate)} and
     * {@link #explain(LocalDate, int)} with {@link HolidayKind#LOCAL}. Extra working days stay working
     * days. This calendar is unchanged.
     *
     * @param holidays the local holidays to add, not null, no null element
     * @return a new calendar, never null
     * @throws IllegalArgumentException if a local holiday belongs to another Land than {@link #land()}
     */
    public WorkingDayCalendar withLocalHolidays(Collection<LocalHoliday> holidays) {
        Objects.requireNonNull(holidays, "holidays");
        int added = 0;
        for (LocalHoliday h : holidays) {
            Objects.requireNonNull(h, "holidays must not contain null / holidays darf kein null enthalten");
            if (h.land() != land) {
                throw new IllegalArgumentException(h + " (" + h.label().german() + ") is a local holiday of "
                        + h.land().isoCode() + ", not of " + land.isoCode() + " (" + h.law() + ") / ist ein örtlicher Feiertag in "
                        + h.land().label().german() + ", nicht in " + land.label().german());
            }
            added |= 1 << h.ordinal();
        }
        return derive(localHolidays | added, closureDays, extraWorkingDays);
    }

    /**
     * The local holidays switched on in this calendar.
     *
     * @return the local holidays in declaration order, unmodifiable, never null
     */
    public Set<LocalHoliday> localHolidays() {
        EnumSet<LocalHoliday> set = EnumSet.noneOf(LocalHoliday.class);
        for (LocalHoliday h : LocalHoliday.values()) {
            if ((localHolidays & 1 << h.ordinal()) != 0) {
                set.add(h);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    /** A calendar of the same Land with other host days, from a copy of the Land's statutory bitmap. */
    private WorkingDayCalendar derive(int local, long[] closures, long[] extras) {
        return new WorkingDayCalendar(land, local, closures, extras, of(land).index.bits());
    }

    /**
     * The host closure days of this calendar.
     *
     * @return the closure days in date order, unmodifiable, never null
     */
    public List<LocalDate> closureDays() {
        return toDates(closureDays);
    }

    /**
     * The host extra working days of this calendar.
     *
     * @return the extra working days in date order, unmodifiable, never null
     */
    public List<LocalDate> extraWorkingDays() {
        return toDates(extraWorkingDays);
    }

    /**
     * Tells whether a date is an Arbeitstag (R-C1).
     *
     * @param date the date, not null
     * @return true for a working day
     * @throws DateTimeException if the date is outside the supported range (R-C6)
     */
    public boolean isWorkingDay(LocalDate date) {
        return index.isWorkingDay(Objects.requireNonNull(date, "date"));
    }

    /**
     * Adds working days (R-C4). For n &gt; 0 the n-th working day strictly after {@code start},
     * also when {@code start} itself is not a working day; for n &lt; 0 the |n|-th working day
     * strictly before {@code start}; for n = 0 {@code start} itself. Constant time for every n.
     *
     * @param start the day X, not null
     * @param n     the signed number of working days
     * @return the resulting working day (or {@code start} for n = 0), never null
     * @throws DateTimeException if {@code start} or the result is outside the supported range (R-C6)
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        return index.plusWorkingDays(Objects.requireNonNull(start, "start"), n);
    }

    /**
     * Counts the working days in (start, end]: {@code start} is not counted, {@code end} is. Negative
     * when {@code end} is before {@code start}. For every working day e after s,
     * {@code plusWorkingDays(s, workingDaysBetween(s, e))} is e. Constant time for every span.
     *
     * @param start the first date, not null
     * @param end   the second date, not null
     * @return the signed number of working days
     * @throws DateTimeException if a date is outside the supported range (R-C6)
     */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        return index.workingDaysBetween(Objects.requireNonNull(start, "start"), Objects.requireNonNull(end, "end"));
    }

    /**
     * The n-th working day of a month (R-C5): "the first n working days of month M" is the window from
     * the first of M up to and including this date.
     *
     * @param month the month, not null
     * @param n     the 1-based number of the working day in that month
     * @return the n-th working day of the month, never null
     * @throws IllegalArgumentException if n &lt; 1
     * @throws DateTimeException if the month has fewer than n working days or is outside the
     *                           supported range (R-C6)
     */
    public LocalDate nthWorkingDayOfMonth(YearMonth month, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1 (R-C5), was " + n
                    + " / n muss mindestens 1 sein (R-C5), war " + n);
        }
        int first = CalendarIndex.index(Objects.requireNonNull(month, "month").atDay(1));
        int last = CalendarIndex.index(month.atEndOfMonth());
        int before = first == 0 ? 0 : index.rank(first - 1);
        int inMonth = index.rank(last) - before;
        if (n > inMonth) {
            throw new DateTimeException(month + " has only " + inMonth + " working days, not " + n
                    + " (R-C5) / " + month + " hat nur " + inMonth + " Arbeitstage, nicht " + n);
        }
        return CalendarIndex.dateOf(index.select(before + n));
    }

    /**
     * Counts the working days of a month.
     *
     * @param month the month, not null
     * @return the number of working days in the month
     * @throws DateTimeException if the month is outside the supported range (R-C6)
     */
    public int workingDaysInMonth(YearMonth month) {
        int first = CalendarIndex.index(Objects.requireNonNull(month, "month").atDay(1));
        int last = CalendarIndex.index(month.atEndOfMonth());
        return index.rank(last) - (first == 0 ? 0 : index.rank(first - 1));
    }

    /**
     * The statutory holidays of the Land, the local holidays switched on and the closure days of a
     * year, sorted by date; on a date with two holidays (1 May 2008), both, in the order of the
     * statute, local holidays after the Land's, closure days last.
     *
     * @param year the year
     * @return the days off of that year other than weekends, unmodifiable, never null
     * @throws DateTimeException if the year is outside the supported range (R-C6)
     */
    public List<Holiday> holidays(int year) {
        if (year < MIN.getYear() || year > MAX.getYear()) {
            throw CalendarIndex.outOfRange(String.valueOf(year));
        }
        List<Holiday> result = new ArrayList<>(HolidayRules.of(land, year));
        for (LocalHoliday h : LocalHoliday.values()) {
            if ((localHolidays & 1 << h.ordinal()) != 0) {
                result.add(h.in(year));
            }
        }
        long from = LocalDate.of(year, 1, 1).toEpochDay();
        long to = LocalDate.of(year, 12, 31).toEpochDay();
        for (long day : closureDays) {
            if (day >= from && day <= to) {
                result.add(closureDay(LocalDate.ofEpochDay(day)));
            }
        }
        result.sort((a, b) -> a.date().compareTo(b.date()));
        return List.copyOf(result);
    }

    /**
     * The holiday (statutory or local) or closure day on a date; where two coincide, the first in the
     * order of {@link #holidays(int)} (see {@link #holidaysOn(LocalDate)} for all of them).
     *
     * @param date the date, not null
     * @return the holiday, or empty if the date is not a holiday or closure day
     * @throws DateTimeException if the date is outside the supported range (R-C6)
     */
    public Optional<Holiday> holiday(LocalDate date) {
        List<Holiday> all = holidaysOn(date);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * All holidays (statutory and local) and closure days on a date, in the order of {@link #holidays(int)}.
     *
     * @param date the date, not null
     * @return the holidays on that date, possibly empty, unmodifiable, never null
     * @throws DateTimeException if the date is outside the supported range (R-C6)
     */
    public List<Holiday> holidaysOn(LocalDate date) {
        CalendarIndex.index(Objects.requireNonNull(date, "date"));
        List<Holiday> result = new ArrayList<>(2);
        for (Holiday h : holidays(date.getYear())) {
            if (h.date().equals(date)) {
                result.add(h);
            }
        }
        return List.copyOf(result);
    }

    /**
     * Explains {@link #plusWorkingDays(LocalDate, int)} for audits: every day counted and every day
     * skipped with its reason (weekend, holiday by name and law, local holiday, closure day).
     *
     * @param start the day X, not null
     * @param n     the signed number of working days
     * @return the explanation, never null
     * @throws DateTimeException as {@link #plusWorkingDays(LocalDate, int)}
     */
    public DeadlineExplanation explain(LocalDate start, int n) {
        LocalDate result = plusWorkingDays(start, n);
        List<LocalDate> counted = new ArrayList<>();
        List<SkippedDay> skipped = new ArrayList<>();
        int step = n >= 0 ? 1 : -1;
        for (LocalDate d = start; !d.equals(result); ) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                counted.add(d);
            } else {
                int dow = d.getDayOfWeek().getValue();
                skipped.add(new SkippedDay(d, dow >= 6, holidaysOn(d)));
            }
        }
        return new DeadlineExplanation(start, n, result, counted, skipped);
    }

    /**
     * Adjuster to the next working day strictly after the date: {@code date.with(cal.nextWorkingDay())}.
     *
     * @return the adjuster, never null
     */
    public TemporalAdjuster nextWorkingDay() {
        return workingDaysLater(1);
    }

    /**
     * Adjuster to the date itself if it is a working day, else the next working day.
     *
     * @return the adjuster, never null
     */
    public TemporalAdjuster nextOrSameWorkingDay() {
        return t -> {
            LocalDate d = LocalDate.from(t);
            return isWorkingDay(d) ? t : t.with(ChronoField.EPOCH_DAY, plusWorkingDays(d, 1).toEpochDay());
        };
    }

    /**
     * Adjuster to the last working day strictly before the date.
     *
     * @return the adjuster, never null
     */
    public TemporalAdjuster previousWorkingDay() {
        return workingDaysLater(-1);
    }

    /**
     * Adjuster to the date itself if it is a working day, else the previous working day.
     *
     * @return the adjuster, never null
     */
    public TemporalAdjuster previousOrSameWorkingDay() {
        return t -> {
            LocalDate d = LocalDate.from(t);
            return isWorkingDay(d) ? t : t.with(ChronoField.EPOCH_DAY, plusWorkingDays(d, -1).toEpochDay());
        };
    }

    /**
     * Adjuster that adds n working days as {@link #plusWorkingDays(LocalDate, int)} does (R-C4).
     *
     * @param n the signed number of working days
     * @return the adjuster, never null
     */
    public TemporalAdjuster workingDaysLater(int n) {
        return t -> t.with(ChronoField.EPOCH_DAY, plusWorkingDays(LocalDate.from(t), n).toEpochDay());
    }

    /** Bytes held by the lookup tables of this calendar and the shared year and month tables (for the size budget). */
    int tableBytes() {
        return index.tableBytes() + (closureDays.length + extraWorkingDays.length) * Long.BYTES;
    }

    private static Holiday closureDay(LocalDate date) {
        return new Holiday(date, HolidayKind.CLOSURE_DAY.label(), HolidayKind.CLOSURE_DAY);
    }

    private static long[] toSortedEpochDays(Collection<LocalDate> days) {
        Objects.requireNonNull(days, "days");
        long[] result = new long[days.size()];
        int n = 0;
        for (LocalDate d : days) {
            long e = Objects.requireNonNull(d, "days must not contain null / days darf kein null enthalten").toEpochDay();
            CalendarIndex.index(e);
            result[n++] = e;
        }
        return Arrays.stream(result).sorted().distinct().toArray();
    }

    private static long[] union(long[] a, long[] b) {
        return java.util.stream.LongStream.concat(Arrays.stream(a), Arrays.stream(b)).sorted().distinct().toArray();
    }

    private static long[] minus(long[] a, long[] b) {
        return Arrays.stream(a).filter(x -> Arrays.binarySearch(b, x) < 0).toArray();
    }

    private static List<LocalDate> toDates(long[] days) {
        return Arrays.stream(days).mapToObj(LocalDate::ofEpochDay).toList();
    }

    /**
     * Two calendars are equal when they have the same Land, local holidays, closure days and extra
     * working days.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingDayCalendar other
                && land == other.land
                && localHolidays == other.localHolidays
                && Arrays.equals(closureDays, other.closureDays)
                && Arrays.equals(extraWorkingDays, other.extraWorkingDays);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return ((land.ordinal() * 31 + localHolidays) * 31 + Arrays.hashCode(closureDays)) * 31
                + Arrays.hashCode(extraWorkingDays);
    }

    /**
     * A short description: Land, range, local holidays and the number of host days, for example
     * {@code WorkingDayCalendar[DE-NW, 1990-01-01..2200-12-31, closureDays=0, extraWorkingDays=0]}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return "WorkingDayCalendar[" + land.isoCode() + ", " + MIN + ".." + MAX
                + (localHolidays == 0 ? "" : ", localHolidays=" + localHolidays())
                + ", closureDays=" + closureDays.length + ", extraWorkingDays=" + extraWorkingDays.length + "]";
    }
}
