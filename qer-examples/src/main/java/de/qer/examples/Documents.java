package de.qer.examples;

import de.qer.core.KundensteuerungPolicy;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import de.qer.docs.Aktivitaet;
import de.qer.docs.Angebotsart;
import de.qer.docs.Beratungsvermerk;
import de.qer.docs.Eigenbemuehungen;
import de.qer.docs.Handlungsstrategie;
import de.qer.docs.Integrationsprognose;
import de.qer.docs.Kooperationsplan;
import de.qer.docs.KursVorrang;
import de.qer.docs.Potenzialanalyse;
import de.qer.docs.Profillage;
import de.qer.docs.QuerDokumentation;
import de.qer.docs.Seite;
import de.qer.docs.Sofortangebot;
import de.qer.docs.Strategie;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Random;

/** Writes the documents of a QuEr as a caseworker would, varied by a seeded random. */
final class Documents {

    private static final String[] BERUFE = {"Fachkraft für Lagerlogistik", "Verkäufer*in", "Pflegehelfer*in", "Koch/Köchin",
        "Berufskraftfahrer*in", "Bürokaufmann/-frau", "Elektroniker*in", "Reinigungskraft"};
    private static final String[] GRUENDE = {"Verlust des Arbeitsplatzes nach Ablauf des befristeten Vertrags",
        "Trennung vom Partner, eigenes Einkommen reicht nicht für den Lebensunterhalt",
        "Ende des Studiums ohne Anschlussbeschäftigung, keine Ersparnisse",
        "Einkommen aus Teilzeitbeschäftigung deckt den Bedarf der Familie nicht"};

    private final Random random;
    private final KundensteuerungPolicy routing;

    Documents(long seed, KundensteuerungPolicy routing) {
        this.random = new Random(seed);
        this.routing = routing;
    }

    QuerDokumentation complete(CaseState.NachBewilligung state, PersonId person, LocalDate day) {
        Mitglied m = state.bedarfsgemeinschaft().mitglied(person).orElseThrow();
        String beruf = BERUFE[random.nextInt(BERUFE.length)];
        boolean ausbildung = !m.berufsabschluss();
        var note = Beratungsvermerk.builder().caseId(state.bedarfsgemeinschaft().id()).person(person).datum(day)
                .grundDerAntragstellung(GRUENDE[random.nextInt(GRUENDE.length)])
                .bgGroesse(state.bedarfsgemeinschaft().groesse())
                .ergebnisPotenzialanalyse("Stärken: Zuverlässigkeit und Berufserfahrung; Handlungsbedarf: "
                        + (ausbildung ? "fehlender Berufsabschluss" : "aktuelle Bewerbungsunterlagen")
                        + ". Prognose: Integration innerhalb von " + (6 + random.nextInt(12)) + " Monaten.")
                .zielberuf(beruf)
                .geplanteStrategien(ausbildung ? "Vermittlung in eine betriebliche Ausbildung als " + beruf
                        : "Direkte Vermittlung in Arbeit als " + beruf + " mit Bewerbungscoaching")
                .gespraechszusammenfassung("Die Situation der gesamten BG wurde besprochen (Kinderbetreuung, Mobilität, "
                        + "Gesundheit). Die Person ist motiviert und kann kurzfristig beginnen.")
                .weiteresVorgehen("Bewerbungen auf die Vermittlungsvorschläge, Rückmeldung bis zum nächsten Termin in drei Wochen");
        if (m.drittstaatsangehoerig()) {
            note.aufenthaltsstatus(m.aufenthaltsstatus().orElseThrow());
        }
        Kooperationsplan kp = Kooperationsplan.builder().caseId(state.bedarfsgemeinschaft().id()).person(person).erstelltAm(day)
                .eingliederungsziel((ausbildung ? "Beginn einer Ausbildung als " : "Aufnahme einer Beschäftigung als ") + beruf
                        + " innerhalb der nächsten Monate")
                .addSchritte("Bewerbungsunterlagen aktualisieren", "Bewerbungen auf Vermittlungsvorschläge",
                        "Vorstellungsgespräche wahrnehmen")
                .addAktivitaeten(
                        Aktivitaet.builder().seite(Seite.ELB).wer("eLb").was("Lebenslauf und Anschreiben aktualisieren")
                                .bisWann(day.plusDays(7)).build(),
                        Aktivitaet.builder().seite(Seite.ELB).wer("eLb").was("mindestens drei Bewerbungen versenden")
                                .bisWann(day.plusDays(21)).build(),
                        Aktivitaet.builder().seite(Seite.JOBCENTER).wer("IFK").was("Vermittlungsvorschläge zusenden")
                                .bisWann(day.plusDays(5)).build())
                .addEingliederungsleistungen("Übernahme von Bewerbungs- und Fahrkosten aus dem Vermittlungsbudget")
                .eigenbemuehungen(Eigenbemuehungen.builder().umfang("drei Bewerbungen je Monat")
                        .nachweis("Liste mit Datum, Arbeitgeber und Stelle").build())
                .kursVorrang(m.drittstaatsangehoerig() ? KursVorrang.DEUTSCHSPRACHKURS : KursVorrang.KEINER)
                .addZiele(beruf)
                .naechsteUeberpruefung(day.plusMonths(3))
                .build();
        return QuerDokumentation.fuer(state, person).datum(day).fmgDatenErfasst(true)
                .potenzialanalyse(Potenzialanalyse.builder().addStaerken("zuverlässig").addRessourcen("Berufserfahrung")
                        .addHandlungsbedarfe(ausbildung ? "Berufsabschluss" : "Bewerbungsunterlagen")
                        .addIntegrationshemmnisse(m.rehaBedarf() ? "gesundheitliche Einschränkungen" : "keine").build())
                .integrationsprognose(Integrationsprognose.builder().profillage(ausbildung ? Profillage.FOERDERPROFIL
                        : Profillage.MARKTPROFIL).begruendung("Berufserfahrung vorhanden, Arbeitsmarkt in der Region aufnahmefähig").build())
                .handlungsstrategie(Handlungsstrategie.builder().strategien(ausbildung
                        ? EnumSet.of(Strategie.AUSBILDUNG) : EnumSet.of(Strategie.VERMITTLUNG_IN_ARBEIT)).build())
                .sofortangebot(Sofortangebot.builder().art(ausbildung ? Angebotsart.AUSBILDUNGSANGEBOT : Angebotsart.STELLENANGEBOT)
                        .beschreibung("Vermittlungsvorschlag " + beruf + " bei einem Arbeitgeber in Wuppertal").angebotenAm(day).build())
                .kooperationsplan(kp)
                .beratungsvermerk(note.build())
                .kundensteuerungErforderlich(true)
                .kundensteuerung(routing.suggest(m, day).target())
                .build();
    }
}
