package de.qer.benchmarks;

import de.qer.calendar.Bundesland;
import de.qer.calendar.WorkingDayCalendar;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a Land's calendar once: its first use in a fresh JVM (class loading and all tables included).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class CalendarStartupBenchmark {

    /** The first call of {@code nrw()} in the JVM builds the calendar. */
    @Benchmark
    public WorkingDayCalendar firstUseOfNrw() {
        return WorkingDayCalendar.nrw();
    }

    /** The first call of {@code of(Bundesland.BY)} in the JVM builds Bavaria's calendar. */
    @Benchmark
    public WorkingDayCalendar firstUseOfBavaria() {
        return WorkingDayCalendar.of(Bundesland.BY);
    }

    /** The first calls of {@code of(land)} for all 16 Länder in one JVM. */
    @Benchmark
    public WorkingDayCalendar firstUseOfAllLaender() {
        WorkingDayCalendar last = null;
        for (Bundesland land : Bundesland.values()) {
            last = WorkingDayCalendar.of(land);
        }
        return last;
    }
}
