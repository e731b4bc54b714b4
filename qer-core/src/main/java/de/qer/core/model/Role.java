package de.qer.core.model;

/**
 * The roles that the procedure names (R-B4). The F-IFK is not a role but a daily designation of an
 * IFK ({@link FIfkDesignation}).
 */
public enum Role {
    /** Staff of the Eingangszone: takes applications (R-E1). */
    EZ("Eingangszone", "reception"),
    /** Integrationsfachkraft: conducts the QuEr; may be designated F-IFK for a day (R-V1). */
    IFK("Integrationsfachkraft", "integration caseworker"),
    /** Experte*in LG: releases approvals, records rejections (R-B1, R-B2). */
    EXPERTE_LG("Experte*in LG", "senior benefits officer"),
    /** Experte*in BI: assigns the case to the responsible IFK (R-B3). */
    EXPERTE_BI("Experte*in BI", "senior integration officer"),
    /** Experte*in GST: manages the virtual employee of the GST. */
    EXPERTE_GST("Experte*in GST", "branch expert");

    private final String german;
    private final String english;

    Role(String german, String english) {
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
