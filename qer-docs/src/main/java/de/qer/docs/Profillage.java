package de.qer.docs;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** The profile of the Integrationsprognose (the 4-Phasen-Modell's profiles), basis of Kundensteuerung (R-Q4). */
public enum Profillage implements Labelled {
    /** Marktprofil: integration expected within 6 months. */
    MARKTPROFIL("Marktprofil", "market profile"),
    /** Aktivierungsprofil. */
    AKTIVIERUNGSPROFIL("Aktivierungsprofil", "activation profile"),
    /** Förderprofil. */
    FOERDERPROFIL("Förderprofil", "support profile"),
    /** Entwicklungsprofil. */
    ENTWICKLUNGSPROFIL("Entwicklungsprofil", "development profile"),
    /** Stabilisierungsprofil. */
    STABILISIERUNGSPROFIL("Stabilisierungsprofil", "stabilisation profile"),
    /** Unterstützungsprofil. */
    UNTERSTUETZUNGSPROFIL("Unterstützungsprofil", "assistance profile");

    private final Label label;

    Profillage(String german, String english) {
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
