package de.qer.core.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Fixtures;
import de.qer.core.QerContext;
import de.qer.core.QuerPolicy;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * R-F2 under a policy that changes by date: the review of an import month uses the policy in force at
 * the end of that month, and its findings come sorted by case and member, whatever the order of the cases.
 */
class ImportCheckByPolicyTest {

    private static final LocalDate REFORM = LocalDate.of(2027, 1, 1);
    private static final QerContext CONTEXT = QerContext.of(WorkingDayCalendar.nrw()).withPolicyFrom(REFORM,
            QuerPolicy.builder().from(QuerPolicy.standard()).importDueWorkingDays(5).build());

    /** The Hauptantragsteller and a child born on the given day. */
    private static Bedarfsgemeinschaft family(String id, String child, LocalDate birth) {
        Mitglied kid = Mitglied.builder().id(PersonId.of(child)).geburtsdatum(birth).build();
        return Bedarfsgemeinschaft.builder().id(CaseId.of(id)).haushaltsvorstand(Fixtures.HA).addMitglieder(Fixtures.ha(), kid).build();
    }

    @Test
    void rF2_aChildTurning15_isDueWithinTheWorkingDaysOfThePolicyOfItsImportMonth() {
        ImportCheck check = ImportCheck.of(CONTEXT);
        // turns 15 on 5 Dec 2026: December is reviewed under the standard policy, the first 10 AT of January
        Bedarfsgemeinschaft dec = family("BG-D", "k1", LocalDate.of(2011, 12, 5));
        Mitglied k1 = dec.mitglied(PersonId.of("k1")).orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 15), check.classify(dec, k1, YearMonth.of(2026, 12)).orElseThrow().deadline().due());
        // turns 15 on 20 Jan 2027: January is reviewed under the new policy, the first 5 AT of February
        Bedarfsgemeinschaft jan = family("BG-J", "k2", LocalDate.of(2012, 1, 20));
        Mitglied k2 = jan.mitglied(PersonId.of("k2")).orElseThrow();
        ImportFinding f = check.classify(jan, k2, YearMonth.of(2027, 1)).orElseThrow();
        assertEquals(ImportFinding.Reason.VOLLENDET_15, f.reason());
        assertEquals(LocalDate.of(2027, 2, 5), f.deadline().due());
    }

    @Test
    void rF2_theFindingsOnCases_followThePolicyOfTheMonth_sortedByCase() {
        // the cases come in the order B, A; each has a child who turns 15 in January 2027
        CaseState.NachBewilligung b = (CaseState.NachBewilligung) Fixtures.assigned(family("BG-B", "kb", LocalDate.of(2012, 1, 9))).state;
        CaseState.NachBewilligung a = (CaseState.NachBewilligung) Fixtures.assigned(family("BG-A", "ka", LocalDate.of(2012, 1, 25))).state;
        List<ImportFinding> findings = ImportCheck.of(CONTEXT).runOnCases(List.of(b, a), YearMonth.of(2027, 1));
        assertEquals(List.of("BG-A/ka", "BG-B/kb"), findings.stream().map(x -> x.caseId().value() + "/" + x.member().value()).toList());
        findings.forEach(x -> {
            assertEquals(ImportFinding.Reason.VOLLENDET_15, x.reason());
            assertEquals(LocalDate.of(2027, 2, 5), x.deadline().due());
        });
    }
}
