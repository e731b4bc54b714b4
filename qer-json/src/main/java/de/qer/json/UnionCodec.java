package de.qer.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * A sealed hierarchy as JSON objects with a {@code "type"} property holding the frozen type name of
 * the variant, followed by the variant's properties.
 *
 * @param <T> the sealed type
 */
final class UnionCodec<T> implements Codec<T> {

    /** The property that holds the type name. */
    static final String TYPE = "type";

    /**
     * One variant.
     *
     * @param <S> the variant type
     */
    static final class Variant<S> {
        final String name;
        final Class<S> type;
        final ObjectCodec<S> codec;

        Variant(String name, Class<S> type, ObjectCodec<S> codec) {
            this.name = name;
            this.type = type;
            this.codec = codec;
        }

        void writeFields(Object value, JsonGenerator gen) {
            codec.writeFields(type.cast(value), gen);
        }
    }

    /** Collects the variants. */
    static final class Builder<T> {
        private final String name;
        private final List<Variant<? extends T>> variants = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a variant under its type name from {@link TypeNames}. */
        <S extends T> Builder<T> add(Class<S> type, ObjectCodec<S> codec) {
            variants.add(new Variant<>(TypeNames.of(type), type, codec));
            return this;
        }

        UnionCodec<T> build() {
            return new UnionCodec<>(name, variants);
        }
    }

    private final String name;
    private final Map<Class<?>, Variant<? extends T>> byClass = new HashMap<>();
    private final Map<String, Variant<? extends T>> byName = new LinkedHashMap<>();

    private UnionCodec(String name, List<Variant<? extends T>> variants) {
        this.name = name;
        for (Variant<? extends T> v : variants) {
            if (byClass.put(v.type, v) != null || byName.put(v.name, v) != null) {
                throw new IllegalArgumentException("duplicate variant " + v.name + " of " + name);
            }
        }
    }

    static <T> Builder<T> builder(String name) {
        return new Builder<>(name);
    }

    @Override
    public JsonNode schema(Schemas s) {
        return s.define(name, () -> {
            tools.jackson.databind.node.ObjectNode n = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            tools.jackson.databind.node.ArrayNode oneOf = n.putArray("oneOf");
            for (Variant<? extends T> v : byName.values()) {
                JsonNode typeConst = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("const", v.name);
                oneOf.add(s.define(name + "." + v.name, () -> v.codec.objectSchema(s, TYPE, typeConst)));
            }
            return n;
        });
    }

    /** The variants, in the order they were added. */
    List<Variant<? extends T>> variants() {
        return List.copyOf(byName.values());
    }

    /** The variant of a value. */
    Variant<? extends T> variantOf(T value) {
        Variant<? extends T> v = byClass.get(value.getClass());
        if (v == null) {
            throw new IllegalStateException("no JSON type name for " + value.getClass().getName());
        }
        return v;
    }

    /** The variant of a type name. */
    Variant<? extends T> variant(String typeName) {
        Variant<? extends T> v = byName.get(typeName);
        if (v == null) {
            throw new QerJsonException("unknown type name of " + name + " / unbekannter Typname").under(TYPE);
        }
        return v;
    }

    @Override
    public void write(T value, JsonGenerator gen) {
        Variant<? extends T> v = variantOf(value);
        gen.writeStartObject();
        gen.writeStringProperty(TYPE, v.name);
        v.writeFields(value, gen);
        gen.writeEndObject();
    }

    @Override
    public T read(JsonNode node) {
        if (!node.isObject()) {
            throw new QerJsonException("expected an object (" + name + "), found " + Codecs.kind(node) + " / Objekt erwartet");
        }
        JsonNode t = node.get(TYPE);
        if (t == null) {
            throw new QerJsonException("missing type name of " + name + " / fehlender Typname").under(TYPE);
        }
        if (!t.isString()) {
            throw new QerJsonException("expected a string, found " + Codecs.kind(t) + " / Zeichenkette erwartet").under(TYPE);
        }
        return variant(t.stringValue()).codec.read(node, TYPE);
    }
}
