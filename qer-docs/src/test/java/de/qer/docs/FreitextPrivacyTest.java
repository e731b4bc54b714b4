package de.qer.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import de.qer.core.model.Mindeststandard;
import de.qer.core.model.OffenerPunkt;
import de.qer.docs.validation.FolgegespraechReport;
import de.qer.docs.validation.QuerReport;
import de.qer.docs.validation.QuerValidator;
import de.qer.core.rule.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Privacy (R-N2 findings included; the follow-up of R-L1 and the KP review of R-L2 too): no {@code toString} of a document model, no violation (field path,
 * messages) and no report text contains any free text that went into a document. Every free-text field
 * gets a distinctive marker, in a form that is valid, too short, too long, blank around the marker or
 * with control characters, so that the fields are reported and their messages built.
 */
class FreitextPrivacyTest {

    private static QuerValidator validator;

    @BeforeAll
    static void create() {
        validator = QuerValidator.create();
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /** Makes the markers of one example and remembers them. */
    private static final class Markers {
        private final List<Integer> seeds;
        private final List<String> made = new ArrayList<>();
        private int next;

        Markers(List<Integer> seeds) {
            this.seeds = seeds;
        }

        /** A distinctive marker, e.g. "Zq7MarkerK3fj", wrapped in one of five forms. */
        String text() {
            int seed = seeds.get(next++ % seeds.size()) + next * 7919;
            StringBuilder m = new StringBuilder("Zq7Marker");
            for (int i = 0, s = Math.abs(seed); i < 6; i++, s /= LETTERS.length()) {
                m.append(LETTERS.charAt(s % LETTERS.length()));
            }
            String marker = m.toString();
            made.add(marker);
            switch (Math.floorMod(seed, 5)) {
                case 0:
                    return marker + " und weitere Worte für die Mindestlänge";   // valid
                case 1:
                    return marker;                                                // short for a note field
                case 2:
                    return "\u001B[2J" + marker + " \u202Eweitere Worte für die Mindestlänge";   // control and bidi
                case 3:
                    return (marker + " ").repeat(20_001 / (marker.length() + 1) + 1);           // too long
                default:
                    return "\u200B" + marker + "\u00A0";                        // invisible padding, short
            }
        }
    }

    private static QuerDokumentation document(Markers m) {
        Beratungsvermerk note = Beratungsvermerk.builder().from(Beispiele.vermerk()).grundDerAntragstellung(m.text())
                .ergebnisPotenzialanalyse(m.text()).zielberuf(m.text()).geplanteStrategien(m.text()).massnahmenKombiniert(true)
                .begruendungMassnahmezusammenfassung(m.text()).gespraechszusammenfassung(m.text()).weiteresVorgehen(m.text()).build();
        Kooperationsplan kp = Kooperationsplan.builder().from(Beispiele.kooperationsplan()).eingliederungsziel(m.text())
                .schritte(List.of(m.text(), m.text()))
                .aktivitaeten(List.of(
                        Aktivitaet.builder().seite(Seite.ELB).wer(m.text()).was(m.text()).bisWann(LocalDate.of(2026, 12, 4)).build(),
                        Aktivitaet.builder().seite(Seite.JOBCENTER).wer(m.text()).was(m.text()).bisWann(LocalDate.of(2026, 12, 1)).build()))
                .eingliederungsleistungen(List.of(m.text())).eigenbemuehungen(Eigenbemuehungen.builder().umfang(m.text())
                        .nachweis(m.text()).build())
                .andereStellen(List.of(m.text())).ziele(List.of(m.text(), m.text())).rehaHinweis(m.text()).build();
        Potenzialanalyse pa = Potenzialanalyse.builder().addStaerken(m.text()).addRessourcen(m.text()).addHandlungsbedarfe(m.text())
                .addIntegrationshemmnisse(m.text()).build();
        return ImmutableQuerDokumentation.copyOf(Beispiele.vollstaendig()).withBeratungsvermerk(note).withKooperationsplan(kp)
                .withPotenzialanalyse(pa)
                .withIntegrationsprognose(Integrationsprognose.builder().from(Beispiele.vollstaendig().getIntegrationsprognose())
                        .begruendung(m.text()).build())
                .withHandlungsstrategie(Handlungsstrategie.builder().addStrategien(Strategie.VERMITTLUNG_IN_ARBEIT)
                        .begruendungOhneAusbildung(m.text()).build())
                .withSofortangebot(Sofortangebot.builder().from(Beispiele.vollstaendig().getSofortangebot()).beschreibung(m.text()).build())
                .withOffenePunkte(new OffenerPunkt(m.text().strip(), m.text().strip(), Optional.of(Mindeststandard.KUNDENSTEUERUNG),
                        LocalDate.of(2026, 11, 20)),
                        OffenerPunkt.zu(m.text().strip(), m.text().strip(), LocalDate.of(2027, 6, 1)));
    }

    @Test
    @DisplayName("R-N2 privacy: no toString, field path, message or report text contains a free text of the documents")
    void rN2_noFreeTextInToStringsViolationsOrReports() {
        qt().withExamples(40).forAll(lists().of(integers().allPositive()).ofSizeBetween(1, 5)).checkAssert(seeds -> {
            Markers m = new Markers(seeds);
            QuerDokumentation d = document(m);
            QuerReport r = validator.validate(d);
            List<String> texts = new ArrayList<>();
            texts.add(r.toString());
            texts.add(r.format(Locale.GERMAN));
            texts.add(r.format(Locale.ENGLISH));
            for (Problem v : r.violations()) {
                texts.add(v.toString());
                texts.add(v.field());
                texts.add(v.messageDe());
                texts.add(v.messageEn());
                texts.add(v.message(Locale.GERMAN));
            }
            r.standards().values().forEach(s -> texts.add(s.toString()));
            for (Object o : List.of(d, d.getBeratungsvermerk(), d.getKooperationsplan(), d.getPotenzialanalyse(),
                    d.getIntegrationsprognose(), d.getHandlungsstrategie(), d.getSofortangebot(),
                    d.getKooperationsplan().getEigenbemuehungen())) {
                texts.add(o.toString());
            }
            d.getKooperationsplan().getAktivitaeten().forEach(a -> texts.add(a.toString()));
            validator.validateDocument(d.getKooperationsplan()).forEach(v -> texts.add(v.toString()));
            validator.validateDocument(d.getBeratungsvermerk()).forEach(v -> texts.add(v.toString()));
            // R-L1: a follow-up with the same texts (its note, its updated KP, its open points)
            Folgegespraech f = Folgegespraech.builder().from(Beispiele.folgegespraech()).kpUnveraendertBestaetigt(false)
                    .kpNaechsteUeberpruefung(null).kooperationsplan(d.getKooperationsplan())
                    .beratungsvermerk(Beratungsvermerk.builder().from(d.getBeratungsvermerk()).vermerkart(Vermerkart.FOLGEGESPRAECH)
                            .datum(Beispiele.FOLGE).build())
                    .potenzialanalyse(d.getPotenzialanalyse()).offenePunkte(d.getOffenePunkte()).build();
            FolgegespraechReport fr = validator.validate(f);
            texts.add(f.toString());
            texts.add(fr.toString());
            texts.add(fr.format(Locale.GERMAN));
            texts.add(fr.format(Locale.ENGLISH));
            fr.standards().values().forEach(s -> texts.add(s.toString()));
            for (Problem v : fr.violations()) {
                texts.add(v.toString());
                texts.add(v.field());
                texts.add(v.message(Locale.GERMAN));
            }
            validator.validateKpReview(d.getKooperationsplan(), Beispiele.FOLGE).forEach(v -> texts.add(v.toString()));
            texts.add(KpUeberpruefung.builder().datum(Beispiele.FOLGE).kooperationsplan(d.getKooperationsplan()).build().toString());
            for (String t : texts) {
                for (String marker : m.made) {
                    assertFalse(t.contains(marker), () -> "free text " + marker + " leaked into: "
                            + t.substring(Math.max(0, t.indexOf(marker) - 200), Math.min(t.length(), t.indexOf(marker) + 100)));
                }
            }
        });
    }
}
