package de.qer.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R-C2 for the Länder: each history boundary of the Feiertagsgesetze, named, with the Länder on both sides. */
class LaenderTest {

    private static final Set<Bundesland> ALL = EnumSet.allOf(Bundesland.class);
    private static final Set<Bundesland> EAST = EnumSet.of(Bundesland.BB, Bundesland.MV, Bundesland.SN,
            Bundesland.ST, Bundesland.TH);
    private static final Set<Bundesland> NORTH = EnumSet.of(Bundesland.HB, Bundesland.HH, Bundesland.NI, Bundesland.SH);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static WorkingDayCalendar cal(Bundesland land) {
        return WorkingDayCalendar.of(land);
    }

    /** The Länder in which the date is a statutory holiday with that name. */
    private static Set<Bundesland> landsWith(String date, String name) {
        Set<Bundesland> result = EnumSet.noneOf(Bundesland.class);
        for (Bundesland land : Bundesland.values()) {
            if (cal(land).holidaysOn(d(date)).stream().anyMatch(h -> h.label().german().equals(name))) {
                result.add(land);
            }
        }
        return result;
    }

    /** The Länder in which the date is not a working day. */
    private static Set<Bundesland> landsOff(String date) {
        Set<Bundesland> result = EnumSet.noneOf(Bundesland.class);
        for (Bundesland land : Bundesland.values()) {
            if (!cal(land).isWorkingDay(d(date))) {
                result.add(land);
            }
        }
        return result;
    }

    private static Set<Bundesland> except(Set<Bundesland> lands) {
        Set<Bundesland> rest = EnumSet.allOf(Bundesland.class);
        rest.removeAll(lands);
        return rest;
    }

    // ------------------------------------------------------------------ history boundaries

    @Test
    @DisplayName("R-C2: Buß- und Bettag everywhere through 1994 (16 Nov 1994)")
    void rC2_bussUndBettag_everywhereThrough1994() {
        assertEquals(ALL, landsWith("1994-11-16", "Buß- und Bettag"));
        assertEquals(ALL, landsOff("1994-11-16"));
        assertEquals(ALL, landsWith("1990-11-21", "Buß- und Bettag"));
    }

    @Test
    @DisplayName("R-C2: Buß- und Bettag from 1995 only in Saxony (22 Nov 1995, 18 Nov 2026)")
    void rC2_bussUndBettag_from1995_onlyInSaxony() {
        assertEquals(Set.of(Bundesland.SN), landsWith("1995-11-22", "Buß- und Bettag"));
        assertEquals(Set.of(Bundesland.SN), landsOff("1995-11-22"));
        assertEquals(Set.of(Bundesland.SN), landsOff("2026-11-18"));
        Holiday h = cal(Bundesland.SN).holiday(d("2026-11-18")).orElseThrow();
        assertEquals("§ 1 SächsSFG", h.law());
        assertEquals(1990, h.since());
    }

    @Test
    @DisplayName("R-C2: Reformationstag in the eastern Länder every year, 1990 included (31 Oct 1990, 2016)")
    void rC2_reformationstag_eastEveryYear_1990Included() {
        assertEquals(EAST, landsWith("1990-10-31", "Reformationstag"));
        assertEquals(EAST, landsOff("1990-10-31"));   // a Wednesday
        assertEquals(EAST, landsOff("2016-10-31"));   // a Monday
    }

    @Test
    @DisplayName("R-C2: Reformationstag 2017 everywhere (500 years of the Reformation)")
    void rC2_reformationstag2017_everywhere() {
        assertEquals(ALL, landsWith("2017-10-31", "Reformationstag"));
        assertEquals(ALL, landsOff("2017-10-31"));
        assertEquals(2017, cal(Bundesland.BY).holiday(d("2017-10-31")).orElseThrow().since());
    }

    @Test
    @DisplayName("R-C2: Reformationstag since 2018 also in HB, HH, NI, SH, not in the south and west")
    void rC2_reformationstag_since2018_inTheNorthernLaender() {
        Set<Bundesland> expected = EnumSet.copyOf(EAST);
        expected.addAll(NORTH);
        assertEquals(expected, landsOff("2018-10-31"));  // a Wednesday
        assertEquals(expected, landsOff("2025-10-31"));  // a Friday
        assertEquals(2018, cal(Bundesland.NI).holiday(d("2025-10-31")).orElseThrow().since());
        assertEquals("§ 2 NFeiertagsG", cal(Bundesland.NI).holiday(d("2025-10-31")).orElseThrow().law());
    }

