package de.qer.json;

import static de.qer.json.Codecs.BOOLEAN;
import static de.qer.json.Codecs.DATE;
import static de.qer.json.Codecs.INT;
import static de.qer.json.Codecs.STRING;
import static de.qer.json.Codecs.enumByName;
import static de.qer.json.Codecs.enumSet;
import static de.qer.json.Codecs.list;
import static de.qer.json.Codecs.nullable;

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
import java.util.List;

/**
 * The codecs of the documents of qer-docs (the QuEr documentation, the Beratungsvermerk, the
 * Kooperationsplan and their parts), through their builders. A property the model allows to be
 * missing ({@code @Nullable}: the validation reports it) is {@code null} in JSON; it is still
 * required as a property.
 */
final class DocsCodecs {

    private DocsCodecs() {
    }

    static final Codec<Seite> SEITE = enumByName(Seite.class);
    static final Codec<Vermerkart> VERMERKART = enumByName(Vermerkart.class);
    static final Codec<KursVorrang> KURS_VORRANG = enumByName(KursVorrang.class);
    static final Codec<Profillage> PROFILLAGE = enumByName(Profillage.class);
    static final Codec<Angebotsart> ANGEBOTSART = enumByName(Angebotsart.class);
    static final Codec<Strategie> STRATEGIE = enumByName(Strategie.class);
    static final Codec<Vermerkpunkt> VERMERKPUNKT = enumByName(Vermerkpunkt.class);
    static final ObjectCodec<Aktivitaet> AKTIVITAET = aktivitaet();
    static final ObjectCodec<Eigenbemuehungen> EIGENBEMUEHUNGEN = eigenbemuehungen();
    static final ObjectCodec<OffenerVermerkpunkt> OFFENER_VERMERKPUNKT = offenerVermerkpunkt();
    static final ObjectCodec<Potenzialanalyse> POTENZIALANALYSE = potenzialanalyse();
    static final ObjectCodec<Integrationsprognose> INTEGRATIONSPROGNOSE = integrationsprognose();
    static final ObjectCodec<Handlungsstrategie> HANDLUNGSSTRATEGIE = handlungsstrategie();
    static final ObjectCodec<Sofortangebot> SOFORTANGEBOT = sofortangebot();
    static final ObjectCodec<Beratungsvermerk> BERATUNGSVERMERK = beratungsvermerk();
    static final ObjectCodec<Kooperationsplan> KOOPERATIONSPLAN = kooperationsplan();
    static final ObjectCodec<KpUeberpruefung> KP_UEBERPRUEFUNG = kpUeberpruefung();
    static final ObjectCodec<QuerDokumentation> QUER_DOKUMENTATION = querDokumentation();
    static final ObjectCodec<Folgegespraech> FOLGEGESPRAECH = folgegespraech();

    private static ObjectCodec<Aktivitaet> aktivitaet() {
        var fSeite = Field.of("seite", Aktivitaet::getSeite, nullable(SEITE));
        var fWer = Field.of("wer", Aktivitaet::getWer, nullable(STRING));
        var fWas = Field.of("was", Aktivitaet::getWas, nullable(STRING));
        var fBisWann = Field.of("bisWann", Aktivitaet::getBisWann, nullable(DATE));
        var fRechtsfolgenbelehrung = Field.of("rechtsfolgenbelehrung", Aktivitaet::isRechtsfolgenbelehrung, BOOLEAN);
        return ObjectCodec.of("Aktivitaet", v -> Aktivitaet.builder()
                .seite(v.get(fSeite))
                .wer(v.get(fWer))
                .was(v.get(fWas))
                .bisWann(v.get(fBisWann))
                .rechtsfolgenbelehrung(v.get(fRechtsfolgenbelehrung))
                .build(), List.of(fSeite, fWer, fWas, fBisWann, fRechtsfolgenbelehrung));
    }

    private static ObjectCodec<Eigenbemuehungen> eigenbemuehungen() {
        var fUmfang = Field.of("umfang", Eigenbemuehungen::getUmfang, nullable(STRING));
        var fNachweis = Field.of("nachweis", Eigenbemuehungen::getNachweis, nullable(STRING));
        return ObjectCodec.of("Eigenbemuehungen", v -> Eigenbemuehungen.builder()
                .umfang(v.get(fUmfang))
                .nachweis(v.get(fNachweis))
                .build(), List.of(fUmfang, fNachweis));
    }

