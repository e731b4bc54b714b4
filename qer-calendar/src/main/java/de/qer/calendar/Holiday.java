package de.qer.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off: a statutory holiday of Nordrhein-Westfalen or a closure day of the host.
 *
 * <p>Two holidays may fall on the same date (1 May 2008 was both Tag der Arbeit and Christi
 * Himmelfahrt); each is then its own {@code Holiday} with the same {@link #date()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date        the date, not null
 * @param name        the German name as the law (or the host) names it, not blank
 * @param englishName the English name, not blank
 * @param kind        statutory holiday or closure day, not null
 */
public record Holiday(LocalDate date, String name, String englishName, HolidayKind kind) {

    /**
     * Creates a holiday, checking that no component is missing.
     *
     * @param date the date, not null
     * @param name the German name as the law (or the host) names it, not blank
     * @param englishName the English name, not blank
     * @param kind statutory holiday or closure day, not null
     * @throws NullPointerException     if any component is null
     * @throws IllegalArgumentException if a name is blank
     */
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank() || englishName.isBlank()) {
            throw new IllegalArgumentException("Holiday names must not be blank / Feiertagsnamen dürfen nicht leer sein");
        }
    }

    /**
     * Tells whether this is a statutory public holiday (as opposed to a host closure day).
     *
     * @return true for {@link HolidayKind#STATUTORY}
     */
    public boolean isStatutory() {
        return kind == HolidayKind.STATUTORY;
    }
}
