package de.qer.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R-C2, R-C3: every holiday of a few years checked by hand against § 2 Feiertagsgesetz NW. */
class NrwHolidaysTest {

    private final WorkingDayCalendar cal = WorkingDayCalendar.nrw();

    private static List<String> dates(List<Holiday> hs) {
        return hs.stream().map(h -> h.date() + " " + h.label().german()).toList();
    }

    @Test
    void rC2_holidays2026_byHand() {
        assertEquals(List.of(
                "2026-01-01 Neujahrstag", "2026-04-03 Karfreitag", "2026-04-06 Ostermontag",
                "2026-05-01 Tag der Arbeit", "2026-05-14 Christi Himmelfahrt", "2026-05-25 Pfingstmontag",
                "2026-06-04 Fronleichnam", "2026-10-03 Tag der Deutschen Einheit", "2026-11-01 Allerheiligen",
                "2026-12-25 1. Weihnachtstag", "2026-12-26 2. Weihnachtstag"), dates(cal.holidays(2026)));
    }

    @Test
    void rC2_holidays2025_byHand() {
        assertEquals(List.of(
                "2025-01-01 Neujahrstag", "2025-04-18 Karfreitag", "2025-04-21 Ostermontag",
                "2025-05-01 Tag der Arbeit", "2025-05-29 Christi Himmelfahrt", "2025-06-09 Pfingstmontag",
                "2025-06-19 Fronleichnam", "2025-10-03 Tag der Deutschen Einheit", "2025-11-01 Allerheiligen",
                "2025-12-25 1. Weihnachtstag", "2025-12-26 2. Weihnachtstag"), dates(cal.holidays(2025)));
    }

    @Test
    void rC2_holidays2024_byHand() {
        assertEquals(List.of(
                "2024-01-01 Neujahrstag", "2024-03-29 Karfreitag", "2024-04-01 Ostermontag",
                "2024-05-01 Tag der Arbeit", "2024-05-09 Christi Himmelfahrt", "2024-05-20 Pfingstmontag",
                "2024-05-30 Fronleichnam", "2024-10-03 Tag der Deutschen Einheit", "2024-11-01 Allerheiligen",
                "2024-12-25 1. Weihnachtstag", "2024-12-26 2. Weihnachtstag"), dates(cal.holidays(2024)));
    }

    @Test
    void rC2_1990_has17JuneAnd3OctoberAndBussUndBettag() {
        List<String> d = dates(cal.holidays(1990));
        assertTrue(d.contains("1990-06-17 Tag der deutschen Einheit (17. Juni)"), d::toString);
        assertTrue(d.contains("1990-10-03 Tag der Deutschen Einheit"), d::toString);
        assertTrue(d.contains("1990-11-21 Buß- und Bettag"), d::toString);
        assertEquals(13, d.size());
        // Fronleichnam (14 June 1990) comes before 17 June in date order
        List<LocalDate> order = cal.holidays(1990).stream().map(Holiday::date).toList();
        assertEquals(order.stream().sorted().toList(), order);
        assertEquals(LocalDate.of(1990, 6, 14), order.get(6));
        assertEquals(LocalDate.of(1990, 6, 17), order.get(7));
    }

    @Test
    void rC2_17JuneEndsWith1990() {
        assertTrue(cal.holidaysOn(LocalDate.of(1991, 6, 17)).isEmpty());
        assertTrue(cal.isWorkingDay(LocalDate.of(1991, 6, 17))); // a Monday
    }

    @Test
    void rC2_bussUndBettag_until1994Only() {
        assertEquals("Buß- und Bettag", cal.holiday(LocalDate.of(1994, 11, 16)).orElseThrow().label().german());
        assertFalse(cal.isWorkingDay(LocalDate.of(1994, 11, 16)));
        assertTrue(cal.holiday(LocalDate.of(1995, 11, 22)).isEmpty());
        assertTrue(cal.isWorkingDay(LocalDate.of(1995, 11, 22)));
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 11, 18)));
    }

    @Test
    void rC2_reformationstag_2017Only() {
        assertEquals("Reformationstag", cal.holiday(LocalDate.of(2017, 10, 31)).orElseThrow().label().german());
        assertTrue(cal.isWorkingDay(LocalDate.of(2018, 10, 31)));
        assertTrue(cal.isWorkingDay(LocalDate.of(2016, 10, 31)));
    }

    @Test
    void rC2_twoHolidaysOnOneDate_1May2008() {
        List<Holiday> both = cal.holidaysOn(LocalDate.of(2008, 5, 1));
        assertEquals(List.of("Tag der Arbeit", "Christi Himmelfahrt"), both.stream().map(h -> h.label().german()).toList());
        assertEquals("Tag der Arbeit", cal.holiday(LocalDate.of(2008, 5, 1)).orElseThrow().label().german());
        assertEquals(2, cal.holidays(2008).stream().filter(h -> h.date().equals(LocalDate.of(2008, 5, 1))).count());
        assertFalse(cal.isWorkingDay(LocalDate.of(2008, 5, 1)));
    }

    @Test
    void rC3_christmasEveNewYearsEveAndRosenmontag_areWorkingDays() {
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 12, 24)));
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 12, 31)));
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 2, 16))); // Rosenmontag 2026
        assertTrue(cal.holiday(LocalDate.of(2026, 12, 24)).isEmpty());
    }

    static Stream<Arguments> easterDates() {
        return Stream.of(
                Arguments.of(1990, "1990-04-15"), Arguments.of(2000, "2000-04-23"), Arguments.of(2008, "2008-03-23"),
                Arguments.of(2011, "2011-04-24"), Arguments.of(2019, "2019-04-21"), Arguments.of(2024, "2024-03-31"),
                Arguments.of(2025, "2025-04-20"), Arguments.of(2026, "2026-04-05"), Arguments.of(2038, "2038-04-25"));
    }

    @ParameterizedTest(name = "Easter {0} = {1}")
    @MethodSource("easterDates")
    void rC2_easterSunday_publishedDates(int year, String expected) {
        assertEquals(LocalDate.parse(expected), HolidayRules.easterSunday(year));
    }

    @Test
    void rC2_holidaysAreStatutoryWithEnglishNames() {
        for (Holiday h : cal.holidays(2026)) {
            assertTrue(h.isStatutory());
            assertFalse(h.label().english().isBlank());
            assertEquals(HolidayKind.STATUTORY, h.kind());
        }
        assertEquals("Good Friday", cal.holiday(LocalDate.of(2026, 4, 3)).orElseThrow().label().english());
    }

    @Test
    void rC2_everyYearOfTheRange_agreesWithTheIndependentReference() {
        for (int y = 1990; y <= 2200; y++) {
            assertEquals(NaiveCalendar.statutory(y),
                    cal.holidays(y).stream().map(Holiday::date).collect(java.util.stream.Collectors.toSet()), "year " + y);
        }
    }
}
