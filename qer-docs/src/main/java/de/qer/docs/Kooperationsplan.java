package de.qer.docs;

import de.qer.core.model.CaseId;
import de.qer.core.model.PersonId;
import de.qer.docs.validation.Regeln;
import de.qer.docs.validation.Aussagekraeftig;
import de.qer.docs.validation.Pflichtangabe;
import de.qer.docs.validation.Texthygiene;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The Kooperationsplan (§ 15 Abs. 2 SGB II, R-K1 to R-K4): drawn up jointly by IFK and eLb, in text
 * form, not signed. It states the Eingliederungsziel and the essential steps and schedules the
 * activities of both sides; it should state the integration services, the own efforts and how they are
 * shown, whether a course comes first, other agencies, the jobs aimed at and a possible Reha need; it
 * carries its next review date. Build with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe. {@code toString} shows ids and dates only.
 */
@Value.Immutable
@Regeln
public abstract class Kooperationsplan {

    Kooperationsplan() {
    }

    /**
     * A new builder.
     *
     * @return the builder, never null
     */
    public static ImmutableKooperationsplan.Builder builder() {
        return ImmutableKooperationsplan.builder();
    }

    /**
     * The case.
     *
     * @return the case id, never null
     */
    public abstract CaseId getCaseId();

    /**
     * The eLb.
     *
     * @return the person id, never null
     */
    public abstract PersonId getPerson();

    /**
     * The day the plan was drawn up.
     *
     * @return the date, never null
     */
    public abstract LocalDate getErstelltAm();

    /**
     * The Eingliederungsziel (R-K2).
     *
     * @return the goal
     */
    @Pflichtangabe(rule = "R-K2")
    @Aussagekraeftig
    @Nullable
    public abstract String getEingliederungsziel();

    /**
     * The essential steps (R-K2); each one meaningful (R-N2, the short minimum).
     *
     * @return the steps, unmodifiable
     */
    @Pflichtangabe(rule = "R-K2")
    public abstract List<@Aussagekraeftig(kurz = true) String> getSchritte();

    /**
     * The scheduled activities of both sides (R-K2).
     *
     * @return the activities, unmodifiable
     */
    public abstract List<@Valid Aktivitaet> getAktivitaeten();

    /**
     * The integration services (Eingliederungsleistungen).
     *
     * @return the services, unmodifiable
     */
    public abstract List<@Texthygiene String> getEingliederungsleistungen();

    /**
     * The minimum own efforts and how they are shown.
     *
     * @return the own efforts, or null
     */
    @Valid
    @Nullable
    public abstract Eigenbemuehungen getEigenbemuehungen();

    /**
     * Whether an integration or German course comes first.
     *
     * @return the course priority, or null
     */
    @Nullable
    public abstract KursVorrang getKursVorrang();

    /**
     * Other agencies involved.
     *
     * @return the agencies, unmodifiable
     */
    public abstract List<@Texthygiene String> getAndereStellen();

    /**
     * The training, jobs or fields aimed at.
     *
     * @return the aims, unmodifiable
     */
    public abstract List<@Texthygiene String> getZiele();

    /**
     * A possible Reha need (a health hint: never printed by {@code toString}).
     *
     * @return the hint, or null
     */
    @Texthygiene
    @Nullable
    public abstract String getRehaHinweis();

    /**
     * The next joint review (R-K3).
     *
     * @return the date, or null
     */
    @Nullable
    public abstract LocalDate getNaechsteUeberpruefung();

    /**
     * Whether the plan was signed (an error, R-K1).
     *
     * @return false by default
     */
    @Value.Default
    public boolean isUnterschrieben() {
        return false;
    }

    /**
     * Whether the plan carries a Rechtsfolgenbelehrung (R-K4).
     *
     * @return false by default
     */
    @Value.Default
    public boolean isRechtsfolgenbelehrung() {
        return false;
    }

    @Override
    public String toString() {
        return "Kooperationsplan[case=" + getCaseId() + ", person=" + getPerson() + ", erstelltAm=" + getErstelltAm()
                + ", naechsteUeberpruefung=" + getNaechsteUeberpruefung() + "]";
    }
}
