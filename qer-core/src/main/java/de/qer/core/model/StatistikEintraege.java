package de.qer.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The FMG.job entries that the F-IFK makes when parking a new case file on the VM (R-V2): Kundenstatus
 * "Antrag", qualitatives Vermittlungsprofil, ASU/NA and ALO in BaEL, each with its start date. Every
 * entry is optional here so that the state machine can name all that are missing. Build with
 * {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatistikEintraege {

    StatistikEintraege() {
    }

    /**
     * A new builder.
     *
     * @return the builder, never null
     */
    public static ImmutableStatistikEintraege.Builder builder() {
        return ImmutableStatistikEintraege.builder();
    }

    /**
     * Kundenstatus on tab "Allgemeines".
     *
     * @return the status, empty if not set
     */
    public abstract Optional<Kundenstatus> kundenstatus();

    /**
     * Start of the qualitatives Vermittlungsprofil.
     *
     * @return the date, empty if not entered
     */
    public abstract Optional<LocalDate> vermittlungsprofilAb();

    /**
     * ASU or NA in BaEL.
     *
     * @return the entry, empty if not entered
     */
    public abstract Optional<Arbeitsuche> arbeitsuche();

    /**
     * Start of ASU/NA in BaEL.
     *
     * @return the date, empty if not entered
     */
    public abstract Optional<LocalDate> arbeitsucheAb();

    /**
     * Start of ALO in BaEL.
     *
     * @return the date, empty if not entered
     */
    public abstract Optional<LocalDate> arbeitslosAb();
}
