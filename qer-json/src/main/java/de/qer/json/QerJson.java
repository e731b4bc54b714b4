package de.qer.json;

import de.qer.core.lifecycle.Event;
import de.qer.core.model.CaseId;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON contract in a few static calls, for hosts that do not keep a mapper of their own: writing
 * and reading any type of the contract, and the {@link EventEnvelope} of stored events.
 *
 * <pre>{@code
 * EventEnvelope env = QerJson.writeEnvelope(caseId, seq, event);   // store env's columns, data as jsonb
 * Event back = QerJson.readEvent(env);                             // upcast to the current version, bound
 * List<Event> all = QerJson.readEvents(envelopesOfTheCase);        // a whole case, in seq order
 * }</pre>
 *
 * <p>All methods are thread-safe; the class holds one immutable mapper with {@link QerJsonModule} that
 * also rejects a repeated property ({@code DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY}; a host
 * that reads through its own mapper should enable it, too).
 * Bad JSON is a {@link QerJsonException} (a Jackson {@code DatabindException}) naming the property
 * path, or a Jackson {@code StreamReadException} when the text is not JSON at all.
 */
public final class QerJson {

    /** With duplicate properties rejected: a repeated property would otherwise be dropped silently. */
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new QerJsonModule())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    private QerJson() {
    }

    /**
     * The mapper this class uses: a {@link JsonMapper} with {@link QerJsonModule} registered and repeated
     * properties rejected.
     *
     * @return the mapper (immutable), never null
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * The current schema version of each event type, by its frozen type name, in the order of the
     * contract.
     *
     * @return the versions, unmodifiable, never null
     */
    public static Map<String, Integer> eventVersions() {
        return Contract.EVENT_VERSIONS;
    }

    /**
     * The frozen type name of an event.
     *
     * @param event the event, not null
     * @return the type name, e.g. {@code "ApplicationTaken"}
     */
    public static String typeName(Event event) {
        return Contract.EVENTS.variantOf(Objects.requireNonNull(event, "event")).name;
    }

    /**
     * Writes a value of the contract (command, event, state, model, id, envelope, report) as JSON.
     *
     * @param value the value, not null
     * @return the JSON text, never null
     */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(Objects.requireNonNull(value, "value"));
    }

    /**
     * Reads a value of the contract. Events read this way must be in their current schema version;
     * stored events go through {@link #readEvent}.
     *
     * @param json the JSON text, not null
     * @param type the type, e.g. {@code Event.class} or {@code CaseState.class}, not null
     * @param <T>  the type
     * @return the value, never null
     * @throws QerJsonException if the JSON does not follow the contract
     */
    public static <T> T read(String json, Class<T> type) {
        T value = MAPPER.readValue(Objects.requireNonNull(json, "json"), Objects.requireNonNull(type, "type"));
        if (value == null) {
            throw new QerJsonException("expected a " + type.getSimpleName() + ", found null / null statt Wert");
        }
        return value;
    }

    /**
     * Puts an event into its envelope at its type's current schema version.
     *
     * @param caseId the case, not null
     * @param seq    the position of the event in its case's stream, from 1
     * @param event  the event, not null
     * @return the envelope; its business date is the event's {@code on()}
     */
    public static EventEnvelope writeEnvelope(CaseId caseId, long seq, Event event) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(event, "event");
        UnionCodec.Variant<? extends Event> v = Contract.EVENTS.variantOf(event);
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = MAPPER.createGenerator(w)) {
            g.writeStartObject();
            v.writeFields(event, g);
            g.writeEndObject();
        }
        return new EventEnvelope(v.name, Contract.EVENT_VERSIONS.get(v.name), caseId, seq, event.on(), w.toString());
    }

    /**
     * Reads the event of an envelope on its own: the data is upcast to the current schema version of its
     * type (upcasters that would look at the case's earlier events use their documented defaults), bound
     * and checked against the envelope's business date.
     *
     * @param envelope the envelope, not null
     * @return the event, never null
     * @throws QerJsonException if the type is unknown, the version newer than this library, or the data
     *                          does not follow the contract
     */
    public static Event readEvent(EventEnvelope envelope) {
        return readEvent(Objects.requireNonNull(envelope, "envelope"), List.of());
    }

    /**
     * Reads the events of one case, in stream order. Upcasters see the events before the one they
     * upcast.
     *
     * @param envelopes the envelopes of one case, by ascending {@code seq}, not null
     * @return the events, unmodifiable, never null
     * @throws QerJsonException if an envelope does not follow the contract, belongs to another case, or
     *                          is out of order
     */
    public static List<Event> readEvents(List<EventEnvelope> envelopes) {
        Objects.requireNonNull(envelopes, "envelopes");
        List<Event> events = new ArrayList<>(envelopes.size());
        EventEnvelope first = null;
        long last = 0;
        for (int i = 0; i < envelopes.size(); i++) {
            EventEnvelope e = Objects.requireNonNull(envelopes.get(i), "envelope");
            if (first == null) {
                first = e;
            } else if (!first.caseId().equals(e.caseId())) {
                throw new QerJsonException("another case than the first envelope / anderer Fall").under("caseId").at(i);
            }
            if (e.seq() <= last) {
                throw new QerJsonException("seq must ascend / seq muss aufsteigen").under("seq").at(i);
            }
            last = e.seq();
            try {
                events.add(readEvent(e, java.util.Collections.unmodifiableList(events)));
            } catch (QerJsonException x) {
                throw x.at(i);
            }
        }
        return List.copyOf(events);
    }

    /**
     * Reads the event of an envelope as part of its case: like {@link #readEvent(EventEnvelope)}, but the
     * upcasters see the case's earlier events (an old {@code QuerAppointmentScheduled} takes the rule of
     * the member's deadline from them). For a host that reads a stored case row by row.
     *
     * @param envelope the envelope, not null
     * @param earlier  the case's events before this one, in stream order, not null
     * @return the event, never null
     * @throws QerJsonException if the type is unknown, the version newer than this library, or the data
     *                          does not follow the contract
     */
    public static Event readEvent(EventEnvelope envelope, List<Event> earlier) {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(earlier, "earlier");
        UnionCodec.Variant<? extends Event> v = Contract.EVENTS.variant(envelope.type());
        ObjectNode data = (ObjectNode) EnvelopeCodec.readData(envelope.data());
        ObjectNode current = Upcasters.upgrade(v.name, envelope.version(), data, earlier);
        Event event;
        try {
            event = v.codec.read(current);
        } catch (QerJsonException x) {
            throw x.under("data");
        }
        if (!event.on().equals(envelope.businessDate())) {
            throw new QerJsonException("businessDate differs from the event's date / businessDate weicht vom Datum des"
                    + " Ereignisses ab").under("businessDate");
        }
        return event;
    }

    /**
     * Writes an envelope as one JSON object, {@code data} embedded as an object.
     *
     * @param envelope the envelope, not null
     * @return the JSON text, never null
     */
    public static String envelopeToJson(EventEnvelope envelope) {
        return write(envelope);
    }

    /**
     * Reads an envelope written by {@link #envelopeToJson}. The event in it is not bound yet (see
     * {@link #readEvent}).
     *
     * @param json the JSON text, not null
     * @return the envelope, never null
     * @throws QerJsonException if the JSON is not an envelope
     */
    public static EventEnvelope envelopeFromJson(String json) {
        return read(json, EventEnvelope.class);
    }

    /** The data of an event in its current version as a tree (for tests and tools of this module). */
    static JsonNode dataTree(EventEnvelope envelope) {
        return EnvelopeCodec.readData(envelope.data());
    }
}
