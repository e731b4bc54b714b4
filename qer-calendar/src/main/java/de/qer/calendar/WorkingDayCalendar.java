package de.qer.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjuster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Working days (Arbeitstage) in Nordrhein-Westfalen: Monday to Friday minus the statutory holidays
 * of NRW (R-C1, R-C2) and minus any closure days that the host configures (R-C3).
 *
 * <p>Counting follows § 187 Abs. 1 BGB / § 26 SGB X (R-C4): "n working days after X" is the n-th
 * working day strictly after X, whether or not X itself is a working day.
 *
 * <pre>{@code
 * WorkingDayCalendar cal = WorkingDayCalendar.nrw();
 * LocalDate due = cal.plusWorkingDays(LocalDate.of(2026, 12, 18), 10);   // 2027-01-05
 * LocalDate next = LocalDate.of(2026, 12, 24).with(cal.nextWorkingDay()); // 2026-12-28
 * }</pre>
 *
 * <p>Every query is answered in constant time from a bitmap of the supported range
 * ({@link #minSupported()} to {@link #maxSupported()}) with a rank table (working days before each
 * 64-day block) and a select table; the cost does not depend on n or on the span. Deadlines of up to
 * 64 working days, such as the 10 of R-F1, take a shortcut: the 64 days after the start are read as one
 * word. A date outside the supported range is rejected with a {@link DateTimeException} that names the
 * range (R-C6).
 *
 * <p>This class is immutable and thread-safe. {@link #nrw()} returns one shared instance.
 */
public final class WorkingDayCalendar {

    private static final LocalDate MIN = LocalDate.of(1990, 1, 1);
    private static final LocalDate MAX = LocalDate.of(2200, 12, 31);
    private static final long MIN_EPOCH = MIN.toEpochDay();
    // counted here rather than by MAX.toEpochDay(): on newer JDKs the leap-year check inside it
    // initialises java.time.Year and the date formatting machinery, milliseconds on first use
    private static final int DAYS = daysOfYears(MIN.getYear(), MAX.getYear());
    private static final long MAX_EPOCH = MIN_EPOCH + DAYS - 1;
    private static final int BLOCKS = (DAYS + 63) >>> 6;
    private static final long[] NO_DAYS = new long[0];
    /** Up to this n, dropping the lowest set bits (n - 1 steps, none depending on the data) selects faster than a binary search. */
    private static final int SMALL_N = 16;
    /** Per year of the range: (day index of 1 January) &lt;&lt; 1 | leap year. */
    private static final int[] YEAR_INFO = new int[MAX.getYear() - MIN.getYear() + 1];
    /** MONTH_START[leap * 13 + month]: days of the year before the first of the month. */
    private static final int[] MONTH_START = new int[26];
    /** MONTH_LENGTH[leap * 13 + month]: days in the month. */
    private static final int[] MONTH_LENGTH = new int[26];

    static {
        // plain arithmetic: this runs once per JVM, before the JIT has compiled anything
        int first = 0;
        for (int y = MIN.getYear(); y <= MAX.getYear(); y++) {
            boolean leap = NrwHolidays.isLeapYear(y);
            YEAR_INFO[y - MIN.getYear()] = first << 1 | (leap ? 1 : 0);
            first += leap ? 366 : 365;
        }
        int[] monthLength = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        for (int leap = 0; leap <= 1; leap++) {
            int days = 0;
            for (int m = 1; m <= 12; m++) {
                MONTH_START[leap * 13 + m] = days;
                MONTH_LENGTH[leap * 13 + m] = monthLength[m - 1] + (m == 2 ? leap : 0);
                days += MONTH_LENGTH[leap * 13 + m];
            }
        }
    }

    /** Monday to Friday minus the statutory holidays (R-C1, R-C2): the same for every calendar, built once. */
    private static final long[] STATUTORY_BITS = statutoryBits();

    private static final WorkingDayCalendar NRW = new WorkingDayCalendar(NO_DAYS, NO_DAYS);

    /** Bit {@code i & 63} of word {@code i >>> 6} is set when day index i is a working day. */
    private final long[] workBits;
    /** rankBefore[b]: working days in words 0 .. b-1; one extra entry holds the total. */
    private final int[] rankBefore;
    /** selectHint[g]: the word that holds working day number 64·g + 1 (1-based). */
    private final int[] selectHint;
    private final int totalWorkingDays;
    /** Host closure days, as sorted, distinct epoch days. */
    private final long[] closureDays;
    /** Host extra working days (e.g. an opened Saturday), as sorted, distinct epoch days. */
    private final long[] extraWorkingDays;

    private WorkingDayCalendar(long[] closureDays, long[] extraWorkingDays) {
        this.closureDays = closureDays;
        this.extraWorkingDays = extraWorkingDays;
        long[] bits = STATUTORY_BITS.clone();
        for (long day : closureDays) {
            clear(bits, index(day));
        }
        for (long day : extraWorkingDays) {
            int i = index(day);
            bits[i >>> 6] |= 1L << i;
        }
        this.workBits = bits;
        this.rankBefore = new int[BLOCKS + 1];
        for (int b = 0; b < BLOCKS; b++) {
            rankBefore[b + 1] = rankBefore[b] + Long.bitCount(bits[b]);
        }
        this.totalWorkingDays = rankBefore[BLOCKS];
        this.selectHint = new int[(totalWorkingDays + 63) >>> 6];
        int b = 0;
        for (int g = 0; g < selectHint.length; g++) {
            int k = (g << 6) + 1;
            while (rankBefore[b + 1] < k) {
                b++;
            }
            selectHint[g] = b;
        }
    }

    /** The number of days in the years from .. to, both included. */
    private static int daysOfYears(int from, int to) {
        int days = 0;
        for (int y = from; y <= to; y++) {
            days += NrwHolidays.isLeapYear(y) ? 366 : 365;
        }
        return days;
    }

    private static long[] statutoryBits() {
        // This runs once per JVM in the interpreter, so it is plain int arithmetic without dates.
        // Monday to Friday: the week repeats every 7 days, so each 64-day word is one of 7 patterns,
        // chosen by the weekday of its first day; 64 = 9 * 7 + 1 moves that weekday on by one.
        long mondayFirst = 0;
        for (int bit = 0; bit < 64; bit += 7) {
            mondayFirst |= 0x1FL << bit;
        }
        long[] bits = new long[BLOCKS + 2];                          // two zero words: see plusWorkingDays
        int weekday = (int) Math.floorMod(MIN_EPOCH + 3, 7L);        // of the word's first day, 0 = Monday
        for (int b = 0; b < BLOCKS; b++) {
            // bit k must be bit k + weekday of the Monday pattern; past bit 63 it repeats 7 bits lower
            bits[b] = mondayFirst >>> weekday | mondayFirst << (7 - weekday);
            if (++weekday == 7) {
                weekday = 0;
            }
        }
        bits[BLOCKS - 1] &= -1L >>> (BLOCKS * 64 - DAYS);             // no days beyond the range
        int[] holidays = new int[NrwHolidays.MAX_PER_YEAR];
        for (int year = MIN.getYear(); year <= MAX.getYear(); year++) {
            int firstOfYear = YEAR_INFO[year - MIN.getYear()] >> 1;
            int count = NrwHolidays.daysOfYear(year, holidays);
            for (int k = 0; k < count; k++) {
                int i = firstOfYear + (holidays[k] >>> 4);
                bits[i >>> 6] &= ~(1L << i);
            }
        }
        return bits;
    }

    private static void clear(long[] bits, int i) {
        bits[i >>> 6] &= ~(1L << i);
    }

    /**
     * The working-day calendar of Nordrhein-Westfalen without any closure days: Monday to Friday
     * minus the statutory holidays (R-C1, R-C2, R-C3).
     *
     * @return the shared instance, never null
     */
    public static WorkingDayCalendar nrw() {
        return NRW;
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
     * Returns a calendar in which the given dates are also days off (host closure days, R-C3), for
     * example 24 and 31 December. This calendar is unchanged. Dates already off stay off.
     *
     * @param days the closure days, not null, no null element
     * @return a new calendar, never null
     * @throws DateTimeException if a day is outside the supported range (R-C6)
     */
    public WorkingDayCalendar withClosureDays(Collection<LocalDate> days) {
        long[] added = toSortedEpochDays(days);
        return new WorkingDayCalendar(union(closureDays, added), minus(extraWorkingDays, added));
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
        return new WorkingDayCalendar(minus(closureDays, added), union(extraWorkingDays, added));
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
        int i = index(date);
        return (workBits[i >>> 6] & (1L << i)) != 0;
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
        int year = start.getYear();
        int month = start.getMonthValue();
        int day = start.getDayOfMonth();
        int i = index(year, month, day, start);
        if (n > 0 && n <= 64) {
            // Deadlines such as R-F1's 10 working days: the 64 days after the start, read as one word
            // (the bitmap ends with two zero words), hold the answer unless closures thin them out or
            // the range ends; then the general path below answers.
            int p = i + 1;
            int s = p & 63;
            long window = (workBits[p >>> 6] >>> s) | ((workBits[(p >>> 6) + 1] << 1) << (63 - s));
            if (Long.bitCount(window) >= n) {
                return date(year, month, day + 1 + (n <= SMALL_N ? selectSmall(window, n) : selectInWord(window, n)));
            }
        }
        // a separate method keeps this one small enough for the JIT to inline into the caller
        return plusWorkingDaysByRank(start, i, n);
    }

    /**
     * The date (year, month, dayOfMonth) where dayOfMonth may run past the end of the month into the
     * following months. Less code than {@code LocalDate.plusDays}, which keeps {@link #plusWorkingDays}
     * small enough to be inlined.
     */
    private static LocalDate date(int year, int month, int dayOfMonth) {
        int leap = YEAR_INFO[year - MIN.getYear()] & 1;
        int length;
        while (dayOfMonth > (length = MONTH_LENGTH[leap * 13 + month])) {
            dayOfMonth -= length;
            if (++month == 13) {
                month = 1;
                leap = YEAR_INFO[++year - MIN.getYear()] & 1;
            }
        }
        return LocalDate.of(year, month, dayOfMonth);
    }

    /** {@link #plusWorkingDays(LocalDate, int)} for any n, from the rank and select tables. */
    private LocalDate plusWorkingDaysByRank(LocalDate start, int i, int n) {
        if (n == 0) {
            return start;
        }
        long k = (long) rank(i) + n;
        if (n < 0 && (workBits[i >>> 6] & (1L << i)) == 0) {
            k++;
        }
        if (k < 1 || k > totalWorkingDays) {
            throw outOfRange(start + " " + (n > 0 ? "+ " : "- ") + Math.abs((long) n) + " AT");
        }
        int target = select((int) k);
        int delta = target - i;
        // plusDays has a fast path into the next month that skips the full epoch-day conversion
        return delta > -28 && delta < 28 ? start.plusDays(delta) : LocalDate.ofEpochDay(MIN_EPOCH + target);
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
        return rank(index(end)) - rank(index(start));
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
        int first = index(month.atDay(1));
        int last = index(month.atEndOfMonth());
        int before = first == 0 ? 0 : rank(first - 1);
        if (n > rank(last) - before) {
            throw new DateTimeException(month + " has only " + (rank(last) - before) + " working days, not " + n
                    + " (R-C5) / " + month + " hat nur " + (rank(last) - before) + " Arbeitstage, nicht " + n);
        }
        return LocalDate.ofEpochDay(MIN_EPOCH + select(before + n));
    }

    /**
     * Counts the working days of a month.
     *
     * @param month the month, not null
     * @return the number of working days in the month
     * @throws DateTimeException if the month is outside the supported range (R-C6)
     */
    public int workingDaysInMonth(YearMonth month) {
        int first = index(month.atDay(1));
        int last = index(month.atEndOfMonth());
        return rank(last) - (first == 0 ? 0 : rank(first - 1));
    }

    /**
     * The statutory holidays and closure days of a year, sorted by date; on a date with two
     * holidays (1 May 2008), both, in the order of the statute, closure days last.
     *
     * @param year the year
     * @return the days off of that year other than weekends, unmodifiable, never null
     * @throws DateTimeException if the year is outside the supported range (R-C6)
     */
    public List<Holiday> holidays(int year) {
        if (year < MIN.getYear() || year > MAX.getYear()) {
            throw outOfRange(String.valueOf(year));
        }
        List<Holiday> result = new ArrayList<>(NrwHolidays.of(year));
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
     * The holiday or closure day on a date; where two coincide, the first in the order of the
     * statute (see {@link #holidaysOn(LocalDate)} for all of them).
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
     * All holidays and closure days on a date.
     *
     * @param date the date, not null
     * @return the holidays on that date, possibly empty, unmodifiable, never null
     * @throws DateTimeException if the date is outside the supported range (R-C6)
     */
    public List<Holiday> holidaysOn(LocalDate date) {
        index(date);
        List<Holiday> result = new ArrayList<>(2);
        for (Holiday h : NrwHolidays.of(date.getYear())) {
            if (h.date().equals(date)) {
                result.add(h);
            }
        }
        if (Arrays.binarySearch(closureDays, date.toEpochDay()) >= 0) {
            result.add(closureDay(date));
        }
        return List.copyOf(result);
    }

    /**
     * Explains {@link #plusWorkingDays(LocalDate, int)} for audits: every day counted and every day
     * skipped with its reason (weekend, holiday by name, closure day).
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
        return workBits.length * Long.BYTES + rankBefore.length * Integer.BYTES + selectHint.length * Integer.BYTES
                + (closureDays.length + extraWorkingDays.length) * Long.BYTES
                + (YEAR_INFO.length + MONTH_START.length + MONTH_LENGTH.length) * Integer.BYTES;
    }

    /** Working days with day index &lt;= i. */
    private int rank(int i) {
        int b = i >>> 6;
        return rankBefore[b] + Long.bitCount(workBits[b] & (-1L >>> (63 - (i & 63))));
    }

    /** The day index of the k-th working day, 1 &lt;= k &lt;= total. */
    private int select(int k) {
        int b = selectHint[(k - 1) >>> 6];
        // a predicted branch lets the CPU run ahead of the loads; branch-free steps measured slower
        while (rankBefore[b + 1] < k) {
            b++;
        }
        return (b << 6) + selectInWord(workBits[b], k - rankBefore[b]);
    }

    /** Position of the j-th (1-based) set bit of w for small j: drops the j - 1 lowest set bits. */
    static int selectSmall(long w, int j) {
        for (int k = 1; k < j; k++) {
            w &= w - 1;
        }
        return Long.numberOfTrailingZeros(w);
    }

    /**
     * Position of the j-th (1-based) set bit of w; j &lt;= bitCount(w): a binary search over halves,
     * quarters, ... with six population counts. (A branch-free broadword select measured slower here:
     * the predicted branches let the CPU run ahead.)
     */
    static int selectInWord(long w, int j) {
        int pos = 0;
        int c = Long.bitCount(w & 0xFFFF_FFFFL);
        if (c < j) {
            j -= c;
            w >>>= 32;
            pos += 32;
        }
        c = Long.bitCount(w & 0xFFFFL);
        if (c < j) {
            j -= c;
            w >>>= 16;
            pos += 16;
        }
        c = Long.bitCount(w & 0xFFL);
        if (c < j) {
            j -= c;
            w >>>= 8;
            pos += 8;
        }
        c = Long.bitCount(w & 0xFL);
        if (c < j) {
            j -= c;
            w >>>= 4;
            pos += 4;
        }
        c = Long.bitCount(w & 0x3L);
        if (c < j) {
            j -= c;
            w >>>= 2;
            pos += 2;
        }
        if ((w & 1L) == 0 || j > 1) {
            pos += 1;
        }
        return pos;
    }

    /**
     * The day index of a date, read from its fields with the year and month tables: the same as
     * {@code toEpochDay() - MIN_EPOCH} within the range, without java.time's general leap-year arithmetic.
     */
    private static int index(LocalDate date) {
        return index(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), date);
    }

    private static int index(int year, int month, int day, LocalDate date) {
        int yi = year - 1990;
        if (yi < 0 || yi >= YEAR_INFO.length) {
            throw outOfRange(date.toString());
        }
        int info = YEAR_INFO[yi];
        return (info >> 1) + MONTH_START[(info & 1) * 13 + month] + day - 1;
    }

    private static int index(long epochDay) {
        if (epochDay < MIN_EPOCH || epochDay > MAX_EPOCH) {
            throw outOfRange(LocalDate.ofEpochDay(epochDay).toString());
        }
        return (int) (epochDay - MIN_EPOCH);
    }

    private static DateTimeException outOfRange(String what) {
        return new DateTimeException("R-C6: " + what + " is outside the supported range " + MIN + " to " + MAX
                + " of the NRW working-day calendar / liegt außerhalb des unterstützten Bereichs " + MIN + " bis " + MAX
                + " des NRW-Arbeitstagekalenders");
    }

    private static Holiday closureDay(LocalDate date) {
        return new Holiday(date, "Schließtag", "Closure day", HolidayKind.CLOSURE_DAY);
    }

    private static long[] toSortedEpochDays(Collection<LocalDate> days) {
        Objects.requireNonNull(days, "days");
        long[] result = new long[days.size()];
        int n = 0;
        for (LocalDate d : days) {
            long e = Objects.requireNonNull(d, "days must not contain null / days darf kein null enthalten").toEpochDay();
            index(e);
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
     * Two calendars are equal when they have the same closure days and extra working days.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingDayCalendar other
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
        return 31 * Arrays.hashCode(closureDays) + Arrays.hashCode(extraWorkingDays);
    }

    /**
     * A short description: region, range and the number of host days.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return "WorkingDayCalendar[NRW, " + MIN + ".." + MAX + ", closureDays=" + closureDays.length
                + ", extraWorkingDays=" + extraWorkingDays.length + "]";
    }
}
