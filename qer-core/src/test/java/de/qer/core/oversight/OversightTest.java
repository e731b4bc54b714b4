package de.qer.core.oversight;

import de.qer.core.model.Zustaendigkeit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Deadlines;
import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** R-F5: the morning list is derived from a given date; nothing reads a clock. */
class OversightTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Bedarfsgemeinschaft single(String id) {
        Mitglied m = Mitglied.builder().id(PersonId.of("p-" + id)).geburtsdatum(d("1980-01-01")).build();
        return Bedarfsgemeinschaft.builder().id(CaseId.of(id)).haushaltsvorstand(m.id()).addMitglieder(m).build();
    }

    /** NachBewilligung on the given day; assigned to the IFK if asked. */
    private static CaseState approved(String id, LocalDate approval, boolean assign) {
        Run run = new Run(Fixtures.decider())
                .ok(new Command.TakeApplication(Fixtures.EZ, Fixtures.ANTRAG, Fixtures.antrag(single(id))))
                .ok(new Command.ParkOnVm(Fixtures.F_IFK, Fixtures.ANTRAG, Fixtures.eintraege()))
                .ok(new Command.ReleaseApproval(Fixtures.LG, approval, "LMG"));
        if (assign) {
            run.ok(new Command.AssignIfk(Fixtures.BI, approval, Fixtures.IFK));
        }
        return run.state;
    }

    @Test
    void rF5_dueTodaySoonAndOverdue_perIfkSortedByDueDate() {
        // R-F1 due dates: 13 Nov -> 27 Nov; 16 Nov -> 30 Nov; 6 Nov -> 20 Nov; 20 Nov -> 4 Dec
        List<CaseState> cases = List.of(
                approved("BG-A", d("2026-11-13"), true),
                approved("BG-B", d("2026-11-16"), false),
                approved("BG-C", d("2026-11-06"), true),
                approved("BG-D", d("2026-11-20"), true));
        OversightReport r = Oversight.of(Deadlines.standard()).morningList(cases, d("2026-11-27"), 1);
        assertEquals(List.of("BG-C", "BG-A", "BG-B"), r.items().stream().map(i -> i.caseId().value()).toList());
        assertEquals(List.of(DueCategory.OVERDUE, DueCategory.DUE_TODAY, DueCategory.DUE_SOON),
                r.items().stream().map(DueItem::category).toList());
        assertEquals(List.of("QuEr.03, VM", "ifk03a"), List.copyOf(r.byZustaendigkeit().keySet().stream().map(Zustaendigkeit::code).toList()));
        assertEquals(3, r.byGst().get(Fixtures.GST).size());
        assertEquals(1, r.items(DueCategory.OVERDUE).size());
        DueItem today = r.items(DueCategory.DUE_TODAY).get(0);
        assertEquals(10, today.explanation().countedDays().size());
        assertEquals(d("2026-11-27"), today.explanation().result());
        // a later morning: everything shifts, derived from the given date only
        OversightReport later = Oversight.of(Deadlines.standard()).morningList(cases, d("2026-12-07"), 0);
        assertEquals(4, later.items(DueCategory.OVERDUE).size());
        String text = r.format(Locale.GERMAN);
        assertTrue(text.contains("überfällig") && text.contains("heute fällig") && text.contains("bald fällig"), text);
        assertThrows(IllegalArgumentException.class, () -> Oversight.of(Deadlines.standard()).morningList(cases, d("2026-11-27"), -1));
    }
}
