package de.qer.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An open point of a QuEr: information the eLb could not give, with its catch-up date (R-Q3).
 *
 * <p>{@code toString} shows the minimum standard and the date, neither the key nor the topic text (both are
 * the caller's words).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key          a short stable key, unique within the case (for example {@code "OP-1"}), not blank
 * @param thema        what is open, in the caseworker's words, not blank
 * @param betrifft     the minimum standard it stands in for, if any
 * @param nachholenBis the catch-up date, not null
 */
public record OffenerPunkt(String key, String thema, Optional<Mindeststandard> betrifft, LocalDate nachholenBis) {

    /**
     * Rejects a null component with a {@link NullPointerException} that names it, and a blank {@code key} or
     * {@code thema} with an {@link IllegalArgumentException}.
     */
    public OffenerPunkt {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(thema, "thema");
        Objects.requireNonNull(betrifft, "betrifft");
        Objects.requireNonNull(nachholenBis, "nachholenBis");
        if (key.isBlank() || thema.isBlank()) {
            throw new IllegalArgumentException("R-Q3: key and thema of an open point must not be blank"
                    + " / Schlüssel und Thema eines offenen Punkts dürfen nicht leer sein");
        }
    }

    /**
     * An open point that stands in for a minimum standard.
     *
     * @param key          the key, not blank
     * @param standard     the minimum standard, not null
     * @param nachholenBis the catch-up date, not null
     * @return the open point, never null
     */
    public static OffenerPunkt fuer(String key, Mindeststandard standard, LocalDate nachholenBis) {
        Objects.requireNonNull(standard, "standard");
        return new OffenerPunkt(key, standard.label().german(), Optional.of(standard), nachholenBis);
    }

    /**
     * An open point about other information.
     *
     * @param key          the key, not blank
     * @param thema        what is open, not blank
     * @param nachholenBis the catch-up date, not null
     * @return the open point, never null
     */
    public static OffenerPunkt zu(String key, String thema, LocalDate nachholenBis) {
        return new OffenerPunkt(key, thema, Optional.empty(), nachholenBis);
    }

    @Override
    public String toString() {
        return "OffenerPunkt[key=***" + betrifft.map(s -> ", betrifft=" + s).orElse("") + ", nachholenBis=" + nachholenBis + "]";
    }
}
