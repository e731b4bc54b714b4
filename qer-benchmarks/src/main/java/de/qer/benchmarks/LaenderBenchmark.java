package de.qer.benchmarks;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.qer.calendar.Bundesland;
import de.qer.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The calendars of several Länder side by side with Jollyday for the same Land (its hierarchy codes
 * "nw", "by", "be" under {@code HolidayCalendar.GERMANY}), on the same 1,024 random dates (1995–2160)
 * as {@link CalendarBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LaenderBenchmark {

    private static final int MASK = 1023;

    /** The Land, by its ISO 3166-2 code without "DE-". */
    @Param({"NW", "BY", "BE"})
    public String land;

    private final LocalDate[] dates = new LocalDate[MASK + 1];
    private WorkingDayCalendar qer;
    private HolidayManager jollyday;
    private String jollydayCode;
    private int i;

    /** Creates the dates, the Land's calendar and Jollyday's manager. */
    @Setup
    public void setUp() {
        Random random = new Random(42);
        long from = LocalDate.of(1995, 1, 1).toEpochDay();
        long to = LocalDate.of(2160, 12, 31).toEpochDay();
        for (int k = 0; k <= MASK; k++) {
            dates[k] = LocalDate.ofEpochDay(from + (long) (random.nextDouble() * (to - from)));
        }
        qer = WorkingDayCalendar.of(Bundesland.valueOf(land));
        jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
        jollydayCode = land.toLowerCase(Locale.ROOT);
    }

    private LocalDate next() {
        return dates[i++ & MASK];
    }

    /** qer: is the date an Arbeitstag in the Land. */
    @Benchmark
    public boolean qerIsWorkingDay() {
        return qer.isWorkingDay(next());
    }

    /** qer: the 10th working day after the date in the Land (R-F1). */
    @Benchmark
    public LocalDate qerPlusWorkingDays10() {
        return qer.plusWorkingDays(next(), 10);
    }

    /** Jollyday-based: is the date a working day in the Land (weekday and no holiday). */
    @Benchmark
    public boolean jollydayIsWorkingDay() {
        LocalDate d = next();
        return d.getDayOfWeek().getValue() <= 5 && !jollyday.isHoliday(d, jollydayCode);
    }

    /** Jollyday-based: the 10th working day after the date in the Land, as a hand-written loop. */
    @Benchmark
    public LocalDate jollydayPlusWorkingDays10() {
        LocalDate d = next();
        for (int left = 10; left > 0; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !jollyday.isHoliday(d, jollydayCode)) {
                left--;
            }
        }
        return d;
    }
}
