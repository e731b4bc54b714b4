package de.qer.docs;

import de.qer.docs.validation.Regeln;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A review of the Kooperationsplan on its own (R-L2, outside a follow-up interview): the plan as updated on
 * the review day, checked with the same rules as in the QuEr (R-K1 to R-K4), its next review date after
 * the review day and at the latest 6 months later (R-K3, R-L2). Build with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe. {@code toString} shows dates only.
 */
@Value.Immutable
@Regeln
public abstract class KpUeberpruefung implements KpDokumentation {

    KpUeberpruefung() {
    }

    /**
     * A new builder.
     *
     * @return the builder, never null
     */
    public static ImmutableKpUeberpruefung.Builder builder() {
        return ImmutableKpUeberpruefung.builder();
    }

    /**
     * The day of the review.
     *
     * @return the date, never null
     */
    @Override
    public abstract LocalDate getDatum();

    /**
     * The plan as updated in the review.
     *
     * @return the plan, never null
     */
    @Valid
    @Override
    public abstract Kooperationsplan getKooperationsplan();

    /**
     * Whether the case records that cooperation has failed (R-K4).
     *
     * @return false by default
     */
    @Value.Default
    @Override
    public boolean isKooperationGescheitert() {
        return false;
    }

    @Override
    public String toString() {
        return "KpUeberpruefung[datum=" + getDatum() + ", naechsteUeberpruefung=" + getKooperationsplan().getNaechsteUeberpruefung() + "]";
    }
}
