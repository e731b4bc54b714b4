package de.qer.json;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * A Java value as a JSON object with a fixed set of properties, all of them required (an empty
 * {@code Optional} is written as {@code null}); an unknown property is an error.
 *
 * @param <T> the Java type
 */
final class ObjectCodec<T> implements Codec<T> {

    /** Reads the properties of one object for the factory. */
    static final class Values {
        private final JsonNode node;

        private Values(JsonNode node) {
            this.node = node;
        }

        <V> V get(Field<?, V> field) {
            return field.read(node);
        }
    }

    private final String typeName;
    private final List<Field<T, ?>> fields;
    private final Set<String> names;
    private final Function<Values, T> factory;

    private ObjectCodec(String typeName, List<Field<T, ?>> fields, Function<Values, T> factory) {
        this.typeName = typeName;
        this.fields = List.copyOf(fields);
        this.factory = factory;
        Set<String> n = new HashSet<>();
        for (Field<T, ?> f : fields) {
            if (!n.add(f.name)) {
                throw new IllegalArgumentException("duplicate property " + f.name + " in " + typeName);
            }
        }
        this.names = Set.copyOf(n);
    }

    /**
     * An object codec.
     *
     * @param typeName the name for messages (the Java simple name: messages only, never in the JSON)
     * @param factory  builds the value from the properties (through the public API of the type)
     * @param fields   the properties in the order they are written
     */
    static <T> ObjectCodec<T> of(String typeName, Function<Values, T> factory, List<Field<T, ?>> fields) {
        return new ObjectCodec<>(Objects.requireNonNull(typeName), fields, Objects.requireNonNull(factory));
    }

    @Override
    public JsonNode schema(Schemas s) {
        return s.define(typeName, () -> dataSchema(s));
    }

    /** The schema of the object itself (not a reference), with an optional extra property first. */
    JsonNode dataSchema(Schemas s) {
        return objectSchema(s, null, null);
    }

    JsonNode objectSchema(Schemas s, String extraName, JsonNode extra) {
        java.util.Map<String, JsonNode> props = new java.util.LinkedHashMap<>();
        if (extraName != null) {
            props.put(extraName, extra);
        }
        for (Field<T, ?> f : fields) {
            props.put(f.name, f.schema(s));
        }
        return s.object(props);
    }

    /** The property names, in the order they are written. */
    List<String> propertyNames() {
        return fields.stream().map(f -> f.name).toList();
    }

    @Override
    public void write(T value, JsonGenerator gen) {
        gen.writeStartObject();
        writeFields(value, gen);
        gen.writeEndObject();
    }

    /** Writes the properties only, into an object the caller has started. */
    void writeFields(T value, JsonGenerator gen) {
        for (Field<T, ?> f : fields) {
            f.write(value, gen);
        }
    }

    @Override
    public T read(JsonNode node) {
        return read(node, null);
    }

    private void rejectUnknown(JsonNode node, String skip) {
        for (String p : node.propertyNames()) {
            if (!names.contains(p) && !p.equals(skip)) {
                throw new QerJsonException("unknown property of " + typeName + " / unbekannte Eigenschaft").under(p);
            }
        }
    }

    /**
     * Reads an object.
     *
     * @param node  the node
     * @param skip  a property that belongs to the caller (the type id), or null
     */
    T read(JsonNode node, String skip) {
        if (!node.isObject()) {
            throw new QerJsonException("expected an object (" + typeName + "), found " + Codecs.kind(node)
                    + " / Objekt erwartet");
        }
        // unknown first: a renamed property is reported by its unknown name rather than the missing one
        rejectUnknown(node, skip);
        for (Field<T, ?> f : fields) {
            if (!node.has(f.name)) {
                throw new QerJsonException("missing property of " + typeName + " / fehlende Eigenschaft").under(f.name);
            }
        }
        try {
            return factory.apply(new Values(node));
        } catch (QerJsonException e) {
            throw e;
        } catch (RuntimeException e) {
            // qer-core's messages name fields and rules, never personal data
            throw new QerJsonException("invalid " + typeName + " / ungültig: " + e.getMessage());
        }
    }
}
