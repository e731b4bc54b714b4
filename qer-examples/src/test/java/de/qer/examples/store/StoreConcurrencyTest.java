package de.qer.examples.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 8 threads, 100 cases, 10,000 conflicting commands: no event lost, duplicated or out of order. */
@ExtendWith(SharedDatabase.class)
class StoreConcurrencyTest {

    @Test
    void conflictingCommandsLoseNoEvent(EmbeddedDatabase db) throws Exception {
        EventStore store = EventStore.create(db.dataSource(), Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC));
        String prefix = SharedDatabase.prefix("concurrency");
        List<String> cases = IntStream.range(0, 100).mapToObj(i -> prefix + i).toList();
        LocalDate day = LocalDate.of(2026, 12, 1);
        ConcurrencyHarness<Counter.State, Counter.Add, Counter.Added, String> harness =
                new ConcurrencyHarness<>(store, Counter.CODEC, Counter.LOGIC, 50);

        // 1 to 3 events per command; an amount from -3 to 5, so that some commands are rejected
        ConcurrencyHarness.Report report = harness.run(cases, 8, 10_000, 20261201L,
                (random, caseId) -> new Counter.Add(1 + random.nextInt(3), random.nextInt(-3, 6), day));

        System.out.println("[StoreConcurrencyTest] " + report);
        assertEquals(10_000, report.accepted() + report.rejected() + report.gaveUp());
        assertTrue(report.conflicts() > 0, "no append conflicted: the test did not exercise the retries");
        assertTrue(report.rejected() > 0, "no command was rejected");
        assertTrue(report.accepted() > 5_000, "too few accepted: " + report);
        assertEquals(report.events(), cases.stream().mapToLong(store::lastSequence).sum());
    }
}
