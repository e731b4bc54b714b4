package de.qer.core;

import de.qer.core.model.Mindeststandard;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Every number and every assumption of the QuEr procedure (the rule catalogue in docs/rules.md), in one immutable value.
 * {@link #standard()} is the procedure as written; a host derives its own with the generated
 * {@code with*} methods, for example
 * {@code ImmutableQuerPolicy.copyOf(QuerPolicy.standard()).withQuerDueWorkingDays(5)}, or with
 * {@link #builder()}.
 *
 * <p>Rules that the reported 2026 reform of SGB II may change (R-K1, R-K4) are settings here, so that
 * a host can switch them by date ({@link PolicyTimeline}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@Value.Style(jdkOnly = true, defaults = @Value.Immutable(copy = true))
public abstract class QuerPolicy {

    QuerPolicy() {
    }

    /**
     * The procedure as the rule catalogue (docs/rules.md) states it.
     *
     * @return the standard policy, never null
     */
    public static QuerPolicy standard() {
        return ImmutableQuerPolicy.builder().build();
    }

    /**
     * A builder that starts from the standard values.
     *
     * @return a new builder, never null
     */
    public static ImmutableQuerPolicy.Builder builder() {
        return ImmutableQuerPolicy.builder();
    }

    /**
     * R-F1: the QuEr with the Hauptantragsteller is due this many working days after the approval.
     *
     * @return 10 in the standard policy
     */
    @Value.Default
    public int querDueWorkingDays() {
        return 10;
    }

    /**
     * R-F2: imported members are due within the first this-many working days of the following month.
     *
     * @return 10 in the standard policy
     */
    @Value.Default
    public int importDueWorkingDays() {
        return 10;
    }

    /**
     * R-F3: the completed year of life from which a person is QuEr-relevant.
     *
     * @return 15 in the standard policy
     */
    @Value.Default
    public int minimumAge() {
        return 15;
    }

    /**
     * R-F3: the age limit of § 7a SGB II.
     *
     * @return {@link AgeLimit#paragraph7a()} in the standard policy
     */
    @Value.Default
    public AgeLimit ageLimit() {
        return AgeLimit.paragraph7a();
    }

    /**
     * R-F4 (assumption): the clarification appointment for a request for active support before the
     * approval is due this many working days after the request.
     *
     * @return 3 in the standard policy
     */
    @Value.Default
    public int earlyRequestWorkingDays() {
        return 3;
    }

    /**
     * R-E2 (assumption): after the last day of ALG receipt, the QuEr is due this many working days later.
     *
     * @return 10 in the standard policy
     */
    @Value.Default
    public int afterAlgWorkingDays() {
        return 10;
    }

    /**
     * R-Q3 (assumption): an open point must be caught up at the latest this many working days after
     * the QuEr.
     *
     * @return 10 in the standard policy
     */
    @Value.Default
    public int openPointCatchUpWorkingDays() {
        return 10;
    }

    /**
     * R-K3: the Kooperationsplan is reviewed at the latest this many months after it was drawn up.
     *
     * @return 6 in the standard policy
     */
    @Value.Default
    public int kpReviewMonths() {
        return 6;
    }

    /**
     * R-L1 (assumption): the minimum standards every follow-up interview meets (R-Q2): the
     * Beratungsvermerk and the Kooperationsplan reviewed or updated. The Potenzialanalyse and the KP may
     * be confirmed as unchanged instead of redone: a confirmation counts as the standard met.
     *
     * @return {@code BERATUNGSVERMERK} and {@code KOOPERATIONSPLAN} in the standard policy
     */
    @Value.Default
    public Set<Mindeststandard> followUpStandards() {
        return EnumSet.of(Mindeststandard.BERATUNGSVERMERK, Mindeststandard.KOOPERATIONSPLAN);
    }

    /**
     * R-K1: whether a Kooperationsplan may carry a signature (not today; a reform may change it).
     *
     * @return false in the standard policy
     */
    @Value.Default
    public boolean kpSignatureAllowed() {
        return false;
    }

    /**
     * R-K4: whether a Rechtsfolgenbelehrung is allowed while cooperation works (not today; the
     * reported 2026 reform may allow a KP as an administrative act with legal consequences).
     *
     * @return false in the standard policy
     */
    @Value.Default
    public boolean rechtsfolgenbelehrungWhileCooperating() {
        return false;
    }

    /**
     * R-N2: the minimum length of a required text in the QuEr note (visible characters, see
     * {@link Freitext#visibleLength(CharSequence)}).
     *
     * @return 20 in the standard policy
     */
    @Value.Default
    public int minimumTextLength() {
        return 20;
    }

    /**
     * R-N2: the maximum length of each free-text field of the QuEr note and the Kooperationsplan (code
     * points, invisible ones included, see {@link Freitext#length(CharSequence)}); a longer text is a
     * validation problem, never an exception. 20,000 characters are 200 full lines of the printed text
     * form, about four pages: a hundred times the longest field of a real note, and small enough that
     * validating and printing a whole QuEr stays in the milliseconds and the printed plan stays readable.
     *
     * @return 20,000 in the standard policy
     */
    @Value.Default
    public int maximumTextLength() {
        return 20_000;
    }

    /**
     * R-N2: texts that count as placeholders (compared with the {@link Freitext#visibleText(CharSequence)
     * visible text}, ignoring case).
     *
     * @return the placeholders of the standard policy, never null
     */
    @Value.Default
    public List<String> placeholderTexts() {
        return List.of("-", "--", "---", ".", "...", "/", "?", "siehe oben", "s.o.", "s. o.", "xxx", "xx", "x",
                "k.a.", "k. a.", "keine angabe", "tbd", "todo", "n/a", "na", "folgt", "offen", "nix", "test");
    }

    /**
     * R-S1: the criteria for Kundensteuerung.
     *
     * @return {@link KundensteuerungPolicy#standard()} in the standard policy
     */
    @Value.Default
    public KundensteuerungPolicy kundensteuerung() {
        return KundensteuerungPolicy.standard();
    }

    /** Rejects impossible settings when a policy is built. */
    @Value.Check
    protected void check() {
        requirePositive(querDueWorkingDays(), "querDueWorkingDays");
        requirePositive(importDueWorkingDays(), "importDueWorkingDays");
        requirePositive(minimumAge(), "minimumAge");
        requirePositive(earlyRequestWorkingDays(), "earlyRequestWorkingDays");
        requirePositive(afterAlgWorkingDays(), "afterAlgWorkingDays");
        requirePositive(openPointCatchUpWorkingDays(), "openPointCatchUpWorkingDays");
        requirePositive(kpReviewMonths(), "kpReviewMonths");
        requirePositive(minimumTextLength(), "minimumTextLength");
        if (maximumTextLength() < minimumTextLength()) {
            throw new IllegalArgumentException("maximumTextLength must be at least minimumTextLength (" + minimumTextLength()
                    + "), was " + maximumTextLength() + " / maximumTextLength muss mindestens minimumTextLength ("
                    + minimumTextLength() + ") sein, war " + maximumTextLength());
        }
        // the shortest month of the calendar's range has 17 working days (May 2043)
        if (importDueWorkingDays() > 17) {
            throw new IllegalArgumentException("importDueWorkingDays must fit into every month (at most 17), was "
                    + importDueWorkingDays() + " / importDueWorkingDays muss in jeden Monat passen (höchstens 17)");
        }
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value
                    + " / " + name + " muss mindestens 1 sein, war " + value);
        }
    }
}
