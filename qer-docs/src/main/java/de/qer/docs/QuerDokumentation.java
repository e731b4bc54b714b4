package de.qer.docs;

import de.qer.core.lifecycle.CaseState;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.Mitglied;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.docs.validation.Regeln;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Objects;
import java.util.List;
import org.immutables.value.Value;

/**
 * A complete QuEr of one eLb as documented: the case's BG, the day, and each minimum standard of R-Q1
 * (FMG.job data, Potenzialanalyse, Integrationsprognose, Handlungsstrategie, Sofortangebot,
 * Kooperationsplan, Beratungsvermerk, Kundensteuerung where needed). What is not there yet is an open
 * point with a catch-up date (R-Q3). Build with {@link #builder()} or {@link #fuer(CaseState.NachBewilligung, PersonId)}.
 *
 * <p>This class is immutable and thread-safe. {@code toString} shows ids and the date only.
 */
@Value.Immutable
@Regeln
public abstract class QuerDokumentation implements Gespraechsdokumentation {

    QuerDokumentation() {
    }

    /**
     * A new builder.
     *
     * @return the builder, never null
     */
    public static ImmutableQuerDokumentation.Builder builder() {
        return ImmutableQuerDokumentation.builder();
    }

    /**
     * A builder for the QuEr of a member of an approved case: the BG is taken from the case (R-Q2).
     *
     * @param state  the case, not null
     * @param person the eLb, not null
     * @return the builder, never null
     */
    public static ImmutableQuerDokumentation.Builder fuer(CaseState.NachBewilligung state, PersonId person) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(person, "person");
        return builder().bedarfsgemeinschaft(state.bedarfsgemeinschaft()).person(person);
    }

    /**
     * The BG as the case knows it (R-Q2, R-N3).
     *
     * @return the BG, never null
     */
    @Override
    public abstract Bedarfsgemeinschaft getBedarfsgemeinschaft();

    /**
     * The eLb.
     *
     * @return the person id, a member of the BG
     */
    @Override
    public abstract PersonId getPerson();

    /**
     * The day of the QuEr.
     *
     * @return the date, never null
     */
    @Override
    public abstract LocalDate getDatum();

    /**
     * Whether all necessary data were captured or updated in FMG.job (R-Q1).
     *
     * @return false by default
     */
    @Value.Default
    public boolean isFmgDatenErfasst() {
        return false;
    }

    /**
     * The Potenzialanalyse.
     *
     * @return the analysis, or null
     */
    @Valid
    @Nullable
    public abstract Potenzialanalyse getPotenzialanalyse();

    /**
     * The Integrationsprognose.
     *
     * @return the forecast, or null
     */
    @Valid
    @Nullable
    public abstract Integrationsprognose getIntegrationsprognose();

    /**
     * The Handlungsstrategie.
     *
     * @return the strategy, or null
     */
    @Valid
    @Nullable
    public abstract Handlungsstrategie getHandlungsstrategie();

    /**
     * The Sofortangebot.
     *
     * @return the offer, or null
     */
    @Valid
    @Nullable
    public abstract Sofortangebot getSofortangebot();

    /**
     * The Kooperationsplan.
     *
     * @return the plan, or null
     */
    @Valid
    @Nullable
    @Override
    public abstract Kooperationsplan getKooperationsplan();

    /**
     * The Beratungsvermerk QuEr.
     *
     * @return the note, or null
     */
    @Valid
    @Nullable
    @Override
    public abstract Beratungsvermerk getBeratungsvermerk();

    /**
     * Whether a Kundensteuerung decision is needed (R-Q1 "ggf.").
     *
     * @return false by default
     */
    @Value.Default
    public boolean isKundensteuerungErforderlich() {
        return false;
    }

    /**
     * The Kundensteuerung decision.
     *
     * @return the target, or null
     */
    @Nullable
    public abstract Kundensteuerung getKundensteuerung();

    /**
     * Open points that stand in for minimum standards (R-Q3).
     *
     * @return the open points, unmodifiable
     */
    @Override
    public abstract List<OffenerPunkt> getOffenePunkte();

    /**
     * Whether the case records that cooperation has failed (R-K4).
     *
     * @return false by default
     */
    @Value.Default
    @Override
    public boolean isKooperationGescheitert() {
        return false;
    }


    /** The person must be a member of the BG. */
    @Value.Check
    protected void check() {
        if (getBedarfsgemeinschaft().mitglied(getPerson()).isEmpty()) {
            throw new IllegalArgumentException("R-Q2: person " + getPerson() + " is not a member of BG "
                    + getBedarfsgemeinschaft().id() + " / Person gehört nicht zur BG");
        }
    }

    @Override
    public String toString() {
        return "QuerDokumentation[case=" + getBedarfsgemeinschaft().id() + ", person=" + getPerson() + ", datum=" + getDatum() + "]";
    }
}
