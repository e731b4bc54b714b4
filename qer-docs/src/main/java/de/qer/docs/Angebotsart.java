package de.qer.docs;

/** The kind of Sofortangebot (R-Q5). */
public enum Angebotsart {
    /** Ein Stellenangebot. */
    STELLENANGEBOT("Stellenangebot"),
    /** Ein Ausbildungsplatzangebot. */
    AUSBILDUNGSANGEBOT("Ausbildungsangebot"),
    /** Eine Maßnahme. */
    MASSNAHME("Maßnahme"),
    /** Eine Weiterbildung. */
    WEITERBILDUNG("Weiterbildung"),
    /** Another support first, where serious obstacles exist (R-Q5). */
    SONSTIGE_UNTERSTUETZUNG("sonstige Unterstützung");

    private final String label;

    Angebotsart(String label) {
        this.label = label;
    }

    /**
     * The German label.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }
}
