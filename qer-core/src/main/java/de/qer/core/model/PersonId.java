package de.qer.core.model;

import java.util.Objects;

/**
 * The identifier of a person (a BG member) in the host system. Carries no personal data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier as the host system knows it, not blank
 */
public record PersonId(String value) implements Comparable<PersonId> {

    /**
     * Rejects a null {@code value} with a {@link NullPointerException} and a blank one with an
     * {@link IllegalArgumentException}.
     */
    public PersonId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("PersonId must not be blank / PersonId darf nicht leer sein");
        }
    }

    /**
     * Creates the identifier.
     *
     * @param value the identifier, not blank
     * @return the identifier, never null
     */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(Objects.requireNonNull(other, "other").value);
    }

    @Override
    public String toString() {
        return value;
    }
}
