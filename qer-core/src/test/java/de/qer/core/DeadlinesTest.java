package de.qer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import de.qer.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class DeadlinesTest {

    private final Deadlines d = Deadlines.standard();

    private static LocalDate date(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void rF1_tenWorkingDaysAfterApproval() {
        assertEquals(date("2026-11-27"), d.applicantDeadline(date("2026-11-13")).due());
        // across Christmas and New Year (25/26 Dec, 1 Jan)
        assertEquals(date("2026-12-29"), d.applicantDeadline(date("2026-12-14")).due());
        assertEquals(date("2027-01-05"), d.applicantDeadline(date("2026-12-18")).due());
        Deadline dl = d.applicantDeadline(date("2026-12-18"));
        assertEquals("R-F1", dl.rule());
        assertEquals(10, dl.explain(d.calendar()).countedDays().size());
        assertTrue(dl.isOverdueOn(date("2027-01-06")));
        assertFalse(dl.isOverdueOn(date("2027-01-05")));
    }

    @Test
    void rF2_firstTenWorkingDaysOfTheFollowingMonth() {
        assertEquals(date("2027-01-15"), d.importDeadline(YearMonth.of(2026, 12)).due()); // 1 Jan holiday
        assertEquals(date("2026-12-14"), d.importDeadline(YearMonth.of(2026, 11)).due());
        assertEquals(date("2027-02-12"), d.importDeadline(YearMonth.of(2027, 1)).due());
        assertEquals(date("2026-12-31"), d.importDeadline(YearMonth.of(2026, 12)).trigger());
    }

    @Test
    void rF4_clarificationWithinThreeWorkingDays() {
        assertEquals(date("2026-11-25"), d.earlyRequestDeadline(date("2026-11-20")).due()); // Fri -> Wed
        assertEquals(date("2026-12-29"), d.earlyRequestDeadline(date("2026-12-23")).due()); // 24, 28, 29
    }

    @Test
    void rE2_tenWorkingDaysAfterTheLastDayOfAlg() {
        assertEquals(date("2027-02-12"), d.afterAlgDeadline(date("2027-01-31")).due());
        assertEquals("R-E2", d.afterAlgDeadline(date("2027-01-31")).rule());
    }

    @Test
    void rQ3_catchUpAtTheLatestTenWorkingDaysLater() {
        assertEquals(date("2026-11-27"), d.catchUpDeadline(date("2026-11-13")).due());
        assertEquals("R-Q3", d.catchUpDeadline(date("2026-11-13")).rule());
        assertEquals(10, d.catchUpDeadline(date("2026-11-13")).workingDays());
    }

    @Test
    void policyNumbersComeFromThePolicy_notFromConstants() {
        QuerPolicy p = ImmutableQuerPolicy.copyOf(QuerPolicy.standard()).withQuerDueWorkingDays(5)
                .withEarlyRequestWorkingDays(1).withAfterAlgWorkingDays(2).withImportDueWorkingDays(3)
                .withOpenPointCatchUpWorkingDays(4).withMinimumAge(16);
        Deadlines custom = Deadlines.of(p, WorkingDayCalendar.nrw());
        assertEquals(date("2026-11-20"), custom.applicantDeadline(date("2026-11-13")).due());
        assertEquals(date("2026-11-23"), custom.earlyRequestDeadline(date("2026-11-20")).due());
        assertEquals(date("2027-02-02"), custom.afterAlgDeadline(date("2027-01-31")).due());
        assertEquals(date("2027-01-06"), custom.importDeadline(YearMonth.of(2026, 12)).due());
        assertEquals(date("2026-11-19"), custom.catchUpDeadline(date("2026-11-13")).due());
        assertFalse(custom.isQuerRelevant(date("2010-06-10"), date("2026-06-09")));
        assertTrue(custom.isQuerRelevant(date("2010-06-10"), date("2026-06-10")));
        assertTrue(d.isQuerRelevant(date("2010-06-10"), date("2025-06-10")));
        assertEquals(QuerPolicy.standard(), QuerPolicy.builder().build());
        assertThrows(IllegalArgumentException.class, () -> QuerPolicy.builder().querDueWorkingDays(0).build());
        assertThrows(IllegalArgumentException.class, () -> QuerPolicy.builder().importDueWorkingDays(18).build());
    }

    @Test
    void policyTimeline_switchesByDate() {
        QuerPolicy reform = ImmutableQuerPolicy.copyOf(QuerPolicy.standard()).withRechtsfolgenbelehrungWhileCooperating(true);
        PolicyTimeline t = PolicyTimeline.of(QuerPolicy.standard()).from(date("2026-07-01"), reform);
        assertFalse(t.on(date("2026-06-30")).rechtsfolgenbelehrungWhileCooperating());
        assertTrue(t.on(date("2026-07-01")).rechtsfolgenbelehrungWhileCooperating());
    }

    // ---------------------------------------------------------------- R-F3: age 15 and § 7a SGB II

    @Test
    void rF3_fifteenFromThe15thBirthday() {
        assertFalse(d.isQuerRelevant(date("2011-11-24"), date("2026-11-23")));
        assertTrue(d.isQuerRelevant(date("2011-11-24"), date("2026-11-24")));
        assertFalse(d.isQuerRelevant(date("2011-11-24"), date("2000-01-01"))); // before birth
    }

    @Test
    void rF3_bornOn29February_isFifteenFrom1MarchInCommonYears() {
        assertFalse(d.isQuerRelevant(date("2012-02-29"), date("2027-02-28")));
        assertTrue(d.isQuerRelevant(date("2012-02-29"), date("2027-03-01")));
        assertEquals(date("2027-03-01"), d.relevantFrom(date("2012-02-29")));
        assertEquals(date("2028-02-28"), d.relevantFrom(date("2013-02-28")));
        assertEquals(date("2031-02-28"), d.relevantFrom(date("2016-02-28")));
    }

    static Stream<Arguments> paragraph7a() {
        return Stream.of(
                // birth year, limit as written in § 7a SGB II
                Arguments.of(1946, Period.of(65, 0, 0)),
                Arguments.of(1947, Period.of(65, 1, 0)),
                Arguments.of(1952, Period.of(65, 6, 0)),
                Arguments.of(1958, Period.of(65, 12, 0)),
                Arguments.of(1959, Period.of(66, 2, 0)),
                Arguments.of(1963, Period.of(66, 10, 0)),
                Arguments.of(1964, Period.of(67, 0, 0)),
                Arguments.of(1990, Period.of(67, 0, 0)));
    }

    @ParameterizedTest(name = "born {0}: limit {1}")
    @MethodSource("paragraph7a")
    void rF3_paragraph7aTableAsWritten(int birthYear, Period limit) {
        assertEquals(limit, AgeLimit.paragraph7a().limitFor(birthYear));
    }

    @Test
    void rF3_eLbUntilTheEndOfTheMonthInWhichTheLimitIsCompleted() {
        // born 15 Mar 1960: 66 y + 4 m -> 15 Jul 2026, completed 14 Jul -> eLb through 31 Jul 2026
        assertEquals(date("2026-07-31"), d.lastDayAsElb(date("1960-03-15")));
        assertTrue(d.isQuerRelevant(date("1960-03-15"), date("2026-07-31")));
        assertFalse(d.isQuerRelevant(date("1960-03-15"), date("2026-08-01")));
        // born on the 1st: 1 Jul 2026 is the anniversary, completed on 30 Jun -> one month earlier
        assertEquals(date("2026-06-30"), d.lastDayAsElb(date("1960-03-01")));
        // born 2 Mar 1960 for contrast
        assertEquals(date("2026-07-31"), d.lastDayAsElb(date("1960-03-02")));
        // born 29 Feb 1964: 67 y -> anniversary 1 Mar 2031, completed 28 Feb 2031
        assertEquals(date("2031-02-28"), d.lastDayAsElb(date("1964-02-29")));
        // born 1946 and earlier: 65 years
        assertEquals(date("2011-06-30"), d.lastDayAsElb(date("1946-06-10")));
        // born 1 Jan 1964: 67 y -> anniversary 1 Jan 2031, completed 31 Dec 2030
        assertEquals(date("2030-12-31"), d.lastDayAsElb(date("1964-01-01")));
        // 31st of a month whose target month is shorter: born 31 Jul 1959, 66 y 2 m -> 30 Sep 2025 completed
        assertEquals(date("2025-09-30"), d.lastDayAsElb(date("1959-07-31")));
    }

    /** Naive reference: the first day x with Period.between(birth, x + 1) >= limit; eLb to the end of x's month. */
    private static boolean naiveRelevant(LocalDate birth, LocalDate on) {
        if (on.isBefore(birth) || Period.between(birth, on).getYears() < 15) {
            return false;
        }
        Period limit = AgeLimit.paragraph7a().limitFor(birth.getYear());
        long limitMonths = limit.toTotalMonths();
        LocalDate x = birth.plusMonths(limitMonths).minusDays(40);
        while (Period.between(birth, x.plusDays(1)).toTotalMonths() < limitMonths) {
            x = x.plusDays(1);
        }
        return !on.isAfter(x.with(TemporalAdjusters.lastDayOfMonth()));
    }

    private static Gen<LocalDate> dates(String from, String to) {
        return longs().between(date(from).toEpochDay(), date(to).toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Test
    void rF3_isQuerRelevant_agreesWithNaiveReference() {
        qt().withExamples(3000).forAll(dates("1935-01-01", "2015-12-31"), dates("1990-01-01", "2040-12-31"))
                .checkAssert((birth, on) -> assertEquals(naiveRelevant(birth, on), d.isQuerRelevant(birth, on), birth + " " + on));
    }

    @Test
    void rF3_isQuerRelevant_agreesWithNaiveReference_atTheEdges() {
        // every day around the limit for births on the 1st, the 28th-31st and 29 Feb
        for (String b : List.of("1959-03-01", "1960-02-29", "1961-01-31", "1964-02-29", "1947-12-31", "1958-08-30", "1963-05-01")) {
            LocalDate birth = date(b);
            LocalDate last = d.lastDayAsElb(birth);
            for (LocalDate on = last.minusDays(70); on.isBefore(last.plusDays(70)); on = on.plusDays(1)) {
                assertEquals(naiveRelevant(birth, on), d.isQuerRelevant(birth, on), birth + " " + on);
            }
        }
    }

    @Test
    void dueDatesAreWorkingDaysAndNotBeforeTheirTrigger() {
        WorkingDayCalendar cal = d.calendar();
        qt().withExamples(2000).forAll(dates("1991-01-01", "2199-01-01"))
                .checkAssert(x -> {
                    for (Deadline dl : List.of(d.applicantDeadline(x), d.earlyRequestDeadline(x), d.afterAlgDeadline(x),
                            d.importDeadline(YearMonth.from(x)))) {
                        assertTrue(cal.isWorkingDay(dl.due()), dl::toString);
                        assertTrue(dl.due().isAfter(dl.trigger()), dl::toString);
                    }
                    assertTrue(d.importDeadline(YearMonth.from(x)).due().isAfter(YearMonth.from(x).atEndOfMonth()));
                });
    }

    @Test
    void deadlinesAreMonotonicInTheirTrigger() {
        qt().withExamples(2000).forAll(dates("1991-01-01", "2199-01-01"), integers().between(0, 60))
                .checkAssert((x, k) -> {
                    assertFalse(d.applicantDeadline(x.plusDays(k)).due().isBefore(d.applicantDeadline(x).due()));
                    assertFalse(d.afterAlgDeadline(x.plusDays(k)).due().isBefore(d.afterAlgDeadline(x).due()));
                });
    }
}
