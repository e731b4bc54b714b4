package de.qer.core.model;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** The residence status of a third-country national (recorded in the QuEr note, R-N1). */
public enum Aufenthaltsstatus implements Labelled {
    /** Aufenthaltserlaubnis. */
    AUFENTHALTSERLAUBNIS("Aufenthaltserlaubnis", "residence permit"),
    /** Niederlassungserlaubnis. */
    NIEDERLASSUNGSERLAUBNIS("Niederlassungserlaubnis", "settlement permit"),
    /** Erlaubnis zum Daueraufenthalt-EU. */
    DAUERAUFENTHALT_EU("Erlaubnis zum Daueraufenthalt-EU", "EU long-term residence permit"),
    /** Blaue Karte EU. */
    BLAUE_KARTE_EU("Blaue Karte EU", "EU Blue Card"),
    /** Aufenthaltsgestattung. */
    AUFENTHALTSGESTATTUNG("Aufenthaltsgestattung", "permission to reside during the asylum procedure"),
    /** Duldung. */
    DULDUNG("Duldung", "temporary suspension of deportation"),
    /** Fiktionsbescheinigung. */
    FIKTIONSBESCHEINIGUNG("Fiktionsbescheinigung", "provisional residence certificate"),
    /** Another status. */
    SONSTIGER("sonstiger", "other");

    private final Label label;

    Aufenthaltsstatus(String german, String english) {
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
