package de.qer.core.lifecycle;

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
    Optional<Deadline> deadline();

    /**
     * R-E2: whether the QuEr waits for the end of ALG receipt: blocked without a known last day
     * ({@link GesperrtAlg}), or due 10 AT after a known one ({@link Faellig} under R-E2).
     *
     * @return true while the status follows the end of ALG receipt
     */
    default boolean waitsForAlgEnd() {
        return this instanceof GesperrtAlg || this instanceof Faellig f && "R-E2".equals(f.frist().rule());
    }

    /** Why a member is not QuEr-relevant. */
    enum Grund {
        /** Younger than the minimum age (R-F3); may become relevant in a monthly import. */
        UNTER_MINDESTALTER,
        /** Past the age limit of § 7a SGB II (R-F3). */
        UEBER_ALTERSGRENZE,
        /** Not erwerbsfähig. */
        NICHT_ERWERBSFAEHIG
    }

    /**
     * Not QuEr-relevant.
     *
     * @param grund the reason, not null
     */
    record NichtRelevant(Grund grund) implements QuerStatus {
        /**
         * Creates the record.
         *
         * @param grund the reason, not null
         * @throws NullPointerException if grund is null
         */
        public NichtRelevant {
            Objects.requireNonNull(grund, "grund");
        }

        @Override
        public Optional<Deadline> deadline() {
            return Optional.empty();
        }
    }

    /** A BG member (not the Hauptantragsteller) waiting for the review of the monthly import (R-F2). */
    record WartetAufImport() implements QuerStatus {
        @Override
        public Optional<Deadline> deadline() {
            return Optional.empty();
        }
    }

    /** An Aufstocker*in: no QuEr until the ALG receipt ends (R-E2). */
    record GesperrtAlg() implements QuerStatus {
        @Override
        public Optional<Deadline> deadline() {
            return Optional.empty();
        }
    }

    /**
     * The QuEr is due.
     *
     * @param frist the deadline, not null
     */
    record Faellig(Deadline frist) implements QuerStatus {
        /**
         * Creates the record.
         *
         * @param frist the deadline, not null
         * @throws NullPointerException if frist is null
         */
        public Faellig {
            Objects.requireNonNull(frist, "frist");
        }

        @Override
        public Optional<Deadline> deadline() {
            return Optional.of(frist);
        }
    }

    /**
     * The QuEr took place.
     *
     * @param am    the day of the QuEr, not null
     * @param frist the deadline it had, if any
     */
    record Durchgefuehrt(LocalDate am, Optional<Deadline> frist) implements QuerStatus {
        /**
         * Creates the record.
         *
         * @param am the day of the QuEr, not null
         * @param frist the deadline it had, if any
         * @throws NullPointerException if a component is null
         */
        public Durchgefuehrt {
            Objects.requireNonNull(am, "am");
            Objects.requireNonNull(frist, "frist");
        }

        @Override
        public Optional<Deadline> deadline() {
            return frist;
        }
    }
}
