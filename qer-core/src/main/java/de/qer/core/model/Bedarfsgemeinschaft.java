package de.qer.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Bedarfsgemeinschaft (BG): the household that receives benefits together, with its
 * Haushaltsvorstand (Hauptantragsteller), under whom the case file is held. Build with
 * {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Bedarfsgemeinschaft {

    Bedarfsgemeinschaft() {
    }

    /**
     * A new builder.
     *
     * @return the builder, never null
     */
    public static ImmutableBedarfsgemeinschaft.Builder builder() {
        return ImmutableBedarfsgemeinschaft.builder();
    }

    /**
     * The case id of the BG (its Fallhülle).
     *
     * @return the id, never null
     */
    public abstract CaseId id();

    /**
     * The Haushaltsvorstand / Hauptantragsteller.
     *
     * @return the person id, one of {@link #mitglieder()}
     */
    public abstract PersonId haushaltsvorstand();

    /**
     * The members, the Haushaltsvorstand included.
     *
     * @return the members, unmodifiable, never empty
     */
    public abstract List<Mitglied> mitglieder();

    /**
     * The size of the BG (R-N3).
     *
     * @return the number of members
     */
    public int groesse() {
        return mitglieder().size();
    }

    /**
     * Finds a member.
     *
     * @param id the person id, not null
     * @return the member, or empty
     */
    public Optional<Mitglied> mitglied(PersonId id) {
        Objects.requireNonNull(id, "id");
        for (Mitglied m : mitglieder()) {
            if (m.id().equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * The Haushaltsvorstand as a member.
     *
     * @return the member, never null
     */
    public Mitglied haushaltsvorstandMitglied() {
        return mitglied(haushaltsvorstand()).orElseThrow();
    }

    /** Members unique; the Haushaltsvorstand is a member. */
    @Value.Check
    protected void check() {
        Set<PersonId> ids = new HashSet<>();
        for (Mitglied m : mitglieder()) {
            if (!ids.add(m.id())) {
                throw new IllegalArgumentException("BG " + id() + ": member " + m.id() + " occurs twice / Mitglied doppelt");
            }
        }
        if (!ids.contains(haushaltsvorstand())) {
            throw new IllegalArgumentException("BG " + id() + ": the Haushaltsvorstand must be a member"
                    + " / der Haushaltsvorstand muss Mitglied sein");
        }
    }
}
