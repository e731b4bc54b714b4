package de.qer.core.model;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** What the Eingangszone hands out with an application (R-E1). */
public enum EzAushaendigung implements Labelled {
    /** Die Antragsunterlagen. */
    ANTRAGSUNTERLAGEN("Antragsunterlagen", "application forms"),
    /** Merkblatt SGB II. */
    MERKBLATT_SGB_II("Merkblatt SGB II", "SGB II leaflet"),
    /** Infoschreiben DSGVO. */
    INFOSCHREIBEN_DSGVO("Infoschreiben DSGVO", "GDPR information letter"),
    /** Fragebogen zum Migrationshintergrund. */
    FRAGEBOGEN_MIGRATIONSHINTERGRUND("Fragebogen zum Migrationshintergrund", "migration background questionnaire");

    private final Label label;

    EzAushaendigung(String german, String english) {
        this.label = new Label(german, english);
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public Label label() {
        return label;
    }
}
