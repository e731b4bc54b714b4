package de.qer.json;

import de.qer.core.model.CaseId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One stored event: the event's data as JSON with what a store needs to file it. Only {@code data}
 * holds the event's content (and with it any personal data); the other components are type name,
 * schema version, case id, position and business date. {@code toString} does not show {@code data}.
 *
 * <p>Create one with {@link QerJson#writeEnvelope}, read the event back with {@link QerJson#readEvent}
 * or, for a whole case, {@link QerJson#readEvents}.
 *
 * @param type          the frozen type name of the event, e.g. {@code "ApplicationTaken"}
 * @param version       the schema version of {@code data}, from 1
 * @param caseId        the case the event belongs to
 * @param seq           the position of the event in its case's stream, from 1
 * @param businessDate  the business date of the event ({@code Event.on()})
 * @param data          the event's properties as a JSON object (text), without its type name
 */
public record EventEnvelope(String type, int version, CaseId caseId, long seq, LocalDate businessDate, String data) {

    /**
     * Creates an envelope.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the type is blank, the version or the position less than 1
     */
    public EventEnvelope {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(data, "data");
        if (type.isBlank()) {
            throw new IllegalArgumentException("type must not be blank / type darf nicht leer sein");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version + " / version mindestens 1");
        }
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be at least 1, was " + seq + " / seq mindestens 1");
        }
    }

    @Override
    public String toString() {
        return "EventEnvelope[type=" + type + ", version=" + version + ", caseId=" + caseId + ", seq=" + seq
                + ", businessDate=" + businessDate + ", data=***]";
    }
}
