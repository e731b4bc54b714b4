package de.qer.docs.validation;

import de.qer.core.rule.Problem;
import de.qer.core.rule.Severity;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.QuerNachweis;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The report on a documented follow-up interview (R-L1, R-Q2), in the shape of {@link QuerReport}: the state of
 * each standard the policy requires of a follow-up ({@code QuerPolicy.followUpStandards()}: met, also when
 * confirmed unchanged; deficient; missing; open with a date), all violations, the new open points, and the
 * next KP review date it sets (R-L2). {@link #toNachweis()} and {@link #nextKpReview()} are what qer-core's
 * {@code Command.RecordFollowUp} takes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param standards    the state per follow-up standard, in the order of R-Q1
 * @param violations   every violation, sorted by field and rule
 * @param offenePunkte the new open points of the follow-up (R-Q3)
 * @param nextKpReview the next KP review date set by the follow-up (R-L2), empty if it sets none
 */
public record FolgegespraechReport(Map<Mindeststandard, StandardStatus> standards, List<Problem> violations,
                                   List<OffenerPunkt> offenePunkte, Optional<LocalDate> nextKpReview) {

    /**
     * Creates a report; the collections are copied.
     *
     * @throws NullPointerException if a component is null
     */
    public FolgegespraechReport {
        Map<Mindeststandard, StandardStatus> copy = new EnumMap<>(Mindeststandard.class);
        copy.putAll(Objects.requireNonNull(standards, "standards"));
        standards = Collections.unmodifiableMap(copy);
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
        offenePunkte = List.copyOf(Objects.requireNonNull(offenePunkte, "offenePunkte"));
        Objects.requireNonNull(nextKpReview, "nextKpReview");
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
     * Whether the follow-up may be recorded: no errors, and every follow-up standard met (or confirmed
     * unchanged) or open with a date (R-L1, R-Q3).
     *
     * @return true if complete
     */
    public boolean isComplete() {
        return errors().isEmpty() && standards.values().stream().allMatch(StandardStatus::isOk);
    }

    /**
     * The evidence for qer-core's {@code RecordFollowUp} command: the standards met (a confirmation counts) and
     * the new open points. No Kundensteuerung decision is asked of a follow-up.
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
        return QuerNachweis.builder().erfuellt(met).offenePunkte(offenePunkte).build();
    }

    /**
     * The report for a log: the standards, the violations (rule, field and message, never a value), the number
     * of open points and the next KP review date.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "FolgegespraechReport[standards=" + standards.values() + ", violations=" + violations + ", offenePunkte="
                + offenePunkte.size() + ", nextKpReview=" + nextKpReview.map(LocalDate::toString).orElse("-") + "]";
    }

    /**
     * The report as text: one line per standard, then one line per violation.
     *
     * @param locale German for German, anything else for English; not null
     * @return the text, never null
     */
    public String format(Locale locale) {
        return QuerReport.format(locale, "Standards des Folgegesprächs (R-L1, R-Q2)", "Standards of the follow-up interview (R-L1, R-Q2)",
                standards.values(), violations, isComplete());
    }
}
