package de.qer.core.model;

/** The residence status of a third-country national (recorded in the QuEr note, R-N1). */
public enum Aufenthaltsstatus {
    /** Aufenthaltserlaubnis. */
    AUFENTHALTSERLAUBNIS,
    /** Niederlassungserlaubnis. */
    NIEDERLASSUNGSERLAUBNIS,
    /** Erlaubnis zum Daueraufenthalt-EU. */
    DAUERAUFENTHALT_EU,
    /** Blaue Karte EU. */
    BLAUE_KARTE_EU,
    /** Aufenthaltsgestattung. */
    AUFENTHALTSGESTATTUNG,
    /** Duldung. */
    DULDUNG,
    /** Fiktionsbescheinigung. */
    FIKTIONSBESCHEINIGUNG,
    /** Another status. */
    SONSTIGER
}
