package de.qer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.lifecycle.Transitions;
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
            s = Walkthrough.run(new Walkthrough.Config(20261224L, YearMonth.of(2026, 12), 200, mermaid), out);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(200, s.bgs());
        assertEquals(0, s.unexpectedRejections());
        assertEquals(s.bgs(), s.approved() + s.rejected() + s.withdrawn() + s.pending(), s::line);
        assertTrue(s.approved() > 100 && s.rejected() > 0 && s.withdrawn() > 0, s::line);
        assertTrue(s.querRecorded() > 20 && s.querInTime() <= s.querRecorded(), s::line);
        assertTrue(s.overdue() > 0 && s.dueSoon() > 0, s::line);
        assertTrue(s.importFindings() > 0, s::line);
        assertTrue(s.expectedRejections() >= 2, s::line);
        assertTrue(text.contains(s.line()), "the summary is the last line");
        for (String heading : new String[] {"One case: timeline", "Deadline explanation", "Validation report: deficient QuEr",
            "Validation report: complete QuEr", "Kooperationsplan (Textform", "Morning oversight list", "Monthly import",
            "Flow of the lifecycle"}) {
            assertTrue(text.contains(heading), heading);
        }
        assertTrue(text.contains("Ergebnis: unvollständig") && text.contains("Ergebnis: vollständig"));
        assertTrue(text.contains("2026-12-24 Schließtag"), "the host's closure day is in the explanation");
        assertEquals(Transitions.mermaid(), Files.readString(mermaid, StandardCharsets.UTF_8));
    }

    @Test
    void theSameSeedGivesTheSameMonth() {
        Walkthrough.Summary a = Walkthrough.run(new Walkthrough.Config(7L, YearMonth.of(2027, 3), 60, Path.of("target/a.mmd")),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Walkthrough.Summary b = Walkthrough.run(new Walkthrough.Config(7L, YearMonth.of(2027, 3), 60, Path.of("target/b.mmd")),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(a.line().replaceAll("; \\d+ ms$", ""), b.line().replaceAll("; \\d+ ms$", ""));
        assertEquals(0, a.unexpectedRejections());
    }
}
