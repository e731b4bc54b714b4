package de.qer.examples.store;

import java.util.List;

/**
 * The seam between the store and the events' JSON contract: turns an event of the domain into a row's
 * fields and back. The store never looks into the data; the codec owns the type names, the schema
 * versions and the JSON. The envelope's other fields (case id, sequence number, recording time) are
 * the row's columns.
 *
 * <p>Implementations are stateless or thread-safe: one codec serves every thread.
 *
 * @param <E> the domain's event type
 */
public interface EventCodec<E> {

    /**
     * Encodes an event of a case.
     *
     * @param caseId the case the event belongs to, not null
     * @param event  the event, not null
     * @return the row's type, version, business date and JSON data, never null
     * @throws EventCodecException if the event cannot be encoded
     */
    NewEvent encode(String caseId, E event);

    /**
     * Decodes a stored event. Throws for anything it does not know (unknown type, unknown version,
     * data that does not fit): a wrong event must never be guessed. Callers go through
     * {@link #decodeRow}, which adds the case and the sequence number.
     *
     * @param row the stored event, not null
     * @return the event, never null
     * @throws EventCodecException (or another runtime exception) if the row cannot be decoded
     */
    E decode(StoredEvent row);

    /**
     * Decodes a stored event as part of its case, knowing the case's earlier events: a codec whose
     * upcasters need the context of the case (an old event version whose missing field follows from
     * earlier events) overrides this. The default ignores the context.
     *
     * @param row     the stored event, not null
     * @param earlier the case's events before this row, in sequence order, not null
     * @return the event, never null
     * @throws EventCodecException (or another runtime exception) if the row cannot be decoded
     */
    default E decode(StoredEvent row, List<E> earlier) {
        return decode(row);
    }

    /**
     * Decodes a stored event with {@code codec}; any failure becomes a {@link CorruptEventException}
     * that names the case and the sequence number.
     *
     * @param codec the codec, not null
     * @param row   the stored event, not null
     * @param <E>   the domain's event type
     * @return the event, never null
     * @throws CorruptEventException if the codec fails or returns null
     */
    static <E> E decodeRow(EventCodec<E> codec, StoredEvent row) {
        return decodeRow(codec, row, List.of());
    }

    /**
     * Decodes a stored event of a case with {@code codec}, handing it the case's earlier events; any
     * failure becomes a {@link CorruptEventException} that names the case and the sequence number.
     *
     * @param codec   the codec, not null
     * @param row     the stored event, not null
     * @param earlier the case's events before this row, in sequence order, not null
     * @param <E>     the domain's event type
     * @return the event, never null
     * @throws CorruptEventException if the codec fails or returns null
     */
    static <E> E decodeRow(EventCodec<E> codec, StoredEvent row, List<E> earlier) {
        E event;
        try {
            event = codec.decode(row, earlier);
        } catch (RuntimeException e) {
            throw CorruptEventException.undecodable(row, e);
        }
        if (event == null) {
            throw CorruptEventException.undecodable(row, new EventCodecException("the codec returned no event"));
        }
        return event;
    }
}
