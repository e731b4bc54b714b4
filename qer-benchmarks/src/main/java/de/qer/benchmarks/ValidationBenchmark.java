package de.qer.benchmarks;

import de.qer.core.model.Aufenthaltsstatus;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.Kundensteuerung;
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
import de.qer.docs.validation.QuerReport;
import de.qer.docs.validation.QuerValidator;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Validating a complete QuEr (note, plan, analysis) after start-up; sample time, so JMH reports the median. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidationBenchmark {

    private QuerValidator validator;
    private QuerDokumentation doc;

    /** A complete QuEr, as a caseworker would write it. */
    static QuerDokumentation completeQuer() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        PersonId p = PersonId.of("P-1");
        CaseId c = CaseId.of("BG-1");
        Mitglied m = Mitglied.builder().id(p).geburtsdatum(LocalDate.of(1990, 4, 12)).drittstaatsangehoerig(true)
                .aufenthaltsstatus(Aufenthaltsstatus.AUFENTHALTSERLAUBNIS).build();
        Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(c).haushaltsvorstand(p).addMitglieder(m).build();
        return QuerDokumentation.builder().bedarfsgemeinschaft(bg).person(p).datum(day).fmgDatenErfasst(true)
                .potenzialanalyse(Potenzialanalyse.builder().addStaerken("zuverlässig").addRessourcen("Berufserfahrung")
                        .addHandlungsbedarfe("Deutsch B2").addIntegrationshemmnisse("keine").build())
                .integrationsprognose(Integrationsprognose.builder().profillage(Profillage.FOERDERPROFIL)
                        .begruendung("Abschluss über Teilzeitausbildung erreichbar").build())
                .handlungsstrategie(Handlungsstrategie.builder().addStrategien(Strategie.AUSBILDUNG).build())
                .sofortangebot(Sofortangebot.builder().art(Angebotsart.AUSBILDUNGSANGEBOT)
                        .beschreibung("Vermittlungsvorschlag Teilzeitausbildung Köchin").angebotenAm(day).build())
                .kooperationsplan(Kooperationsplan.builder().caseId(c).person(p).erstelltAm(day)
                        .eingliederungsziel("Abschluss einer Teilzeitausbildung zur Köchin").addSchritte("Deutschkurs", "Ausbildung")
                        .addAktivitaeten(Aktivitaet.builder().seite(Seite.ELB).wer("eLb").was("Bewerbungen").bisWann(day.plusDays(7)).build(),
                                Aktivitaet.builder().seite(Seite.JOBCENTER).wer("IFK").was("Vorschläge senden").bisWann(day.plusDays(3)).build())
                        .addEingliederungsleistungen("Fahrkosten").eigenbemuehungen(Eigenbemuehungen.builder().umfang("drei je Monat")
                                .nachweis("Liste").build()).kursVorrang(KursVorrang.DEUTSCHSPRACHKURS).addZiele("Köchin")
                        .naechsteUeberpruefung(day.plusMonths(3)).build())
                .beratungsvermerk(Beratungsvermerk.builder().caseId(c).person(p).datum(day)
                        .grundDerAntragstellung("Verlust des Arbeitsplatzes nach Schließung des Betriebs").bgGroesse(1)
                        .aufenthaltsstatus(Aufenthaltsstatus.AUFENTHALTSERLAUBNIS)
                        .ergebnisPotenzialanalyse("Motiviert und zuverlässig, Handlungsbedarf beim Berufsabschluss")
                        .zielberuf("Köchin").geplanteStrategien("Teilzeitausbildung nach Deutschkurs B2")
                        .gespraechszusammenfassung("Ausbildungswunsch besprochen, Kinderbetreuung vormittags gesichert")
                        .weiteresVorgehen("Anmeldung Deutschkurs und Bewerbungen auf Ausbildungsplätze").build())
                .kundensteuerungErforderlich(true).kundensteuerung(Kundensteuerung.VERBLEIB_GST)
                .build();
    }

    /** Creates the validator once. */
    @Setup
    public void setUp() {
        validator = QuerValidator.create();
        doc = completeQuer();
        if (!validator.validate(doc).violations().isEmpty()) {
            throw new IllegalStateException("the benchmark document must be valid");
        }
    }

    /** Closes the validator. */
    @TearDown
    public void tearDown() {
        validator.close();
    }

    /** Validating a complete QuEr (note + KP + analysis) with the report of R-Q1. */
    @Benchmark
    public QuerReport validateCompleteQuer() {
        return validator.validate(doc);
    }
}
