package de.qer.docs;

import de.qer.core.lifecycle.CaseState;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.Mitglied;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.docs.validation.Regeln;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A follow-up interview (Folgegespräch) with an eLb after the QuEr, as documented (R-L1): the same
 * standards apply as in the QuEr (R-Q2), checked by the same constraints. It has
 * <ul>
 * <li>a Beratungsvermerk of Vermerkart {@link Vermerkart#FOLGEGESPRAECH}: its summary of the conversation and
 * the agreed next steps are required and meaningful (R-N2, R-N3); the QuEr-only items (reason for the
 * application, Zielberuf, strategies, result of the Potenzialanalyse, residence status) may be left out and,
 * where given, are checked as in the QuEr (R-N1 to R-N3);</li>
 * <li>the Kooperationsplan either updated (a full {@link Kooperationsplan}, checked with R-K1 to R-K4, its
 * next review date at the latest 6 months after the interview, R-K3, R-L2) or confirmed unchanged
 * ({@link #isKpUnveraendertBestaetigt()} with {@link #getKpNaechsteUeberpruefung()}, R-L2);</li>
 * <li>the Potenzialanalyse, where the policy lists it among the follow-up standards, either updated (checked as
 * in the QuEr, R-Q4) or confirmed unchanged ({@link #isPotenzialanalyseUnveraendertBestaetigt()});</li>
 * <li>open points for what is missing, each with its catch-up date (R-Q3).</li>
 * </ul>
 * A confirmation counts as the standard met (R-L1, assumption). Which standards a follow-up needs is
 * {@code QuerPolicy.followUpStandards()}. Build with {@link #builder()} or {@link #fuer(CaseState.NachBewilligung, PersonId)};
 * validate with {@code QuerValidator.validate(Folgegespraech)}.
 *
 * <p>This class is immutable and thread-safe. {@code toString} shows ids and dates only.
 */
@Value.Immutable
@Regeln
public abstract class Folgegespraech implements Gespraechsdokumentation {

    Folgegespraech() {
    }

    /**
     * A new builder.
     *
     * @return the builder, never null
     */
    public static ImmutableFolgegespraech.Builder builder() {
        return ImmutableFolgegespraech.builder();
    }

    /**
     * A builder for a follow-up with a member of an approved case: the BG is taken from the case (R-Q2).
     *
     * @param state  the case, not null
     * @param person the eLb, not null
     * @return the builder, never null
     */
    public static ImmutableFolgegespraech.Builder fuer(CaseState.NachBewilligung state, PersonId person) {
        java.util.Objects.requireNonNull(state, "state");
        java.util.Objects.requireNonNull(person, "person");
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
     * The day of the follow-up interview.
     *
     * @return the date, never null
     */
    @Override
    public abstract LocalDate getDatum();

    /**
     * The note of the follow-up, of Vermerkart {@link Vermerkart#FOLGEGESPRAECH} (R-L1).
     *
     * @return the note, or null
     */
    @Valid
    @Nullable
    @Override
    public abstract Beratungsvermerk getBeratungsvermerk();

    /**
     * The Kooperationsplan as updated in the follow-up (R-K1 to R-K4, R-L2).
     *
     * @return the updated plan, or null when it is confirmed unchanged, open or missing
     */
    @Valid
    @Nullable
    @Override
    public abstract Kooperationsplan getKooperationsplan();

    /**
     * Whether IFK and eLb reviewed the Kooperationsplan and confirmed it unchanged (R-L1, assumption): then no
     * updated plan is given, and {@link #getKpNaechsteUeberpruefung()} is its next review date (R-L2).
     *
     * @return false by default
     */
    @Value.Default
    public boolean isKpUnveraendertBestaetigt() {
        return false;
    }

    /**
     * The next review date of a Kooperationsplan confirmed unchanged (R-L2): after the interview and at the
     * latest 6 months later. An updated plan carries its own ({@link Kooperationsplan#getNaechsteUeberpruefung()}).
     *
     * @return the date, or null
     */
    @Nullable
    public abstract LocalDate getKpNaechsteUeberpruefung();

    /**
     * The Potenzialanalyse as updated in the follow-up (R-Q4).
     *
     * @return the analysis, or null when it is confirmed unchanged or not redone
     */
    @Valid
    @Nullable
    public abstract Potenzialanalyse getPotenzialanalyse();

    /**
     * Whether the Potenzialanalyse was confirmed unchanged (R-L1, assumption).
     *
     * @return false by default
     */
    @Value.Default
    public boolean isPotenzialanalyseUnveraendertBestaetigt() {
        return false;
    }

    /**
     * New open points of the follow-up, each with its catch-up date (R-Q3); one that stands in for a
     * standard ({@link OffenerPunkt#betrifft()}) counts for it.
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


    /**
     * The person must be a member of the BG (R-Q2); the KP and the Potenzialanalyse are either updated or
     * confirmed unchanged, not both, and a KP review date of its own only goes with a confirmed KP (R-L1).
     */
    @Value.Check
    protected void check() {
        if (getBedarfsgemeinschaft().mitglied(getPerson()).isEmpty()) {
            throw new IllegalArgumentException("R-Q2: person " + getPerson() + " is not a member of BG "
                    + getBedarfsgemeinschaft().id() + " / Person gehört nicht zur BG");
        }
        if (isKpUnveraendertBestaetigt() && getKooperationsplan() != null) {
            throw new IllegalArgumentException("R-L1: the KP is either updated or confirmed unchanged, not both"
                    + " / der KP ist entweder fortgeschrieben oder unverändert bestätigt");
        }
        if (!isKpUnveraendertBestaetigt() && getKpNaechsteUeberpruefung() != null) {
            throw new IllegalArgumentException("R-L2: kpNaechsteUeberpruefung goes with a KP confirmed unchanged; an updated KP"
                    + " carries its own date / nur mit unverändert bestätigtem KP");
        }
        if (isPotenzialanalyseUnveraendertBestaetigt() && getPotenzialanalyse() != null) {
            throw new IllegalArgumentException("R-L1: the Potenzialanalyse is either updated or confirmed unchanged, not both"
                    + " / die Potenzialanalyse ist entweder aktualisiert oder unverändert bestätigt");
        }
    }

    @Override
    public String toString() {
        return "Folgegespraech[case=" + getBedarfsgemeinschaft().id() + ", person=" + getPerson() + ", datum=" + getDatum()
                + ", kpUnveraendert=" + isKpUnveraendertBestaetigt() + ", offenePunkte=" + getOffenePunkte().size() + "]";
    }
}
