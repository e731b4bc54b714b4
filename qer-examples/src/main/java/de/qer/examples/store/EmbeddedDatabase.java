package de.qer.examples.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A PostgreSQL for the host: either one started here from the binaries in a Maven Central jar (no
 * Docker, no installation; its data directory is a temporary directory, deleted on {@link #close()}),
 * or any PostgreSQL given by a JDBC URL. {@link #start()} chooses by the system property
 * {@value #URL_PROPERTY} (with {@value #USER_PROPERTY} and {@value #PASSWORD_PROPERTY}).
 *
 * <p>Connections come from a small pool. The driver is told not to put the server's error details
 * (which may quote a row's data) into its exception messages.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The system property with the JDBC URL of an existing PostgreSQL; unset: start an embedded one. */
    public static final String URL_PROPERTY = "qer.jdbc.url";
    /** The system property with the user for {@value #URL_PROPERTY}. */
    public static final String USER_PROPERTY = "qer.jdbc.user";
    /** The system property with the password for {@value #URL_PROPERTY}. */
    public static final String PASSWORD_PROPERTY = "qer.jdbc.password";

    /** Enough for the host's threads and a few more. */
    private static final int POOL_SIZE = 12;

    /** The embedded server, or null for an external one. */
    private final EmbeddedPostgres postgres;
    /** Its data directory, or null. */
    private final Path dataDirectory;
    private final HikariDataSource pool;
    private final String jdbcUrl;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, String jdbcUrl, String user, String password) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.jdbcUrl = jdbcUrl;
        HikariConfig config = new HikariConfig();
        config.setPoolName("qer-store");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.addDataSourceProperty("logServerErrorDetail", "false");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        this.pool = new HikariDataSource(config);
    }

    /**
     * The PostgreSQL given by the system property {@value #URL_PROPERTY}, or else an embedded one.
     *
     * @return the database, never null
     * @throws UncheckedIOException if the embedded server does not start
     */
    public static EmbeddedDatabase start() {
        String url = System.getProperty(URL_PROPERTY);
        if (url != null && !url.isBlank()) {
            return external(url, System.getProperty(USER_PROPERTY), System.getProperty(PASSWORD_PROPERTY));
        }
        return embedded();
    }

    /**
     * Starts a PostgreSQL from the binaries on the class path (PostgreSQL 17 for linux-amd64), on a
     * free port, with a new data directory in the temporary folder.
     *
     * @return the database, never null
     * @throws UncheckedIOException if the server does not start (its data directory is deleted then)
     */
    public static EmbeddedDatabase embedded() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("qer-pg-");
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
            try {
                return new EmbeddedDatabase(pg, dir, pg.getJdbcUrl("postgres", "postgres"), "postgres", null);
            } catch (RuntimeException e) {
                pg.close();
                throw e;
            }
        } catch (IOException e) {
            deleteQuietly(dir);
            throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
        } catch (RuntimeException e) {
            deleteQuietly(dir);
            throw e;
        }
    }

    /**
     * Connects to an existing PostgreSQL.
     *
     * @param jdbcUrl  the JDBC URL, e.g. {@code jdbc:postgresql://localhost:5432/qer}, not null
     * @param user     the user, or null for the driver's default
     * @param password the password, or null
     * @return the database, never null
     */
    public static EmbeddedDatabase external(String jdbcUrl, String user, String password) {
        return new EmbeddedDatabase(null, null, Objects.requireNonNull(jdbcUrl, "jdbcUrl"), user, password);
    }

    /**
     * The pooled connections to the database.
     *
     * @return the data source, never null
     */
    public DataSource dataSource() {
        return pool;
    }

    /**
     * The JDBC URL of the database.
     *
     * @return the URL, never null
     */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * The data directory of the embedded server (deleted on {@link #close()}).
     *
     * @return the directory, or null for a database given by a URL
     */
    Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * Whether this database was started here (else it was given by a URL).
     *
     * @return true for the embedded server
     */
    public boolean isEmbedded() {
        return postgres != null;
    }

    /**
     * The server's version string, e.g. {@code PostgreSQL 17.5 on x86_64-pc-linux-gnu, ...}.
     *
     * @return the version, never null
     * @throws EventStoreException if the database fails
     */
    public String serverVersion() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select version()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new EventStoreException("reading the server version", e);
        }
    }

    /**
     * Closes the pool; an embedded server is stopped and its data directory deleted.
     *
     * @throws UncheckedIOException if the embedded server does not stop cleanly
     */
    @Override
    public void close() {
        pool.close();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL did not stop cleanly", e);
            } finally {
                deleteQuietly(dataDirectory);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: the temporary folder is the system's
        }
    }
}
