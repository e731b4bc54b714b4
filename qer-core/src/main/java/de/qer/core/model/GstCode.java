package de.qer.core.model;

import java.util.Objects;

/**
 * The code of a Geschäftsstelle (GST), the {@code xx} in "QuEr.xx, VM".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier as the host system knows it, not blank
 */
public record GstCode(String value) implements Comparable<GstCode> {

    /**
     * Rejects a null {@code value} with a {@link NullPointerException} and a blank one with an
     * {@link IllegalArgumentException}.
     */
    public GstCode {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("GstCode must not be blank / GstCode darf nicht leer sein");
        }
    }

    /**
     * Creates the identifier.
     *
     * @param value the identifier, not blank
     * @return the identifier, never null
     */
    public static GstCode of(String value) {
        return new GstCode(value);
    }

    @Override
    public int compareTo(GstCode other) {
        return value.compareTo(Objects.requireNonNull(other, "other").value);
    }

    @Override
    public String toString() {
        return value;
    }
}
