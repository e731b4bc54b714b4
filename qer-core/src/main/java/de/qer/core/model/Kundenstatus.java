package de.qer.core.model;

/** The Kundenstatus on the FMG.job tab "Allgemeines" (R-V2). */
public enum Kundenstatus {
    /** "Antrag": the status required when a new case file is parked. */
    ANTRAG,
    /** Kunde im Leistungsbezug. */
    KUNDE,
    /** Another status. */
    SONSTIGER
}
