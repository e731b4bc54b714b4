package de.qer.docs.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.docs.Aktivitaet;
import de.qer.docs.Beispiele;
import de.qer.docs.Beratungsvermerk;
import de.qer.docs.Kooperationsplan;
import de.qer.docs.OffenerVermerkpunkt;
import de.qer.docs.Seite;
import de.qer.docs.Vermerkpunkt;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout of the text form at its edges: order of activities and open points, whitespace, the line width (R-K1, R-K2, R-N1, R-Q3). */
class TextformLayoutTest {

    private static String wrapped(String line, String indent) {
        StringBuilder sb = new StringBuilder();
        Textform.wrap(sb, line, indent);
        return sb.toString();
    }

    @Test
    void rK2_activitiesArePrintedByDateWhateverTheOrderOfEntry() {
        Kooperationsplan kp = Kooperationsplan.builder().from(Beispiele.kooperationsplan()).aktivitaeten(List.of(
                Aktivitaet.builder().seite(Seite.ELB).wer("eLb").was("spaeter").bisWann(LocalDate.of(2026, 12, 18)).build(),
                Aktivitaet.builder().seite(Seite.ELB).wer("eLb").was("frueher").bisWann(LocalDate.of(2026, 12, 4)).build(),
                Aktivitaet.builder().seite(Seite.JOBCENTER).wer("IFK").was("Vorschlaege").bisWann(LocalDate.of(2026, 12, 1)).build()))
                .build();
        String text = Textform.kooperationsplan(kp);
        int early = text.indexOf("bis 04.12.2026  eLb: frueher");
        int late = text.indexOf("bis 18.12.2026  eLb: spaeter");
        assertTrue(early > 0 && late > early, text);
    }

    @Test
    void rQ3_openPointsOfTheNoteArePrintedByCatchUpDate() {
        Beratungsvermerk v = Beratungsvermerk.builder().from(Beispiele.vermerk()).zielberuf(null).geplanteStrategien(null)
                .addOffenePunkte(new OffenerVermerkpunkt(Vermerkpunkt.ZIELBERUF, LocalDate.of(2026, 12, 20)),
                        new OffenerVermerkpunkt(Vermerkpunkt.GEPLANTE_STRATEGIEN, LocalDate.of(2026, 12, 8)))
                .build();
        String text = Textform.beratungsvermerk(v);
        int first = text.indexOf("   - geplante Integrationsstrategien: bis 08.12.2026");
        int second = text.indexOf("   - Zielberuf: bis 20.12.2026");
        assertTrue(first > 0 && second > first, text);
    }

    @Test
    void rN1_combinedMeasuresShowTheirReason() {
        Beratungsvermerk v = Beratungsvermerk.builder().from(Beispiele.vermerk()).massnahmenKombiniert(true)
                .begruendungMassnahmezusammenfassung("Sprachkurs und Ausbildung gleichzeitig, weil der Betrieb wartet").build();
        String text = Textform.beratungsvermerk(v);
        assertTrue(text.contains("Begründung der Maßnahmezusammenfassung\n   Sprachkurs und Ausbildung gleichzeitig, weil der Betrieb wartet\n"),
                text);
        assertTrue(!Textform.beratungsvermerk(Beispiele.vermerk()).contains("Maßnahmezusammenfassung"));
    }

    @Test
    void rK1_leadingTrailingAndBlankTextIsStripped() {
        Beratungsvermerk v = Beratungsvermerk.builder().from(Beispiele.vermerk()).zielberuf(" \t Köchin \n ").geplanteStrategien("   ")
                .build();
        String text = Textform.beratungsvermerk(v);
        assertTrue(text.contains("Zielberuf\n   Köchin\n\n"), text);
        assertTrue(text.contains("Geplante Integrationsstrategien\n   \n\n"), text);
    }

    @Test
    void rK1_aLineOfExactlyTheWidthStaysOneLine() {
        String hundred = "a".repeat(49) + " " + "b".repeat(50);
        assertEquals(hundred + "\n", wrapped(hundred, "   "));
        String hundredOne = hundred + "c";
        assertEquals("a".repeat(49) + "\n   " + "b".repeat(50) + "c\n", wrapped(hundredOne, "   "));
    }

    @Test
    void rK1_aSpaceNoFurtherThanTheIndentIsNoPlaceToCut() {
        String line = "abc " + "x".repeat(120);
        assertEquals("abc " + "x".repeat(96) + "\n   " + "x".repeat(24) + "\n", wrapped(line, "   "));
        String later = "abcd " + "x".repeat(120);
        assertEquals("abcd\n   " + "x".repeat(100 - 3) + "\n   " + "x".repeat(23) + "\n", wrapped(later, "   "));
    }

    @Test
    void rK1_aForcedCutBeforeALowSurrogateMovesBack() {
        String emoji = "\uD83D\uDE00";
        String line = "a".repeat(99) + emoji + "b".repeat(30);
        assertEquals("a".repeat(99) + "\n   " + emoji + "b".repeat(30) + "\n", wrapped(line, "   "));
    }

    @Test
    void rK1_aLongBlankLineEndsWithTheIndent() {
        assertEquals(" ".repeat(100) + "\n   \n", wrapped(" ".repeat(150), "   "));
    }
}
