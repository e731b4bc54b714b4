package de.qer.docs;

/** The items of the QuEr note (R-N1), each with the property that holds it. */
public enum Vermerkpunkt {
    /** Grund der Antragstellung. */
    GRUND_DER_ANTRAGSTELLUNG("grundDerAntragstellung", "Grund der Antragstellung"),
    /** Größe der BG. */
    BG_GROESSE("bgGroesse", "Größe der BG"),
    /** Aufenthaltsstatus (for third-country nationals). */
    AUFENTHALTSSTATUS("aufenthaltsstatus", "Aufenthaltsstatus"),
    /** Ergebnis der Potenzialanalyse / Integrationsprognose und geplante Integrationsstrategie. */
    ERGEBNIS_POTENZIALANALYSE("ergebnisPotenzialanalyse", "Ergebnis Potenzialanalyse / Integrationsprognose"),
    /** Zielberuf. */
    ZIELBERUF("zielberuf", "Zielberuf"),
    /** Geplante Integrationsstrategien. */
    GEPLANTE_STRATEGIEN("geplanteStrategien", "geplante Integrationsstrategien"),
    /** Gesprächszusammenfassung. */
    GESPRAECHSZUSAMMENFASSUNG("gespraechszusammenfassung", "Gesprächszusammenfassung"),
    /** Festlegung des weiteren Vorgehens. */
    WEITERES_VORGEHEN("weiteresVorgehen", "Festlegung des weiteren Vorgehens");

    private final String property;
    private final String label;

    Vermerkpunkt(String property, String label) {
        this.property = property;
        this.label = label;
    }

    /**
     * The property of {@link Beratungsvermerk} that holds the item.
     *
     * @return the property name, never null
     */
    public String property() {
        return property;
    }

    /**
     * The German label of the item.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }
}
