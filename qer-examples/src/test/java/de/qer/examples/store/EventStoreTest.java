package de.qer.examples.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The store on a real PostgreSQL: round trip, typed conflicts, atomic appends, append-only rows. */
@ExtendWith(SharedDatabase.class)
class EventStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:15:30.123456789Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static EmbeddedDatabase db;
    private static EventStore store;
    private static String prefix;

    @BeforeAll
    static void start(EmbeddedDatabase database) {
        db = database;
        store = EventStore.create(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
        prefix = SharedDatabase.prefix("store");
    }

    private static NewEvent event(int n) {
        return new NewEvent("test.event", 1, DAY.plusDays(n), "{\"n\": " + n + "}");
    }

    private static List<NewEvent> events(int from, int to) {
        List<NewEvent> list = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            list.add(event(n));
        }
        return list;
    }

    @Test
    void appendedEventsLoadInOrderWithTheHostsClock() {
        String c = prefix + "round-trip";
        assertEquals(new AppendResult.Appended(c, 2), store.append(c, 0, events(1, 2)));
        Instant later = Instant.parse("2026-12-02T09:00:00Z");
        EventStore tomorrow = EventStore.create(db.dataSource(), Clock.fixed(later, ZoneOffset.UTC));
        assertEquals(new AppendResult.Appended(c, 3), tomorrow.append(c, 2, List.of(new NewEvent("other", 7, DAY, "{\"x\": [1, \"ü\"]}"))));

        List<StoredEvent> rows = store.load(c);
        Instant micros = Instant.parse("2026-12-01T08:15:30.123456Z"); // timestamptz keeps microseconds
        assertEquals(List.of(new StoredEvent(c, 1, "test.event", 1, DAY.plusDays(1), micros, "{\"n\": 1}"),
                new StoredEvent(c, 2, "test.event", 1, DAY.plusDays(2), micros, "{\"n\": 2}"),
                new StoredEvent(c, 3, "other", 7, DAY, later, "{\"x\": [1, \"ü\"]}")), rows);
        assertEquals(3, store.lastSequence(c));
        assertEquals(List.of(), store.load(prefix + "unknown"));
        assertEquals(0, store.lastSequence(prefix + "unknown"));
    }

    @Test
    void aStaleOrPrematureExpectationIsATypedConflictAndAppendsNothing() {
        String c = prefix + "conflict";
        store.append(c, 0, events(1, 3));
        assertEquals(new AppendResult.Conflict(c, 0, 3), store.append(c, 0, events(4, 4)));
        assertEquals(new AppendResult.Conflict(c, 2, 3), store.append(c, 2, events(4, 5)));
        assertEquals(new AppendResult.Conflict(c, 5, 3), store.append(c, 5, events(4, 4))); // would leave a gap
        assertEquals(3, store.load(c).size());
        assertEquals(new AppendResult.Appended(c, 4), store.append(c, 3, events(4, 4)));
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> store.append(prefix + "x", 0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> store.append(prefix + "x", -1, events(1, 1)));
        assertThrows(IllegalArgumentException.class, () -> store.append(" ", 0, events(1, 1)));
        assertThrows(NullPointerException.class, () -> store.append(null, 0, events(1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new NewEvent(" ", 1, DAY, "{}"));
        assertThrows(IllegalArgumentException.class, () -> new NewEvent("t", 0, DAY, "{}"));
        assertEquals(0, store.lastSequence(prefix + "x"));
    }

    /**
     * Another transaction holds an uncommitted row at sequence number 2; the append of 1..3 writes 1 and
     * waits for 2. When the other commits, the unique key fails the append: a conflict, and its row 1
     * is gone too.
     */
    @Test
    void aConcurrentCommitMakesTheWaitingAppendAConflictWithNothingPartial() throws Exception {
        String c = prefix + "race";
        try (Connection other = db.dataSource().getConnection()) {
            other.setAutoCommit(false);
            insertRaw(other, c, 2, "test.event", 1, "{\"n\": 99}");
            CompletableFuture<AppendResult> append = CompletableFuture.supplyAsync(() -> store.append(c, 0, events(1, 3)));
            waitUntilBlockedBy(other, append);
            other.commit();
            assertEquals(new AppendResult.Conflict(c, 0, 2), append.get(30, TimeUnit.SECONDS));
        }
        assertEquals(List.of(2L), store.load(c).stream().map(StoredEvent::seq).toList());
    }

    /**
     * The appending connection is killed by the server (pg_terminate_backend) while its transaction
     * has written event 1 and waits to write event 2: nothing of the append remains.
     */
    @Test
    void anAppendKilledInTheMiddleLeavesNothing() throws Exception {
        String c = prefix + "killed";
        try (Connection other = db.dataSource().getConnection()) {
            other.setAutoCommit(false);
            insertRaw(other, c, 2, "test.event", 1, "{\"n\": 99}");
            CompletableFuture<AppendResult> append = CompletableFuture.supplyAsync(() -> store.append(c, 0, events(1, 3)));
            int victim = waitUntilBlockedBy(other, append);
            try (Connection killer = db.dataSource().getConnection();
                    PreparedStatement kill = killer.prepareStatement("select pg_terminate_backend(?)")) {
                kill.setInt(1, victim);
                try (ResultSet rs = kill.executeQuery()) {
                    assertTrue(rs.next() && rs.getBoolean(1), "pg_terminate_backend failed");
                }
            }
            ExecutionException failed = assertThrows(ExecutionException.class, () -> append.get(30, TimeUnit.SECONDS));
            EventStoreException e = assertInstanceOf(EventStoreException.class, failed.getCause());
            assertTrue(e.getMessage().startsWith("appending to case " + c + " failed (SQLState "), e.getMessage());
            other.rollback(); // the blocking row goes too
        }
        assertEquals(List.of(), store.load(c));
        assertEquals(new AppendResult.Appended(c, 3), store.append(c, 0, events(1, 3)));
        assertEquals(List.of(1L, 2L, 3L), store.load(c).stream().map(StoredEvent::seq).toList());
    }

    @Test
    void storedEventsCannotBeChangedOrDeleted() throws SQLException {
        String c = prefix + "append-only";
        store.append(c, 0, events(1, 1));
        try (Connection conn = db.dataSource().getConnection(); Statement s = conn.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("update qer_event set data = '{}' where case_id = '" + c + "'"));
            assertEquals("23001", update.getSQLState());
            SQLException delete = assertThrows(SQLException.class,
                    () -> s.executeUpdate("delete from qer_event where case_id = '" + c + "'"));
            assertEquals("23001", delete.getSQLState());
        }
        assertEquals(List.of(event(1).data()), store.load(c).stream().map(StoredEvent::data).toList());
    }

    @Test
    void invalidJsonFromACodecFailsTheWholeAppendWithoutQuotingTheData() {
        String c = prefix + "invalid-json";
        List<NewEvent> batch = List.of(event(1), new NewEvent("test.event", 1, DAY, "{\"name\": Erika Mustermann}"));
        EventStoreException e = assertThrows(EventStoreException.class, () -> store.append(c, 0, batch));
        assertEquals("22P02", e.sqlState());
        assertEquals("appending to case " + c + " failed (SQLState 22P02)", e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("Mustermann"), "the data in: " + t);
            if (t instanceof SQLException s && s.getNextException() != null) {
                assertFalse(String.valueOf(s.getNextException().getMessage()).contains("Mustermann"), "the data in: " + s);
            }
        }
        assertEquals(List.of(), store.load(c));
    }

    @Test
    void allEventsStreamInCaseAndSequenceOrderAndTheStreamGivesItsConnectionBack() {
        List<String> cases = List.of(prefix + "all-b", prefix + "all-a", prefix + "all-c");
        for (String c : cases) {
            store.append(c, 0, events(1, 3));
            store.append(c, 3, events(4, 4));
        }
        List<StoredEvent> all;
        try (Stream<StoredEvent> stream = store.loadAll()) {
            all = stream.toList();
        }
        for (int i = 1; i < all.size(); i++) {
            StoredEvent a = all.get(i - 1);
            StoredEvent b = all.get(i);
            int byCase = a.caseId().compareTo(b.caseId());
            assertTrue(byCase < 0 || byCase == 0 && a.seq() < b.seq(), a + " before " + b);
        }
        for (String c : cases) {
            assertEquals(store.load(c), all.stream().filter(e -> e.caseId().equals(c)).toList());
        }
        for (int i = 0; i < 30; i++) { // more than the pool has: a leaked connection would block here
            try (Stream<StoredEvent> stream = store.loadAll()) {
                assertTrue(stream.findFirst().isPresent());
            }
        }
        assertEquals(0, ((HikariDataSource) db.dataSource()).getHikariPoolMXBean().getActiveConnections());

        List<String> ids = store.caseIds();
        assertEquals(ids.stream().sorted().toList(), ids);
        assertTrue(ids.containsAll(cases));
        EventStore.Stats stats = store.stats();
        assertEquals(ids.size(), stats.cases());
        assertEquals(all.size(), stats.events());
        assertEquals(all.stream().mapToLong(e -> e.data().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum(),
                stats.jsonBytes());
        assertTrue(stats.tableBytes() > stats.jsonBytes(), stats.toString());
    }

    @Test
    void theSchemaScriptIsIdempotent() {
        EventStore again = EventStore.create(db.dataSource(), Clock.systemUTC());
        assertTrue(EventStore.schemaSql().contains("primary key (case_id, seq)"));
        assertEquals(store.caseIds(), again.caseIds());
    }

    // ------------------------------------------------------------------------------------------ helpers

    static void insertRaw(Connection conn, String caseId, long seq, String type, int version, String data) throws SQLException {
        try (PreparedStatement s = conn.prepareStatement("insert into qer_event values (?, ?, ?, ?, ?, now(), ?::jsonb)")) {
            s.setString(1, caseId);
            s.setLong(2, seq);
            s.setString(3, type);
            s.setInt(4, version);
            s.setObject(5, DAY);
            s.setString(6, data);
            s.executeUpdate();
        }
    }

    /** Waits until a backend waits for a lock of {@code blocker}'s transaction; returns its pid. */
    private static int waitUntilBlockedBy(Connection blocker, CompletableFuture<?> append) throws Exception {
        int blockerPid;
        try (Statement s = blocker.createStatement(); ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            blockerPid = rs.getInt(1);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection watcher = db.dataSource().getConnection();
                PreparedStatement s = watcher.prepareStatement(
                        "select pid from pg_stat_activity where ? = any(pg_blocking_pids(pid))")) {
            s.setInt(1, blockerPid);
            while (System.nanoTime() < deadline) {
                assertFalse(append.isDone(), () -> "the append did not wait: " + append.join());
                try (ResultSet rs = s.executeQuery()) {
                    List<Integer> waiting = new ArrayList<>();
                    while (rs.next()) {
                        waiting.add(rs.getInt(1));
                    }
                    if (waiting.size() == 1) {
                        return waiting.get(0);
                    }
                    assertTrue(waiting.isEmpty(), () -> "several waiting: " + waiting.stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")));
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the append never waited for the other transaction");
    }
}
