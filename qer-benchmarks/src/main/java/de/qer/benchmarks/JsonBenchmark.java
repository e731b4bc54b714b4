package de.qer.benchmarks;

import de.qer.core.lifecycle.Event;
import de.qer.core.model.Antrag;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.GstCode;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.Mitglied;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.core.model.StaffId;
import de.qer.json.EventEnvelope;
import de.qer.json.QerJson;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * qer-json: one event into its envelope and back (the event store's path), for a typical event
 * ({@code QuerRecorded} with one open point, about 190 bytes of data) and the largest one ({@code ApplicationTaken}
 * with a BG of four, about 1.2 KB). Sample time, so JMH reports the median. Target: under 5 µs for write
 * plus read of one event.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonBenchmark {

    private static final CaseId CASE = CaseId.of("BG-4711");

    private Event querRecorded;
    private Event applicationTaken;
    private EventEnvelope querRecordedEnvelope;
    private long seq;

    @Setup
    public void setup() {
        LocalDate on = LocalDate.of(2026, 11, 24);
        querRecorded = new Event.QuerRecorded(on, PersonId.of("P-1"), true,
                List.of(OffenerPunkt.fuer("OP-1", Mindeststandard.POTENZIALANALYSE, on.plusDays(14))),
                Optional.of(on.plusMonths(6)));
        Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CASE).haushaltsvorstand(PersonId.of("P-1"))
                .addMitglieder(
                        Mitglied.builder().id(PersonId.of("P-1")).geburtsdatum(LocalDate.of(1986, 5, 12)).berufsabschluss(true).build(),
                        Mitglied.builder().id(PersonId.of("P-2")).geburtsdatum(LocalDate.of(1988, 3, 3)).algAnspruch(true).build(),
                        Mitglied.builder().id(PersonId.of("P-3")).geburtsdatum(LocalDate.of(2010, 6, 10)).build(),
                        Mitglied.builder().id(PersonId.of("P-4")).geburtsdatum(LocalDate.of(2012, 1, 20)).build())
                .build();
        Antrag antrag = Antrag.builder().gst(GstCode.of("03")).antragsdatum(LocalDate.of(2026, 11, 2)).bedarfsgemeinschaft(bg)
                .ausgehaendigt(EnumSet.allOf(EzAushaendigung.class)).lgTermin(LocalDate.of(2026, 11, 5)).build();
        applicationTaken = new Event.ApplicationTaken(LocalDate.of(2026, 11, 2), StaffId.of("ez03"), antrag);
        querRecordedEnvelope = QerJson.writeEnvelope(CASE, 12, querRecorded);
        // the benchmark measures what it claims only if the round trip is exact
        if (!QerJson.readEvent(QerJson.writeEnvelope(CASE, 1, applicationTaken)).equals(applicationTaken)
                || !QerJson.readEvent(querRecordedEnvelope).equals(querRecorded)) {
            throw new IllegalStateException("round trip failed");
        }
    }

    /** Write plus read of a typical event through its envelope. */
    @Benchmark
    public Event writeAndReadQuerRecorded() {
        return QerJson.readEvent(QerJson.writeEnvelope(CASE, ++seq, querRecorded));
    }

    /** Write plus read of the largest event (the application with a BG of four) through its envelope. */
    @Benchmark
    public Event writeAndReadApplicationTaken() {
        return QerJson.readEvent(QerJson.writeEnvelope(CASE, ++seq, applicationTaken));
    }

    /** Write only: a typical event into its envelope. */
    @Benchmark
    public EventEnvelope writeQuerRecorded() {
        return QerJson.writeEnvelope(CASE, ++seq, querRecorded);
    }

    /**
     * Baseline under the same load: plain Jackson parsing the same data text into a tree and writing it
     * back, without qer (what any JSON round trip of this event costs at least).
     */
    @Benchmark
    public String baselineJacksonTreeRoundTripQuerRecorded() {
        return QerJson.mapper().writeValueAsString(QerJson.mapper().readTree(querRecordedEnvelope.data()));
    }

    /** Read only: a typical event out of its envelope (parse, version check, bind). */
    @Benchmark
    public Event readQuerRecorded() {
        return QerJson.readEvent(querRecordedEnvelope);
    }
}
