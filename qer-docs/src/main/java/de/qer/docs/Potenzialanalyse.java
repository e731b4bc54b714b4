package de.qer.docs;

import de.qer.docs.validation.Pflichtangabe;
import de.qer.docs.validation.Texthygiene;
import java.util.List;
import org.immutables.value.Value;

/**
 * The Potenzialanalyse (§ 15 Abs. 1 SGB II, R-Q4): individual, job-relevant strengths, resources and
 * needs for action, and what makes integration harder. Build with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe. {@code toString} shows no content.
 */
@Value.Immutable
public abstract class Potenzialanalyse {

    Potenzialanalyse() {
    }

    /**
     * A new builder.
     *
     * @return the builder, never null
     */
    public static ImmutablePotenzialanalyse.Builder builder() {
        return ImmutablePotenzialanalyse.builder();
    }

    /**
     * Strengths (Stärken).
     *
     * @return the strengths, unmodifiable
     */
    @Pflichtangabe(rule = "R-Q4")
    public abstract List<@Texthygiene String> getStaerken();

    /**
     * Resources (Ressourcen).
     *
     * @return the resources, unmodifiable
     */
    @Pflichtangabe(rule = "R-Q4")
    public abstract List<@Texthygiene String> getRessourcen();

    /**
     * Needs for action (Handlungsbedarfe).
     *
     * @return the needs, unmodifiable
     */
    @Pflichtangabe(rule = "R-Q4")
    public abstract List<@Texthygiene String> getHandlungsbedarfe();

    /**
     * What makes integration harder (Integrationshemmnisse); "keine" is a valid entry.
     *
     * @return the obstacles, unmodifiable
     */
    @Pflichtangabe(rule = "R-Q4")
    public abstract List<@Texthygiene String> getIntegrationshemmnisse();

    @Override
    public String toString() {
        return "Potenzialanalyse[]";
    }
}
