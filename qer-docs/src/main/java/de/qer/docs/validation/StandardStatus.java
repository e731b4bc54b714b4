package de.qer.docs.validation;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;
import de.qer.core.model.Mindeststandard;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one minimum standard of R-Q1 stands in a documented QuEr or follow-up interview (R-L1).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param standard     the standard, not null
 * @param stand        met, deficient, missing, open or not needed; not null
 * @param nachholenBis the catch-up date when open (R-Q3)
 */
public record StandardStatus(Mindeststandard standard, Stand stand, Optional<LocalDate> nachholenBis) {

    /** The states of a standard. */
    public enum Stand implements Labelled {
        /** Documented and without errors. */
        ERFUELLT("erfüllt", "met"),
        /** Documented, but with errors (see the violations). */
        MANGELHAFT("mangelhaft", "deficient"),
        /** Not documented and not an open point. */
        FEHLT("fehlt", "missing"),
        /** An open point with a catch-up date (R-Q3). */
        OFFEN("offen", "open"),
        /** Not needed in this QuEr (Kundensteuerung "ggf."). */
        NICHT_ERFORDERLICH("nicht erforderlich", "not needed");

        private final Label label;

        Stand(String german, String english) {
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
     * Creates a status.
     *
     * @throws NullPointerException if a component is null
     */
    public StandardStatus {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(stand, "stand");
        Objects.requireNonNull(nachholenBis, "nachholenBis");
    }

    /**
     * Whether the standard does not stand in the way of a complete QuEr.
     *
     * @return true when met, open or not needed
     */
    public boolean isOk() {
        return stand == Stand.ERFUELLT || stand == Stand.OFFEN || stand == Stand.NICHT_ERFORDERLICH;
    }
}
