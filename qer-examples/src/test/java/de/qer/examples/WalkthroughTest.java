package de.qer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.lifecycle.Transitions;
import de.qer.core.oversight.ControllingFigures;
import de.qer.core.oversight.ControllingReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walkthrough runs in CI too, so that it cannot rot. */
class WalkthroughTest {

    @Test
    void aMonthAtGst03_runsWithoutUnexpectedRejections(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path mermaid = tmp.resolve("ablauf.mmd");
        Walkthrough.Summary s;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            s = Walkthrough.run(new Walkthrough.Config(20261224L, YearMonth.of(2026, 12), 200, mermaid, tmp.resolve("walkthrough"), true), out);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(200, s.bgs());
        assertEquals(0, s.unexpectedRejections());
        assertEquals(s.bgs(), s.approved() + s.rejected() + s.withdrawn() + s.pending(), s::line);
        assertTrue(s.approved() > 100 && s.rejected() > 0 && s.withdrawn() > 0, s::line);
        assertTrue(s.querRecorded() > 20 && s.querInTime() <= s.querRecorded(), s::line);
        assertTrue(s.overdue() > 0 && s.dueSoon() > 0, s::line);
        assertTrue(s.importFindings() > 0, s::line);
        // the month's events went into PostgreSQL as JSON, and the morning list read back from them is the same
        Walkthrough.StoreFigures stored = s.store().orElseThrow();
        assertTrue(stored.server().startsWith("PostgreSQL 17."), stored::server);
        assertEquals(200, stored.cases());
        assertTrue(stored.events() > 1_000 && stored.jsonBytes() > 100 * stored.events(), stored::toString);
        assertTrue(stored.sameMorningList(), "the morning list rebuilt from the stored events differs");
        assertTrue(s.expectedRejections() >= 2, s::line);
        assertTrue(text.contains(s.line()), "the summary is the last line");
        for (String heading : new String[] {"One case: timeline", "Deadline explanation", "Validation report: deficient QuEr",
            "Validation report: complete QuEr", "Kooperationsplan (Textform", "Morning oversight list", "Monthly import",
            "Flow of the lifecycle", "Controlling 2026-12 to 2027-01 (R-L6), 2027-02-01"}) {
            assertTrue(text.contains(heading), heading);
        }
        assertTrue(text.contains("Ergebnis: unvollständig") && text.contains("Ergebnis: vollständig"));
        assertTrue(text.contains("2026-12-24 Schließtag"), "the host's closure day is in the explanation");
        assertEquals(Transitions.mermaid(), Files.readString(mermaid, StandardCharsets.UTF_8));
    }

    @Test
    void theMonthsControlling_isPrintedAndWrittenAsCsvAndChart_andItsFiguresAddUp(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path dir = tmp.resolve("walkthrough");
        Walkthrough.Summary s;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            s = Walkthrough.run(new Walkthrough.Config(20261224L, YearMonth.of(2026, 12), 200, tmp.resolve("a.mmd"), dir, false), out);
        }
        ControllingReport r = s.controlling();
        ControllingFigures t = r.total();
        // R-L6: the totals are the sums of the rows, per month and over the range
        assertEquals(t.due(), r.rows().stream().mapToInt(x -> x.figures().due()).sum());
        assertEquals(t.heldInTime(), r.rows().stream().mapToInt(x -> x.figures().heldInTime()).sum());
        assertEquals(t.heldLate(), r.rows().stream().mapToInt(x -> x.figures().heldLate()).sum());
        assertEquals(t.open(), r.rows().stream().mapToInt(x -> x.figures().open()).sum());
        assertEquals(t.overdue(), r.rows().stream().mapToInt(x -> x.figures().overdue()).sum());
        for (var e : r.totals().entrySet()) {
            assertEquals(e.getValue().due(), r.rows().stream().filter(x -> x.month().equals(e.getKey()))
                    .mapToInt(x -> x.figures().due()).sum(), e.getKey()::toString);
        }
        assertEquals(t.due(), r.totals().values().stream().mapToInt(ControllingFigures::due).sum());
        // the month's QuEr are all there, and more were held in the following month
        assertTrue(t.heldInTime() >= s.querInTime() && t.held() > s.querRecorded(), s::line);
        assertTrue(t.heldInTime() > t.heldLate() && t.heldLate() > 0 && t.overdue() > 0, t::toString);
        assertTrue(r.rows().stream().anyMatch(x -> x.zustaendigkeit().code().startsWith("ifk03-")));

        String csv = Files.readString(dir.resolve("controlling.csv"), StandardCharsets.UTF_8);
        assertEquals(r.toCsv(), csv);
        assertTrue(csv.startsWith(ControllingReport.CSV_HEADER + "\r\n"));
        assertEquals(r.rows().size() + 1, csv.split("\r\n").length);
        String svg = Files.readString(dir.resolve("controlling.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<svg") && svg.contains("</svg>") && svg.contains("QuEr-Controlling"), "an SVG chart");
        assertTrue(svg.contains("fristgerecht") && svg.contains("Rückstand"), "the legend names the series");
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains(r.format(java.util.Locale.GERMAN)), "the report is printed");
    }

    @Test
    void theSameSeedGivesTheSameMonth() throws Exception {
        Walkthrough.Summary a = Walkthrough.run(new Walkthrough.Config(7L, YearMonth.of(2027, 3), 60, Path.of("target/a.mmd"),
                Path.of("target/walkthrough-a"), false),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Walkthrough.Summary b = Walkthrough.run(new Walkthrough.Config(7L, YearMonth.of(2027, 3), 60, Path.of("target/b.mmd"),
                Path.of("target/walkthrough-b"), false),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(a.line().replaceAll("; \\d+ ms$", ""), b.line().replaceAll("; \\d+ ms$", ""));
        assertEquals(0, a.unexpectedRejections());
        assertEquals(a.controlling().toCsv(), b.controlling().toCsv());
        assertEquals(Files.readString(Path.of("target/walkthrough-a/controlling.svg")),
                Files.readString(Path.of("target/walkthrough-b/controlling.svg")), "the same data give the same chart");
    }
}
