package de.qer.examples.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event to append, as the {@link EventCodec} encoded it: the store assigns its sequence number and
 * its recording time.
 *
 * <p>{@link #toString()} leaves out the data, which may hold personal data.
 *
 * @param type         the stable type name of the event, not blank
 * @param version      the schema version of the data, at least 1
 * @param businessDate the business date of the event, not null
 * @param data         the event's data as a JSON text, not null
 */
public record NewEvent(String type, int version, LocalDate businessDate, String data) {

    /**
     * Creates the event.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the type is blank or the version below 1
     */
    public NewEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(data, "data");
        if (type.isBlank()) {
            throw new IllegalArgumentException("type: blank / Ereignistyp leer");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version: " + version + " is below 1 / Version kleiner als 1");
        }
    }

    /**
     * The event without its data.
     *
     * @return type, version, business date and the length of the data
     */
    @Override
    public String toString() {
        return "NewEvent[type=" + type + ", version=" + version + ", businessDate=" + businessDate + ", data="
                + data.length() + " chars]";
    }
}
