package de.qer.json;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON Schema (draft 2020-12) of the stored events from the codecs themselves, so that the
 * published schema cannot drift from the code: {@code docs/json-schema/qer-events.schema.json} is this
 * document, and a test keeps it so.
 */
final class Schemas {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Map<String, JsonNode> defs = new TreeMap<>();

    private Schemas() {
        defs.put("date", type("string").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
                .put("description", "ISO-8601 date, yyyy-MM-dd"));
        defs.put("yearMonth", type("string").put("pattern", "^[0-9]{4}-[0-9]{2}$")
                .put("description", "ISO-8601 month, yyyy-MM"));
    }

    ObjectNode type(String type) {
        return F.objectNode().put("type", type);
    }

    ObjectNode ref(String def) {
        return F.objectNode().put("$ref", "#/$defs/" + def);
    }

    ObjectNode nullable(JsonNode schema) {
        ObjectNode n = F.objectNode();
        n.putArray("anyOf").add(schema).add(type("null"));
        return n;
    }

    ObjectNode arrayOf(JsonNode items) {
        ObjectNode n = type("array");
        n.set("items", items);
        return n;
    }

    ObjectNode mapOf(JsonNode values) {
        ObjectNode n = type("object");
        n.set("additionalProperties", values);
        return n;
    }

    ObjectNode enumOf(Collection<String> codes) {
        ObjectNode n = F.objectNode();
        ArrayNode a = n.putArray("enum");
        new TreeSet<>(codes).forEach(a::add);
        return n;
    }

    /** Defines a schema once under a name; returns a reference to it. */
    JsonNode define(String name, Supplier<JsonNode> schema) {
        if (!defs.containsKey(name)) {
            defs.put(name, F.objectNode()); // placeholder against recursion
            defs.put(name, schema.get());
        }
        return ref(name);
    }

    /** An object schema with exactly these properties, all required. */
    ObjectNode object(Map<String, JsonNode> properties) {
        ObjectNode n = type("object");
        ObjectNode p = n.putObject("properties");
        ArrayNode r = n.putArray("required");
        properties.forEach((k, v) -> {
            p.set(k, v);
            r.add(k);
        });
        n.put("additionalProperties", false);
        return n;
    }

    /**
     * A schema document of one codec's JSON (for tests of the codecs' own descriptions: states,
     * commands, reports, documents).
     */
    static ObjectNode documentOf(Codec<?> root) {
        Schemas s = new Schemas();
        ObjectNode doc = F.objectNode();
        doc.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        doc.set("allOf", F.arrayNode().add(root.schema(s)));
        ObjectNode defsNode = doc.putObject("$defs");
        s.defs.forEach(defsNode::set);
        return doc;
    }

    /** The schema document of the event envelope with the data of every event type at every version. */
    static ObjectNode eventsDocument() {
        Schemas s = new Schemas();
        ObjectNode doc = F.objectNode();
        doc.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        doc.put("$id", "urn:de.qer:json-schema:qer-events");
        doc.put("title", "qer stored event (EventEnvelope)");
        doc.put("description", "A stored event of qer: type name, schema version, case id, position and business"
                + " date, with the event's data of that type and version. Generated from qer-json; see docs/json.md.");
        Map<String, JsonNode> props = new java.util.LinkedHashMap<>();
        props.put("type", s.enumOf(Contract.EVENT_VERSIONS.keySet()));
        props.put("version", ((ObjectNode) Codecs.INT.schema(s)).put("minimum", 1));
        props.put("caseId", ModelCodecs.CASE_ID.schema(s));
        props.put("seq", ((ObjectNode) Codecs.LONG.schema(s)).put("minimum", 1));
        props.put("businessDate", Codecs.DATE.schema(s));
        props.put("data", EnvelopeCodec.DATA.schema(s));
        ObjectNode envelope = s.object(props);
        doc.setAll(envelope);
        ArrayNode oneOf = doc.putArray("oneOf");
        for (UnionCodec.Variant<?> v : Contract.EVENTS.variants()) {
            int current = Contract.EVENT_VERSIONS.get(v.name);
            ObjectNode data = (ObjectNode) v.codec.dataSchema(s);
            for (int version = current; version >= 1; version--) {
                String name = v.name + ".v" + version;
                ObjectNode d = data;
                s.define(name, () -> d);
                ObjectNode pair = s.type("object");
                ObjectNode pp = pair.putObject("properties");
                pp.putObject("type").put("const", v.name);
                pp.putObject("version").put("const", version);
                pp.set("data", s.ref(name));
                oneOf.add(pair);
                if (version > 1) {
                    data = Upcasters.schemaOfOlderVersion(v.name, version - 1, data);
                }
            }
        }
        ObjectNode defsNode = doc.putObject("$defs");
        s.defs.forEach(defsNode::set);
        return doc;
    }
}
