package de.qer.docs.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.model.Mindeststandard;
import de.qer.core.rule.Problem;
import de.qer.core.rule.ProblemCode;
import de.qer.core.rule.Severity;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a report says about errors, warnings and open standards, in German and English (R-Q1, R-Q3, R-K2). */
class ReportTextTest {

    private static final LocalDate BIS = LocalDate.of(2026, 12, 8);

    private static final Problem ERROR = Problem.error(ProblemCode.MISSING, "R-K2", "kooperationsplan.schritte", "R-K2.should");
    private static final Problem WARNING = Problem.warning(ProblemCode.MISSING, "R-K2", "kooperationsplan.ziele", "R-K2.should");

    private static Map<Mindeststandard, StandardStatus> standards() {
        Map<Mindeststandard, StandardStatus> m = new EnumMap<>(Mindeststandard.class);
        m.put(Mindeststandard.FMG_DATEN, new StandardStatus(Mindeststandard.FMG_DATEN, StandardStatus.Stand.ERFUELLT, Optional.empty()));
        m.put(Mindeststandard.SOFORTANGEBOT,
                new StandardStatus(Mindeststandard.SOFORTANGEBOT, StandardStatus.Stand.OFFEN, Optional.of(BIS)));
        m.put(Mindeststandard.KUNDENSTEUERUNG,
                new StandardStatus(Mindeststandard.KUNDENSTEUERUNG, StandardStatus.Stand.NICHT_ERFORDERLICH, Optional.empty()));
        return m;
    }

    @Test
    void rQ1_errorsAndWarningsAreSeparated() {
        QuerReport r = new QuerReport(standards(), List.of(ERROR, WARNING), List.of());
        assertEquals(List.of(ERROR), r.errors());
        assertEquals(List.of(WARNING), r.warnings());
        assertFalse(r.isComplete(), "an error blocks completion");
        FolgegespraechReport f = new FolgegespraechReport(standards(), List.of(ERROR, WARNING), List.of(), Optional.empty());
        assertEquals(List.of(ERROR), f.errors());
        assertEquals(List.of(WARNING), f.warnings());
        assertFalse(f.isComplete());
    }

    @Test
    void rK2_aWarningAloneIsNoError() {
        QuerReport r = new QuerReport(standards(), List.of(WARNING), List.of());
        assertTrue(r.errors().isEmpty());
        assertTrue(r.isComplete(), "warnings do not block");
        FolgegespraechReport f = new FolgegespraechReport(standards(), List.of(WARNING), List.of(), Optional.empty());
        assertTrue(f.errors().isEmpty());
        assertEquals(List.of(WARNING), f.warnings());
        assertTrue(f.isComplete());
    }

    @Test
    void rQ1_onlyMetOpenOrNotNeededStandardsAreOk() {
        for (StandardStatus.Stand s : StandardStatus.Stand.values()) {
            boolean ok = new StandardStatus(Mindeststandard.POTENZIALANALYSE, s, Optional.empty()).isOk();
            boolean expected = s == StandardStatus.Stand.ERFUELLT || s == StandardStatus.Stand.OFFEN
                    || s == StandardStatus.Stand.NICHT_ERFORDERLICH;
            assertEquals(expected, ok, s.name());
        }
        Map<Mindeststandard, StandardStatus> missing = standards();
        missing.put(Mindeststandard.POTENZIALANALYSE,
                new StandardStatus(Mindeststandard.POTENZIALANALYSE, StandardStatus.Stand.FEHLT, Optional.empty()));
        assertFalse(new QuerReport(missing, List.of(), List.of()).isComplete(), "a missing standard blocks completion");
    }

    @Test
    void rQ3_germanTextCountsFindingsAndShowsTheCatchUpDate() {
        String de = new QuerReport(standards(), List.of(ERROR, WARNING), List.of()).format(Locale.GERMAN);
        assertTrue(de.startsWith("Mindeststandards (R-Q1)\n"), de);
        assertTrue(de.contains("Daten in FMG.job erfasst/aktualisiert"), de);
        assertTrue(de.contains("offen, nachholen bis 2026-12-08"), de);
        assertTrue(de.contains("Befunde: 1 Fehler, 1 Warnungen\n"), de);
        assertTrue(de.contains("  FEHLER  [R-K2] kooperationsplan.schritte: Soll-Angabe"), de);
        assertTrue(de.contains("  WARNUNG [R-K2] kooperationsplan.ziele: Soll-Angabe"), de);
        assertTrue(de.endsWith("Ergebnis: unvollständig\n"), de);
        assertFalse(de.contains("catch up") || de.contains("ERROR") || de.contains("Findings"), de);
    }

    @Test
    void rQ3_englishTextCountsFindingsAndShowsTheCatchUpDate() {
        String en = new QuerReport(standards(), List.of(WARNING, ERROR, WARNING), List.of()).format(Locale.ENGLISH);
        assertTrue(en.startsWith("Minimum standards (R-Q1)\n"), en);
        assertTrue(en.contains("data captured in FMG.job"), en);
        assertTrue(en.contains("open, catch up by 2026-12-08"), en);
        assertTrue(en.contains("Findings: 1 errors, 2 warnings\n"), en);
        assertTrue(en.contains("  ERROR   [R-K2] kooperationsplan.schritte: Item that"), en);
        assertTrue(en.contains("  WARNING [R-K2] kooperationsplan.ziele: Item that"), en);
        assertTrue(en.endsWith("Result: incomplete\n"), en);
        String complete = new QuerReport(standards(), List.of(), List.of()).format(Locale.ENGLISH);
        assertTrue(complete.contains("Findings: 0 errors, 0 warnings\n"), complete);
        assertTrue(complete.endsWith("Result: complete\n"), complete);
        assertTrue(new QuerReport(standards(), List.of(), List.of()).format(Locale.GERMAN).endsWith("Ergebnis: vollständig\n"));
    }

    @Test
    void rQ1_theLogTextNamesStandardsAndRulesButNoValues() {
        QuerReport r = new QuerReport(standards(), List.of(ERROR), List.of());
        String t = r.toString();
        assertTrue(t.startsWith("QuerReport["), t);
        assertTrue(t.contains("R-K2") && t.contains("kooperationsplan.schritte") && t.contains("OFFEN"), t);
        String f = new FolgegespraechReport(standards(), List.of(ERROR), List.of(), Optional.of(BIS)).toString();
        assertTrue(f.startsWith("FolgegespraechReport["), f);
        assertTrue(f.contains("R-K2") && f.contains("nextKpReview=2026-12-08"), f);
        assertEquals(Severity.ERROR, r.errors().get(0).severity());
    }
}
