package de.qer.core.model;

import java.util.Objects;

/**
 * The identifier of a case (the Fallhülle of a Bedarfsgemeinschaft, held under its Haushaltsvorstand).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier as the host system knows it, not blank
 */
public record CaseId(String value) implements Comparable<CaseId> {

    /**
     * Rejects a null {@code value} with a {@link NullPointerException} and a blank one with an
     * {@link IllegalArgumentException}.
     */
    public CaseId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("CaseId must not be blank / CaseId darf nicht leer sein");
        }
    }

    /**
     * Creates the identifier.
     *
     * @param value the identifier, not blank
     * @return the identifier, never null
     */
    public static CaseId of(String value) {
        return new CaseId(value);
    }

    @Override
    public int compareTo(CaseId other) {
        return value.compareTo(Objects.requireNonNull(other, "other").value);
    }

    @Override
    public String toString() {
        return value;
    }
}
