package de.qer.json;

import static de.qer.json.Codecs.DATE;
import static de.qer.json.Codecs.INT;
import static de.qer.json.Codecs.LONG;
import static de.qer.json.Codecs.STRING;
import static de.qer.json.ModelCodecs.CASE_ID;

import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The envelope as a JSON object; {@code data} is embedded as an object, not as a string. */
final class EnvelopeCodec {

    /** A plain mapper for the text of {@code data} only (no module needed: it is a plain tree). */
    static final JsonMapper PLAIN = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    /** {@code data} as an embedded object, kept as text in Java. */
    static final Codec<String> DATA = new Codec<>() {
        @Override
        public JsonNode schema(Schemas s) {
            return s.type("object");
        }

        @Override
        public void write(String value, JsonGenerator gen) {
            gen.writeTree(readData(value));
        }

        @Override
        public String read(JsonNode node) {
            if (!node.isObject()) {
                throw Codecs.expected("an object", node);
            }
            return PLAIN.writeValueAsString(node);
        }
    };

    static final ObjectCodec<EventEnvelope> ENVELOPE = envelope();

    private EnvelopeCodec() {
    }

    /** Parses the text of {@code data}: it must be one JSON object. */
    static JsonNode readData(String data) {
        JsonNode n;
        try {
            n = PLAIN.readTree(data);
        } catch (tools.jackson.core.JacksonException e) {
            throw new QerJsonException("data is not JSON or repeats a property / data ist kein JSON oder wiederholt eine Eigenschaft")
                    .under("data");
        }
        if (n == null || !n.isObject()) {
            throw new QerJsonException("data must be a JSON object / data muss ein JSON-Objekt sein").under("data");
        }
        return n;
    }

    private static ObjectCodec<EventEnvelope> envelope() {
        var type = Field.of("type", EventEnvelope::type, STRING);
        var version = Field.of("version", EventEnvelope::version, INT);
        var caseId = Field.of("caseId", EventEnvelope::caseId, CASE_ID);
        var seq = Field.of("seq", EventEnvelope::seq, LONG);
        var businessDate = Field.of("businessDate", EventEnvelope::businessDate, DATE);
        var data = Field.of("data", EventEnvelope::data, DATA);
        return ObjectCodec.of("EventEnvelope", v -> new EventEnvelope(v.get(type), v.get(version), v.get(caseId), v.get(seq),
                v.get(businessDate), v.get(data)), List.of(type, version, caseId, seq, businessDate, data));
    }
}
