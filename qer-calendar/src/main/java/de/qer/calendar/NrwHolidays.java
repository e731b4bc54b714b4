package de.qer.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The statutory holidays of Nordrhein-Westfalen (§ 2 Feiertagsgesetz NW), including the historic
 * rules: R-C2. Pure functions of the year; nothing is cached.
 */
final class NrwHolidays {

    private NrwHolidays() {
    }

    /** Receives the statutory holidays of a year, one call per holiday. */
    @FunctionalInterface
    interface Sink {
        /** One holiday: its date and its German and English names. */
        void add(LocalDate date, String name, String englishName);
    }

    /** The statutory holidays of one year in the order of the statute (not necessarily by date). */
    static List<Holiday> of(int year) {
        List<Holiday> list = new ArrayList<>(13);
        forEach(year, (date, name, englishName) -> list.add(new Holiday(date, name, englishName, HolidayKind.STATUTORY)));
        // in the statute's order, not by date (movable feasts can overtake fixed ones); callers that
        // need date order sort stably, which keeps the statute's order on a shared date (1 May 2008)
        return list;
    }

    /** The rules of § 2 Feiertagsgesetz NW, the one place they are written down: each holiday of a year, in the statute's order. */
    static void forEach(int year, Sink sink) {
        LocalDate easter = easterSunday(year);
        sink.add(LocalDate.of(year, 1, 1), "Neujahrstag", "New Year's Day");
        sink.add(easter.minusDays(2), "Karfreitag", "Good Friday");
        sink.add(easter.plusDays(1), "Ostermontag", "Easter Monday");
        sink.add(LocalDate.of(year, 5, 1), "Tag der Arbeit", "Labour Day");
        sink.add(easter.plusDays(39), "Christi Himmelfahrt", "Ascension Day");
        sink.add(easter.plusDays(50), "Pfingstmontag", "Whit Monday");
        if (year <= 1990) {
            // Tag der deutschen Einheit of the Federal Republic, 17 June, up to and including 1990.
            sink.add(LocalDate.of(year, 6, 17), "Tag der deutschen Einheit (17. Juni)", "Day of German Unity (17 June)");
        }
        sink.add(easter.plusDays(60), "Fronleichnam", "Corpus Christi");
        if (year >= 1990) {
            sink.add(LocalDate.of(year, 10, 3), "Tag der Deutschen Einheit", "German Unity Day");
        }
        if (year == 2017) {
            sink.add(LocalDate.of(year, 10, 31), "Reformationstag", "Reformation Day");
        }
        sink.add(LocalDate.of(year, 11, 1), "Allerheiligen", "All Saints' Day");
        if (year <= 1994) {
            // Buß- und Bettag: the Wednesday before 23 November, abolished from 1995.
            sink.add(LocalDate.of(year, 11, 23).with(TemporalAdjusters.previous(DayOfWeek.WEDNESDAY)),
                    "Buß- und Bettag", "Day of Repentance and Prayer");
        }
        sink.add(LocalDate.of(year, 12, 25), "1. Weihnachtstag", "Christmas Day");
        sink.add(LocalDate.of(year, 12, 26), "2. Weihnachtstag", "Second Day of Christmas");
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
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
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
