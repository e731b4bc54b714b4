package de.qer.benchmarks;

import de.qer.calendar.WorkingDayCalendar;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Building {@code nrw()} once: its first use in a fresh JVM (class loading and all tables included). */
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
}
