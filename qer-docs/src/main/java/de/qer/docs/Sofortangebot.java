package de.qer.docs;

import de.qer.docs.validation.Aussagekraeftig;
import de.qer.docs.validation.Pflichtangabe;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The Sofortangebot: the offer of integration made at once in the QuEr (§ 3 Abs. 2 SGB II, R-Q5).
 *
 * <p>This class is immutable and thread-safe. {@code toString} shows no text.
 */
@Value.Immutable
public abstract class Sofortangebot {

    Sofortangebot() {
    }

    /**
     * A new builder.
     *
     * @return the builder, never null
     */
    public static ImmutableSofortangebot.Builder builder() {
        return ImmutableSofortangebot.builder();
    }

    /**
     * The kind of offer.
     *
     * @return the kind
     */
    @Pflichtangabe(rule = "R-Q5")
    @Nullable
    public abstract Angebotsart getArt();

    /**
     * What exactly is offered.
     *
     * @return the description
     */
    @Pflichtangabe(rule = "R-Q5")
    @Aussagekraeftig
    @Nullable
    public abstract String getBeschreibung();

    /**
     * When it was offered.
     *
     * @return the date
     */
    @Pflichtangabe(rule = "R-Q5")
    @Nullable
    public abstract LocalDate getAngebotenAm();

    @Override
    public String toString() {
        return "Sofortangebot[" + getArt() + ", " + getAngebotenAm() + "]";
    }
}
