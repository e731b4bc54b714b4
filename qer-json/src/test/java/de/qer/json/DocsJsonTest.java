package de.qer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.model.Aufenthaltsstatus;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.OffenerPunkt;
import de.qer.docs.Aktivitaet;
import de.qer.docs.Angebotsart;
import de.qer.docs.Beratungsvermerk;
import de.qer.docs.Eigenbemuehungen;
import de.qer.docs.Folgegespraech;
import de.qer.docs.Handlungsstrategie;
import de.qer.docs.Integrationsprognose;
import de.qer.docs.Kooperationsplan;
import de.qer.docs.KpUeberpruefung;
import de.qer.docs.KursVorrang;
import de.qer.docs.OffenerVermerkpunkt;
import de.qer.docs.Potenzialanalyse;
import de.qer.docs.Profillage;
import de.qer.docs.QuerDokumentation;
import de.qer.docs.Seite;
import de.qer.docs.Sofortangebot;
import de.qer.docs.Strategie;
import de.qer.docs.Vermerkart;
import de.qer.docs.Vermerkpunkt;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The documents of qer-docs through QerDocsJsonModule: complete ones, incomplete ones (nulls), strictness. */
class DocsJsonTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private final JsonMapper mapper = JsonMapper.builder().addModule(new QerJsonModule()).addModule(new QerDocsJsonModule()).build();

    static Beratungsvermerk vermerk() {
        return Beratungsvermerk.builder().caseId(Cases.CASE).person(Cases.HA).datum(DAY)
                .grundDerAntragstellung("Arbeitsplatz verloren").bgGroesse(4).aufenthaltsstatus(Aufenthaltsstatus.AUFENTHALTSERLAUBNIS)
                .ergebnisPotenzialanalyse("erfahren, Deutsch B1").zielberuf("Koch").geplanteStrategien("Ausbildung")
                .massnahmenKombiniert(true).begruendungMassnahmezusammenfassung("Sprachkurs und Praktikum zusammen")
                .gespraechszusammenfassung("will im Beruf bleiben").weiteresVorgehen("Kurs anmelden")
                .addOffenePunkte(new OffenerVermerkpunkt(Vermerkpunkt.ZIELBERUF, DAY.plusDays(14))).build();
    }

    static Kooperationsplan kp() {
        return Kooperationsplan.builder().caseId(Cases.CASE).person(Cases.HA).erstelltAm(DAY).eingliederungsziel("Ausbildung")
                .addSchritte("Kurs", "Bewerbungen")
                .addAktivitaeten(Aktivitaet.builder().seite(Seite.ELB).wer("eLb").was("Bewerbungen").bisWann(DAY.plusDays(21))
                        .rechtsfolgenbelehrung(true).build(), Aktivitaet.builder().build())
                .addEingliederungsleistungen("Fahrkosten").eigenbemuehungen(Eigenbemuehungen.builder().umfang("drei je Monat").build())
                .kursVorrang(KursVorrang.INTEGRATIONSKURS).addAndereStellen("Kita").addZiele("Koch").rehaHinweis("keiner")
                .naechsteUeberpruefung(DAY.plusMonths(6)).unterschrieben(true).build();
    }

    static QuerDokumentation complete() {
        return QuerDokumentation.builder().bedarfsgemeinschaft(Cases.bg()).person(Cases.HA).datum(DAY).fmgDatenErfasst(true)
                .potenzialanalyse(Potenzialanalyse.builder().addStaerken("zuverlässig").addRessourcen("Erfahrung")
                        .addHandlungsbedarfe("Deutsch").addIntegrationshemmnisse("Betreuung").build())
                .integrationsprognose(Integrationsprognose.builder().profillage(Profillage.FOERDERPROFIL).monateBisIntegration(12)
                        .begruendung("Sprache").build())
                .handlungsstrategie(Handlungsstrategie.builder().strategien(EnumSet.of(Strategie.AUSBILDUNG, Strategie.SPRACHFOERDERUNG))
                        .begruendungOhneAusbildung("entfällt").build())
                .sofortangebot(Sofortangebot.builder().art(Angebotsart.MASSNAHME).beschreibung("Praktikum").angebotenAm(DAY).build())
                .kooperationsplan(kp()).beratungsvermerk(vermerk()).kundensteuerungErforderlich(true)
                .kundensteuerung(Kundensteuerung.START_KLAR)
                .addOffenePunkte(OffenerPunkt.fuer("OP-1", Mindeststandard.POTENZIALANALYSE, DAY.plusDays(10))).build();
    }

    private <T> T roundTrip(T value, Class<T> type) {
        return mapper.readValue(mapper.writeValueAsString(value), type);
    }

    @Test
    void completeDocumentsSurviveJson() {
        assertEquals(complete(), roundTrip(complete(), QuerDokumentation.class));
        assertEquals(kp(), roundTrip(kp(), Kooperationsplan.class));
        assertEquals(vermerk(), roundTrip(vermerk(), Beratungsvermerk.class));
        KpUeberpruefung review = KpUeberpruefung.builder().datum(DAY.plusMonths(6)).kooperationsplan(kp()).kooperationGescheitert(true).build();
        assertEquals(review, roundTrip(review, KpUeberpruefung.class));
        Folgegespraech f = Folgegespraech.builder().bedarfsgemeinschaft(Cases.bg()).person(Cases.HA).datum(DAY.plusMonths(2))
                .beratungsvermerk(Beratungsvermerk.builder().from(vermerk()).vermerkart(Vermerkart.FOLGEGESPRAECH).build())
                .kpUnveraendertBestaetigt(true).kpNaechsteUeberpruefung(DAY.plusMonths(8)).build();
        assertEquals(f, roundTrip(f, Folgegespraech.class));
    }

    @Test
    void anIncompleteDocumentKeepsItsGapsAsNull() {
        // what the validation reports as missing is null in JSON, still present as a property
        QuerDokumentation gaps = QuerDokumentation.builder().bedarfsgemeinschaft(Cases.bg()).person(Cases.HA).datum(DAY).build();
        assertEquals(gaps, roundTrip(gaps, QuerDokumentation.class));
        JsonNode n = mapper.readTree(mapper.writeValueAsString(gaps));
        assertTrue(n.has("kooperationsplan") && n.get("kooperationsplan").isNull(), n::toString);
        Aktivitaet empty = Aktivitaet.builder().build();
        assertEquals(empty, roundTrip(empty, Aktivitaet.class));
    }

    @Test
    void readingIsStrict() {
        ObjectNode n = (ObjectNode) mapper.readTree(mapper.writeValueAsString(kp()));
        ObjectNode missing = n.deepCopy();
        missing.remove("rehaHinweis");
        assertEquals("rehaHinweis", assertThrows(QerJsonException.class,
                () -> mapper.readValue(missing.toString(), Kooperationsplan.class)).path());
        ObjectNode unknown = n.deepCopy();
        unknown.put("unterschrift", "x");
        assertEquals("unterschrift", assertThrows(QerJsonException.class,
                () -> mapper.readValue(unknown.toString(), Kooperationsplan.class)).path());
        ObjectNode badCode = n.deepCopy();
        ((ObjectNode) badCode.get("aktivitaeten").get(0)).put("seite", "eLb");
        assertEquals("aktivitaeten[0].seite", assertThrows(QerJsonException.class,
                () -> mapper.readValue(badCode.toString(), Kooperationsplan.class)).path());
        ObjectNode nullId = n.deepCopy();
        nullId.putNull("caseId");
        assertEquals("caseId", assertThrows(QerJsonException.class,
                () -> mapper.readValue(nullId.toString(), Kooperationsplan.class)).path());
    }
}
