package de.qer.core.lifecycle;

import java.util.List;
import java.util.Objects;

/**
 * An accepted command: the events to store and to act on, in order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param events the events, never empty
 */
public record Decision(List<Event> events) {

    /**
     * Creates a decision; the list is copied.
     *
     * @param events the events, never empty
     * @throws IllegalArgumentException if there is no event
     */
    public Decision {
        events = List.copyOf(Objects.requireNonNull(events, "events"));
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a decision has at least one event");
        }
    }
}
