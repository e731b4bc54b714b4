package de.qer.docs;

import de.qer.core.model.Aufenthaltsstatus;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Sample documents a caseworker would recognise: a complete, valid QuEr of Frau A. on 24 Nov 2026. */
public final class Beispiele {

    public static final LocalDate QUER = LocalDate.of(2026, 11, 24);
    public static final CaseId FALL = CaseId.of("BG-1001");
    public static final PersonId ELB = PersonId.of("P-1");

    private Beispiele() {
    }

    public static Mitglied elb() {
        return Mitglied.builder().id(ELB).geburtsdatum(LocalDate.of(1990, 4, 12)).drittstaatsangehoerig(true)
                .aufenthaltsstatus(Aufenthaltsstatus.AUFENTHALTSERLAUBNIS).berufsabschluss(false).build();
    }

    public static Bedarfsgemeinschaft bedarfsgemeinschaft() {
        return Bedarfsgemeinschaft.builder().id(FALL).haushaltsvorstand(ELB).addMitglieder(elb(),
                Mitglied.builder().id(PersonId.of("P-2")).geburtsdatum(LocalDate.of(2016, 2, 1)).build()).build();
    }

    public static Beratungsvermerk vermerk() {
        return Beratungsvermerk.builder().caseId(FALL).person(ELB).datum(QUER)
                .grundDerAntragstellung("Verlust des Arbeitsplatzes als Küchenhilfe nach Schließung des Betriebs im Oktober")
                .bgGroesse(2)
                .aufenthaltsstatus(Aufenthaltsstatus.AUFENTHALTSERLAUBNIS)
                .ergebnisPotenzialanalyse("Motiviert, zuverlässig, Berufserfahrung in der Gastronomie; Handlungsbedarf bei "
                        + "Deutschkenntnissen (B1) und fehlendem Berufsabschluss. Prognose: Integration in 12 Monaten über Ausbildung.")
                .zielberuf("Köchin")
                .geplanteStrategien("Teilzeitausbildung zur Köchin ab Februar, vorher berufsbezogener Deutschkurs B2")
                .gespraechszusammenfassung("Frau A. möchte im Beruf bleiben und einen Abschluss erwerben; Kinderbetreuung "
                        + "für die Tochter ist vormittags gesichert. Sie bringt Zeugnisse zum nächsten Termin mit.")
                .weiteresVorgehen("Anmeldung zum Deutschkurs B2, Vorschläge für Ausbildungsbetriebe, nächster Termin in vier Wochen")
                .build();
    }

    public static Kooperationsplan kooperationsplan() {
        return Kooperationsplan.builder().caseId(FALL).person(ELB).erstelltAm(QUER)
                .eingliederungsziel("Abschluss einer Teilzeitausbildung zur Köchin und danach eine Beschäftigung in der Gastronomie")
                .addSchritte("Deutschkurs B2 abschließen", "Ausbildungsbetrieb finden", "Ausbildung beginnen")
                .addAktivitaeten(
                        Aktivitaet.builder().seite(Seite.ELB).wer("eLb").was("Anmeldung zum berufsbezogenen Deutschkurs B2")
                                .bisWann(LocalDate.of(2026, 12, 4)).build(),
                        Aktivitaet.builder().seite(Seite.ELB).wer("eLb").was("drei Bewerbungen auf Ausbildungsplätze")
                                .bisWann(LocalDate.of(2026, 12, 18)).build(),
                        Aktivitaet.builder().seite(Seite.JOBCENTER).wer("IFK").was("Vorschläge für Ausbildungsbetriebe senden")
                                .bisWann(LocalDate.of(2026, 12, 1)).build())
                .addEingliederungsleistungen("Übernahme der Fahrkosten zum Deutschkurs (§ 16 SGB II)")
                .eigenbemuehungen(Eigenbemuehungen.builder().umfang("drei Bewerbungen je Monat auf Ausbildungsplätze")
                        .nachweis("Liste mit Datum, Betrieb und Ergebnis zum nächsten Termin").build())
                .kursVorrang(KursVorrang.DEUTSCHSPRACHKURS)
                .addAndereStellen("Kita-Träger (Betreuung)")
                .addZiele("Ausbildung Köchin (Teilzeit)", "Gastronomie")
                .naechsteUeberpruefung(LocalDate.of(2027, 3, 24))
                .build();
    }

