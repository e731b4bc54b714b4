package de.qer.docs;

import de.qer.docs.validation.Aussagekraeftig;
import de.qer.docs.validation.Pflichtangabe;
import org.immutables.value.Value;

/**
 * The Integrationsprognose: route and time to integration, the basis of Kundensteuerung (R-Q4).
 *
 * <p>This class is immutable and thread-safe. {@code toString} shows no content.
 */
@Value.Immutable
public abstract class Integrationsprognose {

    Integrationsprognose() {
    }

    /**
     * A new builder.
     *
     * @return the builder, never null
     */
    public static ImmutableIntegrationsprognose.Builder builder() {
        return ImmutableIntegrationsprognose.builder();
    }

    /**
     * The profile.
     *
     * @return the profile
     */
    @Pflichtangabe(rule = "R-Q4")
    @Nullable
    public abstract Profillage getProfillage();

    /**
     * The expected months to integration.
     *
     * @return the months, or null if not estimated
     */
    @Nullable
    public abstract Integer getMonateBisIntegration();

    /**
     * The reasoning.
     *
     * @return the text
     */
    @Pflichtangabe(rule = "R-Q4")
    @Aussagekraeftig
    @Nullable
    public abstract String getBegruendung();

    @Override
    public String toString() {
        return "Integrationsprognose[" + getProfillage() + "]";
    }
}
