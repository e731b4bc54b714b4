package de.qer.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-C2: holidays of single communes are no defaults; a host switches them on for its calendar. */
class LocalHolidayTest {

    private final WorkingDayCalendar bayern = WorkingDayCalendar.of(Bundesland.BY);
    private final WorkingDayCalendar augsburg = bayern.withLocalHolidays(Set.of(LocalHoliday.AUGSBURGER_FRIEDENSFEST));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    @DisplayName("R-C2: the Augsburger Friedensfest is off in Augsburg only when switched on")
    void augsburgerFriedensfest_onlyWhenSwitchedOn() {
        assertTrue(bayern.isWorkingDay(d("2025-08-08")));      // a Friday
        assertFalse(augsburg.isWorkingDay(d("2025-08-08")));
        assertTrue(bayern.holidaysOn(d("2025-08-08")).isEmpty());
        Holiday h = augsburg.holiday(d("2025-08-08")).orElseThrow();
        assertEquals("Augsburger Hohes Friedensfest", h.label().german());
        assertEquals(HolidayKind.LOCAL, h.kind());
        assertFalse(h.isStatutory());
        assertEquals("Art. 1 Abs. 2 FTG BY", h.law());
        assertEquals(13, augsburg.holidays(2025).size());
        assertEquals(Set.of(LocalHoliday.AUGSBURGER_FRIEDENSFEST), augsburg.localHolidays());
        assertTrue(bayern.localHolidays().isEmpty());
    }

    @Test
    @DisplayName("R-C2, R-C4: explain names a local holiday as such, with its law")
    void explain_namesTheLocalHoliday() {
        DeadlineExplanation e = augsburg.explain(d("2025-08-07"), 1);
        assertEquals(d("2025-08-11"), e.result());
        assertEquals("Augsburger Hohes Friedensfest (örtlicher Feiertag)", e.skippedDays().get(0).reason(Locale.GERMAN));
        assertEquals("Augsburg Peace Festival (local public holiday)", e.skippedDays().get(0).reason(Locale.ENGLISH));
        assertTrue(e.format(Locale.GERMAN).contains("Feiertage nach: Art. 1 Abs. 2 FTG BY"), e.format(Locale.GERMAN));
    }

    @Test
    @DisplayName("R-C2: Mariä Himmelfahrt in Catholic Bavarian communes, Fronleichnam in parts of SN and TH")
    void otherLocalHolidays() {
        assertTrue(bayern.isWorkingDay(d("2025-08-15")));
        assertFalse(bayern.withLocalHolidays(Set.of(LocalHoliday.MARIAE_HIMMELFAHRT_BY)).isWorkingDay(d("2025-08-15")));
        WorkingDayCalendar sachsen = WorkingDayCalendar.of(Bundesland.SN);
        WorkingDayCalendar thueringen = WorkingDayCalendar.of(Bundesland.TH);
        assertTrue(sachsen.isWorkingDay(d("2026-06-04")));
        assertTrue(thueringen.isWorkingDay(d("2026-06-04")));
        assertFalse(sachsen.withLocalHolidays(Set.of(LocalHoliday.FRONLEICHNAM_SN)).isWorkingDay(d("2026-06-04")));
        assertFalse(thueringen.withLocalHolidays(Set.of(LocalHoliday.FRONLEICHNAM_TH)).isWorkingDay(d("2026-06-04")));
        assertEquals(d("2026-06-04"), LocalHoliday.FRONLEICHNAM_TH.dateIn(2026));
        assertEquals(d("2026-08-08"), LocalHoliday.AUGSBURGER_FRIEDENSFEST.dateIn(2026));
        assertThrows(DateTimeException.class, () -> LocalHoliday.AUGSBURGER_FRIEDENSFEST.dateIn(1989));
        for (LocalHoliday h : LocalHoliday.values()) {
            assertFalse(h.label().german().isBlank() || h.label().english().isBlank() || h.law().isBlank()
                    || h.area().german().isBlank() || h.area().english().isBlank(), h::toString);
        }
    }

    @Test
    void aLocalHolidayOfAnotherLand_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkingDayCalendar.nrw().withLocalHolidays(Set.of(LocalHoliday.AUGSBURGER_FRIEDENSFEST)));
        assertTrue(e.getMessage().contains("DE-BY") && e.getMessage().contains("DE-NW"), e.getMessage());
        List<LocalHoliday> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> bayern.withLocalHolidays(withNull));
    }

    @Test
    void derivedCalendars_combineLocalHolidaysClosureAndExtraDays() {
        WorkingDayCalendar both = augsburg.withLocalHolidays(Set.of(LocalHoliday.MARIAE_HIMMELFAHRT_BY))
                .withClosureDays(List.of(d("2025-12-24")));
        assertEquals(Set.of(LocalHoliday.AUGSBURGER_FRIEDENSFEST, LocalHoliday.MARIAE_HIMMELFAHRT_BY), both.localHolidays());
        assertFalse(both.isWorkingDay(d("2025-08-08")));
        assertFalse(both.isWorkingDay(d("2025-08-15")));
        assertFalse(both.isWorkingDay(d("2025-12-24")));
        // closure days keep the local holidays, and the same additions in another order are equal
        assertEquals(both, bayern.withClosureDays(List.of(d("2025-12-24")))
                .withLocalHolidays(Set.of(LocalHoliday.MARIAE_HIMMELFAHRT_BY, LocalHoliday.AUGSBURGER_FRIEDENSFEST)));
        assertNotEquals(augsburg, bayern);
        assertNotEquals(augsburg.hashCode(), bayern.hashCode());
        assertTrue(augsburg.toString().contains("localHolidays=[AUGSBURGER_FRIEDENSFEST]"), augsburg.toString());
        // an opened day stays open
        assertTrue(augsburg.withExtraWorkingDays(List.of(d("2025-08-08"))).isWorkingDay(d("2025-08-08")));
        assertTrue(augsburg.withExtraWorkingDays(List.of(d("2025-08-08")))
                .withLocalHolidays(Set.of(LocalHoliday.AUGSBURGER_FRIEDENSFEST)).isWorkingDay(d("2025-08-08")));
    }
}
