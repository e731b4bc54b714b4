package de.qer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.qer.core.lifecycle.Event;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.PersonId;
import io.vavr.collection.TreeMap;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

/** The building blocks of the codecs, put together afresh: what every codec of the contract is made of. */
class BuildingBlocksTest {

    /** A small record to describe. */
    record Pair(String name, Optional<PersonId> who, List<Set<Mindeststandard>> sets) {
    }

    private static <T> String write(Codec<T> c, T value) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = EnvelopeCodec.PLAIN.createGenerator(w)) {
            c.write(value, g);
        }
        return w.toString();
    }

    private static <T> T read(Codec<T> c, String json) {
        return c.read(EnvelopeCodec.PLAIN.readTree(json));
    }

    private static ObjectCodec<Pair> pairCodec() {
        var name = Field.of("name", Pair::name, Codecs.STRING);
        var who = Field.of("who", Pair::who, Codecs.optional(Codecs.stringValue("PersonId", PersonId::of, PersonId::value)));
        var sets = Field.of("sets", Pair::sets, Codecs.list(Codecs.enumSet(Mindeststandard.class)));
        return ObjectCodec.of("Pair", v -> new Pair(v.get(name), v.get(who), v.get(sets)), List.of(name, who, sets));
    }

    @Test
    void anObjectCodecBuiltFromItsParts() {
        ObjectCodec<Pair> c = pairCodec();
        Pair p = new Pair("a", Optional.of(PersonId.of("P-1")), List.of(Set.of(Mindeststandard.SOFORTANGEBOT, Mindeststandard.FMG_DATEN)));
        String json = write(c, p);
        assertEquals("{\"name\":\"a\",\"who\":\"P-1\",\"sets\":[[\"FMG_DATEN\",\"SOFORTANGEBOT\"]]}", json);
        assertEquals(p, read(c, json));
        Pair empty = new Pair("b", Optional.empty(), List.of());
        assertEquals("{\"name\":\"b\",\"who\":null,\"sets\":[]}", write(c, empty));
        assertEquals(empty, read(c, write(c, empty)));
        assertEquals(List.of("name", "who", "sets"), c.propertyNames());
        assertEquals("who", assertThrows(QerJsonException.class, () -> read(c, "{\"name\":\"b\",\"who\":\" \",\"sets\":[]}")).path());
    }

    @Test
    void vavrCollectionsNullablesAndMapsBuiltFromTheirParts() {
        var vavr = Codecs.vavrList(Codecs.INT);
        assertEquals("[1,2]", write(vavr, io.vavr.collection.List.of(1, 2)));
        assertEquals(io.vavr.collection.List.of(1, 2), read(vavr, "[1,2]"));
        var nullable = Codecs.nullable(Codecs.BOOLEAN);
        assertEquals("null", write(nullable, null));
        assertEquals(null, read(nullable, "null"));
        assertEquals(true, read(nullable, "true"));
        var map = Codecs.sortedMap(PersonId::of, PersonId::value, Codecs.INT);
        var m = TreeMap.of(PersonId.of("P-2"), 2, PersonId.of("P-1"), 1);
        assertEquals("{\"P-1\":1,\"P-2\":2}", write(map, m));
        assertEquals(m, read(map, "{\"P-2\":2,\"P-1\":1}"));
        assertEquals("x", assertThrows(QerJsonException.class, () -> read(map, "{\"x\":\"1\"}")).path());
        assertEquals(" ", assertThrows(QerJsonException.class, () -> read(map, "{\" \":1}")).path());
        var codes = Codecs.enumByName(Mindeststandard.class);
        assertEquals(Mindeststandard.KUNDENSTEUERUNG, read(codes, "\"KUNDENSTEUERUNG\""));
        assertThrows(QerJsonException.class, () -> read(codes, "\"Kundensteuerung\""));
    }

    @Test
    void aPropertyOrAVariantCannotBeDeclaredTwice() {
        var a = Field.of("a", Pair::name, Codecs.STRING);
        var again = Field.of("a", Pair::name, Codecs.STRING);
        assertThrows(IllegalArgumentException.class, () -> ObjectCodec.of("Pair", v -> null, List.of(a, again)));
        ObjectCodec<Event.ApplicationRejected> rejected = ObjectCodec.of("ApplicationRejected",
                v -> new Event.ApplicationRejected(java.time.LocalDate.of(2026, 1, 1)), List.of());
        UnionCodec.Builder<Event> twice = UnionCodec.<Event>builder("Event")
                .add(Event.ApplicationRejected.class, rejected).add(Event.ApplicationRejected.class, rejected);
        assertThrows(IllegalArgumentException.class, twice::build);
        UnionCodec<Event> once = UnionCodec.<Event>builder("Event").add(Event.ApplicationRejected.class, rejected).build();
        assertEquals("{\"type\":\"ApplicationRejected\"}", write(once, new Event.ApplicationRejected(java.time.LocalDate.of(2026, 1, 1))));
        assertThrows(IllegalStateException.class, () -> write(once, new Event.ApplicationWithdrawn(java.time.LocalDate.of(2026, 1, 1))));
    }

    @Test
    void typeNamesAndTheUpcasterAreWhereTheContractSays() {
        assertEquals("ApplicationTaken", TypeNames.of(Event.ApplicationTaken.class));
        assertEquals("Faellig", TypeNames.of(de.qer.core.lifecycle.QuerStatus.Faellig.class));
        assertThrows(IllegalStateException.class, () -> TypeNames.of(Event.class));
        assertEquals(2, TypeNames.EVENT_VERSIONS.get("QuerAppointmentScheduled"));
        assertEquals(TypeNames.EVENT_VERSIONS, QerJson.eventVersions());
        assertEquals("QuerAppointmentScheduled", Upcasters.QUER_APPOINTMENT_SCHEDULED_V1.type());
        assertEquals(1, Upcasters.QUER_APPOINTMENT_SCHEDULED_V1.fromVersion());
    }
}
