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
     * Rejects a null event list with a {@link NullPointerException} and an empty one with an
     * {@link IllegalArgumentException}; copies the list.
     */
    public Decision {
        events = List.copyOf(Objects.requireNonNull(events, "events"));
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a decision has at least one event");
        }
    }
}
