package de.qer.core.rule;

/** How serious a {@link Problem} is, so that hosts can filter. A command's problems are always errors. */
public enum Severity {
    /** The command is rejected, or the document must not be saved like this. */
    ERROR,
    /** A "soll" item is missing: worth a look, not blocking. */
    WARNING
}
