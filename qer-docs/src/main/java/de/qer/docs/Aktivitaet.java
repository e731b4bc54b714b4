package de.qer.docs;

import de.qer.docs.validation.Aussagekraeftig;
import de.qer.docs.validation.Pflichtangabe;
import de.qer.docs.validation.Texthygiene;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An activity in the Kooperationsplan: whose side, who, what, by when (R-K2), and whether it carries a
 * Rechtsfolgenbelehrung (R-K4). Build with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Aktivitaet {

    Aktivitaet() {
    }

    /**
     * A new builder.
     *
     * @return the builder, never null
     */
    public static ImmutableAktivitaet.Builder builder() {
        return ImmutableAktivitaet.builder();
    }

    /**
     * The side: eLb or IFK/JC.
     *
     * @return the side
     */
    @Pflichtangabe(rule = "R-K2")
    @Nullable
    public abstract Seite getSeite();

    /**
     * Who does it (e.g. "eLb", "IFK", "Maßnahmeträger").
     *
     * @return who
     */
    @Pflichtangabe(rule = "R-K2")
    @Texthygiene
    @Nullable
    public abstract String getWer();

    /**
     * What is done.
     *
     * @return what
     */
    @Pflichtangabe(rule = "R-K2")
    @Aussagekraeftig(kurz = true)
    @Nullable
    public abstract String getWas();

    /**
     * By when.
     *
     * @return the date
     */
    @Pflichtangabe(rule = "R-K2")
    @Nullable
    public abstract LocalDate getBisWann();

    /**
     * Whether the activity carries a Rechtsfolgenbelehrung (R-K4).
     *
     * @return false by default
     */
    @Value.Default
    public boolean isRechtsfolgenbelehrung() {
        return false;
    }

    @Override
    public String toString() {
        return "Aktivitaet[" + getSeite() + ", bisWann=" + getBisWann() + "]";
    }
}
