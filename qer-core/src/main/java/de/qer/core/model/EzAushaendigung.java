package de.qer.core.model;

/** What the Eingangszone hands out with an application (R-E1). */
public enum EzAushaendigung {
    /** Die Antragsunterlagen. */
    ANTRAGSUNTERLAGEN("Antragsunterlagen", "application forms"),
    /** Merkblatt SGB II. */
    MERKBLATT_SGB_II("Merkblatt SGB II", "SGB II leaflet"),
    /** Infoschreiben DSGVO. */
    INFOSCHREIBEN_DSGVO("Infoschreiben DSGVO", "GDPR information letter"),
    /** Fragebogen zum Migrationshintergrund. */
    FRAGEBOGEN_MIGRATIONSHINTERGRUND("Fragebogen zum Migrationshintergrund", "migration background questionnaire");

    private final String german;
    private final String english;

    EzAushaendigung(String german, String english) {
        this.german = german;
        this.english = english;
    }

    /**
     * The German name.
     *
     * @return the name, never null
     */
    public String german() {
        return german;
    }

    /**
     * The English name.
     *
     * @return the name, never null
     */
    public String english() {
        return english;
    }
}
