package de.qer.calendar;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Why "n working days after X" is the date it is: the days counted and the days skipped with their
 * reasons, for audits (a supervisor sees why a deadline falls on that day).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start       the day X (not itself counted, R-C4), not null
 * @param workingDays n, the signed number of working days
 * @param result      the n-th working day after (or before, for n &lt; 0) {@code start}, not null
 * @param countedDays the working days counted, in counting order; the last is {@code result}
 * @param skippedDays the days passed over between {@code start} and {@code result}, in counting order
 */
public record DeadlineExplanation(LocalDate start, int workingDays, LocalDate result,
                                  List<LocalDate> countedDays, List<SkippedDay> skippedDays) {

    /** Rejects a null component with a {@link NullPointerException} that names it; copies the lists. */
    public DeadlineExplanation {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(result, "result");
        countedDays = List.copyOf(Objects.requireNonNull(countedDays, "countedDays"));
        skippedDays = List.copyOf(Objects.requireNonNull(skippedDays, "skippedDays"));
    }

    /**
     * The explanation as text, one skipped day per line, then the laws of the holidays skipped
     * (for example {@code "Feiertage nach: § 2 FTG NW"}).
     *
     * @param locale {@code Locale.GERMAN} for German, anything else for English; not null
     * @return the multi-line text, never null
     */
    public String format(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean de = "de".equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        if (de) {
            sb.append(Math.abs(workingDays)).append(" Arbeitstage ").append(workingDays >= 0 ? "nach " : "vor ")
                    .append(start).append(" = ").append(result).append(" (der Tag ").append(start)
                    .append(" selbst zählt nicht, R-C4)\n");
            sb.append("Übersprungen: ").append(skippedDays.size()).append(" Tage\n");
        } else {
            sb.append(Math.abs(workingDays)).append(" working days ").append(workingDays >= 0 ? "after " : "before ")
                    .append(start).append(" = ").append(result).append(" (the day ").append(start)
                    .append(" itself is not counted, R-C4)\n");
            sb.append("Skipped: ").append(skippedDays.size()).append(" days\n");
        }
        Set<String> laws = new LinkedHashSet<>();
        for (SkippedDay d : skippedDays) {
            sb.append("  ").append(d.date()).append(' ').append(d.reason(locale)).append('\n');
            for (Holiday h : d.holidays()) {
                if (!h.law().isEmpty()) {
                    laws.add(h.law());
                }
            }
        }
        if (!laws.isEmpty()) {
            sb.append(de ? "Feiertage nach: " : "Holidays under: ").append(String.join("; ", laws)).append('\n');
        }
        return sb.toString();
    }
}
