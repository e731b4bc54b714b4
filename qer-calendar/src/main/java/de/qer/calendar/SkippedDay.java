package de.qer.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A day that a working-day count passed over, with the reason: a weekend, one or more holidays,
 * a closure day, or several of these at once.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date     the skipped date, not null
 * @param weekend  whether the date is a Saturday or Sunday
 * @param holidays the holidays and closure days on that date, possibly empty, never null
 */
public record SkippedDay(LocalDate date, boolean weekend, List<Holiday> holidays) {

    /** Rejects a null component with a {@link NullPointerException} that names it; copies the holiday list. */
    public SkippedDay {
        Objects.requireNonNull(date, "date");
        holidays = List.copyOf(Objects.requireNonNull(holidays, "holidays"));
    }

    /**
     * The reason in one line, for example {@code "Samstag"}, {@code "Karfreitag (Feiertag)"},
     * {@code "Augsburger Hohes Friedensfest (örtlicher Feiertag)"}.
     *
     * @param locale German ({@code Locale.GERMAN}) or anything else for English, not null
     * @return the reason, never blank
     */
    public String reason(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean de = "de".equals(locale.getLanguage());
        String names = holidays.stream()
                .map(h -> h.label().in(locale) + " (" + h.kind().label().in(locale) + ")")
                .collect(Collectors.joining(", "));
        if (!weekend) {
            return names;
        }
        String day = date.getDayOfWeek() == DayOfWeek.SATURDAY ? (de ? "Samstag" : "Saturday") : (de ? "Sonntag" : "Sunday");
        return names.isEmpty() ? day : day + ", " + names;
    }

}
