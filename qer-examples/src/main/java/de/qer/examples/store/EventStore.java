package de.qer.examples.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * The host's event store: one append-only PostgreSQL table ({@code qer_event}, see {@code schema.sql})
 * with a row per event and the primary key (case, sequence number). Plain JDBC.
 *
 * <p>{@link #append} writes a case's new events in one transaction (all or nothing, with JDBC batching)
 * after the sequence number the caller last saw. If another writer appended first, nothing is written
 * and the result is a {@link AppendResult.Conflict}: the unique key on (case, sequence number) makes two
 * appends after the same sequence number exclude each other, so no event is lost, duplicated or
 * reordered, and a case's sequence numbers are 1, 2, 3, ... without gaps.
 *
 * <p>The recording time of each row comes from the host's {@link Clock}, not from the database.
 * The store is thread-safe; each call takes a connection from the {@link DataSource} (use a pool).
 */
public final class EventStore {

    /** The SQLState of a unique violation: another writer appended at the same sequence number. */
    static final String UNIQUE_VIOLATION = "23505";

    private static final String COLUMNS = "case_id, seq, type, version, business_date, recorded_at, data::text";
    private static final String INSERT = "insert into qer_event (case_id, seq, type, version, business_date, recorded_at, data)"
            + " values (?, ?, ?, ?, ?, ?, ?::jsonb)";
    private static final String LAST_SEQ = "select coalesce(max(seq), 0) from qer_event where case_id = ?";

    private final DataSource dataSource;
    private final Clock clock;

    private EventStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * A store on the database behind {@code dataSource}; creates the table if it is missing.
     *
     * @param dataSource the database (a connection pool), not null
     * @param clock      the host's clock for the recording times, not null
     * @return the store, never null
     * @throws EventStoreException if the schema cannot be created
     */
    public static EventStore create(DataSource dataSource, Clock clock) {
        EventStore store = new EventStore(Objects.requireNonNull(dataSource, "dataSource"), Objects.requireNonNull(clock, "clock"));
        store.createSchema();
        return store;
    }

    /**
     * The DDL of the store, the resource {@code schema.sql}: idempotent.
     *
     * @return the SQL script, never null
     */
    public static String schemaSql() {
        try (InputStream in = EventStore.class.getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("resource schema.sql missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createSchema() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(schemaSql());
        } catch (SQLException e) {
            throw new EventStoreException("creating the schema", e);
        }
    }

    /**
     * Appends events to a case after the sequence number the caller last saw, in one transaction: the
     * events get the sequence numbers {@code expectedSequence + 1, + 2, ...}. If the case's last
     * sequence number is not {@code expectedSequence} (another writer came first), nothing is
     * appended.
     *
     * @param caseId           the case, not blank
     * @param expectedSequence the case's last sequence number as the caller saw it (0: a new case)
     * @param events           the events, not empty
     * @return {@link AppendResult.Appended} with the last new sequence number, or
     *         {@link AppendResult.Conflict}; never null
     * @throws IllegalArgumentException if the case is blank, the expected sequence negative or there is no event
     * @throws EventStoreException      if the database fails (then nothing was appended, or, if the
     *                                  connection broke during the commit, the next append tells)
     */
    public AppendResult append(String caseId, long expectedSequence, List<NewEvent> events) {
        checkCase(caseId);
        Objects.requireNonNull(events, "events");
        if (expectedSequence < 0) {
            throw new IllegalArgumentException("expectedSequence: " + expectedSequence + " is negative / negativ");
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException("events: nothing to append / keine Ereignisse");
        }
        List<NewEvent> batch = List.copyOf(events);
        OffsetDateTime recordedAt = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                // a stale expectation (the case has moved on) and a premature one (it would leave a gap)
                long last = lastSequence(c, caseId);
                if (last != expectedSequence) {
                    c.rollback();
                    return new AppendResult.Conflict(caseId, expectedSequence, last);
                }
                try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                    long seq = expectedSequence;
                    for (NewEvent e : batch) {
                        insert.setString(1, caseId);
                        insert.setLong(2, ++seq);
                        insert.setString(3, e.type());
                        insert.setInt(4, e.version());
                        insert.setObject(5, e.businessDate());
                        insert.setObject(6, recordedAt);
                        insert.setString(7, e.data());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                c.commit();
                return new AppendResult.Appended(caseId, expectedSequence + batch.size());
            } catch (SQLException e) {
                rollbackQuietly(c, e);
                if (isUniqueViolation(e)) { // a concurrent append after the same sequence number committed first
                    long actual = lastSequence(c, caseId);
                    c.rollback();
                    return new AppendResult.Conflict(caseId, expectedSequence, actual);
                }
                throw e;
            } finally {
                restoreAutoCommit(c);
            }
        } catch (SQLException e) {
            throw new EventStoreException("appending to case " + caseId, e);
        }
    }

    /**
     * A case's events in order of their sequence numbers.
     *
     * @param caseId the case, not blank
     * @return the stored events (empty for an unknown case), never null
     * @throws EventStoreException if the database fails
     */
    public List<StoredEvent> load(String caseId) {
        checkCase(caseId);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from qer_event where case_id = ? order by seq")) {
            s.setString(1, caseId);
            List<StoredEvent> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return List.copyOf(rows);
        } catch (SQLException e) {
            throw new EventStoreException("loading case " + caseId, e);
        }
    }

    /**
     * A case's last sequence number.
     *
     * @param caseId the case, not blank
     * @return the last sequence number, 0 for a case without events
     * @throws EventStoreException if the database fails
     */
    public long lastSequence(String caseId) {
        checkCase(caseId);
        try (Connection c = dataSource.getConnection()) {
            return lastSequence(c, caseId);
        } catch (SQLException e) {
            throw new EventStoreException("reading the last sequence number of case " + caseId, e);
        }
    }

    /**
     * All events of all cases in order of case (by the bytes of its id) and sequence number, read with a
     * database cursor (a few hundred rows at a time, never the whole table at once). The stream holds
     * a connection until it is closed: use it in try-with-resources.
     *
     * @return the stored events, never null
     * @throws EventStoreException if the database fails (also while the stream is read)
     */
    public Stream<StoredEvent> loadAll() {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(false); // PostgreSQL's driver uses a cursor only inside a transaction
            PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from qer_event order by case_id, seq");
            s.setFetchSize(500);
            ResultSet rs = s.executeQuery();
            Connection connection = c;
            Spliterator<StoredEvent> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                    Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE) {
                @Override
                public boolean tryAdvance(Consumer<? super StoredEvent> action) {
                    try {
                        if (!rs.next()) {
                            return false;
                        }
                        action.accept(row(rs));
                        return true;
                    } catch (SQLException e) {
                        throw new EventStoreException("reading all events", e);
                    }
                }
            };
            return StreamSupport.stream(rows, false).onClose(() -> {
                try (connection; s; rs) {
                    connection.rollback(); // read only: ends the transaction of the cursor
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    throw new EventStoreException("closing the reading of all events", e);
                }
            });
        } catch (SQLException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new EventStoreException("reading all events", e);
        }
    }

    /**
     * The ids of all cases with events, in byte order.
     *
     * @return the case ids, never null
     * @throws EventStoreException if the database fails
     */
    public List<String> caseIds() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select distinct case_id from qer_event order by case_id");
                ResultSet rs = s.executeQuery()) {
            List<String> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return List.copyOf(ids);
        } catch (SQLException e) {
            throw new EventStoreException("listing the cases", e);
        }
    }

    /**
     * What the store holds: cases, events, and bytes.
     *
     * @return the figures, never null
     * @throws EventStoreException if the database fails
     */
    public Stats stats() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(distinct case_id), count(*),"
                        + " coalesce(sum(octet_length(data::text)), 0), pg_total_relation_size('qer_event') from qer_event");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return new Stats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        } catch (SQLException e) {
            throw new EventStoreException("counting the events", e);
        }
    }

    /**
     * What the store holds.
     *
     * @param cases      the number of cases with events
     * @param events     the number of events
     * @param jsonBytes  the bytes of the events' data as JSON text (UTF-8, as PostgreSQL prints it)
     * @param tableBytes the bytes the table takes on disk with its index and TOAST data
     */
    public record Stats(long cases, long events, long jsonBytes, long tableBytes) {
    }

    // ------------------------------------------------------------------------------------------ JDBC

    private static long lastSequence(Connection c, String caseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(LAST_SEQ)) {
            s.setString(1, caseId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static StoredEvent row(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getObject(5, LocalDate.class),
                instant(rs.getObject(6, OffsetDateTime.class)), rs.getString(7));
    }

    private static Instant instant(OffsetDateTime t) {
        return t.toInstant();
    }

    /** The unique violation may be the exception itself, its cause or (in a batch) a next exception. */
    static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(n.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void rollbackQuietly(Connection c, SQLException failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void restoreAutoCommit(Connection c) {
        try {
            if (!c.isClosed()) {
                c.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // a broken connection: the pool discards it
        }
    }

    private static void checkCase(String caseId) {
        Objects.requireNonNull(caseId, "caseId");
        if (caseId.isBlank()) {
            throw new IllegalArgumentException("caseId: blank / Fall-ID leer");
        }
    }
}
