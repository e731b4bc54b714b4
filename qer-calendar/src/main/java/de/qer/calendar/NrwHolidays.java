package de.qer.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The statutory holidays of Nordrhein-Westfalen (§ 2 Feiertagsgesetz NW), including the historic
 * rules: R-C2. Pure functions of the year; nothing is cached.
 *
 * <p>The rules are written down once, in {@link #daysOfYear(int, int[])}, in plain int arithmetic on
 * the day of the year: the calendar's bitmap is built from them when the class is first used, before
 * the JIT has compiled anything, and dates, lambdas and adjusters would cost milliseconds there.
 */
final class NrwHolidays {

    /** Holidays of one year at most (13 in 1990), the length of the buffer for {@link #daysOfYear}. */
    static final int MAX_PER_YEAR = 16;

    private static final int NEUJAHR = 0;
    private static final int KARFREITAG = 1;
    private static final int OSTERMONTAG = 2;
    private static final int TAG_DER_ARBEIT = 3;
    private static final int HIMMELFAHRT = 4;
    private static final int PFINGSTMONTAG = 5;
    private static final int SIEBZEHNTER_JUNI = 6;
    private static final int FRONLEICHNAM = 7;
    private static final int DEUTSCHE_EINHEIT = 8;
    private static final int REFORMATIONSTAG = 9;
    private static final int ALLERHEILIGEN = 10;
    private static final int BUSS_UND_BETTAG = 11;
    private static final int WEIHNACHTSTAG_1 = 12;
    private static final int WEIHNACHTSTAG_2 = 13;

    /** German names as the statute has them, indexed by the rule numbers above. */
    private static final String[] NAMES = {
        "Neujahrstag", "Karfreitag", "Ostermontag", "Tag der Arbeit", "Christi Himmelfahrt", "Pfingstmontag",
        "Tag der deutschen Einheit (17. Juni)", "Fronleichnam", "Tag der Deutschen Einheit", "Reformationstag",
        "Allerheiligen", "Buß- und Bettag", "1. Weihnachtstag", "2. Weihnachtstag",
    };

    /** English names, indexed by the rule numbers above. */
    private static final String[] ENGLISH_NAMES = {
        "New Year's Day", "Good Friday", "Easter Monday", "Labour Day", "Ascension Day", "Whit Monday",
        "Day of German Unity (17 June)", "Corpus Christi", "German Unity Day", "Reformation Day",
        "All Saints' Day", "Day of Repentance and Prayer", "Christmas Day", "Second Day of Christmas",
    };

    private NrwHolidays() {
    }

    /** The statutory holidays of one year in the order of the statute (not necessarily by date). */
    static List<Holiday> of(int year) {
        int[] days = new int[MAX_PER_YEAR];
        int count = daysOfYear(year, days);
        List<Holiday> list = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int rule = days[k] & 0xF;
            LocalDate date = LocalDate.ofYearDay(year, (days[k] >>> 4) + 1);
            list.add(new Holiday(date, NAMES[rule], ENGLISH_NAMES[rule], HolidayKind.STATUTORY));
        }
        // in the statute's order, not by date (movable feasts can overtake fixed ones); callers that
        // need date order sort stably, which keeps the statute's order on a shared date (1 May 2008)
        return list;
    }

    /**
     * The rules of § 2 Feiertagsgesetz NW, the one place they are written down. Writes each holiday of
     * the year, in the statute's order, into {@code out} as {@code (dayOfYear - 1) << 4 | rule}, where
     * rule indexes the names.
     *
     * @param year the year (Gregorian)
     * @param out  receives the holidays; at least {@link #MAX_PER_YEAR} long
     * @return the number of holidays written
     */
    static int daysOfYear(int year, int[] out) {
        int leap = isLeapYear(year) ? 1 : 0;
        int easter = easterSundayDayOfYear(year) - 1;     // 0-based, like every day below
        int n = 0;
        out[n++] = NEUJAHR;                                                       // 1 January
        out[n++] = (easter - 2) << 4 | KARFREITAG;
        out[n++] = (easter + 1) << 4 | OSTERMONTAG;
        out[n++] = (120 + leap) << 4 | TAG_DER_ARBEIT;                            // 1 May
        out[n++] = (easter + 39) << 4 | HIMMELFAHRT;
        out[n++] = (easter + 50) << 4 | PFINGSTMONTAG;
        if (year <= 1990) {
            // Tag der deutschen Einheit of the Federal Republic, 17 June, up to and including 1990.
            out[n++] = (167 + leap) << 4 | SIEBZEHNTER_JUNI;
        }
        out[n++] = (easter + 60) << 4 | FRONLEICHNAM;
        if (year >= 1990) {
            out[n++] = (275 + leap) << 4 | DEUTSCHE_EINHEIT;                      // 3 October
        }
        if (year == 2017) {
            out[n++] = (303 + leap) << 4 | REFORMATIONSTAG;                       // 31 October
        }
        out[n++] = (304 + leap) << 4 | ALLERHEILIGEN;                             // 1 November
        if (year <= 1994) {
            // Buß- und Bettag: the Wednesday before 23 November (16 to 22 November), abolished from 1995.
            int nov23 = 326 + leap;
            int back = Math.floorMod(dayOfWeek(year, nov23) - 3, 7);              // days since a Wednesday
            out[n++] = (nov23 - (back == 0 ? 7 : back)) << 4 | BUSS_UND_BETTAG;
        }
        out[n++] = (358 + leap) << 4 | WEIHNACHTSTAG_1;                           // 25 December
        out[n++] = (359 + leap) << 4 | WEIHNACHTSTAG_2;                           // 26 December
        return n;
    }

    /**
     * The Gregorian leap-year rule, written out rather than {@code Year.isLeap}: on newer JDKs the
     * first use of {@code java.time.Year} initialises the date formatting machinery (milliseconds).
     */
    static boolean isLeapYear(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** ISO day of week (1 = Monday … 7 = Sunday) of the 0-based day of a year. */
    private static int dayOfWeek(int year, int day0) {
        int y = year - 1;
        // days from 1 January of year 1 (a Monday) to 1 January of this year, then to the day
        long days = 365L * y + y / 4 - y / 100 + y / 400 + day0;
        return (int) (days % 7) + 1;
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        return LocalDate.ofYearDay(year, easterSundayDayOfYear(year));
    }

    /** Easter Sunday as the 1-based day of the year. */
    private static int easterSundayDayOfYear(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;        // 3 or 4
        int day = (h + l - 7 * m + 114) % 31 + 1;
        int leap = isLeapYear(year) ? 1 : 0;
        return (month == 3 ? 59 : 90) + leap + day;   // 1 March is day 60 (61 in a leap year)
    }
}
