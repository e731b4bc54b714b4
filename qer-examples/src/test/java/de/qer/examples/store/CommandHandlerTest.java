package de.qer.examples.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The command loop: decide, append, retry on conflict; a corrupt stored event names its case and number. */
@ExtendWith(SharedDatabase.class)
class CommandHandlerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static EmbeddedDatabase db;
    private static EventStore store;
    private static String prefix;
    private static CommandHandler<Counter.State, Counter.Add, Counter.Added, String> handler;

    @BeforeAll
    static void start(EmbeddedDatabase database) {
        db = database;
        store = EventStore.create(db.dataSource(), Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC));
        prefix = SharedDatabase.prefix("handler");
        handler = new CommandHandler<>(store, Counter.CODEC, Counter.LOGIC, 3);
    }

    @Test
    void anAcceptedCommandIsStoredAndARejectedOneIsNot() {
        String c = prefix + "accept";
        HandleResult<Counter.State, Counter.Added, String> first = handler.handle(c, new Counter.Add(2, 5, DAY));
        assertEquals(new HandleResult.Accepted<>(c, 2, List.of(new Counter.Added(1, 5, DAY), new Counter.Added(2, 5, DAY)),
                new Counter.State(2, 10), 1), first);
        assertEquals(1, ((HandleResult.Accepted<?, ?, ?>) first).firstSequence());

        assertEquals(new HandleResult.Rejected<>(c, 2, "the total would go below zero", 1),
                handler.handle(c, new Counter.Add(1, -11, DAY)));
        assertEquals(new CommandHandler.Replayed<>(new Counter.State(2, 10), 2), handler.replay(c));

        HandleResult<Counter.State, Counter.Added, String> third = handler.handle(c, new Counter.Add(1, -10, DAY));
        assertEquals(new HandleResult.Accepted<>(c, 3, List.of(new Counter.Added(3, -10, DAY)), new Counter.State(3, 0), 1), third);
        assertEquals(3, store.load(c).size());
    }

    @Test
    void aConflictIsRetriedOnTheNewState() {
        String c = prefix + "retry";
        AtomicInteger decisions = new AtomicInteger();
        // the first decision is overtaken by another writer's event
        CaseLogic<Counter.State, Counter.Add, Counter.Added, String> overtaken = CaseLogic.of(() -> new Counter.State(0, 0),
                Counter::evolve, (s, cmd) -> {
                    if (decisions.incrementAndGet() == 1) {
                        store.append(c, s.count(), List.of(Counter.CODEC.encode(c, new Counter.Added(s.count() + 1, 100, DAY))));
                    }
                    return Counter.decide(s, cmd);
                });
        HandleResult<Counter.State, Counter.Added, String> r =
                new CommandHandler<>(store, Counter.CODEC, overtaken, 3).handle(c, new Counter.Add(1, 1, DAY));
        assertEquals(new HandleResult.Accepted<>(c, 2, List.of(new Counter.Added(2, 1, DAY)), new Counter.State(2, 101), 2), r);
        assertEquals(new Counter.State(2, 101), handler.replay(c).state());
    }

    @Test
    void afterMaxAttemptsConflictsTheHandlerGivesUpAndStoresNothingOfItsOwn() {
        String c = prefix + "give-up";
        CaseLogic<Counter.State, Counter.Add, Counter.Added, String> alwaysOvertaken = CaseLogic.of(
                () -> new Counter.State(0, 0), Counter::evolve, (s, cmd) -> {
                    store.append(c, s.count(), List.of(Counter.CODEC.encode(c, new Counter.Added(s.count() + 1, 100, DAY))));
                    return Counter.decide(s, cmd);
                });
        HandleResult<Counter.State, Counter.Added, String> r =
                new CommandHandler<>(store, Counter.CODEC, alwaysOvertaken, 3).handle(c, new Counter.Add(1, 1, DAY));
        assertEquals(new HandleResult.GaveUp<>(c, 3, new AppendResult.Conflict(c, 2, 3)), r);
        assertEquals(new Counter.State(3, 300), handler.replay(c).state()); // only the other writer's three
    }

    @Test
    void anUnknownEventTypeNamesTheCaseAndTheSequenceNumber() throws SQLException {
        String c = prefix + "unknown-type";
        handler.handle(c, new Counter.Add(1, 1, DAY));
        insert(c, 2, "counter.removed", 1, "{\"index\": 2, \"amount\": 1}");
        CorruptEventException e = assertThrows(CorruptEventException.class, () -> handler.handle(c, new Counter.Add(1, 1, DAY)));
        assertEquals(c, e.caseId());
        assertEquals(2, e.seq());
        assertEquals("case " + c + ", event #2 (counter.removed v1) cannot be decoded / ist nicht lesbar: "
                + "unknown event type counter.removed", e.getMessage());
        assertInstanceOf(EventCodecException.class, e.getCause());
        assertEquals(2, store.lastSequence(c)); // nothing decided on a wrong state
    }

    @Test
    void anUnknownVersionNamesTheCaseAndTheSequenceNumber() throws SQLException {
        String c = prefix + "unknown-version";
        insert(c, 1, Counter.TYPE, 2, "{\"index\": 1, \"amount\": 1}");
        CorruptEventException e = assertThrows(CorruptEventException.class, () -> handler.replay(c));
        assertEquals(1, e.seq());
        assertTrue(e.getMessage().startsWith("case " + c + ", event #1 (counter.added v2) cannot be decoded"), e.getMessage());
        assertTrue(e.getMessage().endsWith("unknown version 2 of counter.added"), e.getMessage());
    }

    @Test
    void corruptDataNamesTheCaseAndTheSequenceNumberButNeverQuotesTheData() throws SQLException {
        String c = prefix + "corrupt";
        handler.handle(c, new Counter.Add(2, 1, DAY));
        insert(c, 3, Counter.TYPE, 1, "{\"index\": 3}");
        CorruptEventException missing = assertThrows(CorruptEventException.class, () -> handler.replay(c));
        assertEquals(3, missing.seq());
        assertTrue(missing.getMessage().endsWith("fields [index], expected [index, amount]"), missing.getMessage());

        String d = prefix + "corrupt-value";
        insert(d, 1, Counter.TYPE, 1, "{\"index\": \"Erika Mustermann\", \"amount\": 1}");
        CorruptEventException value = assertThrows(CorruptEventException.class, () -> handler.handle(d, new Counter.Add(1, 1, DAY)));
        assertEquals(1, value.seq());
        assertInstanceOf(NumberFormatException.class, value.getCause());
        assertEquals("case " + d + ", event #1 (counter.added v1) cannot be decoded / ist nicht lesbar: "
                + "java.lang.NumberFormatException", value.getMessage());
        assertFalse(value.getMessage().contains("Mustermann"));
    }

    @Test
    void anEventThatDoesNotApplyToTheStateNamesTheCaseAndTheSequenceNumber() throws SQLException {
        String c = prefix + "not-applicable";
        handler.handle(c, new Counter.Add(1, 1, DAY));
        insert(c, 2, Counter.TYPE, 1, "{\"index\": 5, \"amount\": 1}"); // decodes, but index 5 after 1
        CorruptEventException e = assertThrows(CorruptEventException.class, () -> handler.handle(c, new Counter.Add(1, 1, DAY)));
        assertEquals(2, e.seq());
        assertEquals("case " + c + ", event #2 (counter.added v1) does not apply to the case's state / passt nicht zum "
                + "Zustand des Falls: event index 5, expected 2", e.getMessage());
    }

    @Test
    void aCodecReturningNothingIsACorruptEventToo() {
        StoredEvent row = new StoredEvent("c-1", 4, "t", 1, DAY, Instant.EPOCH, "{}");
        EventCodec<Object> empty = new EventCodec<>() {
            @Override
            public NewEvent encode(String caseId, Object event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Object decode(StoredEvent r) {
                return null;
            }
        };
        CorruptEventException e = assertThrows(CorruptEventException.class, () -> EventCodec.decodeRow(empty, row));
        assertEquals("case c-1, event #4 (t v1) cannot be decoded / ist nicht lesbar: the codec returned no event", e.getMessage());
        assertSame(Counter.Added.class, EventCodec.decodeRow(Counter.CODEC,
                new StoredEvent("c-1", 1, Counter.TYPE, 1, DAY, Instant.EPOCH, "{\"index\": 1, \"amount\": 2}")).getClass());
        assertThrows(IllegalArgumentException.class, () -> new CommandHandler<>(store, Counter.CODEC, Counter.LOGIC, 0));
    }

    @Test
    void storedRowsNeverShowTheirDataInToString() {
        StoredEvent row = new StoredEvent("c-1", 4, "t", 1, DAY, Instant.EPOCH, "{\"name\": \"Erika\"}");
        assertFalse(row.toString().contains("Erika"), row.toString());
        NewEvent e = new NewEvent("t", 1, DAY, "{\"name\": \"Erika\"}");
        assertFalse(e.toString().contains("Erika"), e.toString());
        assertTrue(e.toString().contains("17 chars"), e.toString());
    }

    @Test
    void replay_handsTheCodecTheCaseSoFar_forUpcastersThatNeedIt() {
        String c = prefix + "context";
        assertInstanceOf(HandleResult.Accepted.class, handler.handle(c, new Counter.Add(3, 1, DAY)));
        List<Integer> seen = new java.util.ArrayList<>();
        EventCodec<Counter.Added> recording = new EventCodec<>() {
            @Override
            public NewEvent encode(String caseId, Counter.Added event) {
                return Counter.CODEC.encode(caseId, event);
            }

            @Override
            public Counter.Added decode(StoredEvent row) {
                throw new AssertionError("the handler must decode with the case's earlier events");
            }

            @Override
            public Counter.Added decode(StoredEvent row, List<Counter.Added> earlier) {
                seen.add(earlier.size());
                assertEquals(row.seq() - 1, earlier.size());
                return Counter.CODEC.decode(row);
            }
        };
        CommandHandler<Counter.State, Counter.Add, Counter.Added, String> withContext =
                new CommandHandler<>(store, recording, Counter.LOGIC, 3);
        assertEquals(handler.replay(c).state(), withContext.replay(c).state());
        assertEquals(List.of(0, 1, 2), seen);
    }

    private static void insert(String caseId, long seq, String type, int version, String data) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            EventStoreTest.insertRaw(c, caseId, seq, type, version, data);
        }
    }
}
