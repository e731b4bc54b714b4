package de.qer.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of a Bedarfsgemeinschaft, with what the procedure needs to know: birth date,
 * Erwerbsfähigkeit, third-country nationality and residence status, vocational qualification, ALG
 * entitlement (Aufstocker*in, R-E2) and Reha need (R-V3). Build with {@link #builder()}.
 *
 * <p>{@code toString} shows the id only; birth date, residence status and Reha need are masked.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Mitglied {

    Mitglied() {
    }

    /**
     * A new builder.
     *
     * @return the builder, never null
     */
    public static ImmutableMitglied.Builder builder() {
        return ImmutableMitglied.builder();
    }

    /**
     * The person's id.
     *
     * @return the id, never null
     */
    public abstract PersonId id();

    /**
     * The birth date (personal data: never printed).
     *
     * @return the birth date, never null
     */
    @Value.Redacted
    public abstract LocalDate geburtsdatum();

    /**
     * Whether the person is erwerbsfähig (able to work).
     *
     * @return true by default
     */
    @Value.Default
    public boolean erwerbsfaehig() {
        return true;
    }

    /**
     * Whether the person is a third-country national.
     *
     * @return false by default
     */
    @Value.Redacted
    @Value.Default
    public boolean drittstaatsangehoerig() {
        return false;
    }

    /**
     * The residence status, only for third-country nationals (personal data: never printed).
     *
     * @return the status, empty if none is recorded
     */
    @Value.Redacted
    public abstract Optional<Aufenthaltsstatus> aufenthaltsstatus();

    /**
     * Whether the person has a vocational qualification (Berufsabschluss, R-Q5).
     *
     * @return false by default
     */
    @Value.Default
    public boolean berufsabschluss() {
        return false;
    }

    /**
     * Whether the person has a claim to ALG in principle (Aufstocker*in, R-E2).
     *
     * @return false by default
     */
    @Value.Default
    public boolean algAnspruch() {
        return false;
    }

    /**
     * The last day of ALG receipt, where known (R-E2).
     *
     * @return the last day, empty while unknown or without a claim
     */
    public abstract Optional<LocalDate> algBezugBis();

    /**
     * Whether a Reha need is known (R-V3; a health hint, never printed).
     *
     * @return false by default
     */
    @Value.Redacted
    @Value.Default
    public boolean rehaBedarf() {
        return false;
    }

    /**
     * The day the person joined the BG, if after the application (a new member found by the monthly
     * import, R-F2).
     *
     * @return the day, empty for members since the application
     */
    public abstract Optional<LocalDate> mitgliedSeit();

    /**
     * Tells whether the person is an Aufstocker*in receiving ALG on a date: no BI consultation then (R-E2).
     *
     * @param on the date, not null
     * @return true while the ALG receipt has not ended
     */
    public boolean isAufstockerOn(LocalDate on) {
        Objects.requireNonNull(on, "on");
        return algAnspruch() && algBezugBis().map(last -> !on.isAfter(last)).orElse(true);
    }

    /** Residence status only for third-country nationals; ALG end only with an ALG claim. */
    @Value.Check
    protected void check() {
        if (aufenthaltsstatus().isPresent() && !drittstaatsangehoerig()) {
            throw new IllegalArgumentException("Mitglied " + id() + ": aufenthaltsstatus is recorded only for third-country"
                    + " nationals (R-N1) / Aufenthaltsstatus nur bei Drittstaatsangehörigen");
        }
        if (algBezugBis().isPresent() && !algAnspruch()) {
            throw new IllegalArgumentException("Mitglied " + id() + ": algBezugBis needs algAnspruch (R-E2)"
                    + " / algBezugBis setzt algAnspruch voraus");
        }
    }
}
