package de.qer.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * A Jackson deserializer that reads the tree of one value and binds it through a codec.
 *
 * @param <T> the Java type asked for
 */
final class CodecDeserializer<T> extends ValueDeserializer<T> {

    private final Class<T> type;
    private final Codec<? super T> codec;

    CodecDeserializer(Class<T> type, Codec<? super T> codec) {
        this.type = type;
        this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonNode node = ctxt.readTree(p);
        Object value = codec.read(node);
        if (!type.isInstance(value)) {
            throw new QerJsonException("expected a " + type.getSimpleName() + " / " + type.getSimpleName() + " erwartet")
                    .under(UnionCodec.TYPE);
        }
        return type.cast(value);
    }

}
