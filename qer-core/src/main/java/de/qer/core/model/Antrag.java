package de.qer.core.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An application for SGB II benefits as taken in the Eingangszone (R-E1): date, GST, the BG with its
 * Haushaltsvorstand, what the EZ handed out and the LG appointment, and (from the
 * Neuantragserfassungsbogen) the start of unemployment. Whether it is complete is decided by the
 * state machine, which names every missing item. Build with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Antrag {

    Antrag() {
    }

    /**
     * A new builder.
     *
     * @return the builder, never null
     */
    public static ImmutableAntrag.Builder builder() {
        return ImmutableAntrag.builder();
    }

    /**
     * The GST where the application was taken.
     *
     * @return the GST code, never null
     */
    public abstract GstCode gst();

    /**
     * The application date.
     *
     * @return the date, never null
     */
    public abstract LocalDate antragsdatum();

    /**
     * The Bedarfsgemeinschaft with its Haushaltsvorstand.
     *
     * @return the BG, never null
     */
    public abstract Bedarfsgemeinschaft bedarfsgemeinschaft();

    /**
     * What the EZ handed out (R-E1).
     *
     * @return the handouts, unmodifiable, never null
     */
    public abstract Set<EzAushaendigung> ausgehaendigt();

    /**
     * The booked appointment for handing in the application in LG (R-E1).
     *
     * @return the appointment date, empty if none was booked
     */
    public abstract Optional<LocalDate> lgTermin();

    /**
     * The start of unemployment (Beschäftigungslosigkeit) from the Neuantragserfassungsbogen (R-V2).
     *
     * @return the date, empty if the applicant was unemployed already before the application
     */
    public abstract Optional<LocalDate> beschaeftigungslosSeit();

    /**
     * The case id (the BG's).
     *
     * @return the case id, never null
     */
    public CaseId caseId() {
        return bedarfsgemeinschaft().id();
    }
}
