package de.qer.docs;

/** The building blocks of a Handlungsstrategie. */
public enum Strategie {
    /** Vermittlung in Ausbildung (R-Q5). */
    AUSBILDUNG("Vermittlung in Ausbildung"),
    /** Vermittlung in Arbeit. */
    VERMITTLUNG_IN_ARBEIT("Vermittlung in Arbeit"),
    /** Berufliche Weiterbildung / Qualifizierung. */
    QUALIFIZIERUNG("Qualifizierung"),
    /** Maßnahme zur Aktivierung und beruflichen Eingliederung. */
    MASSNAHME("Maßnahme"),
    /** Sprachförderung. */
    SPRACHFOERDERUNG("Sprachförderung"),
    /** Stabilisierung (other support first, R-Q5). */
    STABILISIERUNG("Stabilisierung"),
    /** Rehabilitation. */
    REHABILITATION("Rehabilitation");

    private final String label;

    Strategie(String label) {
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
