package de.qer.core.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Deadlines;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-F2, R-F3, R-E2: the monthly import check. */
class ImportCheckTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static de.qer.core.model.ImmutableMitglied.Builder m(String id, String birth) {
        return Mitglied.builder().id(PersonId.of(id)).geburtsdatum(d(birth));
    }

    private final ImportCheck check = ImportCheck.of(Deadlines.standard());

    @Test
    void rF2_membersWhoTurned15_newMembers_andEndedAlg() {
        Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of("BG-7")).haushaltsvorstand(PersonId.of("ha"))
                .addMitglieder(
                        m("ha", "1980-02-02").mitgliedSeit(LocalDate.of(2026, 12, 1)).build(),   // the head is no newcomer
                        m("turns15", "2011-12-20").build(),                                  // 15 on 20 Dec 2026
                        m("turns15-feb29", "2012-02-29").build(),                            // 15 on 1 Mar 2027 (not December)
                        m("new", "1999-05-05").mitgliedSeit(d("2026-12-03")).build(),
                        m("newChild", "2020-05-05").mitgliedSeit(d("2026-12-03")).build(),    // too young
                        m("alg", "1985-07-07").algAnspruch(true).algBezugBis(d("2026-12-15")).build(),
                        m("algOngoing", "1985-07-07").algAnspruch(true).mitgliedSeit(d("2026-12-01")).build(),
                        m("notAble", "2011-12-01").erwerbsfaehig(false).build(),
                        m("old", "1959-06-10").mitgliedSeit(d("2026-12-01")).build())          // limit 66y2m: Aug 2025
                .build();
        List<ImportFinding> f = check.run(List.of(bg), YearMonth.of(2026, 12));
        // sorted by due date, then case and member
        assertEquals(List.of("alg:ALG_BEENDET:2026-12-30", "new:NEUES_MITGLIED:2027-01-15", "turns15:VOLLENDET_15:2027-01-15"),
                f.stream().map(x -> x.member() + ":" + x.reason() + ":" + x.deadline().due()).toList());
        assertEquals(d("2026-12-30"), f.get(0).deadline().due()); // 15 Dec + 10 AT, 25/26 Dec skipped
        assertEquals("R-E2", f.get(0).deadline().rule());
        assertEquals("R-F2", f.get(1).deadline().rule());
    }

    @Test
    void rF3_bornOn29February_turns15InMarchOfACommonYear() {
        Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of("BG-8")).haushaltsvorstand(PersonId.of("ha"))
                .addMitglieder(m("ha", "1980-02-02").build(), m("leap", "2012-02-29").build()).build();
        assertTrue(check.run(List.of(bg), YearMonth.of(2027, 2)).isEmpty());
        List<ImportFinding> march = check.run(List.of(bg), YearMonth.of(2027, 3));
        assertEquals(1, march.size());
        assertEquals(ImportFinding.Reason.VOLLENDET_15, march.get(0).reason());
        assertEquals(d("2027-04-14"), march.get(0).deadline().due()); // Easter 2027 is 28 March: April has no holiday
    }
}
