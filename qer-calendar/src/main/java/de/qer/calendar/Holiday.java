package de.qer.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off: a statutory holiday of a Land, a local holiday the host switched on, or a closure day of
 * the host.
 *
 * <p>Two holidays may fall on the same date (1 May 2008 was both Tag der Arbeit and Christi
 * Himmelfahrt); each is then its own {@code Holiday} with the same {@link #date()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date        the date, not null
 * @param label       the name in German (as the law or the host names it) and English, not null
 * @param kind        statutory holiday, local holiday or closure day, not null
 * @param law         the law that makes the date a holiday, for example "§ 2 FTG NW"; empty for a
 *                    closure day, never null
 * @param since       the first year of the supported range in which the rule applies: 1990 when it
 *                    applied already before the range begins, the year itself for a one-off holiday
 *                    or a closure day
 */
public record Holiday(LocalDate date, Label label, HolidayKind kind, String law, int since) implements Labelled {

    /**
     * Rejects a null component with a {@link NullPointerException} that names it, and a {@code since} after the year of
     * {@code date} with an {@link IllegalArgumentException}.
     */
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(law, "law");
        if (since > date.getYear()) {
            throw new IllegalArgumentException("since (" + since + ") must not be after the year of " + date
                    + " / since (" + since + ") darf nicht nach dem Jahr von " + date + " liegen");
        }
    }

    /**
     * Creates a holiday without a law, applying from the year of its date (as for a closure day).
     *
     * @param date the date, not null
     * @param label the name in German and English, not null
     * @param kind statutory holiday, local holiday or closure day, not null
     * @throws NullPointerException if any component is null
     */
    public Holiday(LocalDate date, Label label, HolidayKind kind) {
        this(date, label, kind, "", Objects.requireNonNull(date, "date").getYear());
    }

    /**
     * Tells whether this is a statutory public holiday of the whole Land (as opposed to a local
     * holiday or a host closure day).
     *
     * @return true for {@link HolidayKind#STATUTORY}
     */
    public boolean isStatutory() {
        return kind == HolidayKind.STATUTORY;
    }
}
