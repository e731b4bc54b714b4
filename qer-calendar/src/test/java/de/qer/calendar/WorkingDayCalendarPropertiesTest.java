package de.qer.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of the calendar, checked with QuickTheories against the naive day-by-day reference. */
class WorkingDayCalendarPropertiesTest {

    private static final long MIN = LocalDate.of(1990, 1, 1).toEpochDay();
    private static final long MAX = LocalDate.of(2200, 12, 31).toEpochDay();
    private static final long SAFE_MIN = MIN + 1500; // room for |n| <= 1000 working days
    private static final long SAFE_MAX = MAX - 1500;

    private final WorkingDayCalendar cal = WorkingDayCalendar.nrw();
    private final NaiveCalendar ref = NaiveCalendar.nrw();

    private static Gen<LocalDate> dates(long from, long to) {
        return longs().between(from, to).map(LocalDate::ofEpochDay);
    }

    private static Gen<LocalDate> anyDate() {
        return dates(MIN, MAX);
    }

    private static Gen<LocalDate> safeDate() {
        return dates(SAFE_MIN, SAFE_MAX);
    }

    @Test
    void selectInWord_agreesWithANaiveBitLoop() {
        qt().withExamples(20000).forAll(longs().all(), integers().between(0, 63))
                .assuming((w, seed) -> w != 0)
                .checkAssert((w, seed) -> {
                    int j = 1 + seed % Long.bitCount(w);
                    int seen = 0;
                    int expected = -1;
                    for (int pos = 0; pos < 64 && expected < 0; pos++) {
                        if ((w & (1L << pos)) != 0 && ++seen == j) {
                            expected = pos;
                        }
                    }
                    assertEquals(expected, CalendarIndex.selectInWord(w, j), Long.toHexString(w) + " j=" + j);
                    assertEquals(expected, CalendarIndex.selectSmall(w, j), "selectSmall " + Long.toHexString(w) + " j=" + j);
                });
    }

    @Test
    void rC1_isWorkingDay_agreesWithReference() {
        qt().withExamples(5000).forAll(anyDate())
                .checkAssert(d -> assertEquals(ref.isWorkingDay(d), cal.isWorkingDay(d), d::toString));
    }

    @Test
    void rC1_isWorkingDay_agreesWithReference_everyDayOfTheRange() {
        for (long e = MIN; e <= MAX; e++) {
            LocalDate d = LocalDate.ofEpochDay(e);
            if (ref.isWorkingDay(d) != cal.isWorkingDay(d)) {
                assertEquals(ref.isWorkingDay(d), cal.isWorkingDay(d), d::toString);
            }
        }
    }

    @Test
    void rC4_plusWorkingDays_agreesWithReference() {
        qt().withExamples(2000).forAll(safeDate(), integers().between(-400, 400))
                .checkAssert((d, n) -> assertEquals(ref.plus(d, n), cal.plusWorkingDays(d, n), d + " + " + n));
    }

    @Test
    void rC4_plusWorkingDays_smallN_agreesWithReference_upToTheEdgesOfTheRange() {
        // n = 1..70 covers the 64-day window after the start, its fallback and the rank/select path;
        // dates run to the last day of the range, where the answer no longer exists (R-C6)
        LocalDate last = LocalDate.ofEpochDay(MAX);
        qt().withExamples(4000).forAll(dates(SAFE_MIN, MAX), integers().between(1, 70))
                .checkAssert((d, n) -> {
                    // 200 days hold more than 70 working days: only near the end can the answer be missing
                    if (d.isBefore(last.minusDays(200)) || ref.between(d, last) >= n) {
                        assertEquals(ref.plus(d, n), cal.plusWorkingDays(d, n), d + " + " + n);
                    } else {
                        DateTimeException e = assertThrows(DateTimeException.class, () -> cal.plusWorkingDays(d, n), d + " + " + n);
                        assertTrue(e.getMessage().contains("R-C6"), e::getMessage);
                    }
                });
    }

    @Test
    void rC4_rC6_plusWorkingDays_smallN_everyStartOfTheLast130DaysOfTheRange() {
        LocalDate last = LocalDate.ofEpochDay(MAX);
        for (LocalDate d = last.minusDays(130); !d.isAfter(last); d = d.plusDays(1)) {
            int left = ref.between(d, last);
            for (int n = 1; n <= 70; n++) {
                LocalDate start = d;
                int k = n;
                if (left >= n) {
                    assertEquals(ref.plus(d, n), cal.plusWorkingDays(d, n), d + " + " + n);
                } else {
                    assertThrows(DateTimeException.class, () -> cal.plusWorkingDays(start, k), d + " + " + n);
                }
            }
        }
    }

    @Test
    void rC4_rC3_plusWorkingDays_smallN_whenClosuresLeaveFewWorkingDaysInTheWindow() {
        // a host closed for seven weeks: the 64 days after a start hold fewer than n working days,
        // so the short path must hand over to the general one
        LocalDate from = LocalDate.of(2031, 6, 2);
        List<LocalDate> closed = from.datesUntil(from.plusWeeks(7)).toList();
        WorkingDayCalendar c = cal.withClosureDays(closed);
        NaiveCalendar r = new NaiveCalendar(new HashSet<>(closed), Set.of());
        qt().withExamples(1500).forAll(integers().between(-30, 60), integers().between(1, 64))
                .checkAssert((offset, n) -> {
                    LocalDate d = from.plusDays(offset);
                    assertEquals(r.plus(d, n), c.plusWorkingDays(d, n), d + " + " + n);
                });
    }

