package de.qer.docs;

import de.qer.core.model.Aufenthaltsstatus;
import de.qer.core.model.CaseId;
import de.qer.core.model.PersonId;
import de.qer.docs.validation.Regeln;
import de.qer.docs.validation.Aussagekraeftig;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The Beratungsvermerk of Vermerkart "QuEr" (R-N1), or of a follow-up interview (Vermerkart
 * "Folgegespräch", R-L1, which needs only the summary and the next steps): reason for the application, size of the BG,
 * residence status for third-country nationals, result of the Potenzialanalyse / Integrationsprognose,
 * target occupation, planned strategies (with a detailed reason where measures are combined), a
 * summary of the conversation and the next steps. Items the eLb could not give are open points
 * (R-N3). Build with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe. {@code toString} shows ids and the date only.
 */
@Value.Immutable
@Regeln
public abstract class Beratungsvermerk {

    Beratungsvermerk() {
    }

    /**
     * A new builder.
     *
     * @return the builder, never null
     */
    public static ImmutableBeratungsvermerk.Builder builder() {
        return ImmutableBeratungsvermerk.builder();
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
     * The Vermerkart: {@link Vermerkart#QUER} in a {@link QuerDokumentation} (R-N1), {@link Vermerkart#FOLGEGESPRAECH}
     * in a {@link Folgegespraech} (R-L1); the document checks it. It decides which items are required
     * ({@link Vermerkart#pflichtpunkte()}).
     *
     * @return the Vermerkart, {@link Vermerkart#QUER} by default
     */
    @Value.Default
    public Vermerkart getVermerkart() {
        return Vermerkart.QUER;
    }

    /**
     * The day of the interview.
     *
     * @return the date, never null
     */
    public abstract LocalDate getDatum();

    /**
     * Grund der Antragstellung.
     *
     * @return the text, or null if open
     */
    @Nullable
    @Aussagekraeftig
    public abstract String getGrundDerAntragstellung();

    /**
     * Größe der BG.
     *
     * @return the size, or null if open
     */
    @Nullable
    public abstract Integer getBgGroesse();

    /**
     * Aufenthaltsstatus, for third-country nationals only (personal data).
     *
     * @return the status, or null
     */
    @Nullable
    public abstract Aufenthaltsstatus getAufenthaltsstatus();

    /**
     * Ergebnis der Potenzialanalyse / Integrationsprognose und geplante Integrationsstrategie.
     *
     * @return the text, or null if open
     */
    @Nullable
    @Aussagekraeftig
    public abstract String getErgebnisPotenzialanalyse();

    /**
     * Zielberuf.
     *
     * @return the target occupation, or null if open
     */
    @Nullable
    @Aussagekraeftig(kurz = true)
    public abstract String getZielberuf();

    /**
     * Geplante Integrationsstrategien.
     *
     * @return the text, or null if open
     */
    @Nullable
    @Aussagekraeftig
    public abstract String getGeplanteStrategien();

    /**
     * Whether measures are combined (Maßnahmezusammenfassung).
     *
     * @return false by default
     */
    @Value.Default
    public boolean isMassnahmenKombiniert() {
        return false;
    }

    /**
     * The detailed reason for combining measures (R-N1).
     *
     * @return the text, or null
     */
    @Nullable
    @Aussagekraeftig
    public abstract String getBegruendungMassnahmezusammenfassung();

    /**
     * Gesprächszusammenfassung.
     *
     * @return the text, or null if open
     */
    @Nullable
    @Aussagekraeftig
    public abstract String getGespraechszusammenfassung();

    /**
     * Festlegung des weiteren Vorgehens.
     *
     * @return the text, or null if open
     */
    @Nullable
    @Aussagekraeftig
    public abstract String getWeiteresVorgehen();

    /**
     * The items that are open, with catch-up dates (R-N3, R-Q3).
     *
     * @return the open items, unmodifiable, never null
     */
    public abstract List<OffenerVermerkpunkt> getOffenePunkte();

    @Override
    public String toString() {
        return "Beratungsvermerk[case=" + getCaseId() + ", person=" + getPerson() + ", datum=" + getDatum()
                + ", offenePunkte=" + getOffenePunkte().size() + "]";
    }
}
