package de.qer.docs;

import de.qer.docs.validation.Pflichtangabe;
import de.qer.docs.validation.Texthygiene;
import org.immutables.value.Value;

/**
 * The minimum own efforts of the eLb and how they are shown (§ 15 Abs. 2 SGB II, R-K2).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Eigenbemuehungen {

    Eigenbemuehungen() {
    }

    /**
     * A new builder.
     *
     * @return the builder, never null
     */
    public static ImmutableEigenbemuehungen.Builder builder() {
        return ImmutableEigenbemuehungen.builder();
    }

    /**
     * How many efforts in which period (e.g. "mindestens 5 Bewerbungen je Monat").
     *
     * @return the scope
     */
    @Pflichtangabe(rule = "R-K2")
    @Texthygiene
    @Nullable
    public abstract String getUmfang();

    /**
     * How they are shown (e.g. "Liste mit Datum, Arbeitgeber und Stelle").
     *
     * @return the form of proof
     */
    @Pflichtangabe(rule = "R-K2")
    @Texthygiene
    @Nullable
    public abstract String getNachweis();

    @Override
    public String toString() {
        return "Eigenbemuehungen[]";
    }
}
