package de.qer.core.model;

import java.util.Objects;

/**
 * A Geschäftsstelle (GST) of the Jobcenter with its virtual employee "QuEr.xx, VM" (R-V1).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the GST code, not null
 * @param name the name of the office, not null
 */
public record Geschaeftsstelle(GstCode code, String name) {

    /** Rejects a null component with a {@link NullPointerException} that names it. */
    public Geschaeftsstelle {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    /**
     * The name of the GST's virtual employee, on which new case files are parked until approval.
     *
     * @return for example {@code "QuEr.03, VM"}
     */
    public String virtualEmployee() {
        return virtualEmployeeOf(code);
    }

    /**
     * The name of the virtual employee of a GST.
     *
     * @param code the GST code, not null
     * @return for example {@code "QuEr.03, VM"}
     */
    public static String virtualEmployeeOf(GstCode code) {
        Objects.requireNonNull(code, "code");
        return "QuEr." + code.value() + ", VM";
    }
}
