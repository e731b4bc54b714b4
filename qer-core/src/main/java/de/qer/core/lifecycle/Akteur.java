package de.qer.core.lifecycle;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/**
 * Who may take a step of the lifecycle (R-B4): a role of the case's GST, or a person the case itself
 * names (the responsible IFK, the F-IFK of the day). Each row of {@link Transitions} lists the
 * Akteure of its command; {@link QuerDecider} checks the actor against them, and the flow diagram names
 * them.
 */
public enum Akteur implements Labelled {
    /** Staff of the Eingangszone (R-E1, R-B1). */
    EZ("Eingangszone", "reception"),
    /** The IFK designated F-IFK of the case's GST for the day of the step (R-V1). */
    F_IFK_DES_TAGES("F-IFK des Tages", "F-IFK of the day"),
    /** Any IFK of the case's GST (R-F4). */
    IFK_DER_GST("IFK der GST", "an IFK of the GST"),
    /** The IFK the case is assigned to (R-B3): the QuEr and everything after it. */
    ZUSTAENDIGE_IFK("zuständige IFK", "the responsible IFK"),
    /** Experte*in LG (R-B1, R-B2, R-L4). */
    EXPERTE_LG("Experte*in LG", "senior benefits officer"),
    /** Experte*in BI (R-B3, R-F2, R-E2, R-L4); of the receiving GST for a move. */
    EXPERTE_BI("Experte*in BI", "senior integration officer"),
    /** Experte*in GST (R-F4). */
    EXPERTE_GST("Experte*in GST", "branch expert");

    private final Label label;

    Akteur(String german, String english) {
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