    @Test
    @DisplayName("R-C2: Internationaler Frauentag in Berlin since 2019")
    void rC2_frauentag_berlinSince2019() {
        assertTrue(cal(Bundesland.BE).isWorkingDay(d("2018-03-08")));   // a Thursday
        assertFalse(cal(Bundesland.BE).isWorkingDay(d("2019-03-08")));  // a Friday
        assertEquals(Set.of(Bundesland.BE), landsWith("2019-03-08", "Internationaler Frauentag"));
        Holiday h = cal(Bundesland.BE).holiday(d("2019-03-08")).orElseThrow();
        assertEquals("§ 1 FTG BE", h.law());
        assertEquals(2019, h.since());
    }

    @Test
    @DisplayName("R-C2: Internationaler Frauentag in Mecklenburg-Vorpommern since 2023")
    void rC2_frauentag_mecklenburgVorpommernSince2023() {
        assertTrue(cal(Bundesland.MV).isWorkingDay(d("2022-03-08")));   // a Tuesday
        assertFalse(cal(Bundesland.MV).isWorkingDay(d("2023-03-08")));  // a Wednesday
        assertEquals(Set.of(Bundesland.BE, Bundesland.MV), landsOff("2023-03-08"));
        assertEquals(2023, cal(Bundesland.MV).holiday(d("2023-03-08")).orElseThrow().since());
    }

    @Test
    @DisplayName("R-C2: Weltkindertag in Thuringia since 2019")
    void rC2_weltkindertag_thuringiaSince2019() {
        assertTrue(cal(Bundesland.TH).isWorkingDay(d("2018-09-20")));   // a Thursday
        assertEquals(Set.of(Bundesland.TH), landsOff("2019-09-20"));    // a Friday
        assertEquals("Weltkindertag", cal(Bundesland.TH).holiday(d("2019-09-20")).orElseThrow().label().german());
        assertEquals("World Children's Day", cal(Bundesland.TH).holiday(d("2019-09-20")).orElseThrow().label().english());
    }

    @Test
    @DisplayName("R-C2: Berlin's one-off days 8 May 2020, 8 May 2025, 17 June 2028, and no other year")
    void rC2_berlinOneOffDays() {
        assertEquals(Set.of(Bundesland.BE), landsOff("2020-05-08"));   // a Friday
        assertEquals(Set.of(Bundesland.BE), landsOff("2025-05-08"));   // a Thursday
        assertEquals(Set.of(Bundesland.BE), landsWith("2020-05-08", "Tag der Befreiung"));
        assertEquals(Set.of(Bundesland.BE), landsWith("2028-06-17", "75. Jahrestag des Volksaufstandes vom 17. Juni 1953"));
        assertTrue(cal(Bundesland.BE).isWorkingDay(d("2024-05-08")));
        assertTrue(cal(Bundesland.BE).isWorkingDay(d("2026-05-08")));
        assertTrue(cal(Bundesland.BE).isWorkingDay(d("2030-05-08")));  // not every five years
        assertTrue(cal(Bundesland.BE).isWorkingDay(d("2027-06-17")));
        assertEquals(2025, cal(Bundesland.BE).holiday(d("2025-05-08")).orElseThrow().since());
    }

    @Test
    @DisplayName("R-C2: 17 June (West Germany) through 1990 in the western Länder and Berlin, not in the east")
    void rC2_17June_through1990_west() {
        assertEquals(except(EAST), landsWith("1990-06-17", "Tag der deutschen Einheit (17. Juni)"));
        assertEquals(ALL, landsOff("1990-06-17"));  // a Sunday anyway
        assertEquals(Set.of(), landsOff("1991-06-17"));  // a Monday
        assertTrue(cal(Bundesland.NW).holiday(d("1990-06-17")).orElseThrow().law().contains("4. August 1953"));
    }

    @Test
    @DisplayName("R-C2: Tag der Deutschen Einheit 3 Oct 1990 in every Land, under the Einigungsvertrag")
    void rC2_3October1990_everywhere() {
        assertEquals(ALL, landsWith("1990-10-03", "Tag der Deutschen Einheit"));
        assertTrue(cal(Bundesland.SN).holiday(d("1990-10-03")).orElseThrow().law().startsWith("Art. 2 Abs. 2 Einigungsvertrag"));
    }

