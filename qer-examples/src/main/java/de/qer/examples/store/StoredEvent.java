package de.qer.examples.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored event: one row of the table {@code qer_event}, as {@link EventStore#load} returns it.
 *
 * <p>{@link #toString()} leaves out the data, which may hold personal data.
 *
 * @param caseId       the case, not null
 * @param seq          the sequence number in the case, 1, 2, 3, ... without gaps
 * @param type         the stable type name of the event, not null
 * @param version      the schema version of the data
 * @param businessDate the business date of the event, not null
 * @param recordedAt   when the host stored it (by the host's clock), not null
 * @param data         the event's data as a JSON text, not null
 */
public record StoredEvent(String caseId, long seq, String type, int version, LocalDate businessDate, Instant recordedAt,
        String data) {

    /**
     * Creates the row.
     *
     * @throws NullPointerException if a component is null
     */
    public StoredEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(data, "data");
    }

    /**
     * The row without its data.
     *
     * @return case, sequence, type, version, dates and the length of the data
     */
    @Override
    public String toString() {
        return "StoredEvent[caseId=" + caseId + ", seq=" + seq + ", type=" + type + ", version=" + version
                + ", businessDate=" + businessDate + ", recordedAt=" + recordedAt + ", data=" + data.length() + " chars]";
    }
}
