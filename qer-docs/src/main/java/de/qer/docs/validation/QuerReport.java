package de.qer.docs.validation;

import de.qer.core.rule.Problem;
import de.qer.core.rule.Severity;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.QuerNachweis;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The report on a documented QuEr: the state of every minimum standard of R-Q1 (met, deficient,
 * missing, open with a date) and all violations, errors and warnings.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param standards    the state per minimum standard, in the order of R-Q1
 * @param violations   every violation, sorted by field and rule
 * @param offenePunkte the open points of the QuEr (R-Q3)
 */
public record QuerReport(Map<Mindeststandard, StandardStatus> standards, List<Problem> violations,
                         List<OffenerPunkt> offenePunkte) {

    /**
     * Creates a report; the collections are copied.
     *
     * @throws NullPointerException if a component is null
     */
    public QuerReport {
        standards = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(standards, "standards")));
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
        offenePunkte = List.copyOf(Objects.requireNonNull(offenePunkte, "offenePunkte"));
    }

    /**
     * The errors.
     *
     * @return the violations of severity error, never null
     */
    public List<Problem> errors() {
        return violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
    }

    /**
     * The warnings.
     *
     * @return the violations of severity warning, never null
     */
    public List<Problem> warnings() {
        return violations.stream().filter(v -> v.severity() == Severity.WARNING).toList();
    }

    /**
     * Whether the QuEr may be recorded as complete: no errors, and every standard met, open with a date
     * or not needed (R-Q1, R-Q3).
     *
     * @return true if complete
     */
    public boolean isComplete() {
        return errors().isEmpty() && standards.values().stream().allMatch(StandardStatus::isOk);
    }

    /**
     * The evidence for qer-core's {@code RecordQuer} command: the standards met and the open points.
     *
     * @return the evidence, never null
     */
    public QuerNachweis toNachweis() {
        Set<Mindeststandard> met = EnumSet.noneOf(Mindeststandard.class);
        standards.forEach((k, v) -> {
            if (v.stand() == StandardStatus.Stand.ERFUELLT) {
                met.add(k);
            }
        });
        boolean routingNeeded = standards.get(Mindeststandard.KUNDENSTEUERUNG).stand() != StandardStatus.Stand.NICHT_ERFORDERLICH;
        return QuerNachweis.builder().erfuellt(met).offenePunkte(offenePunkte).kundensteuerungErforderlich(routingNeeded).build();
    }

    /**
     * The report for a log: the standards, the violations (rule, field and message, never a value) and the
     * number of open points. The open points themselves are not shown: their keys and topics are the
     * caseworker's words.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "QuerReport[standards=" + standards.values() + ", violations=" + violations + ", offenePunkte="
                + offenePunkte.size() + "]";
    }

    /**
     * The report as text: one line per standard, then one line per violation.
     *
     * @param locale German for German, anything else for English; not null
     * @return the text, never null
     */
    public String format(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return format(locale, "Mindeststandards (R-Q1)", "Minimum standards (R-Q1)", standards.values(), violations, isComplete());
    }

    /** The text of a report on the QuEr or a follow-up: one line per standard, then one line per violation. */
    static String format(Locale locale, String titleDe, String titleEn, java.util.Collection<StandardStatus> standards,
                         List<Problem> violations, boolean complete) {
        boolean de = "de".equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        sb.append(de ? titleDe : titleEn).append('\n');
        for (StandardStatus s : standards) {
            sb.append(String.format(Locale.ROOT, "  %-40s %s%s%n", de ? s.standard().label().german() : s.standard().label().english(),
                    s.stand().label().in(de ? Locale.GERMAN : Locale.ENGLISH),
                    s.nachholenBis().map(d -> (de ? ", nachholen bis " : ", catch up by ") + d).orElse("")));
        }
        long errors = violations.stream().filter(v -> v.severity() == Severity.ERROR).count();
        sb.append(de ? "Befunde: " : "Findings: ").append(errors).append(de ? " Fehler, " : " errors, ")
                .append(violations.size() - errors).append(de ? " Warnungen\n" : " warnings\n");
        for (Problem v : violations) {
            sb.append("  ").append(v.severity() == Severity.ERROR ? (de ? "FEHLER  " : "ERROR   ") : (de ? "WARNUNG " : "WARNING "))
                    .append(v.message(locale)).append('\n');
        }
        sb.append(complete ? (de ? "Ergebnis: vollständig\n" : "Result: complete\n")
                : (de ? "Ergebnis: unvollständig\n" : "Result: incomplete\n"));
        return sb.toString();
    }
}
