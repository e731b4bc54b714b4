package de.qer.benchmarks;

import de.qer.core.Deadline;
import de.qer.core.Deadlines;
import de.qer.core.lifecycle.CaseEndReason;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.MemberExit;
import de.qer.core.lifecycle.MemberQuer;
import de.qer.core.lifecycle.QuerStatus;
import de.qer.core.model.Antrag;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.GstCode;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import de.qer.core.model.StaffId;
import de.qer.core.oversight.Controlling;
import de.qer.core.oversight.ControllingReport;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
 * Controlling (R-L6) at Germany's scale: a year's report over 3 million BGs with 5.5 million members at
 * 300 GSTs with 10 IFKs each. The states are built directly in the setup (driving the decider 3 million
 * times would only slow the setup): approvals spread over 2026, 92 % of the cases with an IFK, 3 % ended;
 * the Hauptantragsteller's QuEr (R-F1) held in time, late or not yet, the other members not relevant,
 * waiting for the import, blocked by ALG, or with an R-F2 QuEr, a few of them dropped out.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g"}) // the states take about 5 GB; with 6 GB the collector runs all the time
public class ControllingBenchmark {

    static final int BGS = 3_000_000;
    static final int GSTS = 300;
    static final int IFKS_PER_GST = 10;
    static final LocalDate TODAY = LocalDate.of(2026, 12, 15);

    private List<CaseState> states;
    private Controlling controlling;
    private long quer;

    /** Builds the states once. */
    @Setup(Level.Trial)
    public void setUp() {
        Deadlines deadlines = Deadlines.standard();
        SplittableRandom r = new SplittableRandom(2026);
        GstCode[] gsts = new GstCode[GSTS];
        StaffId[][] ifks = new StaffId[GSTS][IFKS_PER_GST];
        for (int g = 0; g < GSTS; g++) {
            gsts[g] = GstCode.of(String.format("%03d", g + 1));
            for (int i = 0; i < IFKS_PER_GST; i++) {
                ifks[g][i] = StaffId.of("ifk" + gsts[g].value() + "-" + i);
            }
        }
        int[] sizes = {1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5}; // ~1.8 members per BG
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 12, 1); d.isBefore(TODAY); d = d.plusDays(1)) {
            if (deadlines.calendar().isWorkingDay(d)) {
                days.add(d);
            }
        }
        states = new ArrayList<>(BGS);
        for (int b = 0; b < BGS; b++) {
            int g = r.nextInt(GSTS);
            LocalDate approval = days.get(r.nextInt(days.size()));
            int size = sizes[r.nextInt(sizes.length)];
            List<Mitglied> people = new ArrayList<>(size);
            SortedMap<PersonId, MemberQuer> members = TreeMap.empty();
            for (int k = 0; k < size; k++) {
                PersonId id = PersonId.of("p" + b + "-" + k);
                people.add(Mitglied.builder().id(id).geburtsdatum(k == 0 ? approval.minusDays(6570 + r.nextInt(16000))
                        : approval.minusDays(r.nextInt(8000))).build());
                QuerStatus st = status(r, deadlines, approval, k == 0);
                MemberQuer m = k > 0 && r.nextInt(50) == 0 // R-L4: a member drops out
                        ? new MemberQuer(id, st, Optional.empty(), io.vavr.collection.List.empty(), Optional.empty(), Optional.empty(),
                                Optional.empty(), io.vavr.collection.List.empty(),
                                Optional.of(new MemberExit(approval.plusDays(r.nextInt(40)), MemberExit.Reason.LEFT_BG)))
                        : MemberQuer.of(id, st);
                members = members.put(id, m);
            }
            Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of("BG" + b)).haushaltsvorstand(people.get(0).id())
                    .mitglieder(people).build();
            Antrag antrag = Antrag.builder().gst(gsts[g]).antragsdatum(approval.minusDays(7)).bedarfsgemeinschaft(bg)
                    .ausgehaendigt(EnumSet.allOf(EzAushaendigung.class)).build();
            CaseState.NachBewilligung s = r.nextInt(100) < 92
                    ? new CaseState.InBetreuung(antrag, approval, bg, members, Optional.empty(), ifks[g][r.nextInt(IFKS_PER_GST)],
                            io.vavr.collection.List.empty(), gsts[g])
                    : new CaseState.Bewilligt(antrag, approval, bg, members, Optional.empty(), io.vavr.collection.List.empty());
            states.add(r.nextInt(100) < 3 ? new CaseState.Beendet(s, approval.plusDays(r.nextInt(60)), CaseEndReason.RECEIPT_ENDED) : s);
        }
        controlling = Controlling.of(deadlines);
        quer = controlling.report(states, YearMonth.of(2026, 1), YearMonth.of(2026, 12), TODAY).total().due();
        if (quer < BGS / 2) {
            throw new IllegalStateException("only " + quer + " QuEr due");
        }
    }

    private static QuerStatus status(SplittableRandom r, Deadlines deadlines, LocalDate approval, boolean applicant) {
        int x = r.nextInt(100);
        Deadline frist;
        if (applicant) {
            frist = deadlines.applicantDeadline(approval);
        } else if (x < 40) {
            return new QuerStatus.NichtRelevant(QuerStatus.Grund.UNTER_MINDESTALTER);
        } else if (x < 45) {
            return new QuerStatus.WartetAufImport();
        } else if (x < 50) {
            return new QuerStatus.GesperrtAlg();
        } else {
            frist = deadlines.importDeadline(YearMonth.from(approval));
        }
        int y = r.nextInt(100);
        if (y < 75) {
            return new QuerStatus.Durchgefuehrt(deadlines.calendar().plusWorkingDays(frist.due(), -r.nextInt(8)), Optional.of(frist));
        }
        if (y < 88) {
            LocalDate late = deadlines.calendar().plusWorkingDays(frist.due(), 1 + r.nextInt(20));
            if (late.isBefore(TODAY)) {
                return new QuerStatus.Durchgefuehrt(late, Optional.of(frist));
            }
        }
        return new QuerStatus.Faellig(frist);
    }

    /** A year's controlling report over all cases. */
    @Benchmark
    public ControllingReport yearlyReport() {
        return controlling.report(states, YearMonth.of(2026, 1), YearMonth.of(2026, 12), TODAY);
    }
}
