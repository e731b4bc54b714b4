package de.qer.core;

import static de.qer.core.Fixtures.ANTRAG;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.F_IFK;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.LG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.calendar.Bundesland;
import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.oversight.ImportCheck;
import de.qer.core.oversight.Oversight;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * R-K1, R-K4 (a dated change of the policy) and R-F1: one context holds the calendar and the policies by
 * date; the decider decides each command under the policy of its business date.
 */
class QerContextTest {

    private static final QuerPolicy REFORM = ImmutableQuerPolicy.copyOf(QuerPolicy.standard()).withQuerDueWorkingDays(5)
            .withKpSignatureAllowed(true);
    private static final LocalDate REFORM_FROM = LocalDate.of(2027, 1, 1);
    private static final QerContext CTX = QerContext.of(WorkingDayCalendar.nrw()).withPolicyFrom(REFORM_FROM, REFORM);

    private static LocalDate dueAfterApprovalOn(LocalDate approval) {
        QuerDecider decider = QuerDecider.of(CTX, Fixtures.staffing());
        CaseState s = QuerDecider.initialState();
        for (Command c : List.of(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgAllein())),
                new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()), new Command.ReleaseApproval(LG, approval, "LMG-1"))) {
            s = decider.handle(s, c).get().state();
        }
        return ((CaseState.NachBewilligung) s).members().get(HA).get().status().findDeadline().orElseThrow().due();
    }

    @Test
    void rF1_eachCommandIsDecidedUnderThePolicyOfItsDate() {
        WorkingDayCalendar nrw = WorkingDayCalendar.nrw();
        assertEquals(nrw.plusWorkingDays(LocalDate.of(2026, 12, 30), 10), dueAfterApprovalOn(LocalDate.of(2026, 12, 30)));
        assertEquals(nrw.plusWorkingDays(LocalDate.of(2027, 1, 4), 5), dueAfterApprovalOn(LocalDate.of(2027, 1, 4)));
    }

    @Test
    void rK1_thePolicyInForceOnADate() {
        assertEquals(false, CTX.deadlinesOn(REFORM_FROM.minusDays(1)).policy().kpSignatureAllowed());
        assertEquals(true, CTX.deadlinesOn(REFORM_FROM).policy().kpSignatureAllowed());
        assertSame(CTX.deadlinesOn(LocalDate.of(2027, 3, 1)), CTX.deadlinesOn(LocalDate.of(2030, 3, 1)));
        assertEquals(2, CTX.allDeadlines().size());
        assertEquals(1, QerContext.standard().allDeadlines().size());
    }

    @Test
    void theContextsCalendarServesEveryPart() {
        QerContext bavaria = QerContext.of(WorkingDayCalendar.of(Bundesland.BY));
        assertSame(bavaria.calendar(), bavaria.deadlinesOn(ANTRAG).calendar());
        // 6 January is a holiday in Bavaria: the import deadline of December moves
        assertEquals(WorkingDayCalendar.of(Bundesland.BY).nthWorkingDayOfMonth(YearMonth.of(2027, 1), 10),
                bavaria.deadlinesOn(LocalDate.of(2026, 12, 31)).importDeadline(YearMonth.of(2026, 12)).due());
        assertTrue(Oversight.of(bavaria).morningList(List.of(), ANTRAG, 3).items().isEmpty());
        // the import check of a month under the policy in force on its last day
        assertEquals(ImportCheck.of(CTX.deadlinesOn(LocalDate.of(2027, 1, 31))).run(List.of(Fixtures.bgFamilie()), YearMonth.of(2027, 1)),
                ImportCheck.of(CTX).run(List.of(Fixtures.bgFamilie()), YearMonth.of(2027, 1)));
    }
}
