package de.qer.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.calendar.Labelled;
import de.qer.core.model.Mindeststandard;
import de.qer.docs.validation.QuerReport;
import de.qer.docs.validation.QuerValidator;
import de.qer.docs.validation.StandardStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The documents' log texts identify a document by its type, case, person and dates, and never show the
 * caseworker's free text; the defaults of the optional flags (R-Q1).
 */
class DiagnosticTextTest {

    private static QuerValidator validator;

    @BeforeAll
    static void create() {
        validator = QuerValidator.create();
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    private static void assertIdentifies(Object doc, String type, String... keys) {
        String t = doc.toString();
        assertTrue(t.startsWith(type + "["), t);
        for (String k : keys) {
            assertTrue(t.contains(k), () -> k + " missing in " + t);
        }
    }

    @Test
    void documentsIdentifyThemselvesByCasePersonAndDate() {
        QuerDokumentation d = Beispiele.vollstaendig();
        assertIdentifies(d, "QuerDokumentation", "BG-1001", "P-1", "2026-11-24");
        assertIdentifies(d.getBeratungsvermerk(), "Beratungsvermerk", "BG-1001", "P-1", "2026-11-24", "offenePunkte=0");
        assertIdentifies(d.getKooperationsplan(), "Kooperationsplan", "BG-1001", "P-1", "2026-11-24", "2027-03-24");
        assertIdentifies(Beispiele.folgegespraech(), "Folgegespraech", "BG-1001", "P-1", "2027-01-12", "kpUnveraendert=true");
        KpUeberpruefung review = KpUeberpruefung.builder().datum(Beispiele.FOLGE)
                .kooperationsplan(Beispiele.kooperationsplan(Beispiele.FOLGE, java.time.LocalDate.of(2027, 7, 12))).build();
        assertIdentifies(review, "KpUeberpruefung", "2027-01-12", "2027-07-12");
    }

    @Test
    void partsShowTheirKindAndDatesButNoFreeText() {
        QuerDokumentation d = Beispiele.vollstaendig();
        List<String> texts = new ArrayList<>();
        assertIdentifies(d.getKooperationsplan().getAktivitaeten().get(0), "Aktivitaet", "ELB", "2026-12-04");
        assertIdentifies(d.getSofortangebot(), "Sofortangebot", "AUSBILDUNGSANGEBOT", "2026-11-24");
        assertIdentifies(d.getIntegrationsprognose(), "Integrationsprognose", "FOERDERPROFIL");
        assertIdentifies(d.getHandlungsstrategie(), "Handlungsstrategie", "AUSBILDUNG", "SPRACHFOERDERUNG");
        assertIdentifies(d.getPotenzialanalyse(), "Potenzialanalyse");
        assertIdentifies(d.getKooperationsplan().getEigenbemuehungen(), "Eigenbemuehungen");
        texts.add(d.getKooperationsplan().getAktivitaeten().get(0).toString());
        texts.add(d.getSofortangebot().toString());
        texts.add(d.getIntegrationsprognose().toString());
        texts.add(d.getPotenzialanalyse().toString());
        texts.add(d.getKooperationsplan().getEigenbemuehungen().toString());
        for (String t : texts) {
            assertFalse(t.contains("Deutschkurs") || t.contains("Hotel") || t.contains("Sprachstand") || t.contains("zuverlässig")
                    || t.contains("Bewerbungen"), t);
        }
    }

    @Test
    void rQ1_fmgDataAreMissingUnlessConfirmed() {
        QuerDokumentation d = QuerDokumentation.builder().from(Beispiele.vollstaendig()).build();
        QuerDokumentation unconfirmed = QuerDokumentation.builder().bedarfsgemeinschaft(d.getBedarfsgemeinschaft())
                .person(d.getPerson()).datum(d.getDatum()).potenzialanalyse(d.getPotenzialanalyse())
                .integrationsprognose(d.getIntegrationsprognose()).handlungsstrategie(d.getHandlungsstrategie())
                .sofortangebot(d.getSofortangebot()).kooperationsplan(d.getKooperationsplan())
                .beratungsvermerk(d.getBeratungsvermerk()).build();
        assertFalse(unconfirmed.isFmgDatenErfasst());
        assertFalse(unconfirmed.isKundensteuerungErforderlich());
        QuerReport r = validator.validate(unconfirmed);
        assertEquals(StandardStatus.Stand.FEHLT, r.standards().get(Mindeststandard.FMG_DATEN).stand(), r::toString);
        assertEquals(StandardStatus.Stand.NICHT_ERFORDERLICH, r.standards().get(Mindeststandard.KUNDENSTEUERUNG).stand(), r::toString);
        assertFalse(r.isComplete());
        assertTrue(validator.validate(d).isComplete());
    }

    @Test
    void offerKindsProfilesAndStrategiesHaveGermanAndEnglishNames() {
        assertEquals("Stellenangebot", Angebotsart.STELLENANGEBOT.label().german());
        assertEquals("job offer", Angebotsart.STELLENANGEBOT.label().english());
        List<Labelled> all = new ArrayList<>();
        all.addAll(List.of(Angebotsart.values()));
        all.addAll(List.of(Profillage.values()));
        all.addAll(List.of(Strategie.values()));
        for (Labelled l : all) {
            assertFalse(l.label().german().isBlank(), l.toString());
            assertFalse(l.label().english().isBlank(), l.toString());
        }
    }
}
