package de.qer.docs;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** The items of the QuEr note (R-N1), each with the property that holds it. */
public enum Vermerkpunkt implements Labelled {
    /** Grund der Antragstellung. */
    GRUND_DER_ANTRAGSTELLUNG("grundDerAntragstellung", "Grund der Antragstellung", "reason for the application"),
    /** Größe der BG. */
    BG_GROESSE("bgGroesse", "Größe der BG", "size of the household unit"),
    /** Aufenthaltsstatus (for third-country nationals). */
    AUFENTHALTSSTATUS("aufenthaltsstatus", "Aufenthaltsstatus", "residence status"),
    /** Ergebnis der Potenzialanalyse / Integrationsprognose und geplante Integrationsstrategie. */
    ERGEBNIS_POTENZIALANALYSE("ergebnisPotenzialanalyse", "Ergebnis Potenzialanalyse / Integrationsprognose", "result of the potential analysis / integration forecast"),
    /** Zielberuf. */
    ZIELBERUF("zielberuf", "Zielberuf", "target occupation"),
    /** Geplante Integrationsstrategien. */
    GEPLANTE_STRATEGIEN("geplanteStrategien", "geplante Integrationsstrategien", "planned integration strategies"),
    /** Gesprächszusammenfassung. */
    GESPRAECHSZUSAMMENFASSUNG("gespraechszusammenfassung", "Gesprächszusammenfassung", "summary of the interview"),
    /** Festlegung des weiteren Vorgehens. */
    WEITERES_VORGEHEN("weiteresVorgehen", "Festlegung des weiteren Vorgehens", "next steps agreed");

    private final String property;
    private final Label label;

    Vermerkpunkt(String property, String german, String english) {
        this.property = property;
        this.label = new Label(german, english);
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
     * The name of the item in German and English.
     *
     * @return the label, never null
     */
    @Override
    public Label label() {
        return label;
    }
}
