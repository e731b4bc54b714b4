package de.qer.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * A Jackson serializer that writes through a codec.
 *
 * @param <T> the Java type
 */
final class CodecSerializer<T> extends ValueSerializer<T> {

    private final Codec<T> codec;

    CodecSerializer(Codec<T> codec) {
        this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
        codec.write(value, gen);
    }

}