    @Test
    @DisplayName("R-C2: Heilige Drei Könige in BW, BY, ST; Fronleichnam in BW, BY, HE, NW, RP, SL; Allerheiligen in BW, BY, NW, RP, SL; Mariä Himmelfahrt in SL")
    void rC2_landHolidaysOfTheSouthAndWest() {
        assertEquals(EnumSet.of(Bundesland.BW, Bundesland.BY, Bundesland.ST), landsOff("2026-01-06"));
        assertEquals(EnumSet.of(Bundesland.BW, Bundesland.BY, Bundesland.HE, Bundesland.NW, Bundesland.RP, Bundesland.SL),
                landsOff("2026-06-04"));
        assertEquals(EnumSet.of(Bundesland.BW, Bundesland.BY, Bundesland.NW, Bundesland.RP, Bundesland.SL),
                landsOff("2027-11-01"));
        assertEquals(Set.of(Bundesland.SL), landsOff("2025-08-15"));
        assertEquals("Art. 1 FTG BY", cal(Bundesland.BY).holiday(d("2026-01-06")).orElseThrow().law());
    }

    @Test
    @DisplayName("R-C2: Brandenburg lists Ostersonntag and Pfingstsonntag; Sundays, so no working day changes")
    void rC2_brandenburgEasterAndWhitSunday() {
        assertEquals(Set.of(Bundesland.BB), landsWith("2026-04-05", "Ostersonntag"));
        assertEquals(Set.of(Bundesland.BB), landsWith("2026-05-24", "Pfingstsonntag"));
        assertEquals(cal(Bundesland.BE).workingDaysBetween(d("1990-01-01"), d("2200-12-31")),
                cal(Bundesland.BB).workingDaysBetween(d("1990-01-01"), d("2200-12-31"))
                        - berlinDaysMinusReformationstage(), "BE = BB + Reformationstage - Frauentage - Berlin's one-off days");
    }

    /** What separates BB from BE in working days: BB has Reformationstag, BE Frauentag and its one-off days. */
    private static int berlinDaysMinusReformationstage() {
        int diff = 0;
        for (int y = 1990; y <= 2200; y++) {
            if (y != 2017 && LocalDate.of(y, 10, 31).getDayOfWeek().getValue() <= 5) {
                diff--;
            }
            if (y >= 2019 && LocalDate.of(y, 3, 8).getDayOfWeek().getValue() <= 5) {
                diff++;
            }
        }
        return diff + 2;   // 8 May 2020 and 2025 (17 June 2028 is a Saturday)
    }

    static Stream<Arguments> holidaysPerLand2026() {
        return Stream.of(
                Arguments.of(Bundesland.BW, 12), Arguments.of(Bundesland.BY, 12), Arguments.of(Bundesland.BE, 10),
                Arguments.of(Bundesland.BB, 12), Arguments.of(Bundesland.HB, 10), Arguments.of(Bundesland.HH, 10),
                Arguments.of(Bundesland.HE, 10), Arguments.of(Bundesland.MV, 11), Arguments.of(Bundesland.NI, 10),
                Arguments.of(Bundesland.NW, 11), Arguments.of(Bundesland.RP, 11), Arguments.of(Bundesland.SL, 12),
                Arguments.of(Bundesland.SN, 11), Arguments.of(Bundesland.ST, 11), Arguments.of(Bundesland.SH, 10),
                Arguments.of(Bundesland.TH, 11));
    }

    @ParameterizedTest(name = "R-C2: {0} has {1} statutory holidays in 2026")
    @MethodSource("holidaysPerLand2026")
    void rC2_numberOfHolidays2026(Bundesland land, int expected) {
        assertEquals(expected, cal(land).holidays(2026).size(), () -> cal(land).holidays(2026).toString());
    }

    // ------------------------------------------------------------------ API

    @Test
    void of_isSharedPerLand_nrwIsNW() {
        assertSame(WorkingDayCalendar.nrw(), WorkingDayCalendar.of(Bundesland.NW));
        for (Bundesland land : Bundesland.values()) {
            assertSame(WorkingDayCalendar.of(land), WorkingDayCalendar.of(land));
            assertEquals(land, WorkingDayCalendar.of(land).land());
        }
        NullPointerException e = assertThrows(NullPointerException.class, () -> WorkingDayCalendar.of(null));
        assertEquals("land", e.getMessage());
    }

    @Test
    void equalsHashCodeAndToString_includeTheLand() {
        WorkingDayCalendar by = cal(Bundesland.BY);
        WorkingDayCalendar bw = cal(Bundesland.BW);
        assertNotEquals(by, bw);
        assertNotEquals(by.hashCode(), bw.hashCode());
        assertEquals(by, by.withClosureDays(List.of()));
        assertEquals(by.hashCode(), by.withClosureDays(List.of()).hashCode());
        assertNotEquals(by.withClosureDays(List.of(d("2026-12-24"))), bw.withClosureDays(List.of(d("2026-12-24"))));
        assertEquals("WorkingDayCalendar[DE-BY, 1990-01-01..2200-12-31, closureDays=0, extraWorkingDays=0]", by.toString());
        assertEquals(Bundesland.BY, by.withClosureDays(List.of(d("2026-12-24"))).land());
    }

