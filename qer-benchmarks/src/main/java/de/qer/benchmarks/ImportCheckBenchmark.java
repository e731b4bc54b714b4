package de.qer.benchmarks;

import de.qer.core.Deadlines;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import de.qer.core.oversight.ImportCheck;
import de.qer.core.oversight.ImportFinding;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The monthly import check at Germany's scale: 3 million BGs with 5.5 million members, generated in
 * the benchmark (ages, children turning 15, new members, ALG that ended).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ImportCheckBenchmark {

    static final int BGS = 3_000_000;
    static final int MEMBERS = 5_500_000;
    static final YearMonth MONTH = YearMonth.of(2026, 12);

    private List<Bedarfsgemeinschaft> bgs;
    private ImportCheck check;

    /** Generates the BGs once: 1.6 M singles, 0.7 M of 2, 0.4 M of 3, 0.2 M of 4, 0.1 M of 5 = 5.5 M members. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(2026);
        int[] sizes = new int[BGS];
        int[][] counts = {{1, 1_600_000}, {2, 700_000}, {3, 400_000}, {4, 200_000}, {5, 100_000}};
        int n = 0;
        for (int[] c : counts) {
            for (int k = 0; k < c[1]; k++) {
                sizes[n++] = c[0];
            }
        }
        for (int k = sizes.length - 1; k > 0; k--) {
            int j = r.nextInt(k + 1);
            int t = sizes[k];
            sizes[k] = sizes[j];
            sizes[j] = t;
        }
        bgs = new ArrayList<>(BGS);
        LocalDate base = MONTH.atDay(1);
        long members = 0;
        for (int b = 0; b < BGS; b++) {
            List<Mitglied> list = new ArrayList<>(sizes[b]);
            for (int k = 0; k < sizes[b]; k++) {
                var m = Mitglied.builder().id(PersonId.of("p" + b + "-" + k))
                        .geburtsdatum(k == 0 ? base.minusDays(6570 + r.nextInt(16000)) : base.minusDays(r.nextInt(8000)));
                double x = r.nextDouble();
                if (x < 0.02) {
                    m.mitgliedSeit(MONTH.atDay(1 + r.nextInt(28)));
                } else if (x < 0.03) {
                    m.algAnspruch(true).algBezugBis(MONTH.atDay(1 + r.nextInt(28)));
                }
                list.add(m.build());
            }
            members += list.size();
            bgs.add(Bedarfsgemeinschaft.builder().id(CaseId.of("BG" + b)).haushaltsvorstand(list.get(0).id())
                    .mitglieder(list).build());
        }
        if (bgs.size() != BGS || members != MEMBERS) {
            throw new IllegalStateException("generated " + bgs.size() + " BGs with " + members + " members");
        }
        check = ImportCheck.of(Deadlines.standard());
    }

    /** One monthly import check over all BGs. */
    @Benchmark
    public List<ImportFinding> monthlyImportCheck() {
        return check.run(bgs, MONTH);
    }
}
