package de.qer.core.model;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** The Kundenstatus on the FMG.job tab "Allgemeines" (R-V2). */
public enum Kundenstatus implements Labelled {
    /** "Antrag": the status required when a new case file is parked. */
    ANTRAG("Antrag", "application"),
    /** Kunde im Leistungsbezug. */
    KUNDE("Kunde im Leistungsbezug", "customer receiving benefits"),
    /** Another status. */
    SONSTIGER("sonstiger", "other");

    private final Label label;

    Kundenstatus(String german, String english) {
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
