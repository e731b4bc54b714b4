package de.qer.docs;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;

/** Whether an integration or German course comes first (§ 15 Abs. 2 SGB II, R-K2). */
public enum KursVorrang implements Labelled {
    /** No course comes first. */
    KEINER("kein Kurs vorrangig", "no course first"),
    /** An Integrationskurs comes first. */
    INTEGRATIONSKURS("Integrationskurs vorrangig", "integration course first"),
    /** A berufsbezogener Deutschsprachkurs comes first. */
    DEUTSCHSPRACHKURS("berufsbezogener Deutschsprachkurs vorrangig", "job-related German course first");

    private final Label label;

    KursVorrang(String german, String english) {
        this.label = new Label(german, english);
    }

    /**
     * The name in German and English.
     *
     * @return the label, never null
     */
    @Override
    public Label label() {
        return label;
    }
}
