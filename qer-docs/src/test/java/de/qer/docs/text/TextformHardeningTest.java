package de.qer.docs.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import de.qer.core.Freitext;
import de.qer.core.model.CaseId;
import de.qer.core.model.PersonId;
import de.qer.docs.Aktivitaet;
import de.qer.docs.Beratungsvermerk;
import de.qer.docs.Kooperationsplan;
import de.qer.docs.Seite;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** R-N2 and R-K1: the text form is linear in the length of the texts and prints no control or bidi character. */
class TextformHardeningTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private static Beratungsvermerk note(String zusammenfassung) {
        return Beratungsvermerk.builder().caseId(CaseId.of("BG-1001")).person(PersonId.of("P-1")).datum(DAY)
                .grundDerAntragstellung("Verlust des Arbeitsplatzes").gespraechszusammenfassung(zusammenfassung).build();
    }

    private static Kooperationsplan plan(String text) {
        return Kooperationsplan.builder().caseId(CaseId.of("BG-1001")).person(PersonId.of("P-1")).erstelltAm(DAY)
                .eingliederungsziel(text).addSchritte(text, "Kurs").addZiele(text).addAndereStellen(text).addEingliederungsleistungen(text)
                .rehaHinweis(text)
                .addAktivitaeten(Aktivitaet.builder().seite(Seite.ELB).wer(text).was(text).bisWann(DAY.plusDays(3)).build())
                .build();
    }

    /** The word wrap of the first release, which copied the rest of the text for every line: the reference. */
    private static void referenceWrap(StringBuilder sb, String line, String indent) {
        String rest = line;
        while (rest.length() > 100) {
            int cut = rest.lastIndexOf(' ', 100);
            if (cut <= indent.length()) {
                cut = 100;
            }
            sb.append(rest, 0, cut).append('\n');
            rest = indent + rest.substring(cut).strip();
        }
        sb.append(rest).append('\n');
    }

    /** Lines of words of 1 to 130 letters (longer than a line too), single and multiple spaces, tabs at the ends. */
    private static Gen<String> lines() {
        Gen<String> word = integers().between(1, 130).mix(integers().between(1, 12), 80)
                .map(n -> "abcdefghijklmnopqrstuvwxyzäöüß".repeat(5).substring(0, n));
        Gen<String> gap = Generate.pick(List.of(" ", " ", " ", "  ", "   ", " \t "));
        return lists().of(word.zip(gap, (w, g) -> w + g)).ofSizeBetween(0, 60)
                .zip(Generate.pick(List.of("", " ", "   - ", "\t", "     bis 01.12.2026  ")), (l, start) -> start + String.join("", l));
    }

    @Test
    @DisplayName("R-K1: the linear word wrap gives the same lines as the first release")
    void rK1_wrapAgreesWithTheReference() {
        qt().withExamples(3000).forAll(lines(), Generate.pick(List.of("", "   ", "     ", "           ", "                     ")))
                .checkAssert((line, indent) -> {
                    StringBuilder expected = new StringBuilder();
                    referenceWrap(expected, line, indent);
                    StringBuilder actual = new StringBuilder();
                    Textform.wrap(actual, line, indent);
                    assertEquals(expected.toString(), actual.toString());
                });
    }

    @Test
    @DisplayName("R-K1: a forced cut never splits a surrogate pair")
    void rK1_aForcedCutKeepsSurrogatePairsTogether() {
        String emojis = "\uD83D\uDE00".repeat(120);
        for (String prefix : List.of("   ", "    ")) {
            StringBuilder sb = new StringBuilder();
            Textform.wrap(sb, prefix + emojis, "   ");
            String out = sb.toString();
            assertEquals(emojis, String.join("", out.lines().map(String::strip).toList()));
            assertTrue(out.lines().allMatch(l -> l.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE)), out);
            assertTrue(out.lines().allMatch(l -> l.length() <= 100));
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DisplayName("R-N2: an 8 MB note field is rendered (the quadratic text form did not finish 10 MB)")
    void rN2_eightMegabytesAreRendered() {
        String words = "Bewerbung Termin Ausbildung Deutschkurs Kinderbetreuung ";
        String big = words.repeat(8 * 1024 * 1024 / words.length());
        String text = Textform.beratungsvermerk(note(big));
        assertTrue(text.lines().allMatch(l -> l.length() <= 100));
        int start = text.indexOf("Gesprächszusammenfassung\n") + "Gesprächszusammenfassung\n".length();
        String paragraph = text.substring(start, text.indexOf("\n\n", start));
        assertEquals(big.replace(" ", ""), paragraph.replace(" ", "").replace("\n", ""), "every word printed, in order");
        String plan = Textform.kooperationsplan(plan(big.substring(0, 1024 * 1024)));
        assertTrue(plan.lines().allMatch(l -> l.length() <= 100));
    }

    @Test
    @DisplayName("R-N2: control and bidi characters never reach the printed text; each becomes U+FFFD")
    void rN2_controlAndBidiCharactersAreReplaced() {
        String evil = "Ausbildung\u001B[2J\u001B[31m zur Köchin \u202Egnureilesaw\u202C, \u2066isoliert\u2069 \u0007\u009B\u0000 Ende\r\nneu\rZeile";
        for (String text : List.of(Textform.kooperationsplan(plan(evil)), Textform.beratungsvermerk(note(evil)))) {
            assertFalse(Freitext.containsControlOrBidi(text), text);
            assertFalse(text.contains("\r"));
            assertTrue(text.contains("Ausbildung\uFFFD[2J\uFFFD[31m zur Köchin \uFFFDgnureilesaw\uFFFD, \uFFFDisoliert\uFFFD \uFFFD\uFFFD\uFFFD Ende neu Zeile"),
                    text);
        }
        String ids = Textform.kooperationsplan(Kooperationsplan.builder().from(plan("Kurs")).caseId(CaseId.of("BG\u001B[2J"))
                .person(PersonId.of("P\u202E1")).build());
        assertFalse(Freitext.containsControlOrBidi(ids));
    }

    @Test
    @DisplayName("R-N2: list items are printed on their lines, whitespace inside collapsed")
    void rN2_listItemsStayOnTheirLines() {
        String text = Textform.kooperationsplan(Kooperationsplan.builder().from(plan("Kurs")).schritte(List.of("Kurs\n\n  B2", "Ausbildung"))
                .build());
        assertTrue(text.contains("   - Kurs B2\n   - Ausbildung\n"), text);
    }
}
