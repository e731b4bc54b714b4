package de.qer.core.model;

import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The evidence of a QuEr as the state machine checks it (R-Q1): which minimum standards are met,
 * which are open points with a catch-up date (R-Q3), and whether a Kundensteuerung decision is needed.
 * The content of the documents is checked by qer-docs. Build with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class QuerNachweis {

    QuerNachweis() {
    }

    /**
     * A new builder.
     *
     * @return the builder, never null
     */
    public static ImmutableQuerNachweis.Builder builder() {
        return ImmutableQuerNachweis.builder();
    }

    /**
     * The minimum standards met.
     *
     * @return the standards, unmodifiable, never null
     */
    public abstract Set<Mindeststandard> erfuellt();

    /**
     * The open points (R-Q3).
     *
     * @return the open points, unmodifiable, never null
     */
    public abstract List<OffenerPunkt> offenePunkte();

    /**
     * Whether a Kundensteuerung decision is needed for this eLb (R-Q1 "where needed").
     *
     * @return false by default
     */
    @Value.Default
    public boolean kundensteuerungErforderlich() {
        return false;
    }
}
