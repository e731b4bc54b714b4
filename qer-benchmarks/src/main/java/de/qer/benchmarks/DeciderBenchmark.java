package de.qer.benchmarks;

import de.qer.core.Deadlines;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.model.Antrag;
import de.qer.core.model.Arbeitsuche;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.FIfkDesignation;
import de.qer.core.model.GstCode;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.Kundenstatus;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import de.qer.core.model.Role;
import de.qer.core.model.Staff;
import de.qer.core.model.StaffId;
import de.qer.core.model.Staffing;
import de.qer.core.model.StatistikEintraege;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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

/** The state machine: one decide plus evolve, and the replay of a 50-event case. Sample time, so JMH reports the median. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeciderBenchmark {

    private static final GstCode GST = GstCode.of("03");
    private static final StaffId EZ = StaffId.of("ez");
    private static final StaffId IFK = StaffId.of("ifk");
    private static final StaffId LG = StaffId.of("lg");
    private static final StaffId BI = StaffId.of("bi");

    private QuerDecider decider;
    private CaseState assigned;
    private Command recordQuer;
    private List<Event> fiftyEvents;

    /**
     * An assigned case, a command that records its QuEr, and a case history of 50 events with the decider
     * that made them; shared with {@code StoreBenchmark}.
     *
     * @param decider     the decider
     * @param assigned    the case after the IFK's assignment
     * @param recordQuer  an accepted RecordQuer for it
     * @param fiftyEvents 50 events of one case, in order
     */
    record Fixture(QuerDecider decider, CaseState assigned, Command recordQuer, List<Event> fiftyEvents) {
    }

    /** Builds an assigned case and a case history of at least 50 events. */
    @Setup
    public void setUp() {
        Fixture f = fixture();
        decider = f.decider();
        assigned = f.assigned();
        recordQuer = f.recordQuer();
        fiftyEvents = f.fiftyEvents();
    }

    /**
     * Builds the fixture.
     *
     * @return the decider, the assigned case, its RecordQuer and 50 events
     */
    static Fixture fixture() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        List<FIfkDesignation> plan = new ArrayList<>();
        for (LocalDate d = day; d.isBefore(day.plusYears(1)); d = d.plusDays(1)) {
            plan.add(new FIfkDesignation(GST, "T1", d, IFK));
        }
        List<Mitglied> members = new ArrayList<>();
        for (int k = 1; k <= 6; k++) {
            members.add(Mitglied.builder().id(PersonId.of("p" + k)).geburtsdatum(LocalDate.of(1970 + k * 5, k, 10)).build());
        }
        Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of("BG")).haushaltsvorstand(PersonId.of("p1"))
                .mitglieder(members).build();
        Antrag antrag = Antrag.builder().gst(GST).antragsdatum(day).bedarfsgemeinschaft(bg)
                .ausgehaendigt(EnumSet.allOf(EzAushaendigung.class)).lgTermin(day.plusDays(2)).build();
        StatistikEintraege e = StatistikEintraege.builder().kundenstatus(Kundenstatus.ANTRAG).vermittlungsprofilAb(day)
                .arbeitsuche(Arbeitsuche.ASU).arbeitsucheAb(day).arbeitslosAb(day).build();
        QuerDecider decider = QuerDecider.of(Deadlines.standard(), Staffing.of(List.of(new Staff(EZ, GST, EnumSet.of(Role.EZ)),
                new Staff(IFK, GST, EnumSet.of(Role.IFK)), new Staff(LG, GST, EnumSet.of(Role.EXPERTE_LG)),
                new Staff(BI, GST, EnumSet.of(Role.EXPERTE_BI))), plan));
        QuerNachweis complete = QuerNachweis.builder().erfuellt(EnumSet.range(Mindeststandard.FMG_DATEN, Mindeststandard.BERATUNGSVERMERK)).build();
        List<Command> commands = new ArrayList<>(List.of(
                new Command.TakeApplication(EZ, day, antrag),
                new Command.ParkOnVm(IFK, day, e),
                new Command.ReleaseApproval(LG, day.plusDays(10), "LMG"),
                new Command.AssignIfk(BI, day.plusDays(11), IFK)));
        List<Event> events = new ArrayList<>();
        CaseState s = QuerDecider.initialState();
        for (Command c : commands) {
            List<Event> ev = decider.decide(s, c).get().events();
            events.addAll(ev);
            s = decider.evolve(s, ev);
        }
        CaseState assigned = s;
        Command recordQuer = new Command.RecordQuer(IFK, day.plusDays(15), PersonId.of("p1"), complete);
        LocalDate t = day.plusDays(15);
        YearMonth month = YearMonth.of(2026, 11);
        while (events.size() < 50) {
            for (Command c : List.of(
                    new Command.ImportMembers(BI, month.atEndOfMonth(), month, members),
                    new Command.ScheduleQuerAppointment(IFK, t, PersonId.of("p1"), t.plusDays(1)))) {
                var r = decider.decide(s, c);
                if (r.isRight()) {
                    events.addAll(r.get().events());
                    s = decider.evolve(s, r.get().events());
                }
            }
            month = month.plusMonths(1);
            t = t.plusDays(30);
        }
        var rec = decider.decide(s, new Command.RecordQuer(IFK, t, PersonId.of("p1"), complete));
        events.addAll(rec.get().events());
        s = decider.evolve(s, rec.get().events());
        events.addAll(decider.decide(s, new Command.RouteElb(IFK, t, PersonId.of("p1"), Kundensteuerung.VERBLEIB_GST, "GST"))
                .get().events());
        if (!decider.decide(assigned, recordQuer).isRight()) {
            throw new IllegalStateException("benchmark command must be accepted");
        }
        return new Fixture(decider, assigned, recordQuer, List.copyOf(events.subList(0, 50)));
    }

    /** One command: decide plus evolve (R-Q1 RecordQuer with every check). */
    @Benchmark
    public CaseState decideAndEvolve() {
        return decider.evolve(assigned, decider.decide(assigned, recordQuer).get().events());
    }

    /** Replaying a 50-event case from the initial state. */
    @Benchmark
    public CaseState replay50Events() {
        return decider.replay(fiftyEvents);
    }
}
