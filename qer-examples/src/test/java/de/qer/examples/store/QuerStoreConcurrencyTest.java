package de.qer.examples.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Deadlines;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Decision;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.lifecycle.Rejection;
import de.qer.core.model.Antrag;
import de.qer.core.model.Arbeitsuche;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.FIfkDesignation;
import de.qer.core.model.GstCode;
import de.qer.core.model.Kundenstatus;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import de.qer.core.model.Role;
import de.qer.core.model.Staff;
import de.qer.core.model.StaffId;
import de.qer.core.model.Staffing;
import de.qer.core.model.StatistikEintraege;
import de.qer.examples.QerEventCodec;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reliability check with qer itself: 8 threads send 10,000 conflicting commands of the QuEr
 * lifecycle to the same 100 cases, through {@link CommandHandler}, qer's {@link QuerDecider} and the JSON
 * contract ({@link QerEventCodec}) into the real PostgreSQL. No event is lost or duplicated, no case has
 * a gap in its sequence, the stored JSON reads back to exactly the accepted events, and every case
 * replays to the state its accepted commands led to ({@link ConcurrencyHarness} checks all of that).
 */
@ExtendWith(SharedDatabase.class)
class QuerStoreConcurrencyTest {

    private static final GstCode GST = GstCode.of("03");
    private static final StaffId EZ = StaffId.of("ez03");
    private static final StaffId F_IFK = StaffId.of("ifk03b");
    private static final List<StaffId> IFKS = List.of(StaffId.of("ifk03a"), StaffId.of("ifk03b"));
    private static final StaffId LG = StaffId.of("lg03");
    private static final StaffId BI = StaffId.of("bi03");
    private static final PersonId HA = PersonId.of("p1");
    private static final LocalDate ANTRAG = LocalDate.of(2026, 11, 2);
    private static final LocalDate BEWILLIGUNG = LocalDate.of(2026, 11, 13);

    private static Staffing staffing() {
        List<FIfkDesignation> plan = new ArrayList<>();
        for (LocalDate d = ANTRAG.minusDays(7); d.isBefore(ANTRAG.plusDays(120)); d = d.plusDays(1)) {
            plan.add(new FIfkDesignation(GST, "BI-Team 1", d, F_IFK));
        }
        return Staffing.of(List.of(Staff.of("ez03", "03", Role.EZ), Staff.of("ifk03a", "03", Role.IFK),
                Staff.of("ifk03b", "03", Role.IFK), Staff.of("lg03", "03", Role.EXPERTE_LG),
                Staff.of("bi03", "03", Role.EXPERTE_BI)), plan);
    }

    private static Antrag antrag() {
        Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of("BG-1")).haushaltsvorstand(HA)
                .addMitglieder(Mitglied.builder().id(HA).geburtsdatum(LocalDate.of(1986, 5, 12)).build(),
                        Mitglied.builder().id(PersonId.of("p2")).geburtsdatum(LocalDate.of(1988, 3, 3)).build())
                .build();
        return Antrag.builder().gst(GST).antragsdatum(ANTRAG).bedarfsgemeinschaft(bg)
                .ausgehaendigt(EnumSet.allOf(EzAushaendigung.class)).lgTermin(ANTRAG.plusDays(3)).build();
    }

    /**
     * A command of the lifecycle, chosen without looking at the case: the early steps succeed once and
     * are refused afterwards, the later ones succeed or fail by who sends them and when (R-B4, R-F1),
     * and a rare withdrawal ends a case (R-B1).
     */
    private static Command command(SplittableRandom r, Antrag antrag, StatistikEintraege eintraege) {
        StaffId ifk = IFKS.get(r.nextInt(IFKS.size()));
        LocalDate later = BEWILLIGUNG.plusDays(1 + r.nextInt(20));
        PersonId member = r.nextBoolean() ? HA : PersonId.of("p2");
        int pick = r.nextInt(100);
        if (pick < 8) {
            return new Command.TakeApplication(EZ, ANTRAG, antrag);
        } else if (pick < 16) {
            return new Command.ParkOnVm(F_IFK, ANTRAG.plusDays(r.nextInt(3)), eintraege);
        } else if (pick < 24) {
            return new Command.RequestActiveSupport(EZ, ANTRAG.plusDays(1 + r.nextInt(5)), member, ifk, "Anliegen");
        } else if (pick < 32) {
            return new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-" + r.nextInt(1000));
        } else if (pick < 50) {
            return new Command.AssignIfk(BI, later, ifk);
        } else if (pick < 99) {
            return new Command.ScheduleQuerAppointment(ifk, later, member, later.plusDays(r.nextInt(10)));
        }
        return new Command.WithdrawApplication(EZ, ANTRAG.plusDays(1 + r.nextInt(5)));
    }

    @Test
    void conflictingQuerCommandsThroughTheJsonContract_loseNoEvent(EmbeddedDatabase db) throws Exception {
        QuerDecider decider = QuerDecider.of(Deadlines.standard(), staffing());
        CaseLogic<CaseState, Command, Event, Rejection> logic = CaseLogic.of(QuerDecider::initialState, decider::evolve,
                (state, command) -> decider.decide(state, command).map(Decision::events));
        EventStore store = EventStore.create(db.dataSource(), Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC));
        String prefix = SharedDatabase.prefix("quer-concurrency");
        List<String> cases = IntStream.range(0, 100).mapToObj(i -> prefix + i).toList();
        Antrag antrag = antrag();
        StatistikEintraege eintraege = StatistikEintraege.builder().kundenstatus(Kundenstatus.ANTRAG).vermittlungsprofilAb(ANTRAG)
                .arbeitsuche(Arbeitsuche.ASU).arbeitsucheAb(ANTRAG).arbeitslosAb(ANTRAG).build();

        ConcurrencyHarness.Report report = new ConcurrencyHarness<>(store, QerEventCodec.INSTANCE, logic, 50)
                .run(cases, 8, 10_000, 20261201L, (random, caseId) -> command(random, antrag, eintraege));

        System.out.println("[QuerStoreConcurrencyTest] " + report);
        assertEquals(10_000, report.accepted() + report.rejected() + report.gaveUp());
        assertEquals(0, report.gaveUp(), report::toString);
        assertTrue(report.conflicts() > 0, "no append conflicted: the test did not exercise the retries");
        assertTrue(report.accepted() > 1_000 && report.rejected() > 1_000, report::toString);
        assertEquals(report.events(), cases.stream().mapToLong(store::lastSequence).sum());
        long approved = cases.stream().map(c -> new CommandHandler<>(store, QerEventCodec.INSTANCE, logic, 1).replay(c).state())
                .filter(s -> s instanceof CaseState.NachBewilligung).count();
        assertTrue(approved > 50, "most cases must get through the approval: " + approved);
    }
}
