package de.qer.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.docs.text.Textform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * R-K1: the text form, compared with golden files. After a deliberate change of the layout, regenerate
 * them with {@code mvn -pl qer-docs -am verify -Dqer.updateGolden=true} and review the diff.
 */
class TextformGoldenTest {

    private static void golden(String name, String actual) throws IOException {
        Path file = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("qer.updateGolden")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
    }

    @Test
    void rK1_kooperationsplanAsText() throws IOException {
        String text = Textform.kooperationsplan(Beispiele.kooperationsplan());
        golden("kooperationsplan.txt", text);
        assertTrue(text.contains("ohne Unterschrift"));
        assertTrue(text.lines().allMatch(l -> l.length() <= 100), "lines fit on paper");
        assertEquals(text, Textform.kooperationsplan(Beispiele.kooperationsplan()), "deterministic");
    }

    @Test
    void rN1_beratungsvermerkAsText() throws IOException {
        Beratungsvermerk v = ImmutableBeratungsvermerk.copyOf(Beispiele.vermerk()).withZielberuf(null)
                .withOffenePunkte(new OffenerVermerkpunkt(Vermerkpunkt.ZIELBERUF, java.time.LocalDate.of(2026, 12, 8)));
        String text = Textform.beratungsvermerk(v);
        golden("beratungsvermerk.txt", text);
        assertTrue(text.startsWith("BERATUNGSVERMERK    Vermerkart: QuEr\n"));
        assertTrue(text.lines().allMatch(l -> l.length() <= 100));
    }

    @Test
    void rL1_theNoteOfAFollowUpAsText() throws IOException {
        Beratungsvermerk v = ImmutableBeratungsvermerk.copyOf(Beispiele.folgeVermerk(Beispiele.FOLGE))
                .withOffenePunkte(new OffenerVermerkpunkt(Vermerkpunkt.ZIELBERUF, java.time.LocalDate.of(2027, 1, 26)));
        String text = Textform.beratungsvermerk(v);
        golden("folgegespraech-vermerk.txt", text);
        assertTrue(text.startsWith("BERATUNGSVERMERK    Vermerkart: Folgegespräch\n"), text);
        assertTrue(text.contains("Zielberuf\n   (offen)\n"), "an open item is shown");
        assertTrue(!text.contains("Grund der Antragstellung"), "QuEr-only items that are not there are left out");
        assertTrue(text.lines().allMatch(l -> l.length() <= 100));
    }
}
