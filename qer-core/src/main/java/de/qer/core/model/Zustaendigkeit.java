package de.qer.core.model;

import java.util.Objects;

/**
 * Who is responsible for a case now: the responsible IFK once the Experte*in BI has assigned one
 * (R-B3), before that the GST's virtual employee "QuEr.xx, VM" (R-V1).
 *
 * <p>The morning list ({@code DueItem}) and the controlling ({@code ControllingItem},
 * {@code ControllingRow}) name the responsible party with this type, so a host tells an IFK from a VM
 * without parsing a string.
 */
public sealed interface Zustaendigkeit extends Comparable<Zustaendigkeit> {

    /**
     * The code as FMG.job shows it: the IFK's staff id, or the VM's name "QuEr.xx, VM".
     *
     * @return the code, never blank
     */
    String code();

    /**
     * The GST's virtual employee while no IFK is assigned.
     *
     * @param gst the GST whose VM holds the case, not null
     * @return the responsibility, never null
     */
    static Zustaendigkeit vm(GstCode gst) {
        return new Vm(gst);
    }

    /**
     * The responsible IFK.
     *
     * @param ifk the IFK, not null
     * @return the responsibility, never null
     */
    static Zustaendigkeit ifk(StaffId ifk) {
        return new Ifk(ifk);
    }

    /**
     * Orders by {@link #code()}, so IFKs and VMs sort as their codes do in a report.
     *
     * @param other the other responsibility, not null
     * @return negative, zero or positive
     */
    @Override
    default int compareTo(Zustaendigkeit other) {
        return code().compareTo(other.code());
    }

    /**
     * The responsible IFK (R-B3).
     *
     * @param ifk the IFK, not null
     */
    record Ifk(StaffId ifk) implements Zustaendigkeit {
        /** Checks the IFK. */
        public Ifk {
            Objects.requireNonNull(ifk, "ifk");
        }

        @Override
        public String code() {
            return ifk.value();
        }

        @Override
        public String toString() {
            return code();
        }
    }

    /**
     * The virtual employee "QuEr.xx, VM" of a GST (R-V1): the case is not yet assigned to an IFK.
     *
     * @param gst the GST, not null
     */
    record Vm(GstCode gst) implements Zustaendigkeit {
        /** Checks the GST. */
        public Vm {
            Objects.requireNonNull(gst, "gst");
        }

        @Override
        public String code() {
            return Geschaeftsstelle.virtualEmployeeOf(gst);
        }

        @Override
        public String toString() {
            return code();
        }
    }
}
