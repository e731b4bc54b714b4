package de.qer.docs.validation;

/** How serious a violation is, so that hosts can filter. */
public enum Severity {
    /** The document must not be saved like this. */
    ERROR,
    /** A "soll" item is missing: worth a look, not blocking. */
    WARNING
}
