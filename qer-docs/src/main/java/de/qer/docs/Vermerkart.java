package de.qer.docs;

/** The Vermerkart of a note in FMG.job (R-N1). */
public enum Vermerkart {
    /** "QuEr": the note of the qualified first interview. */
    QUER,
    /** Any other kind of note. */
    SONSTIGE
}
