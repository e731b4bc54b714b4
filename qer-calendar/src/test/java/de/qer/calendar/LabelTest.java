package de.qer.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one bilingual label type: German for every locale of the language {@code de}, English otherwise. */
class LabelTest {

    @Test
    void in_picksGermanForEveryGermanLocale_andEnglishOtherwise() {
        Label l = new Label("Schließtag", "closure day");
        assertEquals("Schließtag", l.in(Locale.GERMAN));
        assertEquals("Schließtag", l.in(Locale.GERMANY));
        assertEquals("Schließtag", l.in(Locale.forLanguageTag("de-AT")));
        assertEquals("closure day", l.in(Locale.ENGLISH));
        assertEquals("closure day", l.in(Locale.FRENCH));
        assertEquals("closure day", l.in(Locale.ROOT));
    }

    @Test
    void blankOrMissingTexts_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Label(" ", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Label("x", ""));
        assertThrows(NullPointerException.class, () -> new Label(null, "x"));
        assertThrows(NullPointerException.class, () -> new Label("x", null));
        assertThrows(NullPointerException.class, () -> new Label("x", "y").in(null));
    }

    @Test
    void toString_showsBothOnce() {
        assertEquals("Bayern / Bavaria", Bundesland.BY.label().toString());
        assertEquals("Berlin", Bundesland.BE.label().toString());
    }

    @Test
    void everyEnumOfTheCalendar_hasALabel() {
        for (Labelled l : Bundesland.values()) {
            assertEquals(l.label(), l.label());
        }
        assertEquals("örtlicher Feiertag", HolidayKind.LOCAL.label().german());
        assertEquals("Augsburg Peace Festival", LocalHoliday.AUGSBURGER_FRIEDENSFEST.label().english());
        assertEquals("Stadt Augsburg", LocalHoliday.AUGSBURGER_FRIEDENSFEST.area().german());
    }
}