    @Test
    void bundesland_namesAndCodes() {
        assertEquals(16, Bundesland.values().length);
        assertEquals("DE-NW", Bundesland.NW.isoCode());
        assertEquals("Nordrhein-Westfalen", Bundesland.NW.label().german());
        assertEquals("North Rhine-Westphalia", Bundesland.NW.label().english());
        assertEquals("Thüringen", Bundesland.TH.label().german());
        assertEquals("Bavaria", Bundesland.BY.label().english());
        assertEquals("§ 2 FTG NW", Bundesland.NW.holidayLaw());
        for (Bundesland land : Bundesland.values()) {
            assertSame(land, Bundesland.ofIsoCode(land.isoCode()));
            assertSame(land, Bundesland.ofIsoCode(land.name().toLowerCase(Locale.ROOT)));
            assertFalse(land.label().german().isBlank() || land.label().english().isBlank() || land.holidayLaw().isBlank());
        }
        assertThrows(IllegalArgumentException.class, () -> Bundesland.ofIsoCode("DE-XX"));
        assertThrows(IllegalArgumentException.class, () -> Bundesland.ofIsoCode("AT-9"));
        assertThrows(NullPointerException.class, () -> Bundesland.ofIsoCode(null));
    }

    @Test
    void nullArguments_areNamed() {
        WorkingDayCalendar c = WorkingDayCalendar.nrw();
        assertEquals("date", assertThrows(NullPointerException.class, () -> c.isWorkingDay(null)).getMessage());
        assertEquals("start", assertThrows(NullPointerException.class, () -> c.plusWorkingDays(null, 1)).getMessage());
        assertEquals("end", assertThrows(NullPointerException.class, () -> c.workingDaysBetween(d("2026-01-01"), null)).getMessage());
        assertEquals("month", assertThrows(NullPointerException.class, () -> c.workingDaysInMonth(null)).getMessage());
        assertEquals("date", assertThrows(NullPointerException.class, () -> c.holidaysOn(null)).getMessage());
        assertEquals("holidays", assertThrows(NullPointerException.class, () -> c.withLocalHolidays(null)).getMessage());
    }

    @Test
    @DisplayName("R-C2, R-C4: explain names the Land's holidays and their law")
    void explain_namesTheHolidayAndItsLaw() {
        DeadlineExplanation e = cal(Bundesland.BY).explain(d("2027-01-04"), 10);
        assertEquals(d("2027-01-19"), e.result());
        assertEquals(d("2027-01-18"), WorkingDayCalendar.nrw().plusWorkingDays(d("2027-01-04"), 10));
        SkippedDay epiphany = e.skippedDays().get(0);
        assertEquals(d("2027-01-06"), epiphany.date());
        assertEquals("Heilige Drei Könige (Feiertag)", epiphany.reason(Locale.GERMAN));
        assertEquals("Art. 1 FTG BY", epiphany.holidays().get(0).law());
        assertTrue(e.format(Locale.GERMAN).contains("Feiertage nach: Art. 1 FTG BY"), e.format(Locale.GERMAN));
        assertTrue(e.format(Locale.ENGLISH).contains("2027-01-06 Epiphany (public holiday)"), e.format(Locale.ENGLISH));
        assertTrue(e.format(Locale.ENGLISH).contains("Holidays under: Art. 1 FTG BY"), e.format(Locale.ENGLISH));
    }

    @Test
    void holiday_rejectsASinceAfterItsYear_andTheShortConstructorHasNoLaw() {
        Holiday h = new Holiday(d("2026-12-24"), new Label("Heiligabend", "Christmas Eve"), HolidayKind.CLOSURE_DAY);
        assertEquals("", h.law());
        assertEquals(2026, h.since());
        assertThrows(IllegalArgumentException.class,
                () -> new Holiday(d("2026-12-24"), new Label("Heiligabend", "Christmas Eve"), HolidayKind.CLOSURE_DAY, "", 2027));
        assertThrows(NullPointerException.class,
                () -> new Holiday(d("2026-12-24"), new Label("Heiligabend", "Christmas Eve"), HolidayKind.CLOSURE_DAY, null, 2026));
    }
}
