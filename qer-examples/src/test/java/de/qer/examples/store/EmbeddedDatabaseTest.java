package de.qer.examples.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The embedded PostgreSQL 17 and the connection to a PostgreSQL given by its URL. */
@ExtendWith(SharedDatabase.class)
class EmbeddedDatabaseTest {

    @Test
    void theEmbeddedServerIsPostgreSql17AndLeavesNoDataDirectory() {
        Path dir;
        try (EmbeddedDatabase own = EmbeddedDatabase.embedded()) {
            assertTrue(own.isEmbedded());
            assertTrue(own.serverVersion().startsWith("PostgreSQL 17."), own.serverVersion());
            dir = own.dataDirectory();
            assertTrue(Files.isDirectory(dir.resolve("base")), "no data directory at " + dir);
            assertTrue(own.jdbcUrl().startsWith("jdbc:postgresql://localhost:"), own.jdbcUrl());
        }
        assertFalse(Files.exists(dir), "left behind: " + dir);
    }

    @Test
    void aDatabaseGivenByItsUrlIsUsedAsItIs(EmbeddedDatabase shared) {
        assumeTrue(shared.isEmbedded(), "runs against the embedded server only");
        String c = SharedDatabase.prefix("url") + "1";
        EventStore.create(shared.dataSource(), Clock.systemUTC()).append(c, 0,
                List.of(new NewEvent("t", 1, LocalDate.of(2026, 12, 1), "{}")));
        String before = System.getProperty(EmbeddedDatabase.URL_PROPERTY);
        System.setProperty(EmbeddedDatabase.URL_PROPERTY, shared.jdbcUrl());
        System.setProperty(EmbeddedDatabase.USER_PROPERTY, "postgres");
        try (EmbeddedDatabase external = EmbeddedDatabase.start()) {
            assertFalse(external.isEmbedded());
            assertEquals(shared.jdbcUrl(), external.jdbcUrl());
            assertEquals(1, EventStore.create(external.dataSource(), Clock.systemUTC()).lastSequence(c));
        } finally {
            System.clearProperty(EmbeddedDatabase.URL_PROPERTY);
            System.clearProperty(EmbeddedDatabase.USER_PROPERTY);
            if (before != null) {
                System.setProperty(EmbeddedDatabase.URL_PROPERTY, before);
            }
        }
        assertEquals(1, EventStore.create(shared.dataSource(), Clock.systemUTC()).lastSequence(c)); // still open
    }
}
