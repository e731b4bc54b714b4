package de.qer.core.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may act: the staff with their roles and the daily F-IFK designations (R-B4, R-V1). The state
 * machine checks every command's actor against it; a host builds it from its own directory.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Staffing {

    private final Map<StaffId, Staff> staff;
    private final Set<Key> designations;

    private record Key(GstCode gst, LocalDate day, StaffId ifk) {
    }

    private record DayKey(GstCode gst, LocalDate day) {
    }

    private Staffing(Map<StaffId, Staff> staff, Set<Key> designations) {
        this.staff = staff;
        this.designations = designations;
    }

    /**
     * A staffing of staff and F-IFK designations.
     *
     * @param staff        the staff, not null, unique ids
     * @param designations the F-IFK designations, not null
     * @return the staffing, never null
     * @throws IllegalArgumentException if a staff id occurs twice, a designated person is not an IFK
     *                                  of that GST, or a GST has two F-IFK designations for one day (R-V1)
     */
    public static Staffing of(Collection<Staff> staff, Collection<FIfkDesignation> designations) {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(designations, "designations");
        Map<StaffId, Staff> byId = new HashMap<>();
        for (Staff s : staff) {
            Objects.requireNonNull(s, "staff member");
            if (byId.put(s.id(), s) != null) {
                throw new IllegalArgumentException("duplicate staff id " + s.id() + " / doppelte Personal-ID " + s.id());
            }
        }
        Set<Key> keys = new HashSet<>();
        Map<DayKey, StaffId> perDay = new HashMap<>();
        for (FIfkDesignation d : designations) {
            Objects.requireNonNull(d, "designation");
            Staff s = byId.get(d.ifk());
            if (s == null || !s.has(Role.IFK) || !s.gst().equals(d.gst())) {
                throw new IllegalArgumentException("R-V1: F-IFK " + d.ifk() + " must be an IFK of GST " + d.gst()
                        + " / F-IFK " + d.ifk() + " muss IFK der GST " + d.gst() + " sein");
            }
            StaffId earlier = perDay.putIfAbsent(new DayKey(d.gst(), d.day()), d.ifk());
            if (earlier != null) {
                throw new IllegalArgumentException("R-V1: GST " + d.gst() + " has more than one F-IFK designation for "
                        + d.day() + " (" + earlier + ", " + d.ifk() + ") / die GST " + d.gst()
                        + " hat für den " + d.day() + " mehr als eine F-IFK benannt");
            }
            keys.add(new Key(d.gst(), d.day(), d.ifk()));
        }
        return new Staffing(Map.copyOf(byId), Set.copyOf(keys));
    }

    /**
     * Looks up a member of staff.
     *
     * @param id the staff id, not null
     * @return the staff entry, or empty if unknown
     */
    public Optional<Staff> find(StaffId id) {
        return Optional.ofNullable(staff.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Tells whether a person is the designated F-IFK of a GST on a day (R-V1).
     *
     * @param id  the staff id, not null
     * @param gst the GST, not null
     * @param day the day, not null
     * @return true if designated
     */
    public boolean isFIfk(StaffId id, GstCode gst, LocalDate day) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gst, "gst");
        Objects.requireNonNull(day, "day");
        return designations.contains(new Key(gst, day, id));
    }

    @Override
    public String toString() {
        return "Staffing[staff=" + staff.size() + ", designations=" + designations.size() + "]";
    }
}
