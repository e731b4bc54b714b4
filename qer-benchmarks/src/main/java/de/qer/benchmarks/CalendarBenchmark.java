package de.qer.benchmarks;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.qer.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
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
 * qer's working-day calendar side by side with Jollyday on the same 1,024 random dates (1995–2160),
 * against the cost of merely reading the date ({@code toEpochDay}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class CalendarBenchmark {

    private static final int MASK = 1023;

    private final LocalDate[] dates = new LocalDate[MASK + 1];
    private final LocalDate[] farDates = new LocalDate[MASK + 1];
    private final WorkingDayCalendar qer = WorkingDayCalendar.nrw();
    private HolidayManager jollyday;
    private int i;

    /** Creates the dates and Jollyday's manager for NRW. */
    @Setup
    public void setUp() {
        Random random = new Random(42);
        long from = LocalDate.of(1995, 1, 1).toEpochDay();
        long to = LocalDate.of(2160, 12, 31).toEpochDay();
        for (int k = 0; k <= MASK; k++) {
            dates[k] = LocalDate.ofEpochDay(from + (long) (random.nextDouble() * (to - from)));
            farDates[k] = dates[k].plusYears(30).plusDays(random.nextInt(365));
        }
        jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
    }

    private LocalDate next() {
        return dates[i++ & MASK];
    }

    /** The floor: reading the date. */
    @Benchmark
    public long baselineToEpochDay() {
        return next().toEpochDay();
    }

    /** The floor for a result date: reading the date and producing another (java.time's own plusDays). */
    @Benchmark
    public LocalDate baselinePlusDays14() {
        return next().plusDays(14);
    }

    /** qer: is the date an Arbeitstag. */
    @Benchmark
    public boolean qerIsWorkingDay() {
        return qer.isWorkingDay(next());
    }

    /** qer: the 10th working day after the date (R-F1). */
    @Benchmark
    public LocalDate qerPlusWorkingDays10() {
        return qer.plusWorkingDays(next(), 10);
    }

    /** qer: the 64th working day after the date (the largest n of the short path). */
    @Benchmark
    public LocalDate qerPlusWorkingDays64() {
        return qer.plusWorkingDays(next(), 64);
    }

    /** qer: the 100th working day after the date (rank/select path). */
    @Benchmark
    public LocalDate qerPlusWorkingDays100() {
        return qer.plusWorkingDays(next(), 100);
    }

    /** qer: the 8,000th working day after the date (about 32 years): the same cost as 100. */
    @Benchmark
    public LocalDate qerPlusWorkingDays8000() {
        return qer.plusWorkingDays(next(), 8000);
    }

    /** qer: working days in a two-week span. */
    @Benchmark
    public int qerWorkingDaysBetween14Days() {
        LocalDate d = next();
        return qer.workingDaysBetween(d, d.plusDays(14));
    }

    /** qer: working days in a span of about 30 years. */
    @Benchmark
    public int qerWorkingDaysBetween30Years() {
        int k = i++ & MASK;
        return qer.workingDaysBetween(dates[k], farDates[k]);
    }

    /** Jollyday: is the date a holiday in NRW. */
    @Benchmark
    public boolean jollydayIsHoliday() {
        return jollyday.isHoliday(next(), "nw");
    }

    /** Jollyday-based: is the date a working day (weekday and no holiday). */
    @Benchmark
    public boolean jollydayIsWorkingDay() {
        LocalDate d = next();
        return d.getDayOfWeek().getValue() <= 5 && !jollyday.isHoliday(d, "nw");
    }

    /** Jollyday-based: the 10th working day after the date, as a hand-written loop. */
    @Benchmark
    public LocalDate jollydayPlusWorkingDays10() {
        LocalDate d = next();
        for (int left = 10; left > 0; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !jollyday.isHoliday(d, "nw")) {
                left--;
            }
        }
        return d;
    }

    /** Deriving a calendar with host days (copies the shared statutory bitmap, rebuilds rank/select), in microseconds. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public WorkingDayCalendar qerWithClosureDays() {
        return qer.withClosureDays(List.of());
    }
}