    private static ObjectCodec<OffenerVermerkpunkt> offenerVermerkpunkt() {
        var fPunkt = Field.of("punkt", OffenerVermerkpunkt::punkt, VERMERKPUNKT);
        var fNachholenBis = Field.of("nachholenBis", OffenerVermerkpunkt::nachholenBis, DATE);
        return ObjectCodec.of("OffenerVermerkpunkt", v -> new OffenerVermerkpunkt(v.get(fPunkt), v.get(fNachholenBis)), List.of(fPunkt, fNachholenBis));
    }

    private static ObjectCodec<Potenzialanalyse> potenzialanalyse() {
        var fStaerken = Field.of("staerken", Potenzialanalyse::getStaerken, list(STRING));
        var fRessourcen = Field.of("ressourcen", Potenzialanalyse::getRessourcen, list(STRING));
        var fHandlungsbedarfe = Field.of("handlungsbedarfe", Potenzialanalyse::getHandlungsbedarfe, list(STRING));
        var fIntegrationshemmnisse = Field.of("integrationshemmnisse", Potenzialanalyse::getIntegrationshemmnisse, list(STRING));
        return ObjectCodec.of("Potenzialanalyse", v -> Potenzialanalyse.builder()
                .staerken(v.get(fStaerken))
                .ressourcen(v.get(fRessourcen))
                .handlungsbedarfe(v.get(fHandlungsbedarfe))
                .integrationshemmnisse(v.get(fIntegrationshemmnisse))
                .build(), List.of(fStaerken, fRessourcen, fHandlungsbedarfe, fIntegrationshemmnisse));
    }

    private static ObjectCodec<Integrationsprognose> integrationsprognose() {
        var fProfillage = Field.of("profillage", Integrationsprognose::getProfillage, nullable(PROFILLAGE));
        var fMonateBisIntegration = Field.of("monateBisIntegration", Integrationsprognose::getMonateBisIntegration, nullable(INT));
        var fBegruendung = Field.of("begruendung", Integrationsprognose::getBegruendung, nullable(STRING));
        return ObjectCodec.of("Integrationsprognose", v -> Integrationsprognose.builder()
                .profillage(v.get(fProfillage))
                .monateBisIntegration(v.get(fMonateBisIntegration))
                .begruendung(v.get(fBegruendung))
                .build(), List.of(fProfillage, fMonateBisIntegration, fBegruendung));
    }

    private static ObjectCodec<Handlungsstrategie> handlungsstrategie() {
        var fStrategien = Field.of("strategien", Handlungsstrategie::getStrategien, enumSet(Strategie.class));
        var fBegruendungOhneAusbildung = Field.of("begruendungOhneAusbildung", Handlungsstrategie::getBegruendungOhneAusbildung, nullable(STRING));
        return ObjectCodec.of("Handlungsstrategie", v -> Handlungsstrategie.builder()
                .strategien(v.get(fStrategien))
                .begruendungOhneAusbildung(v.get(fBegruendungOhneAusbildung))
                .build(), List.of(fStrategien, fBegruendungOhneAusbildung));
    }

    private static ObjectCodec<Sofortangebot> sofortangebot() {
        var fArt = Field.of("art", Sofortangebot::getArt, nullable(ANGEBOTSART));
        var fBeschreibung = Field.of("beschreibung", Sofortangebot::getBeschreibung, nullable(STRING));
        var fAngebotenAm = Field.of("angebotenAm", Sofortangebot::getAngebotenAm, nullable(DATE));
        return ObjectCodec.of("Sofortangebot", v -> Sofortangebot.builder()
                .art(v.get(fArt))
                .beschreibung(v.get(fBeschreibung))
                .angebotenAm(v.get(fAngebotenAm))
                .build(), List.of(fArt, fBeschreibung, fAngebotenAm));
    }

