package de.qer.docs;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** The kind of Sofortangebot (R-Q5). */
public enum Angebotsart implements Labelled {
    /** Ein Stellenangebot. */
    STELLENANGEBOT("Stellenangebot", "job offer"),
    /** Ein Ausbildungsplatzangebot. */
    AUSBILDUNGSANGEBOT("Ausbildungsangebot", "offer of a training place"),
    /** Eine Maßnahme. */
    MASSNAHME("Maßnahme", "measure"),
    /** Eine Weiterbildung. */
    WEITERBILDUNG("Weiterbildung", "further training"),
    /** Another support first, where serious obstacles exist (R-Q5). */
    SONSTIGE_UNTERSTUETZUNG("sonstige Unterstützung", "other support");

    private final Label label;

    Angebotsart(String german, String english) {
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
