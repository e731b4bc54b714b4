package de.qer.docs;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** The building blocks of a Handlungsstrategie. */
public enum Strategie implements Labelled {
    /** Vermittlung in Ausbildung (R-Q5). */
    AUSBILDUNG("Vermittlung in Ausbildung", "placement in vocational training"),
    /** Vermittlung in Arbeit. */
    VERMITTLUNG_IN_ARBEIT("Vermittlung in Arbeit", "placement in work"),
    /** Berufliche Weiterbildung / Qualifizierung. */
    QUALIFIZIERUNG("Qualifizierung", "qualification"),
    /** Maßnahme zur Aktivierung und beruflichen Eingliederung. */
    MASSNAHME("Maßnahme", "measure"),
    /** Sprachförderung. */
    SPRACHFOERDERUNG("Sprachförderung", "language support"),
    /** Stabilisierung (other support first, R-Q5). */
    STABILISIERUNG("Stabilisierung", "stabilisation"),
    /** Rehabilitation. */
    REHABILITATION("Rehabilitation", "rehabilitation");

    private final Label label;

    Strategie(String german, String english) {
        this.label = new Label(german, english);
    }

    /**
     * The name in German and English.
     *
     * @return the label, never null
     */
    @Override
    public Label label() {
        return label;
    }
}
