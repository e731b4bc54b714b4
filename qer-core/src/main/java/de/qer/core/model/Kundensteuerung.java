package de.qer.core.model;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** The routing targets of Kundensteuerung (R-S1). */
public enum Kundensteuerung implements Labelled {
    /** Sonderteam Reha/SB (rehabilitation, severely disabled). */
    SONDERTEAM_REHA_SB("Sonderteam Reha/SB", "special team rehabilitation/severe disability"),
    /** START.KLAR: the JC's team for under-25s and training placement. */
    START_KLAR("START.KLAR", "START.KLAR (under 25, training)"),
    /** Maßnahmebetrieb (MB). */
    MASSNAHMEBETRIEB("Maßnahmebetrieb", "measures provider"),
    /** Stays with the GST. */
    VERBLEIB_GST("Verbleib in der GST", "stays with the branch office");

    private final Label label;

    Kundensteuerung(String german, String english) {
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
