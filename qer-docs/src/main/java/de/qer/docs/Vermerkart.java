package de.qer.docs;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

import java.util.EnumSet;
import java.util.Set;

/**
 * The Vermerkart of a note in FMG.job (R-N1, R-L1), with the items a note of that kind must contain
 * (R-N3). The QuEr's documentation requires {@link #QUER}, a follow-up interview's documentation
 * {@link #FOLGEGESPRAECH}.
 */
public enum Vermerkart implements Labelled {
    /** "QuEr": the note of the qualified first interview. */
    QUER("QuEr", "QuEr (qualified first interview)"),
    /** "Folgegespräch": the note of a later interview with the eLb (R-L1, R-Q2). */
    FOLGEGESPRAECH("Folgegespräch", "follow-up interview"),
    /** Any other kind of note. */
    SONSTIGE("sonstige", "other");

    private final Label label;

    Vermerkart(String german, String english) {
        this.label = new Label(german, english);
    }

    /**
     * The name as FMG.job shows it, in German and English.
     *
     * @return the label, never null
     */
    @Override
    public Label label() {
        return label;
    }

    /**
     * The items a note of this kind must contain, or document as open points (R-N3). The QuEr's note needs
     * every item of R-N1 (the residence status for third-country nationals only). A follow-up's note needs
     * the summary of the conversation and the agreed next steps (R-L1); its other items are optional and,
     * where given, checked like those of the QuEr (R-N2, R-N3). Another kind of note is held to the full
     * list of R-N1.
     *
     * @return the items, a new modifiable set, never null
     */
    public Set<Vermerkpunkt> pflichtpunkte() {
        return switch (this) {
            case QUER, SONSTIGE -> EnumSet.allOf(Vermerkpunkt.class);
            case FOLGEGESPRAECH -> EnumSet.of(Vermerkpunkt.GESPRAECHSZUSAMMENFASSUNG, Vermerkpunkt.WEITERES_VORGEHEN);
        };
    }
}
