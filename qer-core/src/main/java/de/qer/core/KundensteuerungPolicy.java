package de.qer.core;

import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.Mitglied;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The host's criteria for Kundensteuerung (R-S1): which team an eLb is suggested for after the
 * Potenzialanalyse. The IFK decides; the suggestion is what the defaults (or the host's criteria)
 * say. Implementations must be pure.
 */
@FunctionalInterface
public interface KundensteuerungPolicy {

    /**
     * Suggests a routing target for a member.
     *
     * @param member the member, not null
     * @param on     the business date, not null
     * @return the suggested target with its reason, never null
     */
    Suggestion suggest(Mitglied member, LocalDate on);

    /**
     * A suggested routing target and the criterion that led to it.
     *
     * @param target the target, not null
     * @param reason the criterion, in German, not blank (contains no personal data)
     */
    record Suggestion(Kundensteuerung target, String reason) {
        /**
         * Rejects a null component with a {@link NullPointerException} that names it, and a blank {@code reason} with
         * an {@link IllegalArgumentException}.
         */
        public Suggestion {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("R-S1: a suggestion states its criterion / ein Vorschlag nennt sein Kriterium");
            }
        }
    }

    /**
     * The default criteria: a Reha need goes to Sonderteam Reha/SB; under 25 goes to START.KLAR;
     * everyone else stays with the GST. The Maßnahmebetrieb is never suggested automatically: the
     * IFK routes there by decision.
     *
     * @return the default criteria, never null
     */
    static KundensteuerungPolicy standard() {
        return Standard.INSTANCE;
    }

    /** The default criteria; a singleton so that policies holding it compare equal. */
    enum Standard implements KundensteuerungPolicy {
        /** The only instance. */
        INSTANCE;

        @Override
        public Suggestion suggest(Mitglied member, LocalDate on) {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(on, "on");
            if (member.rehaBedarf()) {
                return new Suggestion(Kundensteuerung.SONDERTEAM_REHA_SB, "Reha-Bedarf festgestellt");
            }
            if (Period.between(member.geburtsdatum(), on).getYears() < 25) {
                return new Suggestion(Kundensteuerung.START_KLAR, "unter 25 Jahre");
            }
            return new Suggestion(Kundensteuerung.VERBLEIB_GST, "keine Kriterien für ein Sonderteam erfüllt");
        }

        @Override
        public String toString() {
            return "Reha-Bedarf -> Sonderteam Reha/SB; unter 25 -> START.KLAR; sonst GST";
        }
    }
}
