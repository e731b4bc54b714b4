package de.qer.docs;

/** The profile of the Integrationsprognose (the 4-Phasen-Modell's profiles), basis of Kundensteuerung (R-Q4). */
public enum Profillage {
    /** Marktprofil: integration expected within 6 months. */
    MARKTPROFIL("Marktprofil"),
    /** Aktivierungsprofil. */
    AKTIVIERUNGSPROFIL("Aktivierungsprofil"),
    /** Förderprofil. */
    FOERDERPROFIL("Förderprofil"),
    /** Entwicklungsprofil. */
    ENTWICKLUNGSPROFIL("Entwicklungsprofil"),
    /** Stabilisierungsprofil. */
    STABILISIERUNGSPROFIL("Stabilisierungsprofil"),
    /** Unterstützungsprofil. */
    UNTERSTUETZUNGSPROFIL("Unterstützungsprofil");

    private final String label;

    Profillage(String label) {
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
