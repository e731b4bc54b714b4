package de.qer.benchmarks;

import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Decision;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.lifecycle.Rejection;
import de.qer.examples.QerEventCodec;
import de.qer.examples.store.AppendResult;
import de.qer.examples.store.CaseLogic;
import de.qer.examples.store.CommandHandler;
import de.qer.examples.store.EmbeddedDatabase;
import de.qer.examples.store.EventStore;
import de.qer.examples.store.NewEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference host's event store on a real PostgreSQL (embedded 17.5, or {@code -Dqer.jdbc.url}):
 * loading and replaying a 50-event case through the JSON contract, and appending a year of one GST
 * (2,400 cases of 4 to 12 events each, one transaction per case). Sample time for the load, single
 * shots for the year.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class StoreBenchmark {

    /** Cases in a generated year of one GST: about 200 applications a month. */
    static final int YEAR_CASES = 2_400;

    private EmbeddedDatabase db;
    private EventStore store;
    private CommandHandler<CaseState, Command, Event, Rejection> handler;
    private List<List<NewEvent>> year;
    private int run;

    /** Starts the database, stores one 50-event case and encodes the year's cases. */
    @Setup(Level.Trial)
    public void setUp() {
        DeciderBenchmark.Fixture f = DeciderBenchmark.fixture();
        QuerDecider decider = f.decider();
        db = EmbeddedDatabase.start();
        store = EventStore.create(db.dataSource(), Clock.fixed(Instant.parse("2026-12-01T07:00:00Z"), ZoneOffset.UTC));
        CaseLogic<CaseState, Command, Event, Rejection> logic = CaseLogic.of(QuerDecider::initialState, decider::evolve,
                (state, command) -> decider.decide(state, command).map(Decision::events));
        handler = new CommandHandler<>(store, QerEventCodec.INSTANCE, logic, 5);
        List<NewEvent> fifty = f.fiftyEvents().stream().map(e -> QerEventCodec.INSTANCE.encode("fifty", e)).toList();
        if (!(store.append("bench-fifty", 0, fifty) instanceof AppendResult.Appended)) {
            throw new IllegalStateException("the database already holds bench-fifty: use an empty table");
        }
        SplittableRandom random = new SplittableRandom(2026);
        year = new ArrayList<>(YEAR_CASES);
        for (int i = 0; i < YEAR_CASES; i++) {
            year.add(fifty.subList(0, 4 + random.nextInt(9)));
        }
    }

    /** Stops the database. */
    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
    }

    /** Loads a 50-event case, reads its JSON and replays it. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public CaseState loadAndReplay50Events() {
        return handler.replay("bench-fifty").state();
    }

    /**
     * Appends a year of one GST, one case at a time as a host would after each decision; returns the
     * number of events.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1, batchSize = 1)
    @Measurement(iterations = 3, batchSize = 1)
    public long appendYearOfOneGst() {
        String prefix = "year-" + (run++) + "-";
        long events = 0;
        for (int i = 0; i < year.size(); i++) {
            List<NewEvent> e = year.get(i);
            if (!(store.append(prefix + i, 0, e) instanceof AppendResult.Appended)) {
                throw new IllegalStateException("conflict in " + prefix + i);
            }
            events += e.size();
        }
        return events;
    }
}
