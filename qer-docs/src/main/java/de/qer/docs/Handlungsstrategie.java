package de.qer.docs;

import de.qer.docs.validation.Aussagekraeftig;
import de.qer.docs.validation.Pflichtangabe;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The planned Handlungsstrategie. Without a vocational qualification, a strategy without
 * {@link Strategie#AUSBILDUNG} needs a stated reason (R-Q5).
 *
 * <p>This class is immutable and thread-safe. {@code toString} shows no text.
 */
@Value.Immutable
public abstract class Handlungsstrategie {

    Handlungsstrategie() {
    }

    /**
     * A new builder.
     *
     * @return the builder, never null
     */
    public static ImmutableHandlungsstrategie.Builder builder() {
        return ImmutableHandlungsstrategie.builder();
    }

    /**
     * The strategies.
     *
     * @return the strategies, unmodifiable
     */
    @Pflichtangabe(rule = "R-Q1")
    public abstract Set<Strategie> getStrategien();

    /**
     * Why Ausbildung is not part of the strategy of a person without vocational qualification (R-Q5).
     *
     * @return the reason, or null
     */
    @Aussagekraeftig
    @Nullable
    public abstract String getBegruendungOhneAusbildung();

    @Override
    public String toString() {
        return "Handlungsstrategie" + getStrategien();
    }
}
