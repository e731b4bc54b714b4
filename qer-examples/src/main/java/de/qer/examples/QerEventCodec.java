package de.qer.examples;

import de.qer.core.lifecycle.Event;
import de.qer.core.model.CaseId;
import de.qer.examples.store.EventCodec;
import de.qer.examples.store.EventCodecException;
import de.qer.examples.store.NewEvent;
import de.qer.examples.store.StoredEvent;
import de.qer.json.EventEnvelope;
import de.qer.json.QerJson;
import de.qer.json.QerJsonException;
import java.util.List;
import java.util.Objects;

/**
 * qer's events in the store, through the JSON contract of qer-json: a row's type, version and business
 * date are the envelope's, and its {@code data} column holds the envelope's {@code data} object. Reading
 * upcasts an old version first, so the events stored today still replay after an upgrade.
 *
 * <p>A row that does not follow the contract (unknown type, newer version, a missing or unknown
 * property) raises {@link EventCodecException} with the contract's data-free message; the store wraps it
 * into a {@code CorruptEventException} naming the case and the sequence number.
 */
public final class QerEventCodec implements EventCodec<Event> {

    /** The one instance; the codec holds no state. */
    public static final QerEventCodec INSTANCE = new QerEventCodec();

    private QerEventCodec() {
    }

    @Override
    public NewEvent encode(String caseId, Event event) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(event, "event");
        // the store numbers the events; the envelope's own sequence number is not stored
        EventEnvelope e = QerJson.writeEnvelope(CaseId.of(caseId), 1, event);
        return new NewEvent(e.type(), e.version(), e.businessDate(), e.data());
    }

    @Override
    public Event decode(StoredEvent row) {
        return decode(row, List.of());
    }

    /** Upcasts with the case's earlier events, as {@link QerJson#readEvent(EventEnvelope, List)} does. */
    @Override
    public Event decode(StoredEvent row, List<Event> earlier) {
        Objects.requireNonNull(row, "row");
        try {
            return QerJson.readEvent(new EventEnvelope(row.type(), row.version(), CaseId.of(row.caseId()), row.seq(),
                    row.businessDate(), row.data()), earlier);
        } catch (QerJsonException e) {
            throw new EventCodecException(e.getMessage(), e);
        }
    }
}