    @Test
    void rC4_workingDaysBetween_agreesWithReference() {
        qt().withExamples(1000).forAll(safeDate(), integers().between(-600, 600))
                .checkAssert((a, span) -> {
                    LocalDate b = a.plusDays(span);
                    assertEquals(ref.between(a, b), cal.workingDaysBetween(a, b), a + ".." + b);
                });
    }

    @Test
    void rC4_plusOfBetween_isTheEndForEveryWorkingDayAfterStart() {
        qt().withExamples(3000).forAll(dates(MIN, MAX - 400), integers().between(1, 100_000))
                .checkAssert((s, days) -> {
                    LocalDate e = s.plusDays(Math.min(days, MAX - 10 - s.toEpochDay())).with(cal.nextOrSameWorkingDay());
                    assertEquals(e, cal.plusWorkingDays(s, cal.workingDaysBetween(s, e)), s + ".." + e);
                });
    }

    @Test
    void rC4_betweenOfPlus_isN() {
        qt().withExamples(3000).forAll(safeDate(), integers().between(-1000, 1000))
                .checkAssert((s, n) -> {
                    int back = cal.workingDaysBetween(s, cal.plusWorkingDays(s, n));
                    // going back from a non-working day: the first step lands on the last working day before s,
                    // which (s, end] does not contain, so between() is one less in magnitude
                    int expected = n < 0 && !cal.isWorkingDay(s) ? n + 1 : n;
                    assertEquals(expected, back, s + " " + n);
                });
    }

    @Test
    void rC4_between_isAdditive() {
        qt().withExamples(3000).forAll(anyDate(), anyDate(), anyDate())
                .checkAssert((a, b, c) -> assertEquals(cal.workingDaysBetween(a, c),
                        cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c)));
    }

    @Test
    void rC4_plusResultIsAWorkingDayStrictlyAfterOrBefore() {
        qt().withExamples(3000).forAll(safeDate(), integers().between(-1000, 1000)).assuming((d, n) -> n != 0)
                .checkAssert((d, n) -> {
                    LocalDate r = cal.plusWorkingDays(d, n);
                    assertEquals(true, cal.isWorkingDay(r));
                    assertEquals(n > 0, r.isAfter(d));
                });
    }

    @Test
    void rC4_plusIsMonotonicInNAndInStart() {
        qt().withExamples(2000).forAll(safeDate(), integers().between(-1000, 999), integers().between(0, 40))
                .checkAssert((d, n, days) -> {
                    assertEquals(true, cal.plusWorkingDays(d, n).isBefore(cal.plusWorkingDays(d, n + 1)));
                    assertEquals(false, cal.plusWorkingDays(d.plusDays(days), n).isBefore(cal.plusWorkingDays(d, n)));
                });
    }

    @Test
    void rC5_nthWorkingDayOfMonth_agreesWithReference() {
        qt().withExamples(2000).forAll(integers().between(1990, 2200), integers().between(1, 12), integers().between(1, 18))
                .checkAssert((y, m, n) -> {
                    YearMonth ym = YearMonth.of(y, m);
                    LocalDate expected = ref.plus(ym.atDay(1).minusDays(1), n);
                    if (YearMonth.from(expected).equals(ym)) {
                        assertEquals(expected, cal.nthWorkingDayOfMonth(ym, n), ym + " #" + n);
                    } else {
                        // the month has fewer than n working days (May 2043 has 17): a clear exception, no guess
                        assertThrows(DateTimeException.class, () -> cal.nthWorkingDayOfMonth(ym, n), ym + " #" + n);
                    }
                });
    }

    @Test
    void rC5_everyMonthOfTheRangeHasAtLeast17WorkingDays_may2043HasExactly17() {
        int min = Integer.MAX_VALUE;
        for (YearMonth m = YearMonth.of(1990, 1); !m.isAfter(YearMonth.of(2200, 12)); m = m.plusMonths(1)) {
            min = Math.min(min, cal.workingDaysInMonth(m));
        }
        assertEquals(17, min);
        assertEquals(17, cal.workingDaysInMonth(YearMonth.of(2043, 5)));
    }

    @Test
    void rC3_closureAndExtraDays_agreeWithReference() {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            long base = SAFE_MIN + (long) (random.nextDouble() * (SAFE_MAX - SAFE_MIN - 400));
            Set<LocalDate> closed = new HashSet<>();
            Set<LocalDate> open = new HashSet<>();
            for (int i = 0; i < 30; i++) {
                closed.add(LocalDate.ofEpochDay(base + random.nextInt(300)));
                LocalDate o = LocalDate.ofEpochDay(base + random.nextInt(300));
                if (!closed.contains(o)) {
                    open.add(o);
                }
            }
            WorkingDayCalendar c = cal.withClosureDays(closed).withExtraWorkingDays(open);
            NaiveCalendar r = new NaiveCalendar(closed, open);
            for (long e = base - 20; e < base + 320; e++) {
                LocalDate d = LocalDate.ofEpochDay(e);
                assertEquals(r.isWorkingDay(d), c.isWorkingDay(d), d::toString);
                assertEquals(r.plus(d, 7), c.plusWorkingDays(d, 7), d::toString);
                assertEquals(r.plus(d, -7), c.plusWorkingDays(d, -7), d::toString);
            }
        }
    }

    @Test
    void sharedCalendar_givesTheSameAnswersOnSeveralThreads() throws Exception {
        Random random = new Random(7);
        List<LocalDate> inputs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            inputs.add(LocalDate.ofEpochDay(SAFE_MIN + random.nextInt((int) (SAFE_MAX - SAFE_MIN))));
        }
        List<LocalDate> expected = inputs.stream().map(d -> ref.plus(d, 10)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<LocalDate>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> inputs.stream().map(d -> cal.plusWorkingDays(d, 10)).toList()));
            }
            for (Future<List<LocalDate>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
