package de.qer.core.lifecycle;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;
import de.qer.core.Deadline;
import de.qer.core.Deadlines;
import de.qer.core.model.Mitglied;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a member stands with the first interview (QuEr).
 */
public sealed interface QuerStatus {

    /**
     * The deadline, where one is set.
     *
     * @return the deadline, or empty
     */
    Optional<Deadline> findDeadline();

    /**
     * R-E2: whether the QuEr waits for the end of ALG receipt: blocked without a known last day
     * ({@link GesperrtAlg}), or due 10 AT after a known one ({@link Faellig} under R-E2).
     *
     * @return true while the status follows the end of ALG receipt
     */
    default boolean waitsForAlgEnd() {
        return this instanceof GesperrtAlg || this instanceof Faellig f && "R-E2".equals(f.deadline().rule());
    }

    /**
     * R-F3, R-E2: the status of a member, or {@code ifRelevant} when nothing stands in the way; the one
     * classification of the decider (approval, import, end of ALG) and of the monthly import check. Age and
     * Erwerbsfähigkeit are judged on {@code ageOn}. A member who still receives ALG on {@code algFrom} (R-E2)
     * is blocked until the end of that receipt: with a known last day X the QuEr is due 10 AT after X, without
     * one it waits for that day.
     *
     * @param deadlines  the policy and calendar, not null
     * @param member     the member, not null
     * @param ageOn      the day on which age and Erwerbsfähigkeit count, not null
     * @param algFrom    the day from which an ALG receipt blocks the QuEr, not null
     * @param ifRelevant the status when nothing stands in the way, not null
     * @return {@link NichtRelevant} with its reason, {@link GesperrtAlg}, {@link Faellig} after the end of ALG, or
     *         {@code ifRelevant} itself; never null
     */
    static QuerStatus classify(Deadlines deadlines, Mitglied member, LocalDate ageOn, LocalDate algFrom,
                               QuerStatus ifRelevant) {
        Objects.requireNonNull(deadlines, "deadlines");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(ageOn, "ageOn");
        Objects.requireNonNull(algFrom, "algFrom");
        Objects.requireNonNull(ifRelevant, "ifRelevant");
        if (!member.erwerbsfaehig()) {
            return new NichtRelevant(Grund.NICHT_ERWERBSFAEHIG);
        }
        if (ageOn.isBefore(deadlines.relevantFrom(member.geburtsdatum()))) {
            return new NichtRelevant(Grund.UNTER_MINDESTALTER);
        }
        if (ageOn.isAfter(deadlines.lastDayAsElb(member.geburtsdatum()))) {
            return new NichtRelevant(Grund.UEBER_ALTERSGRENZE);
        }
        if (member.isAufstockerOn(algFrom)) {
            Optional<LocalDate> last = member.algBezugBis();
            return last.isPresent() ? new Faellig(deadlines.afterAlgDeadline(last.get())) : new GesperrtAlg();
        }
        return ifRelevant;
    }

    /**
     * The rule that sets a status: R-F3 for not relevant, R-E2 while blocked, else the rule of its deadline.
     *
     * @param status the status, not null
     * @return the rule ID, never null
     */
    static String ruleOf(QuerStatus status) {
        Objects.requireNonNull(status, "status");
        if (status instanceof NichtRelevant) {
            return "R-F3";
        }
        if (status instanceof GesperrtAlg) {
            return "R-E2";
        }
        return status.findDeadline().map(Deadline::rule).orElse("R-F2");
    }

    /** Why a member is not QuEr-relevant. */
    enum Grund implements Labelled {
        /** Younger than the minimum age (R-F3); may become relevant in a monthly import. */
        UNTER_MINDESTALTER("unter dem Mindestalter", "under the minimum age"),
        /** Past the age limit of § 7a SGB II (R-F3). */
        UEBER_ALTERSGRENZE("über der Altersgrenze", "past the age limit"),
        /** Not erwerbsfähig. */
        NICHT_ERWERBSFAEHIG("nicht erwerbsfähig", "not able to work");

        private final Label label;

        Grund(String german, String english) {
            this.label = new Label(german, english);
        }

        /**
         * {@inheritDoc}
         */
        @Override
        public Label label() {
            return label;
        }
    }

    /**
     * Not QuEr-relevant.
     *
     * @param grund the reason, not null
     */
    record NichtRelevant(Grund grund) implements QuerStatus {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public NichtRelevant {
            Objects.requireNonNull(grund, "grund");
        }

        @Override
        public Optional<Deadline> findDeadline() {
            return Optional.empty();
        }
    }

    /** A BG member (not the Hauptantragsteller) waiting for the review of the monthly import (R-F2). */
    record WartetAufImport() implements QuerStatus {
        @Override
        public Optional<Deadline> findDeadline() {
            return Optional.empty();
        }
    }

    /** An Aufstocker*in: no QuEr until the ALG receipt ends (R-E2). */
    record GesperrtAlg() implements QuerStatus {
        @Override
        public Optional<Deadline> findDeadline() {
            return Optional.empty();
        }
    }

    /**
     * The QuEr is due.
     *
     * @param deadline the deadline, not null
     */
    record Faellig(Deadline deadline) implements QuerStatus {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public Faellig {
            Objects.requireNonNull(deadline, "deadline");
        }

        @Override
        public Optional<Deadline> findDeadline() {
            return Optional.of(deadline);
        }
    }

    /**
     * The QuEr took place.
     *
     * @param on    the day of the QuEr, not null
     * @param deadline the deadline it had, if any
     */
    record Durchgefuehrt(LocalDate on, Optional<Deadline> deadline) implements QuerStatus {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public Durchgefuehrt {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(deadline, "deadline");
        }

        @Override
        public Optional<Deadline> findDeadline() {
            return deadline;
        }
    }
}