    private static ObjectCodec<Beratungsvermerk> beratungsvermerk() {
        var fCaseId = Field.of("caseId", Beratungsvermerk::getCaseId, ModelCodecs.CASE_ID);
        var fPerson = Field.of("person", Beratungsvermerk::getPerson, ModelCodecs.PERSON_ID);
        var fVermerkart = Field.of("vermerkart", Beratungsvermerk::getVermerkart, VERMERKART);
        var fDatum = Field.of("datum", Beratungsvermerk::getDatum, DATE);
        var fGrundDerAntragstellung = Field.of("grundDerAntragstellung", Beratungsvermerk::getGrundDerAntragstellung, nullable(STRING));
        var fBgGroesse = Field.of("bgGroesse", Beratungsvermerk::getBgGroesse, nullable(INT));
        var fAufenthaltsstatus = Field.of("aufenthaltsstatus", Beratungsvermerk::getAufenthaltsstatus, nullable(ModelCodecs.AUFENTHALTSSTATUS));
        var fErgebnisPotenzialanalyse = Field.of("ergebnisPotenzialanalyse", Beratungsvermerk::getErgebnisPotenzialanalyse, nullable(STRING));
        var fZielberuf = Field.of("zielberuf", Beratungsvermerk::getZielberuf, nullable(STRING));
        var fGeplanteStrategien = Field.of("geplanteStrategien", Beratungsvermerk::getGeplanteStrategien, nullable(STRING));
        var fMassnahmenKombiniert = Field.of("massnahmenKombiniert", Beratungsvermerk::isMassnahmenKombiniert, BOOLEAN);
        var fBegruendungMassnahmezusammenfassung = Field.of("begruendungMassnahmezusammenfassung", Beratungsvermerk::getBegruendungMassnahmezusammenfassung, nullable(STRING));
        var fGespraechszusammenfassung = Field.of("gespraechszusammenfassung", Beratungsvermerk::getGespraechszusammenfassung, nullable(STRING));
        var fWeiteresVorgehen = Field.of("weiteresVorgehen", Beratungsvermerk::getWeiteresVorgehen, nullable(STRING));
        var fOffenePunkte = Field.of("offenePunkte", Beratungsvermerk::getOffenePunkte, list(OFFENER_VERMERKPUNKT));
        return ObjectCodec.of("Beratungsvermerk", v -> Beratungsvermerk.builder()
                .caseId(v.get(fCaseId))
                .person(v.get(fPerson))
                .vermerkart(v.get(fVermerkart))
                .datum(v.get(fDatum))
                .grundDerAntragstellung(v.get(fGrundDerAntragstellung))
                .bgGroesse(v.get(fBgGroesse))
                .aufenthaltsstatus(v.get(fAufenthaltsstatus))
                .ergebnisPotenzialanalyse(v.get(fErgebnisPotenzialanalyse))
                .zielberuf(v.get(fZielberuf))
                .geplanteStrategien(v.get(fGeplanteStrategien))
                .massnahmenKombiniert(v.get(fMassnahmenKombiniert))
                .begruendungMassnahmezusammenfassung(v.get(fBegruendungMassnahmezusammenfassung))
                .gespraechszusammenfassung(v.get(fGespraechszusammenfassung))
                .weiteresVorgehen(v.get(fWeiteresVorgehen))
                .offenePunkte(v.get(fOffenePunkte))
                .build(), List.of(fCaseId, fPerson, fVermerkart, fDatum, fGrundDerAntragstellung, fBgGroesse, fAufenthaltsstatus, fErgebnisPotenzialanalyse, fZielberuf, fGeplanteStrategien, fMassnahmenKombiniert, fBegruendungMassnahmezusammenfassung, fGespraechszusammenfassung, fWeiteresVorgehen, fOffenePunkte));
    }

    private static ObjectCodec<Kooperationsplan> kooperationsplan() {
        var fCaseId = Field.of("caseId", Kooperationsplan::getCaseId, ModelCodecs.CASE_ID);
        var fPerson = Field.of("person", Kooperationsplan::getPerson, ModelCodecs.PERSON_ID);
        var fErstelltAm = Field.of("erstelltAm", Kooperationsplan::getErstelltAm, DATE);
        var fEingliederungsziel = Field.of("eingliederungsziel", Kooperationsplan::getEingliederungsziel, nullable(STRING));
        var fSchritte = Field.of("schritte", Kooperationsplan::getSchritte, list(STRING));
        var fAktivitaeten = Field.of("aktivitaeten", Kooperationsplan::getAktivitaeten, list(AKTIVITAET));
        var fEingliederungsleistungen = Field.of("eingliederungsleistungen", Kooperationsplan::getEingliederungsleistungen, list(STRING));
        var fEigenbemuehungen = Field.of("eigenbemuehungen", Kooperationsplan::getEigenbemuehungen, nullable(EIGENBEMUEHUNGEN));
        var fKursVorrang = Field.of("kursVorrang", Kooperationsplan::getKursVorrang, nullable(KURS_VORRANG));
        var fAndereStellen = Field.of("andereStellen", Kooperationsplan::getAndereStellen, list(STRING));
        var fZiele = Field.of("ziele", Kooperationsplan::getZiele, list(STRING));
        var fRehaHinweis = Field.of("rehaHinweis", Kooperationsplan::getRehaHinweis, nullable(STRING));
        var fNaechsteUeberpruefung = Field.of("naechsteUeberpruefung", Kooperationsplan::getNaechsteUeberpruefung, nullable(DATE));
        var fUnterschrieben = Field.of("unterschrieben", Kooperationsplan::isUnterschrieben, BOOLEAN);
        var fRechtsfolgenbelehrung = Field.of("rechtsfolgenbelehrung", Kooperationsplan::isRechtsfolgenbelehrung, BOOLEAN);
        return ObjectCodec.of("Kooperationsplan", v -> Kooperationsplan.builder()
                .caseId(v.get(fCaseId))
                .person(v.get(fPerson))
                .erstelltAm(v.get(fErstelltAm))
                .eingliederungsziel(v.get(fEingliederungsziel))
                .schritte(v.get(fSchritte))
                .aktivitaeten(v.get(fAktivitaeten))
                .eingliederungsleistungen(v.get(fEingliederungsleistungen))
                .eigenbemuehungen(v.get(fEigenbemuehungen))
                .kursVorrang(v.get(fKursVorrang))
                .andereStellen(v.get(fAndereStellen))
                .ziele(v.get(fZiele))
                .rehaHinweis(v.get(fRehaHinweis))
                .naechsteUeberpruefung(v.get(fNaechsteUeberpruefung))
                .unterschrieben(v.get(fUnterschrieben))
                .rechtsfolgenbelehrung(v.get(fRechtsfolgenbelehrung))
                .build(), List.of(fCaseId, fPerson, fErstelltAm, fEingliederungsziel, fSchritte, fAktivitaeten, fEingliederungsleistungen, fEigenbemuehungen, fKursVorrang, fAndereStellen, fZiele, fRehaHinweis, fNaechsteUeberpruefung, fUnterschrieben, fRechtsfolgenbelehrung));
    }

