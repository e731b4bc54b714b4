package de.qer.core.model;

import java.util.Objects;

/**
 * The identifier of a member of staff in the host system. Carries no names.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier as the host system knows it, not blank
 */
public record StaffId(String value) implements Comparable<StaffId> {

    /**
     * Rejects a null {@code value} with a {@link NullPointerException} and a blank one with an
     * {@link IllegalArgumentException}.
     */
    public StaffId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("StaffId must not be blank / StaffId darf nicht leer sein");
        }
    }

    /**
     * Creates the identifier.
     *
     * @param value the identifier, not blank
     * @return the identifier, never null
     */
    public static StaffId of(String value) {
        return new StaffId(value);
    }

    @Override
    public int compareTo(StaffId other) {
        return value.compareTo(Objects.requireNonNull(other, "other").value);
    }

    @Override
    public String toString() {
        return value;
    }
}
