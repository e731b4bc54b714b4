package de.qer.core.model;

/** The minimum standards of a QuEr (R-Q1). */
public enum Mindeststandard {
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

    private final String german;
    private final String english;
    private final boolean always;

    Mindeststandard(String german, String english, boolean always) {
        this.german = german;
        this.english = english;
        this.always = always;
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

    /**
     * Whether the standard is required in every QuEr (all but Kundensteuerung, which is "where needed").
     *
     * @return true if always required
     */
    public boolean alwaysRequired() {
        return always;
    }
}
