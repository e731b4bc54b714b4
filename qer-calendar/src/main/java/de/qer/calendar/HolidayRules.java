package de.qer.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The statutory holidays of the 16 Länder with their history in the supported range (R-C2), and the
 * dates of the local holidays a host may switch on ({@link LocalHoliday}). Pure functions of the Land
 * and the year; nothing is cached here.
 *
 * <p>The rules are written down once, in {@link #RULES}: one row per holiday, set of Länder and span
 * of years. A holiday with a history has several rows (Reformationstag: the eastern Länder always,
 * all the others in 2017, the northern ones since 2018). The dates are plain int arithmetic on the
 * day of the year: the bitmaps are built from them when a Land's calendar is first used, before the
 * JIT has compiled anything, where dates, lambdas and adjusters would cost milliseconds.
 *
 * <p>The eastern Länder (BB, MV, SN, ST, TH) were founded on 3 October 1990 and passed their holiday
 * laws from 1991 on; for all of 1990 they follow those laws (so 31 October 1990 is Reformationstag
 * there, and the West German 17 June is not a holiday there), as the GDR's Verordnung über die
 * Einführung gesetzlicher Feiertage of 16 May 1990 had it for its mainly Protestant territories.
 * Berlin follows the law of West Berlin,
 * extended to the whole city, so 17 June 1990 (a Sunday) is listed there.
 */
final class HolidayRules {

    /** Holidays of one Land in one year at most, the length of the buffer for {@link #daysOfYear}. */
    static final int MAX_PER_YEAR = 24;
    /** An entry of {@link #daysOfYear} is {@code (dayOfYear - 1) << ROW_BITS | row}. */
    static final int ROW_BITS = 8;

    // The holidays, in the order in which two on the same date are listed (1 May 2008: Tag der Arbeit,
    // then Christi Himmelfahrt), otherwise in the order of the year.
    static final int NEUJAHR = 0;
    static final int HEILIGE_DREI_KOENIGE = 1;
    static final int FRAUENTAG = 2;
    static final int KARFREITAG = 3;
    static final int OSTERSONNTAG = 4;
    static final int OSTERMONTAG = 5;
    static final int TAG_DER_ARBEIT = 6;
    static final int TAG_DER_BEFREIUNG = 7;
    static final int HIMMELFAHRT = 8;
    static final int PFINGSTSONNTAG = 9;
    static final int PFINGSTMONTAG = 10;
    static final int SIEBZEHNTER_JUNI = 11;
    static final int FRONLEICHNAM = 12;
    static final int VOLKSAUFSTAND_1953 = 13;
    static final int AUGSBURGER_FRIEDENSFEST = 14;
    static final int MARIAE_HIMMELFAHRT = 15;
    static final int WELTKINDERTAG = 16;
    static final int DEUTSCHE_EINHEIT = 17;
    static final int REFORMATIONSTAG = 18;
    static final int ALLERHEILIGEN = 19;
    static final int BUSS_UND_BETTAG = 20;
    static final int WEIHNACHTSTAG_1 = 21;
    static final int WEIHNACHTSTAG_2 = 22;

    /** German names as the statutes have them, indexed by the holiday numbers above. */
    private static final String[] NAMES = {
        "Neujahrstag", "Heilige Drei Könige", "Internationaler Frauentag", "Karfreitag", "Ostersonntag",
        "Ostermontag", "Tag der Arbeit", "Tag der Befreiung", "Christi Himmelfahrt", "Pfingstsonntag",
        "Pfingstmontag", "Tag der deutschen Einheit (17. Juni)", "Fronleichnam",
        "75. Jahrestag des Volksaufstandes vom 17. Juni 1953", "Augsburger Hohes Friedensfest",
        "Mariä Himmelfahrt", "Weltkindertag", "Tag der Deutschen Einheit", "Reformationstag", "Allerheiligen",
        "Buß- und Bettag", "1. Weihnachtstag", "2. Weihnachtstag",
    };

    /** English names, indexed by the holiday numbers above. */
    private static final String[] ENGLISH_NAMES = {
        "New Year's Day", "Epiphany", "International Women's Day", "Good Friday", "Easter Sunday",
        "Easter Monday", "Labour Day", "Liberation Day", "Ascension Day", "Whit Sunday",
        "Whit Monday", "Day of German Unity (17 June)", "Corpus Christi",
        "75th anniversary of the uprising of 17 June 1953", "Augsburg Peace Festival",
        "Assumption Day", "World Children's Day", "German Unity Day", "Reformation Day", "All Saints' Day",
        "Day of Repentance and Prayer", "Christmas Day", "Second Day of Christmas",
    };

    private static final int FIXED = 0;
    private static final int EASTER = 1;
    private static final int BEFORE_23_NOVEMBER = 2;
    /** Per holiday number: its name in German and English, built once. */
    private static final Label[] LABELS = new Label[NAMES.length];
    /** Per holiday: FIXED day of a common year (0-based), EASTER days after Easter Sunday, or the Wednesday before 23 November. */
    private static final int[] DATE_KIND = new int[NAMES.length];
    private static final int[] DATE_ARG = new int[NAMES.length];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            LABELS[i] = new Label(NAMES[i], ENGLISH_NAMES[i]);
        }
        fixed(NEUJAHR, 1, 1);
        fixed(HEILIGE_DREI_KOENIGE, 1, 6);
        fixed(FRAUENTAG, 3, 8);
        easter(KARFREITAG, -2);
        easter(OSTERSONNTAG, 0);
        easter(OSTERMONTAG, 1);
        fixed(TAG_DER_ARBEIT, 5, 1);
        fixed(TAG_DER_BEFREIUNG, 5, 8);
        easter(HIMMELFAHRT, 39);
        easter(PFINGSTSONNTAG, 49);
        easter(PFINGSTMONTAG, 50);
        fixed(SIEBZEHNTER_JUNI, 6, 17);
        easter(FRONLEICHNAM, 60);
        fixed(VOLKSAUFSTAND_1953, 6, 17);
        fixed(AUGSBURGER_FRIEDENSFEST, 8, 8);
        fixed(MARIAE_HIMMELFAHRT, 8, 15);
        fixed(WELTKINDERTAG, 9, 20);
        fixed(DEUTSCHE_EINHEIT, 10, 3);
        fixed(REFORMATIONSTAG, 10, 31);
        fixed(ALLERHEILIGEN, 11, 1);
        DATE_KIND[BUSS_UND_BETTAG] = BEFORE_23_NOVEMBER;
        fixed(WEIHNACHTSTAG_1, 12, 25);
        fixed(WEIHNACHTSTAG_2, 12, 26);
    }

    // Sets of Länder as bits of Bundesland.ordinal(), spelt out so that the table reads like the law.
    private static final int BW = 1;
    private static final int BY = 1 << 1;
    private static final int BE = 1 << 2;
    private static final int BB = 1 << 3;
    private static final int HB = 1 << 4;
    private static final int HH = 1 << 5;
    private static final int HE = 1 << 6;
    private static final int MV = 1 << 7;
    private static final int NI = 1 << 8;
    private static final int NW = 1 << 9;
    private static final int RP = 1 << 10;
    private static final int SL = 1 << 11;
    private static final int SN = 1 << 12;
    private static final int ST = 1 << 13;
    private static final int SH = 1 << 14;
    private static final int TH = 1 << 15;
    private static final int ALL = (1 << 16) - 1;
    /** Founded on 3 October 1990; for all of 1990 they follow their later holiday laws. */
    private static final int EAST = BB | MV | SN | ST | TH;
    /** The Länder of the Federal Republic before 3 October 1990, with (West) Berlin. */
    private static final int WEST = ALL & ~EAST;
    /** Since: the rule applied already before the supported range begins. */
    private static final int ALWAYS = 0;
    /** Until: the rule still applies at the end of the supported range. */
    private static final int NOW = 9999;

    /**
     * R-C2 for every Land: holiday, Länder, first year, last year. The one place the rules are written
     * down; {@code Bundesland}'s javadoc and docs/calendar.md describe them in words.
     */
    private static final int[] RULES = {
        NEUJAHR,              ALL,             ALWAYS, NOW,
        HEILIGE_DREI_KOENIGE, BW | BY | ST,    ALWAYS, NOW,
        FRAUENTAG,            BE,              2019,   NOW,
        FRAUENTAG,            MV,              2023,   NOW,
        KARFREITAG,           ALL,             ALWAYS, NOW,
        OSTERSONNTAG,         BB,              ALWAYS, NOW,    // a Sunday: listed, no working day changes
        OSTERMONTAG,          ALL,             ALWAYS, NOW,
        TAG_DER_ARBEIT,       ALL,             ALWAYS, NOW,
        TAG_DER_BEFREIUNG,    BE,              2020,   2020,   // 75th anniversary, once
        TAG_DER_BEFREIUNG,    BE,              2025,   2025,   // 80th anniversary, once
        HIMMELFAHRT,          ALL,             ALWAYS, NOW,
        PFINGSTSONNTAG,       BB,              ALWAYS, NOW,    // a Sunday: listed, no working day changes
        PFINGSTMONTAG,        ALL,             ALWAYS, NOW,
        SIEBZEHNTER_JUNI,     WEST,            ALWAYS, 1990,   // replaced by 3 October
        FRONLEICHNAM,         BW | BY | HE | NW | RP | SL, ALWAYS, NOW,
        VOLKSAUFSTAND_1953,   BE,              2028,   2028,   // 75th anniversary, once (a Saturday)
        MARIAE_HIMMELFAHRT,   SL,              ALWAYS, NOW,
        WELTKINDERTAG,        TH,              2019,   NOW,
        DEUTSCHE_EINHEIT,     ALL,             1990,   NOW,
        REFORMATIONSTAG,      EAST,            ALWAYS, NOW,
        REFORMATIONSTAG,      ALL & ~EAST,     2017,   2017,   // 500 years of the Reformation, once
        REFORMATIONSTAG,      HB | HH | NI | SH, 2018, NOW,
        ALLERHEILIGEN,        BW | BY | NW | RP | SL, ALWAYS, NOW,
        BUSS_UND_BETTAG,      ALL & ~SN,       ALWAYS, 1994,   // given up for the Pflegeversicherung
        BUSS_UND_BETTAG,      SN,              ALWAYS, NOW,
        WEIHNACHTSTAG_1,      ALL,             ALWAYS, NOW,
        WEIHNACHTSTAG_2,      ALL,             ALWAYS, NOW,
    };

    /** The section of each Land's holiday law that lists its holidays, indexed by Bundesland.ordinal(). */
    private static final String[] LAW = {
        "§ 1 FTG BW", "Art. 1 FTG BY", "§ 1 FTG BE", "§ 2 FTG BB", "§ 2 FTG HB", "§ 1 FeiertagsG HH",
        "§ 1 HFeiertagsG", "§ 2 FTG M-V", "§ 2 NFeiertagsG", "§ 2 FTG NW", "§ 2 LFtG RP", "§ 2 SFG SL",
        "§ 1 SächsSFG", "§ 2 FeiertG LSA", "§ 2 SFTG SH", "§ 2 ThürFGtG",
    };

    private HolidayRules() {
    }

    private static void fixed(int holiday, int month, int day) {
        int[] before = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
        DATE_KIND[holiday] = FIXED;
        DATE_ARG[holiday] = before[month - 1] + day - 1;
    }

    private static void easter(int holiday, int daysAfter) {
        DATE_KIND[holiday] = EASTER;
        DATE_ARG[holiday] = daysAfter;
    }

    /** The name of a holiday number in German and English. */
    static Label label(int holiday) {
        return LABELS[holiday];
    }

    /** The section of a Land's holiday law that lists its holidays, e.g. "§ 2 FTG NW". */
    static String law(Bundesland land) {
        return LAW[land.ordinal()];
    }

    /**
     * The statutory holidays of a Land in one year, ordered by date; on a shared date in the order of
     * the holiday numbers.
     */
    static List<Holiday> of(Bundesland land, int year) {
        int[] days = new int[MAX_PER_YEAR];
        int count = daysOfYear(land, year, days);
        List<Holiday> list = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int row = (days[k] & ((1 << ROW_BITS) - 1)) * 4;
            int holiday = RULES[row];
            LocalDate date = LocalDate.ofYearDay(year, (days[k] >>> ROW_BITS) + 1);
            String law = holiday == SIEBZEHNTER_JUNI ? "Gesetz über den Tag der deutschen Einheit vom 4. August 1953"
                    : holiday == DEUTSCHE_EINHEIT ? "Art. 2 Abs. 2 Einigungsvertrag, " + LAW[land.ordinal()]
                    : LAW[land.ordinal()];
            int since = Math.max(RULES[row + 2], CalendarIndex.MIN_YEAR);
            list.add(new Holiday(date, LABELS[holiday], HolidayKind.STATUTORY, law, since));
        }
        // movable feasts can overtake fixed ones; a stable sort keeps the order of the numbers on a shared date
        list.sort((a, b) -> a.date().compareTo(b.date()));
        return list;
    }

    /**
     * The rules of {@link #RULES} for one Land and year. Writes each holiday into {@code out} as
     * {@code (dayOfYear - 1) << ROW_BITS | rowIndex}, in the order of the holiday numbers.
     *
     * @param land the Land
     * @param year the year (Gregorian)
     * @param out  receives the holidays; at least {@link #MAX_PER_YEAR} long
     * @return the number of holidays written
     */
    static int daysOfYear(Bundesland land, int year, int[] out) {
        return daysOfYear(rowsOf(land), year, out);
    }

    /** The rows of {@link #RULES} that name a Land, as offsets into the table, in table order. */
    static int[] rowsOf(Bundesland land) {
        int bit = 1 << land.ordinal();
        int[] rows = new int[RULES.length / 4];
        int n = 0;
        for (int r = 0; r < RULES.length; r += 4) {
            if ((RULES[r + 1] & bit) != 0) {
                rows[n++] = r;
            }
        }
        return Arrays.copyOf(rows, n);
    }

    /**
     * {@link #daysOfYear(Bundesland, int, int[])} over the rows of one Land ({@link #rowsOf}), chosen
     * once rather than per year: this runs for every year of the range in the interpreter.
     */
    static int daysOfYear(int[] rows, int year, int[] out) {
        int leap = isLeapYear(year) ? 1 : 0;
        int easter = easterSundayDayOfYear(year) - 1;     // 0-based, like every day below
        int n = 0;
        for (int r : rows) {
            if (year >= RULES[r + 2] && year <= RULES[r + 3]) {
                // written out rather than a call of dayOfYear0: this runs in the interpreter
                int holiday = RULES[r];
                int arg = DATE_ARG[holiday];
                int kind = DATE_KIND[holiday];
                int day = kind == FIXED ? arg + (arg >= 59 ? leap : 0)
                        : kind == EASTER ? easter + arg : dayOfYear0(holiday, year, leap, easter);
                out[n++] = day << ROW_BITS | r >> 2;
            }
        }
        return n;
    }

    /** The 0-based day of the year of a holiday number in a year. */
    static int dayOfYear0(int holiday, int year) {
        return dayOfYear0(holiday, year, isLeapYear(year) ? 1 : 0, easterSundayDayOfYear(year) - 1);
    }

    private static int dayOfYear0(int holiday, int year, int leap, int easter) {
        int arg = DATE_ARG[holiday];
        switch (DATE_KIND[holiday]) {
            case FIXED:
                return arg + (arg >= 59 ? leap : 0);                              // after 28 February
            case EASTER:
                return easter + arg;
            default:
                // Buß- und Bettag: the Wednesday before 23 November (16 to 22 November)
                int nov23 = 326 + leap;
                int back = Math.floorMod(dayOfWeek(year, nov23) - 3, 7);          // days since a Wednesday
                return nov23 - (back == 0 ? 7 : back);
        }
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
