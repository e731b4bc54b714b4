package de.qer.core.model;

import java.util.Objects;
import java.util.Set;

/**
 * A member of staff: id, GST and roles. No names are kept.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id    the staff id, not null
 * @param gst   the GST the person works for, not null
 * @param roles the roles, not null (copied)
 */
public record Staff(StaffId id, GstCode gst, Set<Role> roles) {

    /** Rejects a null component with a {@link NullPointerException} that names it; copies the roles. */
    public Staff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gst, "gst");
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    }

    /**
     * Creates a staff entry.
     *
     * @param id    the staff id, not blank
     * @param gst   the GST code, not blank
     * @param roles the roles
     * @return the staff entry, never null
     */
    public static Staff of(String id, String gst, Role... roles) {
        Objects.requireNonNull(roles, "roles");
        return new Staff(StaffId.of(id), GstCode.of(gst), Set.of(roles));
    }

    /**
     * Tells whether this person has a role.
     *
     * @param role the role, not null
     * @return true if the person has it
     */
    public boolean has(Role role) {
        Objects.requireNonNull(role, "role");
        return roles.contains(role);
    }
}
