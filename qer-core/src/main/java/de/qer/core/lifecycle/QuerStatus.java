package de.qer.core.lifecycle;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;
import de.qer.core.Deadline;
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
