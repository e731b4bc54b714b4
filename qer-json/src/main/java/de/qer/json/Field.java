package de.qer.json;

import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * One property of a JSON object: its frozen name, how to get it from the Java value and its codec.
 *
 * @param <T> the owner type
 * @param <V> the property type
 */
final class Field<T, V> {

    final String name;
    private final Function<T, V> getter;
    private final Codec<V> codec;

    private Field(String name, Function<T, V> getter, Codec<V> codec) {
        this.name = Objects.requireNonNull(name, "name");
        this.getter = Objects.requireNonNull(getter, "getter");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    static <T, V> Field<T, V> of(String name, Function<T, V> getter, Codec<V> codec) {
        return new Field<>(name, getter, codec);
    }

    void write(T owner, JsonGenerator gen) {
        gen.writeName(name);
        codec.write(getter.apply(owner), gen);
    }

    JsonNode schema(Schemas s) {
        return codec.schema(s);
    }

    V read(JsonNode object) {
        JsonNode n = object.get(name);
        if (n == null) {
            throw new QerJsonException("missing property / fehlende Eigenschaft").under(name);
        }
        try {
            return codec.read(n);
        } catch (QerJsonException e) {
            throw e.under(name);
        }
    }
}
