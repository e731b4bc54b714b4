package de.qer.docs;

/** Whether an integration or German course comes first (§ 15 Abs. 2 SGB II, R-K2). */
public enum KursVorrang {
    /** No course comes first. */
    KEINER("kein Kurs vorrangig"),
    /** An Integrationskurs comes first. */
    INTEGRATIONSKURS("Integrationskurs vorrangig"),
    /** A berufsbezogener Deutschsprachkurs comes first. */
    DEUTSCHSPRACHKURS("berufsbezogener Deutschsprachkurs vorrangig");

    private final String label;

    KursVorrang(String label) {
        this.label = label;
    }

    /**
     * The German label.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }
}
