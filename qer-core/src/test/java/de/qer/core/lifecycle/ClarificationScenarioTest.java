package de.qer.core.lifecycle;

import static de.qer.core.Fixtures.ANTRAG;
import static de.qer.core.Fixtures.BEWILLIGUNG;
import static de.qer.core.Fixtures.BI;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.F_IFK;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.IFK;
import static de.qer.core.Fixtures.LG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Deadlines;
import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.model.StaffId;
import de.qer.core.oversight.DueCategory;
import de.qer.core.oversight.DueItem;
import de.qer.core.oversight.Oversight;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * R-F4: an early request for active support names the responsible IFK, stays open through the approval
 * and the assignment until an IFK of the GST records its clarification, and is on the morning list.
 */
class ClarificationScenarioTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 6);
    private static final StaffId OTHER_IFK_OF_GST = F_IFK;

    private static Run requested() {
        return new Run(Fixtures.decider())
                .ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgFamilie())))
                .ok(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()))
                // Friday: travel costs for a job interview from the VB (§ 44 SGB III); the host names the IFK
                .ok(new Command.RequestActiveSupport(EZ, FRIDAY, HA, IFK, "Fahrkosten Vorstellungsgespräch (VB)"));
    }

    private static List<DueItem> morning(Run run, LocalDate today) {
        return Oversight.of(Deadlines.standard()).morningList(List.of(run.state), today, 3).items();
    }

    @Test
    void rF4_theTaskNamesTheResponsibleIfk_andIsDueIn3WorkingDays() {
        Run run = requested();
        ClarificationTask task = run.state.requests().get(0);
        assertEquals(1, task.nr());
        assertEquals(IFK, task.ifk());
        assertEquals(LocalDate.of(2026, 11, 11), task.deadline().due()); // Mon, Tue, Wed
        assertEquals("R-F4", task.deadline().rule());
        assertTrue(task.isOpen());
        DueItem item = morning(run, LocalDate.of(2026, 11, 11)).get(0);
        assertEquals("R-F4", item.deadline().rule());
        assertEquals(IFK.value(), item.zustaendigkeit().code());
        assertEquals(DueCategory.DUE_TODAY, item.category());
    }

    @Test
    void rF4_theNamedPersonMustBeAnIfkOfTheGst() {
        Run run = new Run(Fixtures.decider())
                .ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgFamilie())));
        for (StaffId notAnIfk : List.of(EZ, LG, StaffId.of("ifk05"), StaffId.of("nobody"))) {
            Rejection r = run.rejected(new Command.RequestActiveSupport(EZ, FRIDAY, HA, notAnIfk, "Fahrkosten"));
            assertEquals(Set.of("R-F4"), r.rules(), notAnIfk::toString);
            assertEquals("ifk", r.problems().get(0).field());
        }
    }

    @Test
    void rF4_theTaskSurvivesApprovalAndAssignment_andIsOverdueUntilSettled() {
        Run run = requested()
                .ok(new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-1"))
                .ok(new Command.AssignIfk(BI, BEWILLIGUNG.plusDays(3), IFK));
        assertEquals(1, run.state.openRequests().size());
        assertTrue(morning(run, BEWILLIGUNG.plusDays(3)).stream()
                .anyMatch(i -> i.deadline().rule().equals("R-F4") && i.category() == DueCategory.OVERDUE));
        // any IFK of the GST may hold the appointment, not only the one informed
        run.ok(new Command.RecordClarification(OTHER_IFK_OF_GST, LocalDate.of(2026, 11, 17), 1,
                ClarificationOutcome.GRANTED, Optional.of("Fahrkosten übernommen")));
        ClarificationTask settled = run.state.requests().get(0);
        assertFalse(settled.isOpen());
        assertEquals(OTHER_IFK_OF_GST, settled.clarification().orElseThrow().heldBy());
        assertEquals(ClarificationOutcome.GRANTED, settled.clarification().orElseThrow().outcome());
        assertTrue(run.state.openRequests().isEmpty());
        assertTrue(morning(run, LocalDate.of(2026, 11, 17)).stream().noneMatch(i -> i.deadline().rule().equals("R-F4")));
        Event.ClarificationRecorded e = (Event.ClarificationRecorded) run.events.get(run.events.size() - 1);
        assertEquals("R-F4", e.rule());
        assertEquals(HA, e.member());
    }

    @Test
    void rF4_onlyAnIfkOfTheGstRecordsTheClarification_once_andNotBeforeTheRequest() {
        Run run = requested();
        for (StaffId notAnIfk : List.of(EZ, LG, BI)) {
            Rejection r = run.rejected(new Command.RecordClarification(notAnIfk, LocalDate.of(2026, 11, 9), 1,
                    ClarificationOutcome.REFUSED, Optional.empty()));
            assertEquals(Set.of("R-F4"), r.rules(), notAnIfk::toString);
        }
        assertTrue(run.rejected(new Command.RecordClarification(StaffId.of("ifk05"), LocalDate.of(2026, 11, 9), 1,
                ClarificationOutcome.REFUSED, Optional.empty())).rules().contains("R-F4"));
        assertEquals(Set.of("R-F4"), run.rejected(new Command.RecordClarification(IFK, LocalDate.of(2026, 11, 9), 2,
                ClarificationOutcome.REFUSED, Optional.empty())).rules());
        assertEquals(Set.of("R-F4"), run.rejected(new Command.RecordClarification(IFK, LocalDate.of(2026, 11, 5), 1,
                ClarificationOutcome.REFUSED, Optional.empty())).rules());
        run.ok(new Command.RecordClarification(IFK, LocalDate.of(2026, 11, 9), 1, ClarificationOutcome.AFTER_APPROVAL,
                Optional.empty()));
        assertEquals(Set.of("R-F4"), run.rejected(new Command.RecordClarification(IFK, LocalDate.of(2026, 11, 10), 1,
                ClarificationOutcome.GRANTED, Optional.empty())).rules());
    }
}
