package de.qer.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import de.qer.core.model.Kundensteuerung;
import de.qer.docs.validation.QuerReport;
import de.qer.docs.validation.QuerValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the document validation, checked with QuickTheories. */
class DocumentPropertiesTest {

    private static final String[] WORDS = {"Bewerbung", "Termin", "Ausbildung", "Deutschkurs", "Kinderbetreuung", "Lagerlogistik",
        "Vorstellungsgespräch", "Praktikum", "Qualifizierung", "Arbeitgeber", "Teilzeit", "Führerschein", "Zeugnisse", "vereinbart"};

    private static QuerValidator validator;

    @BeforeAll
    static void create() {
        validator = QuerValidator.create();
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    /** Meaningful texts: 4 to 30 words of the caseworker's vocabulary. */
    private static Gen<String> texts() {
        return lists().of(integers().between(0, WORDS.length - 1)).ofSizeBetween(4, 30)
                .map(l -> l.stream().map(i -> WORDS[i]).collect(Collectors.joining(" ")));
    }

    @Test
    void aValidDocumentStaysValidUnderIrrelevantChanges() {
        qt().withExamples(300).forAll(texts(), texts(), integers().between(0, 60), integers().between(1, 180))
                .checkAssert((t1, t2, activityOffset, reviewOffset) -> {
                    ImmutableQuerDokumentation d = ImmutableQuerDokumentation.copyOf(Beispiele.vollstaendig());
                    ImmutableKooperationsplan kp = ImmutableKooperationsplan.copyOf(d.getKooperationsplan());
                    List<Aktivitaet> moved = new ArrayList<>();
                    for (Aktivitaet a : kp.getAktivitaeten()) {
                        moved.add(Aktivitaet.builder().from(a).bisWann(kp.getErstelltAm().plusDays(activityOffset)).was(t2).build());
                    }
                    LocalDate review = kp.getErstelltAm().plusDays(reviewOffset);
                    QuerReport r = validator.validate(d
                            .withBeratungsvermerk(ImmutableBeratungsvermerk.copyOf(d.getBeratungsvermerk())
                                    .withGespraechszusammenfassung(t1).withWeiteresVorgehen(t2).withZielberuf(t2.split(" ")[0]))
                            .withKooperationsplan(kp.withAktivitaeten(moved).withNaechsteUeberpruefung(review).withEingliederungsziel(t1))
                            .withKundensteuerung(Kundensteuerung.values()[activityOffset % Kundensteuerung.values().length]));
                    assertTrue(r.violations().isEmpty(), r::toString);
                    assertTrue(r.isComplete());
                });
    }

    /** A removal of a required item and the rule and field under which it must be reported. */
    record Removal(String rule, String field, UnaryOperator<ImmutableQuerDokumentation> apply) {
    }

    static List<Removal> removals() {
        List<Removal> list = new ArrayList<>();
        for (Vermerkpunkt p : Vermerkpunkt.values()) {
            if (p == Vermerkpunkt.AUFENTHALTSSTATUS) {
                list.add(new Removal("R-N1", "beratungsvermerk.aufenthaltsstatus",
                        d -> d.withBeratungsvermerk(ImmutableBeratungsvermerk.copyOf(d.getBeratungsvermerk()).withAufenthaltsstatus(null))));
                continue;
            }
            if (p == Vermerkpunkt.BG_GROESSE) {
                list.add(new Removal("R-N3", "beratungsvermerk.bgGroesse",
                        d -> d.withBeratungsvermerk(ImmutableBeratungsvermerk.copyOf(d.getBeratungsvermerk()).withBgGroesse(null))));
                continue;
            }
            list.add(new Removal("R-N3", "beratungsvermerk." + p.property(), d -> d.withBeratungsvermerk(remove(d.getBeratungsvermerk(), p))));
        }
        list.add(new Removal("R-Q1", "potenzialanalyse", d -> d.withPotenzialanalyse(null)));
        list.add(new Removal("R-Q1", "integrationsprognose", d -> d.withIntegrationsprognose(null)));
        list.add(new Removal("R-Q1", "handlungsstrategie", d -> d.withHandlungsstrategie(null)));
        list.add(new Removal("R-Q1", "sofortangebot", d -> d.withSofortangebot(null)));
        list.add(new Removal("R-Q1", "kooperationsplan", d -> d.withKooperationsplan(null)));
        list.add(new Removal("R-Q1", "beratungsvermerk", d -> d.withBeratungsvermerk(null)));
        list.add(new Removal("R-Q1", "fmgDatenErfasst", d -> d.withFmgDatenErfasst(false)));
        list.add(new Removal("R-Q1", "kundensteuerung", d -> d.withKundensteuerung(null)));
        return list;
    }

    private static Beratungsvermerk remove(Beratungsvermerk v, Vermerkpunkt p) {
        ImmutableBeratungsvermerk b = ImmutableBeratungsvermerk.copyOf(v);
        switch (p) {
            case GRUND_DER_ANTRAGSTELLUNG:
                return b.withGrundDerAntragstellung(null);
            case ERGEBNIS_POTENZIALANALYSE:
                return b.withErgebnisPotenzialanalyse(null);
            case ZIELBERUF:
                return b.withZielberuf(null);
            case GEPLANTE_STRATEGIEN:
                return b.withGeplanteStrategien(null);
            case GESPRAECHSZUSAMMENFASSUNG:
                return b.withGespraechszusammenfassung(null);
            default:
                return b.withWeiteresVorgehen(null);
        }
    }

    @Test
    void removingAnyRequiredItemIsReportedUnderItsRuleId() {
        List<Removal> removals = removals();
        qt().withExamples(500).forAll(lists().of(integers().between(0, removals.size() - 1)).ofSizeBetween(1, 4))
                .checkAssert(picks -> {
                    ImmutableQuerDokumentation d = ImmutableQuerDokumentation.copyOf(Beispiele.vollstaendig());
                    for (int i : picks) {
                        boolean noteItem = removals.get(i).field().startsWith("beratungsvermerk.");
                        d = noteItem && d.getBeratungsvermerk() == null ? d : removals.get(i).apply().apply(d);
                    }
                    QuerReport r = validator.validate(d);
                    Set<String> found = r.violations().stream().map(v -> v.rule() + " " + v.field()).collect(Collectors.toSet());
                    for (int i : picks) {
                        Removal x = removals.get(i);
                        // removing the whole note makes its items moot
                        boolean moot = x.field().startsWith("beratungsvermerk.") && d.getBeratungsvermerk() == null;
                        assertTrue(moot || found.contains(x.rule() + " " + x.field()), () -> x.field() + " not in " + found);
                    }
                    assertTrue(!r.isComplete());
                });
    }
}
