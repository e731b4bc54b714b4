package de.qer.core.model;

/** The routing targets of Kundensteuerung (R-S1). */
public enum Kundensteuerung {
    /** Sonderteam Reha/SB (rehabilitation, severely disabled). */
    SONDERTEAM_REHA_SB("Sonderteam Reha/SB", "special team rehabilitation/severe disability"),
    /** START.KLAR: the JC's team for under-25s and training placement. */
    START_KLAR("START.KLAR", "START.KLAR (under 25, training)"),
    /** Maßnahmebetrieb (MB). */
    MASSNAHMEBETRIEB("Maßnahmebetrieb", "measures provider"),
    /** Stays with the GST. */
    VERBLEIB_GST("Verbleib in der GST", "stays with the branch office");

    private final String german;
    private final String english;

    Kundensteuerung(String german, String english) {
        this.german = german;
        this.english = english;
    }

    /**
     * The German name.
     *
     * @return the name, never null
     */
    public String german() {
        return german;
    }

    /**
     * The English name.
     *
     * @return the name, never null
     */
    public String english() {
        return english;
    }
}
