package de.qer.json;

import de.qer.core.Deadline;
import de.qer.core.lifecycle.Event;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The chain of all upcasters, keyed by type name and version. */
final class Upcasters {

    /**
     * {@code QuerAppointmentScheduled} 1 → 2: version 2 added {@code rule}, the rule of the deadline the
     * appointment serves. Version 1 data takes the rule of the member's deadline as the case's earlier
     * events set it (the last {@code QuerStatusSet} of the member, as the decider does), and {@code "R-F1"}
     * (the decider's value without a deadline) when the member has no deadline or the event is read
     * without its case.
     */
    static final Upcaster QUER_APPOINTMENT_SCHEDULED_V1 = new Upcaster() {
        @Override
        public String type() {
            return "QuerAppointmentScheduled";
        }

        @Override
        public int fromVersion() {
            return 1;
        }

        @Override
        public ObjectNode upcast(ObjectNode data, List<Event> earlier) {
            if (data.has("rule")) {
                throw new QerJsonException("unknown property of version 1 / unbekannte Eigenschaft in Version 1").under("rule");
            }
            JsonNode member = data.get("member");
            String rule = "R-F1";
            if (member != null && member.isString()) {
                rule = deadlineRule(member.stringValue(), earlier).orElse("R-F1");
            }
            data.put("rule", rule);
            return data;
        }

        @Override
        public ObjectNode schemaOfFromVersion(ObjectNode next) {
            ObjectNode v1 = next.deepCopy();
            ((ObjectNode) v1.get("properties")).remove("rule");
            tools.jackson.databind.node.ArrayNode required = v1.putArray("required");
            next.get("required").values().stream().filter(r -> !r.stringValue().equals("rule")).forEach(required::add);
            return v1;
        }
    };

    /** The rule of the deadline of the member's QuEr status, as set by the last QuerStatusSet. */
    static Optional<String> deadlineRule(String member, List<Event> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i) instanceof Event.QuerStatusSet s && s.member().value().equals(member)) {
                return s.status().findDeadline().map(Deadline::rule);
            }
        }
        return Optional.empty();
    }

    private static final Map<String, Upcaster> ALL = index(List.of(QUER_APPOINTMENT_SCHEDULED_V1));

    private Upcasters() {
    }

    private static Map<String, Upcaster> index(List<Upcaster> upcasters) {
        Map<String, Upcaster> m = new HashMap<>();
        for (Upcaster u : upcasters) {
            Integer current = Contract.EVENT_VERSIONS.get(u.type());
            if (current == null || u.fromVersion() < 1 || u.fromVersion() >= current
                    || m.put(u.type() + "@" + u.fromVersion(), u) != null) {
                throw new IllegalStateException("misplaced upcaster " + u.type() + "@" + u.fromVersion());
            }
        }
        return Map.copyOf(m);
    }

    /** The schema of the data of a type at an older version, from the schema of the version after it. */
    static ObjectNode schemaOfOlderVersion(String type, int version, ObjectNode next) {
        Upcaster u = ALL.get(type + "@" + version);
        if (u == null) {
            throw new IllegalStateException("no upcaster for " + type + "@" + version);
        }
        return u.schemaOfFromVersion(next);
    }

    /**
     * Brings event data to the current version of its type.
     *
     * @param type    the type name, known
     * @param version the version of the data
     * @param data    the data, freshly parsed and owned by the caller: upcasters change it in place
     * @param earlier the case's earlier events
     * @return the data in the current version
     */
    static ObjectNode upgrade(String type, int version, ObjectNode data, List<Event> earlier) {
        int current = Contract.EVENT_VERSIONS.get(type);
        if (version > current) {
            throw new QerJsonException("schema version " + version + " of " + type + " is newer than this qer-json ("
                    + current + ") / Schemaversion neuer als diese qer-json").under("version");
        }
        if (version < 1) {
            throw new QerJsonException("schema version must be at least 1 / Schemaversion mindestens 1").under("version");
        }
        ObjectNode d = data;
        for (int v = version; v < current; v++) {
            Upcaster u = ALL.get(type + "@" + v);
            if (u == null) {
                throw new IllegalStateException("no upcaster for " + type + "@" + v);
            }
            try {
                d = u.upcast(d, earlier);
            } catch (QerJsonException x) {
                throw x.under("data");
            }
        }
        return d;
    }
}