    private static ObjectCodec<KpUeberpruefung> kpUeberpruefung() {
        var fDatum = Field.of("datum", KpUeberpruefung::getDatum, DATE);
        var fKooperationsplan = Field.of("kooperationsplan", KpUeberpruefung::getKooperationsplan, KOOPERATIONSPLAN);
        var fKooperationGescheitert = Field.of("kooperationGescheitert", KpUeberpruefung::isKooperationGescheitert, BOOLEAN);
        return ObjectCodec.of("KpUeberpruefung", v -> KpUeberpruefung.builder()
                .datum(v.get(fDatum))
                .kooperationsplan(v.get(fKooperationsplan))
                .kooperationGescheitert(v.get(fKooperationGescheitert))
                .build(), List.of(fDatum, fKooperationsplan, fKooperationGescheitert));
    }

    private static ObjectCodec<QuerDokumentation> querDokumentation() {
        var fBedarfsgemeinschaft = Field.of("bedarfsgemeinschaft", QuerDokumentation::getBedarfsgemeinschaft, ModelCodecs.BEDARFSGEMEINSCHAFT);
        var fPerson = Field.of("person", QuerDokumentation::getPerson, ModelCodecs.PERSON_ID);
        var fDatum = Field.of("datum", QuerDokumentation::getDatum, DATE);
        var fFmgDatenErfasst = Field.of("fmgDatenErfasst", QuerDokumentation::isFmgDatenErfasst, BOOLEAN);
        var fPotenzialanalyse = Field.of("potenzialanalyse", QuerDokumentation::getPotenzialanalyse, nullable(POTENZIALANALYSE));
        var fIntegrationsprognose = Field.of("integrationsprognose", QuerDokumentation::getIntegrationsprognose, nullable(INTEGRATIONSPROGNOSE));
        var fHandlungsstrategie = Field.of("handlungsstrategie", QuerDokumentation::getHandlungsstrategie, nullable(HANDLUNGSSTRATEGIE));
        var fSofortangebot = Field.of("sofortangebot", QuerDokumentation::getSofortangebot, nullable(SOFORTANGEBOT));
        var fKooperationsplan = Field.of("kooperationsplan", QuerDokumentation::getKooperationsplan, nullable(KOOPERATIONSPLAN));
        var fBeratungsvermerk = Field.of("beratungsvermerk", QuerDokumentation::getBeratungsvermerk, nullable(BERATUNGSVERMERK));
        var fKundensteuerungErforderlich = Field.of("kundensteuerungErforderlich", QuerDokumentation::isKundensteuerungErforderlich, BOOLEAN);
        var fKundensteuerung = Field.of("kundensteuerung", QuerDokumentation::getKundensteuerung, nullable(ModelCodecs.KUNDENSTEUERUNG));
        var fOffenePunkte = Field.of("offenePunkte", QuerDokumentation::getOffenePunkte, list(ModelCodecs.OFFENER_PUNKT));
        var fKooperationGescheitert = Field.of("kooperationGescheitert", QuerDokumentation::isKooperationGescheitert, BOOLEAN);
        return ObjectCodec.of("QuerDokumentation", v -> QuerDokumentation.builder()
                .bedarfsgemeinschaft(v.get(fBedarfsgemeinschaft))
                .person(v.get(fPerson))
                .datum(v.get(fDatum))
                .fmgDatenErfasst(v.get(fFmgDatenErfasst))
                .potenzialanalyse(v.get(fPotenzialanalyse))
                .integrationsprognose(v.get(fIntegrationsprognose))
                .handlungsstrategie(v.get(fHandlungsstrategie))
                .sofortangebot(v.get(fSofortangebot))
                .kooperationsplan(v.get(fKooperationsplan))
                .beratungsvermerk(v.get(fBeratungsvermerk))
                .kundensteuerungErforderlich(v.get(fKundensteuerungErforderlich))
                .kundensteuerung(v.get(fKundensteuerung))
                .offenePunkte(v.get(fOffenePunkte))
                .kooperationGescheitert(v.get(fKooperationGescheitert))
                .build(), List.of(fBedarfsgemeinschaft, fPerson, fDatum, fFmgDatenErfasst, fPotenzialanalyse, fIntegrationsprognose, fHandlungsstrategie, fSofortangebot, fKooperationsplan, fBeratungsvermerk, fKundensteuerungErforderlich, fKundensteuerung, fOffenePunkte, fKooperationGescheitert));
    }