    public static Potenzialanalyse potenzialanalyse() {
        return Potenzialanalyse.builder().addStaerken("zuverlässig", "teamfähig").addRessourcen("Berufserfahrung Gastronomie")
                .addHandlungsbedarfe("Deutsch B2", "Berufsabschluss").addIntegrationshemmnisse("keine Kinderbetreuung am Nachmittag")
                .build();
    }

    public static QuerDokumentation vollstaendig() {
        return QuerDokumentation.builder().bedarfsgemeinschaft(bedarfsgemeinschaft()).person(ELB).datum(QUER).fmgDatenErfasst(true)
                .potenzialanalyse(potenzialanalyse())
                .integrationsprognose(Integrationsprognose.builder().profillage(Profillage.FOERDERPROFIL).monateBisIntegration(12)
                        .begruendung("Abschluss über Teilzeitausbildung erreichbar, Sprachstand B1 ist die Hürde").build())
                .handlungsstrategie(Handlungsstrategie.builder().strategien(EnumSet.of(Strategie.AUSBILDUNG, Strategie.SPRACHFOERDERUNG))
                        .build())
                .sofortangebot(Sofortangebot.builder().art(Angebotsart.AUSBILDUNGSANGEBOT)
                        .beschreibung("Vermittlungsvorschlag Teilzeitausbildung Köchin, Hotel am Park").angebotenAm(QUER).build())
                .kooperationsplan(kooperationsplan())
                .beratungsvermerk(vermerk())
                .kundensteuerungErforderlich(true)
                .kundensteuerung(Kundensteuerung.VERBLEIB_GST)
                .build();
    }

    /** The day of the follow-up interview with Frau A.: Tuesday 12 Jan 2027. */
    public static final LocalDate FOLGE = LocalDate.of(2027, 1, 12);

    /** The note of the follow-up on a day (R-L1): summary and next steps, the BG size. */
    public static Beratungsvermerk folgeVermerk(LocalDate day) {
        return Beratungsvermerk.builder().caseId(FALL).person(ELB).datum(day).vermerkart(Vermerkart.FOLGEGESPRAECH)
                .bgGroesse(2)
                .gespraechszusammenfassung("Frau A. hat den Deutschkurs B2 begonnen und drei Bewerbungen geschrieben; "
                        + "ein Betrieb hat zum Probearbeiten eingeladen.")
                .weiteresVorgehen("Probearbeiten am Monatsende, Zeugnisse nachreichen, nächstes Gespräch in sechs Wochen")
                .build();
    }

    /** The plan of the QuEr, updated on a day: activities moved after it, next review as given (R-K3, R-L2). */
    public static Kooperationsplan kooperationsplan(LocalDate day, LocalDate nextReview) {
        List<Aktivitaet> moved = new ArrayList<>();
        for (Aktivitaet a : kooperationsplan().getAktivitaeten()) {
            moved.add(Aktivitaet.builder().from(a).bisWann(day.plusDays(14)).build());
        }
        return Kooperationsplan.builder().from(kooperationsplan()).erstelltAm(day).aktivitaeten(moved)
                .naechsteUeberpruefung(nextReview).build();
    }

    /** A complete follow-up of Frau A. on {@link #FOLGE}: a note, the KP confirmed unchanged (R-L1). */
    public static Folgegespraech folgegespraech() {
        return Folgegespraech.builder().bedarfsgemeinschaft(bedarfsgemeinschaft()).person(ELB).datum(FOLGE).beratungsvermerk(folgeVermerk(FOLGE))
                .kpUnveraendertBestaetigt(true).kpNaechsteUeberpruefung(LocalDate.of(2027, 7, 12)).build();
    }

    /** A complete follow-up of Frau A. on {@link #FOLGE} with the KP updated (R-K1 to R-K4, R-L2). */
    public static Folgegespraech folgegespraechMitKp() {
        return Folgegespraech.builder().from(folgegespraech()).kpUnveraendertBestaetigt(false).kpNaechsteUeberpruefung(null)
                .kooperationsplan(kooperationsplan(FOLGE, LocalDate.of(2027, 7, 12))).build();
    }
}
