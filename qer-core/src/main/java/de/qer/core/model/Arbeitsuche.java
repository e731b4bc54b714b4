package de.qer.core.model;

/** The BaEL entry ASU or NA (R-V2). */
public enum Arbeitsuche {
    /** arbeitsuchend. */
    ASU,
    /** nicht arbeitsuchend. */
    NA
}
