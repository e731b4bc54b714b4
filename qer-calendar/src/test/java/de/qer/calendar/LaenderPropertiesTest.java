package de.qer.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/** R-C2 for every Land: the calendars against the naive day-by-day reference with its own per-Land rules. */
class LaenderPropertiesTest {

    private static final long MIN = LocalDate.of(1990, 1, 1).toEpochDay();
    private static final long MAX = LocalDate.of(2200, 12, 31).toEpochDay();
    private static final long SAFE_MIN = MIN + 1500; // room for |n| <= 1000 working days
    private static final long SAFE_MAX = MAX - 1500;
    private static final Bundesland[] LAENDER = Bundesland.values();

    private final Map<Bundesland, NaiveCalendar> refs = new EnumMap<>(Bundesland.class);

    private NaiveCalendar ref(Bundesland land) {
        return refs.computeIfAbsent(land, NaiveCalendar::of);
    }

    private static Gen<Bundesland> laender() {
        return integers().between(0, LAENDER.length - 1).map(i -> LAENDER[i]);
    }

    private static Gen<LocalDate> safeDate() {
        return longs().between(SAFE_MIN, SAFE_MAX).map(LocalDate::ofEpochDay);
    }

    @ParameterizedTest(name = "R-C1, R-C2 {0}: every day 1990..2200 agrees with the naive reference")
    @EnumSource(Bundesland.class)
    void rC2_everyDayOfTheRange_agreesWithTheNaiveReference(Bundesland land) {
        WorkingDayCalendar cal = WorkingDayCalendar.of(land);
        NaiveCalendar ref = ref(land);
        int workingDays = 0;
        for (long e = MIN; e <= MAX; e++) {
            LocalDate d = LocalDate.ofEpochDay(e);
            boolean expected = ref.isWorkingDay(d);
            if (expected != cal.isWorkingDay(d)) {
                assertEquals(expected, cal.isWorkingDay(d), land + " " + d);
            }
            if (expected) {
                workingDays++;
            }
        }
        // the totals agree too: workingDaysBetween over the whole range counts every bit
        assertEquals(workingDays, cal.workingDaysBetween(LocalDate.ofEpochDay(MIN), LocalDate.ofEpochDay(MAX)), land::toString);
    }

    @ParameterizedTest(name = "R-C2 {0}: holidays(year) lists exactly the reference's dates, each holiday once")
    @EnumSource(Bundesland.class)
    void rC2_holidaysOfEveryYear_areTheReferencesDates_eachOnce(Bundesland land) {
        WorkingDayCalendar cal = WorkingDayCalendar.of(land);
        for (int y = 1990; y <= 2200; y++) {
            List<Holiday> hs = cal.holidays(y);
            assertEquals(NaiveCalendar.statutory(land, y), hs.stream().map(Holiday::date).collect(Collectors.toSet()),
                    land + " " + y);
            Set<String> names = new HashSet<>();
            for (Holiday h : hs) {
                assertEquals(true, names.add(h.label().german()), land + " " + y + " twice: " + h.label().german());
                assertEquals(HolidayKind.STATUTORY, h.kind());
                assertEquals(true, h.since() >= 1990 && h.since() <= y, () -> h.toString());
                assertEquals(true, h.law().contains(land.holidayLaw()) || h.law().contains("1953"), () -> h.toString());
            }
            List<LocalDate> dates = hs.stream().map(Holiday::date).toList();
            assertEquals(dates.stream().sorted().toList(), dates, land + " " + y + ": in date order");
        }
    }

    @Test
    @DisplayName("R-C4, R-C2: plusWorkingDays agrees with the reference in every Land")
    void rC4_plusWorkingDays_agreesWithTheReference_inEveryLand() {
        qt().withExamples(3000).forAll(laender(), safeDate(), integers().between(-400, 400))
                .checkAssert((land, d, n) -> assertEquals(ref(land).plus(d, n),
                        WorkingDayCalendar.of(land).plusWorkingDays(d, n), land + " " + d + " + " + n));
    }

    @Test
    @DisplayName("R-C4, R-C2: plusWorkingDays for small n (the one-word shortcut) agrees in every Land")
    void rC4_plusWorkingDays_smallN_agreesWithTheReference_inEveryLand() {
        qt().withExamples(3000).forAll(laender(), safeDate(), integers().between(1, 70))
                .checkAssert((land, d, n) -> assertEquals(ref(land).plus(d, n),
                        WorkingDayCalendar.of(land).plusWorkingDays(d, n), land + " " + d + " + " + n));
    }

    @Test
    @DisplayName("R-C4, R-C2: workingDaysBetween agrees with the reference in every Land")
    void rC4_workingDaysBetween_agreesWithTheReference_inEveryLand() {
        qt().withExamples(2000).forAll(laender(), safeDate(), integers().between(-600, 600))
                .checkAssert((land, a, span) -> {
                    LocalDate b = a.plusDays(span);
                    assertEquals(ref(land).between(a, b), WorkingDayCalendar.of(land).workingDaysBetween(a, b),
                            land + " " + a + ".." + b);
                });
    }

    @Test
    @DisplayName("R-C2: with local holidays switched on, the calendar agrees with the reference")
    void rC2_localHolidays_agreeWithTheReference() {
        for (LocalHoliday h : LocalHoliday.values()) {
            WorkingDayCalendar cal = WorkingDayCalendar.of(h.land()).withLocalHolidays(Set.of(h));
            NaiveCalendar ref = new NaiveCalendar(h.land(), Set.of(h), Set.of(), Set.of());
            for (long e = MIN; e <= MAX; e++) {
                LocalDate d = LocalDate.ofEpochDay(e);
                if (ref.isWorkingDay(d) != cal.isWorkingDay(d)) {
                    assertEquals(ref.isWorkingDay(d), cal.isWorkingDay(d), h + " " + d);
                }
            }
            qt().withExamples(500).forAll(safeDate(), integers().between(-100, 100))
                    .checkAssert((d, n) -> assertEquals(ref.plus(d, n), cal.plusWorkingDays(d, n), h + " " + d + " + " + n));
        }
    }

    @Test
    @DisplayName("R-C2: every Land's calendar is built once and shared, also when threads race for it")
    void everyLandsCalendar_isBuiltOnce_evenWhenThreadsRace() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Map<Bundesland, WorkingDayCalendar>> seen = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Map<Bundesland, WorkingDayCalendar> mine = new EnumMap<>(Bundesland.class);
            seen.add(mine);
            threads.add(new Thread(() -> {
                for (Bundesland land : LAENDER) {
                    mine.put(land, WorkingDayCalendar.of(land));
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        for (Bundesland land : LAENDER) {
            for (Map<Bundesland, WorkingDayCalendar> m : seen) {
                assertEquals(true, m.get(land) == WorkingDayCalendar.of(land), land::toString);
            }
        }
    }
}
