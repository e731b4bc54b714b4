package de.qer.core.lifecycle;

import static de.qer.core.Fixtures.BI;
import static de.qer.core.Fixtures.BEWILLIGUNG;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.IFK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Deadlines;
import de.qer.core.Fixtures.Run;
import de.qer.core.oversight.DueItem;
import de.qer.core.oversight.Oversight;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * R-E2 as laws, whichever source tells the last day X of ALG receipt (the application, the monthly import,
 * {@code EndAlg}): an appointment is accepted exactly when its day is after X; the due date is always 10 AT
 * after X; the person is on the morning list only after X.
 */
class AlgEndPropertiesTest {

    private static final WorkingDayCalendar NRW = WorkingDayCalendar.nrw();
    private static final LocalDate ASSIGNED = BEWILLIGUNG.plusDays(3);

    /** 0: the application knows X; 1: the import of X's month (or of the approval month) tells it; 2: EndAlg tells it. */
    private static Run caseWithAlgEnd(int source, LocalDate x) {
        if (source == 0) {
            return AlgEndScenarioTest.assigned(AlgEndScenarioTest.aufstocker(Optional.of(x)));
        }
        Run run = AlgEndScenarioTest.assigned(AlgEndScenarioTest.aufstocker(Optional.empty()));
        if (source == 1) {
            YearMonth month = YearMonth.from(x).isBefore(YearMonth.from(BEWILLIGUNG)) ? YearMonth.from(BEWILLIGUNG) : YearMonth.from(x);
            return run.ok(new Command.ImportMembers(BI, month.atEndOfMonth(), month,
                    List.of(AlgEndScenarioTest.aufstocker(Optional.of(x)))));
        }
        return run.ok(new Command.EndAlg(IFK, ASSIGNED, HA, x));
    }

    @Test
    void rE2_anAppointmentIsAcceptedExactlyAfterTheEndOfAlg_andIsDue10WorkingDaysLater() {
        qt().withExamples(400).forAll(integers().between(0, 2), integers().between(0, 400), integers().between(0, 450))
                .checkAssert((source, xOffset, dayOffset) -> {
                    LocalDate x = BEWILLIGUNG.plusDays(xOffset);
                    LocalDate day = ASSIGNED.plusDays(dayOffset);
                    Run run = caseWithAlgEnd(source, x);
                    QuerStatus status = AlgEndScenarioTest.status(run);
                    assertEquals(NRW.plusWorkingDays(x, 10), status.findDeadline().orElseThrow().due(), status::toString);
                    assertEquals("R-E2", status.findDeadline().orElseThrow().rule());
                    boolean accepted = run.decider.decide(run.state,
                            new Command.ScheduleQuerAppointment(IFK, day, HA, day)).isRight();
                    assertEquals(day.isAfter(x), accepted, () -> "X=" + x + " day=" + day + " source=" + source);
                    boolean recorded = run.decider.decide(run.state,
                            new Command.RecordQuer(IFK, day, HA, de.qer.core.Fixtures.vollstaendig())).isRight();
                    assertEquals(day.isAfter(x), recorded, () -> "X=" + x + " day=" + day + " source=" + source);
                });
    }

    @Test
    void rE2_theMorningListShowsThePersonOnlyAfterTheEndOfAlg() {
        Oversight oversight = Oversight.of(Deadlines.standard());
        qt().withExamples(300).forAll(integers().between(0, 2), integers().between(0, 200), integers().between(0, 250))
                .checkAssert((source, xOffset, dayOffset) -> {
                    LocalDate x = BEWILLIGUNG.plusDays(xOffset);
                    LocalDate today = ASSIGNED.plusDays(dayOffset);
                    Run run = caseWithAlgEnd(source, x);
                    LocalDate due = NRW.plusWorkingDays(x, 10);
                    boolean listed = oversight.morningList(List.of(run.state), today, 15).items().stream()
                            .map(DueItem::member).anyMatch(HA::equals);
                    boolean expected = today.isAfter(x) && !due.isAfter(NRW.plusWorkingDays(today, 15));
                    assertEquals(expected, listed, () -> "X=" + x + " today=" + today + " source=" + source);
                });
    }
}
