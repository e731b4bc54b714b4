package de.qer.core.model;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/**
 * The roles that the procedure names (R-B4). The F-IFK is not a role but a daily designation of an
 * IFK ({@link FIfkDesignation}).
 */
public enum Role implements Labelled {
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

    private final Label label;

    Role(String german, String english) {
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
