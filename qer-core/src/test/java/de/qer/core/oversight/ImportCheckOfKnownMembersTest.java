package de.qer.core.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.qer.core.Deadlines;
import de.qer.core.Fixtures;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.MemberExit;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * R-F2, R-E2, R-L4: the review of an import month over cases names only what the case does not know yet:
 * not a member who left before the month, not an end of ALG that came before the approval.
 */
class ImportCheckOfKnownMembersTest {

    private final ImportCheck check = ImportCheck.of(Deadlines.standard());

    @Test
    void rF2_rL4_aChildWhoLeftBeforeTheMonthItTurns15_isNoFinding() {
        Mitglied kid = Mitglied.builder().id(PersonId.of("k1")).geburtsdatum(LocalDate.of(2012, 1, 20)).build();
        Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of("BG-K")).haushaltsvorstand(Fixtures.HA)
                .addMitglieder(Fixtures.ha(), kid).build();
        CaseState.NachBewilligung stays = (CaseState.NachBewilligung) Fixtures.assigned(bg).state;
        assertEquals(List.of(ImportFinding.Reason.VOLLENDET_15),
                check.runOnCases(List.of(stays), YearMonth.of(2027, 1)).stream().map(ImportFinding::reason).toList());
        CaseState.NachBewilligung left = (CaseState.NachBewilligung) Fixtures.assigned(bg)
                .ok(new Command.RecordMemberExit(Fixtures.IFK, LocalDate.of(2026, 12, 1), kid.id(), LocalDate.of(2026, 12, 1),
                        MemberExit.Reason.LEFT_BG)).state;
        assertEquals(List.of(), check.runOnCases(List.of(left), YearMonth.of(2027, 1)));
    }

    @Test
    void rE2_theEndOfAPartnersAlgBeforeTheApproval_isNoFindingOfTheApprovalMonth() {
        // the partner's ALG ended on 10 Nov, the approval came on 13 Nov: she waits for the import like the others
        Mitglied partner = Mitglied.builder().from(Fixtures.partnerAlg()).algBezugBis(LocalDate.of(2026, 11, 10)).build();
        Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of("BG-P")).haushaltsvorstand(Fixtures.HA)
                .addMitglieder(Fixtures.ha(), partner).build();
        CaseState.NachBewilligung s = (CaseState.NachBewilligung) Fixtures.assigned(bg).state;
        assertEquals(1, check.run(List.of(bg), YearMonth.of(2026, 11)).size(), "the BG alone cannot know");
        assertEquals(List.of(), check.runOnCases(List.of(s), YearMonth.of(2026, 11)));
    }
}
