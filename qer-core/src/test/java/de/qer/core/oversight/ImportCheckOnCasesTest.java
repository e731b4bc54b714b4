package de.qer.core.oversight;

import static de.qer.core.Fixtures.BI;
import static de.qer.core.Fixtures.HA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Deadlines;
import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.Mitglied;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R-E2, R-F2: the import check over cases agrees with what the decider set for each member. */
class ImportCheckOnCasesTest {

    private final ImportCheck check = ImportCheck.of(Deadlines.standard());

    private static Mitglied aufstocker(Optional<LocalDate> last) {
        var b = Mitglied.builder().id(HA).geburtsdatum(LocalDate.of(1980, 2, 2)).algAnspruch(true);
        last.ifPresent(b::algBezugBis);
        return b.build();
    }

    private static Run assigned(Mitglied ha) {
        Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of("BG-A")).haushaltsvorstand(HA).addMitglieder(ha).build();
        return Fixtures.assigned(bg);
    }

    @Test
    void rE2_anAlgEndBeforeTheApproval_isNoFinding_theApplicantsQuerIsDueUnderRF1() {
        // ALG ended on 10 Nov 2026, the approval came on 13 Nov: the applicant's QuEr is due under R-F1
        Run run = assigned(aufstocker(Optional.of(LocalDate.of(2026, 11, 10))));
        CaseState.NachBewilligung s = (CaseState.NachBewilligung) run.state;
        assertEquals("R-F1", s.members().get(HA).get().status().findDeadline().orElseThrow().rule());
        assertEquals(1, check.run(List.of(s.bedarfsgemeinschaft()), YearMonth.of(2026, 11)).size(), "the BG-only check cannot know");
        assertTrue(check.runOnCases(List.of(s), YearMonth.of(2026, 11)).isEmpty());
    }

    @Test
    void rE2_anAlgEndInTheMonthWhileBlocked_isAFinding_dueWhenTheDeciderSaysSo() {
        Run run = assigned(aufstocker(Optional.empty()));
        run.ok(new Command.ImportMembers(BI, LocalDate.of(2026, 12, 30), YearMonth.of(2026, 12),
                List.of(aufstocker(Optional.of(LocalDate.of(2026, 12, 15))))));
        CaseState.NachBewilligung s = (CaseState.NachBewilligung) run.state;
        List<ImportFinding> findings = check.runOnCases(List.of(s), YearMonth.of(2026, 12));
        assertEquals(1, findings.size());
        assertEquals(ImportFinding.Reason.ALG_BEENDET, findings.get(0).reason());
        assertEquals(s.members().get(HA).get().status().findDeadline().orElseThrow(), findings.get(0).deadline());
    }

    @Test
    void rF2_aMemberWhoseQuerTookPlace_isNoFinding() {
        Run run = assigned(aufstocker(Optional.of(LocalDate.of(2026, 11, 10))))
                .ok(new Command.RecordQuer(Fixtures.IFK, LocalDate.of(2026, 11, 20), HA, Fixtures.vollstaendig()));
        assertTrue(check.runOnCases(List.of((CaseState.NachBewilligung) run.state), YearMonth.of(2026, 11)).isEmpty());
    }
}
