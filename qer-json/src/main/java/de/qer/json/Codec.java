package de.qer.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Writes one Java type to a generator and reads it back from a tree. Reading is strict: a node of the
 * wrong JSON type, a missing or an unknown property is a {@link QerJsonException}.
 *
 * @param <T> the Java type
 */
interface Codec<T> {

    /**
     * Writes the value.
     *
     * @param value the value, not null
     * @param gen   the generator
     */
    void write(T value, JsonGenerator gen);

    /**
     * Reads a value.
     *
     * @param node the node, not null (a JSON null is a {@code NullNode})
     * @return the value, never null
     * @throws QerJsonException if the node does not follow the contract
     */
    T read(JsonNode node);

    /**
     * The JSON Schema (draft 2020-12) of what {@link #read} accepts, as far as a schema can say it
     * (the domain's own checks, such as a Haushaltsvorstand being a member, stay in the code).
     *
     * @param s collects the shared definitions
     * @return the schema or a reference to a definition
     */
    JsonNode schema(Schemas s);
}
