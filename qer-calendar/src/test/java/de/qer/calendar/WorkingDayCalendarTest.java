package de.qer.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar cal = WorkingDayCalendar.nrw();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void rC1_weekdaysAreWorkingDays_weekendsAndHolidaysAreNot() {
        assertTrue(cal.isWorkingDay(d("2026-11-23")));  // Monday
        assertTrue(cal.isWorkingDay(d("2026-11-27")));  // Friday
        assertFalse(cal.isWorkingDay(d("2026-11-28"))); // Saturday
        assertFalse(cal.isWorkingDay(d("2026-11-29"))); // Sunday
        assertFalse(cal.isWorkingDay(d("2026-12-25"))); // 1. Weihnachtstag, a Friday
        assertFalse(cal.isWorkingDay(d("2026-06-04"))); // Fronleichnam, a Thursday
    }

    @Test
    void rC4_tenWorkingDaysAcrossChristmas() {
        // Friday 18 Dec 2026: 21,22,23,24 | 25 Fri holiday, 26/27 weekend | 28,29,30,31 | 1 Jan holiday | 4, 5
        assertEquals(d("2027-01-05"), cal.plusWorkingDays(d("2026-12-18"), 10));
    }

    @Test
    void rC4_dayXIsNotCounted_evenWhenItIsAWorkingDay() {
        assertEquals(d("2026-11-25"), cal.plusWorkingDays(d("2026-11-24"), 1));
    }

    @Test
    void rC4_dayXNotAWorkingDay_countStartsAfterIt() {
        assertEquals(d("2026-12-28"), cal.plusWorkingDays(d("2026-12-26"), 1)); // Saturday
        assertEquals(d("2026-12-28"), cal.plusWorkingDays(d("2026-12-25"), 1)); // holiday
        assertEquals(d("2027-01-11"), cal.plusWorkingDays(d("2026-12-27"), 10)); // Sunday
    }

    @Test
    void rC4_negativeAndZero() {
        assertEquals(d("2026-12-24"), cal.plusWorkingDays(d("2026-12-28"), -1));
        assertEquals(d("2026-12-24"), cal.plusWorkingDays(d("2026-12-27"), -1)); // from a Sunday
        assertEquals(d("2026-12-23"), cal.plusWorkingDays(d("2026-12-27"), -2));
        assertEquals(d("2026-12-27"), cal.plusWorkingDays(d("2026-12-27"), 0));
    }

    @Test
    void rC4_workingDaysBetween_excludesStartIncludesEnd() {
        assertEquals(10, cal.workingDaysBetween(d("2026-12-18"), d("2027-01-05")));
        assertEquals(-10, cal.workingDaysBetween(d("2027-01-05"), d("2026-12-18")));
        assertEquals(0, cal.workingDaysBetween(d("2026-12-25"), d("2026-12-27")));
        assertEquals(1, cal.workingDaysBetween(d("2026-12-27"), d("2026-12-28")));
    }

    @Test
    void rC5_nthWorkingDayOfMonth() {
        assertEquals(d("2027-01-15"), cal.nthWorkingDayOfMonth(YearMonth.of(2027, 1), 10)); // 1 Jan holiday
        assertEquals(d("2026-12-14"), cal.nthWorkingDayOfMonth(YearMonth.of(2026, 12), 10));
        assertEquals(d("2026-12-01"), cal.nthWorkingDayOfMonth(YearMonth.of(2026, 12), 1));
        assertEquals(d("1990-01-02"), cal.nthWorkingDayOfMonth(YearMonth.of(1990, 1), 1)); // first month of range
        assertEquals(22, cal.workingDaysInMonth(YearMonth.of(2026, 12))); // 23 weekdays minus 25 Dec
        assertThrows(DateTimeException.class, () -> cal.nthWorkingDayOfMonth(YearMonth.of(2026, 12), 23));
        assertEquals(d("2026-12-31"), cal.nthWorkingDayOfMonth(YearMonth.of(2026, 12), 22));
        assertThrows(IllegalArgumentException.class, () -> cal.nthWorkingDayOfMonth(YearMonth.of(2026, 12), 0));
    }

    @Test
    void rC6_outsideTheRange_isADateTimeExceptionNamingTheRange() {
        assertEquals(d("1990-01-01"), cal.minSupported());
        assertEquals(d("2200-12-31"), cal.maxSupported());
        List<Runnable> calls = List.of(
                () -> cal.isWorkingDay(d("1989-12-31")),
                () -> cal.isWorkingDay(d("2201-01-01")),
                () -> cal.plusWorkingDays(d("1989-12-29"), 1),
                () -> cal.plusWorkingDays(d("2200-12-30"), 5),
                () -> cal.plusWorkingDays(d("1990-01-03"), -5),
                () -> cal.workingDaysBetween(d("2000-01-01"), d("2300-01-01")),
                () -> cal.nthWorkingDayOfMonth(YearMonth.of(2201, 1), 1),
                () -> cal.holidays(1989),
                () -> cal.holiday(d("1989-06-17")),
                () -> cal.withClosureDays(List.of(d("2201-12-24"))));
        for (Runnable call : calls) {
            DateTimeException e = assertThrows(DateTimeException.class, call::run);
            assertTrue(e.getMessage().contains("1990-01-01") && e.getMessage().contains("2200-12-31")
                    && e.getMessage().contains("R-C6"), e.getMessage());
        }
        // the edges themselves are supported
        assertEquals(d("2200-12-31"), cal.plusWorkingDays(d("2200-12-30"), 1));
        assertTrue(cal.isWorkingDay(d("1990-01-02")));
        assertFalse(cal.isWorkingDay(d("1990-01-01")));
    }

    @Test
    void rC6_checkSupported_returnsTheDate_orNamesTheFieldAndTheRange() {
        assertEquals(d("1990-01-01"), cal.checkSupported(d("1990-01-01"), "approvalDate"));
        assertEquals(d("2200-12-31"), cal.checkSupported(d("2200-12-31"), "approvalDate"));
        for (LocalDate outside : List.of(d("1989-12-31"), d("2201-01-01"), LocalDate.MIN, LocalDate.MAX)) {
            DateTimeException e = assertThrows(DateTimeException.class, () -> cal.checkSupported(outside, "approvalDate"));
            assertTrue(e.getMessage().contains("approvalDate = " + outside) && e.getMessage().contains("R-C6")
                    && e.getMessage().contains("1990-01-01 to 2200-12-31"), e.getMessage());
        }
        NullPointerException npe = assertThrows(NullPointerException.class, () -> cal.checkSupported(null, "approvalDate"));
        assertEquals("approvalDate", npe.getMessage());
        assertThrows(NullPointerException.class, () -> cal.checkSupported(d("2026-01-01"), null));
    }

    @Test
    void rC4_rC6_theFirstAndLastWorkingDaysOfTheRangeAreReachableOnEveryPath() {
        LocalDate first = d("1990-01-02");
        LocalDate last = d("2200-12-31");
        assertEquals(first, cal.plusWorkingDays(d("1990-01-03"), -1));
        LocalDate early = d("1990-08-01");
        int back = cal.workingDaysBetween(first, early);
        assertTrue(back > 64, "takes the rank/select path");
        assertEquals(first, cal.plusWorkingDays(early, -back));
        assertThrows(DateTimeException.class, () -> cal.plusWorkingDays(early, -back - 1));
        LocalDate late = d("2200-08-01");
        int ahead = cal.workingDaysBetween(late, last);
        assertTrue(ahead > 64, "takes the rank/select path");
        assertEquals(last, cal.plusWorkingDays(late, ahead));
        assertThrows(DateTimeException.class, () -> cal.plusWorkingDays(late, ahead + 1));
    }

    @Test
    void rC3_closureDaysMakeANewCalendar_originalUnchanged() {
        WorkingDayCalendar jc = cal.withClosureDays(List.of(d("2026-12-24"), d("2026-12-31")));
        assertFalse(jc.isWorkingDay(d("2026-12-24")));
        assertTrue(cal.isWorkingDay(d("2026-12-24")));
        assertEquals(d("2027-01-07"), jc.plusWorkingDays(d("2026-12-18"), 10));
        assertEquals(d("2027-01-05"), cal.plusWorkingDays(d("2026-12-18"), 10));
        Holiday h = jc.holiday(d("2026-12-24")).orElseThrow();
        assertEquals(HolidayKind.CLOSURE_DAY, h.kind());
        assertFalse(h.isStatutory());
        assertEquals(List.of(d("2026-12-24"), d("2026-12-31")), jc.closureDays());
        assertEquals(13, jc.holidays(2026).size());
        assertNotEquals(cal, jc);
        assertNotEquals(cal.hashCode(), jc.hashCode());
        assertEquals(jc, cal.withClosureDays(List.of(d("2026-12-31"), d("2026-12-24"), d("2026-12-24"))));
        assertEquals(jc.hashCode(), cal.withClosureDays(List.of(d("2026-12-31"), d("2026-12-24"))).hashCode());
    }

    @Test
    void extraWorkingDays_openASaturday_andCanBeClosedAgain() {
        WorkingDayCalendar open = cal.withExtraWorkingDays(Set.of(d("2026-11-28")));
        assertTrue(open.isWorkingDay(d("2026-11-28")));
        assertEquals(d("2026-11-28"), open.plusWorkingDays(d("2026-11-27"), 1));
        assertEquals(List.of(d("2026-11-28")), open.extraWorkingDays());
        WorkingDayCalendar closedAgain = open.withClosureDays(List.of(d("2026-11-28")));
        assertFalse(closedAgain.isWorkingDay(d("2026-11-28")));
        assertTrue(closedAgain.extraWorkingDays().isEmpty());
    }

    @Test
    void closureDays_rejectNull() {
        List<LocalDate> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> cal.withClosureDays(withNull));
        assertThrows(NullPointerException.class, () -> cal.withClosureDays(null));
    }

    @Test
    void temporalAdjusters_readLikeJavaTime() {
        assertEquals(d("2026-12-28"), d("2026-12-24").with(cal.nextWorkingDay()));
        assertEquals(d("2026-12-24"), d("2026-12-24").with(cal.nextOrSameWorkingDay()));
        assertEquals(d("2026-12-28"), d("2026-12-25").with(cal.nextOrSameWorkingDay()));
        assertEquals(d("2026-12-24"), d("2026-12-28").with(cal.previousWorkingDay()));
        assertEquals(d("2026-12-24"), d("2026-12-26").with(cal.previousOrSameWorkingDay()));
        assertEquals(d("2026-12-28"), d("2026-12-28").with(cal.previousOrSameWorkingDay()));
        assertEquals(d("2027-01-05"), d("2026-12-18").with(cal.workingDaysLater(10)));
        // keeps the time of a LocalDateTime
        assertEquals(LocalDateTime.of(2026, 12, 28, 9, 30),
                LocalDateTime.of(2026, 12, 24, 9, 30).with(cal.nextWorkingDay()));
    }

    @Test
    void explanation_listsEverySkippedDayWithItsReason() {
        WorkingDayCalendar jc = cal.withClosureDays(List.of(d("2026-12-24")));
        DeadlineExplanation e = jc.explain(d("2026-12-18"), 10);
        assertEquals(d("2027-01-06"), e.result());
        assertEquals(10, e.countedDays().size());
        assertEquals(e.result(), e.countedDays().get(9));
        List<String> reasons = e.skippedDays().stream().map(s -> s.date() + " " + s.reason(Locale.GERMAN)).toList();
        assertEquals(List.of(
                "2026-12-19 Samstag", "2026-12-20 Sonntag",
                "2026-12-24 Schließtag (Schließtag)",
                "2026-12-25 1. Weihnachtstag (Feiertag)",
                "2026-12-26 Samstag, 2. Weihnachtstag (Feiertag)",
                "2026-12-27 Sonntag",
                "2027-01-01 Neujahrstag (Feiertag)",
                "2027-01-02 Samstag", "2027-01-03 Sonntag"), reasons);
        String en = e.format(Locale.ENGLISH);
        assertTrue(en.contains("2026-12-25 Christmas Day (public holiday)"), en);
        assertTrue(e.format(Locale.GERMAN).startsWith("10 Arbeitstage nach 2026-12-18 = 2027-01-06"));
        DeadlineExplanation back = cal.explain(d("2026-12-28"), -2);
        assertEquals(d("2026-12-23"), back.result());
        assertEquals(List.of(d("2026-12-27"), d("2026-12-26"), d("2026-12-25")),
                back.skippedDays().stream().map(SkippedDay::date).toList());
    }

    @Test
    void tablesStayBelow64KiB() {
        assertTrue(cal.tableBytes() < 64 * 1024, () -> "table bytes: " + cal.tableBytes());
        assertTrue(cal.tableBytes() > 10_000, "the bitmap alone is about 9.6 KB");
    }

    @Test
    void nrwIsShared() {
        assertTrue(WorkingDayCalendar.nrw() == WorkingDayCalendar.nrw());
        assertEquals("WorkingDayCalendar[DE-NW, 1990-01-01..2200-12-31, closureDays=0, extraWorkingDays=0]", cal.toString());
    }

    @Test
    void selectInWord_everyPositionOfDenseAndSparseWords() {
        long[] words = {-1L, 1L, Long.MIN_VALUE, 0x5555_5555_5555_5555L, 0x8000_0001_0000_0001L, 0x0F0F_00FF_F00F_1234L};
        for (long w : words) {
            int j = 0;
            for (int pos = 0; pos < 64; pos++) {
                if ((w & (1L << pos)) != 0) {
                    j++;
                    assertEquals(pos, CalendarIndex.selectInWord(w, j), Long.toHexString(w) + " j=" + j);
                    assertEquals(pos, CalendarIndex.selectSmall(w, j), "selectSmall " + Long.toHexString(w) + " j=" + j);
                }
            }
        }
    }
}
