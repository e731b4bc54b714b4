package de.qer.core.model;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** The minimum standards of a QuEr (R-Q1). */
public enum Mindeststandard implements Labelled {
    /** Erfassung/Aktualisierung aller notwendigen Daten in FMG.job. */
    FMG_DATEN("Daten in FMG.job erfasst/aktualisiert", "data captured in FMG.job", true),
    /** Potenzialanalyse. */
    POTENZIALANALYSE("Potenzialanalyse", "potential analysis", true),
    /** Integrationsprognose. */
    INTEGRATIONSPROGNOSE("Integrationsprognose", "integration forecast", true),
    /** Handlungsstrategien. */
    HANDLUNGSSTRATEGIE("Handlungsstrategien", "integration strategy", true),
    /** Sofortangebot. */
    SOFORTANGEBOT("Sofortangebot", "immediate offer", true),
    /** Individueller Kooperationsplan. */
    KOOPERATIONSPLAN("Kooperationsplan", "cooperation plan", true),
    /** Beratungsvermerk QuEr. */
    BERATUNGSVERMERK("Beratungsvermerk QuEr", "QuEr consultation note", true),
    /** (ggf.) zielgerichtete Kundensteuerung: only where needed. */
    KUNDENSTEUERUNG("Kundensteuerung (ggf.)", "routing (where needed)", false);

    private final Label label;
    private final boolean always;

    Mindeststandard(String german, String english, boolean always) {
        this.label = new Label(german, english);
        this.always = always;
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public Label label() {
        return label;
    }

    /**
     * Whether the standard is required in every QuEr (all but Kundensteuerung, which is "where needed").
     *
     * @return true if always required
     */
    public boolean alwaysRequired() {
        return always;
    }
}
