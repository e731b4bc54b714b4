package de.qer.json;

import de.qer.core.lifecycle.Event;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the data of one event type from schema version {@code n} into version {@code n + 1}, on the
 * JSON tree, before it is bound to Java. Upcasters chain: data of version 1 of a type now at version 3
 * goes through the upcasters from 1 and from 2.
 */
interface Upcaster {

    /**
     * The event type name it applies to.
     *
     * @return the type name
     */
    String type();

    /**
     * The version it reads; it writes {@code fromVersion() + 1}.
     *
     * @return the version, from 1
     */
    int fromVersion();

    /**
     * Upcasts the data.
     *
     * @param data    the data in version {@link #fromVersion()}, parsed for this read: the upcaster may change it
     * @param earlier the events before this one in the same case, already read (empty when the event is
     *                read on its own)
     * @return the data in the next version
     * @throws QerJsonException if the data cannot be upcast
     */
    ObjectNode upcast(ObjectNode data, List<Event> earlier);

    /**
     * The JSON Schema of the data in {@link #fromVersion()}, from the schema of the next version (for the
     * published schema, which describes every version a store may hold).
     *
     * @param next the schema of version {@code fromVersion() + 1}, not changed
     * @return the schema of version {@link #fromVersion()}
     */
    ObjectNode schemaOfFromVersion(ObjectNode next);
}