    private static ObjectCodec<Folgegespraech> folgegespraech() {
        var fBedarfsgemeinschaft = Field.of("bedarfsgemeinschaft", Folgegespraech::getBedarfsgemeinschaft, ModelCodecs.BEDARFSGEMEINSCHAFT);
        var fPerson = Field.of("person", Folgegespraech::getPerson, ModelCodecs.PERSON_ID);
        var fDatum = Field.of("datum", Folgegespraech::getDatum, DATE);
        var fBeratungsvermerk = Field.of("beratungsvermerk", Folgegespraech::getBeratungsvermerk, nullable(BERATUNGSVERMERK));
        var fKooperationsplan = Field.of("kooperationsplan", Folgegespraech::getKooperationsplan, nullable(KOOPERATIONSPLAN));
        var fKpUnveraendertBestaetigt = Field.of("kpUnveraendertBestaetigt", Folgegespraech::isKpUnveraendertBestaetigt, BOOLEAN);
        var fKpNaechsteUeberpruefung = Field.of("kpNaechsteUeberpruefung", Folgegespraech::getKpNaechsteUeberpruefung, nullable(DATE));
        var fPotenzialanalyse = Field.of("potenzialanalyse", Folgegespraech::getPotenzialanalyse, nullable(POTENZIALANALYSE));
        var fPotenzialanalyseUnveraendertBestaetigt = Field.of("potenzialanalyseUnveraendertBestaetigt", Folgegespraech::isPotenzialanalyseUnveraendertBestaetigt, BOOLEAN);
        var fOffenePunkte = Field.of("offenePunkte", Folgegespraech::getOffenePunkte, list(ModelCodecs.OFFENER_PUNKT));
        var fKooperationGescheitert = Field.of("kooperationGescheitert", Folgegespraech::isKooperationGescheitert, BOOLEAN);
        return ObjectCodec.of("Folgegespraech", v -> Folgegespraech.builder()
                .bedarfsgemeinschaft(v.get(fBedarfsgemeinschaft))
                .person(v.get(fPerson))
                .datum(v.get(fDatum))
                .beratungsvermerk(v.get(fBeratungsvermerk))
                .kooperationsplan(v.get(fKooperationsplan))
                .kpUnveraendertBestaetigt(v.get(fKpUnveraendertBestaetigt))
                .kpNaechsteUeberpruefung(v.get(fKpNaechsteUeberpruefung))
                .potenzialanalyse(v.get(fPotenzialanalyse))
                .potenzialanalyseUnveraendertBestaetigt(v.get(fPotenzialanalyseUnveraendertBestaetigt))
                .offenePunkte(v.get(fOffenePunkte))
                .kooperationGescheitert(v.get(fKooperationGescheitert))
                .build(), List.of(fBedarfsgemeinschaft, fPerson, fDatum, fBeratungsvermerk, fKooperationsplan, fKpUnveraendertBestaetigt, fKpNaechsteUeberpruefung, fPotenzialanalyse, fPotenzialanalyseUnveraendertBestaetigt, fOffenePunkte, fKooperationGescheitert));
    }
}
