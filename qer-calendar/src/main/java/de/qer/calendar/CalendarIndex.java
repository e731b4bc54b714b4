package de.qer.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The engine behind {@link WorkingDayCalendar}: a bitmap of the working days of the supported range
 * with a rank table (working days before each 64-day block) and a select table, and the day-index
 * arithmetic that maps a date to its bit. The public class holds one of these and says what the
 * answers mean; this class only makes them fast.
 *
 * <p>Every query is answered in constant time; the cost does not depend on n or on the span. Deadlines
 * of up to 64 working days, such as the 10 of R-F1, take a shortcut: the 64 days after the start are
 * read as one word.
 *
 * <p>The range tables are built once per JVM in plain int arithmetic: that runs in the interpreter,
 * before the JIT has compiled anything, where dates and lambdas would cost milliseconds.
 *
 * <p>Instances are immutable after construction and thread-safe.
 */
final class CalendarIndex {

    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2200;
    static final LocalDate MIN = LocalDate.of(MIN_YEAR, 1, 1);
    static final LocalDate MAX = LocalDate.of(MAX_YEAR, 12, 31);
    static final long MIN_EPOCH = MIN.toEpochDay();
    // counted here rather than by MAX.toEpochDay(): on newer JDKs the leap-year check inside it
    // initialises java.time.Year and the date formatting machinery, milliseconds on first use
    static final int DAYS = daysOfYears(MIN_YEAR, MAX_YEAR);
    static final long MAX_EPOCH = MIN_EPOCH + DAYS - 1;
    private static final int BLOCKS = (DAYS + 63) >>> 6;
    /** Up to this n, dropping the lowest set bits (n - 1 steps, none depending on the data) selects faster than a binary search. */
    private static final int SMALL_N = 16;
    /** Per year of the range: (day index of 1 January) &lt;&lt; 1 | leap year. */
    private static final int[] YEAR_INFO = new int[MAX_YEAR - MIN_YEAR + 1];
    /** MONTH_START[leap * 13 + month]: days of the year before the first of the month. */
    private static final int[] MONTH_START = new int[26];
    /** MONTH_LENGTH[leap * 13 + month]: days in the month. */
    private static final int[] MONTH_LENGTH = new int[26];

    static {
        int first = 0;
        for (int y = MIN_YEAR; y <= MAX_YEAR; y++) {
            boolean leap = HolidayRules.isLeapYear(y);
            YEAR_INFO[y - MIN_YEAR] = first << 1 | (leap ? 1 : 0);
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

    /** Monday to Friday over the whole range: the same for every Land, built once and copied. */
    private static final long[] WEEKDAY_BITS = weekdayBits();

    /** Bit {@code i & 63} of word {@code i >>> 6} is set when day index i is a working day. */
    private final long[] workBits;
    /** rankBefore[b]: working days in words 0 .. b-1; one extra entry holds the total. */
    private final int[] rankBefore;
    /** selectHint[g]: the word that holds working day number 64·g + 1 (1-based). */
    private final int[] selectHint;
    private final int totalWorkingDays;

    /**
     * Builds the rank and select tables over a bitmap.
     *
     * @param bits the working days, as from {@link #weekdays()} with days cleared or set; owned from now on
     */
    CalendarIndex(long[] bits) {
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
            days += HolidayRules.isLeapYear(y) ? 366 : 365;
        }
        return days;
    }

    private static long[] weekdayBits() {
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
        return bits;
    }

    /** A fresh copy of the Monday-to-Friday bitmap of the range, to clear holidays in. */
    static long[] weekdays() {
        return WEEKDAY_BITS.clone();
    }

    /** A fresh copy of this index's bitmap, to derive another calendar from. */
    long[] bits() {
        return workBits.clone();
    }

    /** The day index of 1 January of a year of the range. */
    static int firstDayOfYear(int year) {
        return YEAR_INFO[year - MIN_YEAR] >> 1;
    }

    static void clear(long[] bits, int i) {
        bits[i >>> 6] &= ~(1L << i);
    }

    static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << i;
    }

    boolean isWorkingDay(LocalDate date) {
        int i = index(date);
        return (workBits[i >>> 6] & (1L << i)) != 0;
    }

    boolean isWorkingDay(int i) {
        return (workBits[i >>> 6] & (1L << i)) != 0;
    }

    /** See {@link WorkingDayCalendar#plusWorkingDays(LocalDate, int)}. */
    LocalDate plusWorkingDays(LocalDate start, int n) {
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
        int leap = YEAR_INFO[year - MIN_YEAR] & 1;
        int length;
        while (dayOfMonth > (length = MONTH_LENGTH[leap * 13 + month])) {
            dayOfMonth -= length;
            if (++month == 13) {
                month = 1;
                leap = YEAR_INFO[++year - MIN_YEAR] & 1;
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

    /** Working days in (start, end], negative when end is before start. */
    int workingDaysBetween(LocalDate start, LocalDate end) {
        return rank(index(end)) - rank(index(start));
    }

    /** Working days with day index &lt;= i. */
    int rank(int i) {
        int b = i >>> 6;
        return rankBefore[b] + Long.bitCount(workBits[b] & (-1L >>> (63 - (i & 63))));
    }

    /** The day index of the k-th working day, 1 &lt;= k &lt;= total. */
    int select(int k) {
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
    static int index(LocalDate date) {
        return index(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), date);
    }

    private static int index(int year, int month, int day, LocalDate date) {
        int yi = year - MIN_YEAR;
        if (yi < 0 || yi >= YEAR_INFO.length) {
            throw outOfRange(date.toString());
        }
        int info = YEAR_INFO[yi];
        return (info >> 1) + MONTH_START[(info & 1) * 13 + month] + day - 1;
    }

    static int index(long epochDay) {
        if (epochDay < MIN_EPOCH || epochDay > MAX_EPOCH) {
            throw outOfRange(LocalDate.ofEpochDay(epochDay).toString());
        }
        return (int) (epochDay - MIN_EPOCH);
    }

    static LocalDate dateOf(int i) {
        return LocalDate.ofEpochDay(MIN_EPOCH + i);
    }

    /** R-C6: the exception for anything outside the range; {@code what} says what was asked. */
    static DateTimeException outOfRange(String what) {
        return new DateTimeException("R-C6: " + what + " is outside the supported range " + MIN + " to " + MAX
                + " of the working-day calendar / liegt außerhalb des unterstützten Bereichs " + MIN + " bis " + MAX
                + " des Arbeitstagekalenders");
    }

    /** Bytes held by the lookup tables of this index and the shared year and month tables (for the size budget). */
    int tableBytes() {
        return workBits.length * Long.BYTES + rankBefore.length * Integer.BYTES + selectHint.length * Integer.BYTES
                + (YEAR_INFO.length + MONTH_START.length + MONTH_LENGTH.length) * Integer.BYTES;
    }
}
