package de.qer.docs;

import static de.qer.docs.Reports.assertOnly;
import static de.qer.docs.Reports.doc;
import static de.qer.docs.Reports.found;
import static de.qer.docs.Reports.kp;
import static de.qer.docs.Reports.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Deadlines;
import de.qer.core.ImmutableQuerPolicy;
import de.qer.core.QuerPolicy;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.Mitglied;
import de.qer.core.model.OffenerPunkt;
import de.qer.docs.validation.QuerReport;
import de.qer.docs.validation.QuerValidator;
import de.qer.core.rule.Severity;
import de.qer.docs.validation.StandardStatus;
import de.qer.core.rule.Problem;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of the documents with a valid and an invalid example that a caseworker would recognise. */
class ValidationRulesTest {

    private static QuerValidator validator;

    @BeforeAll
    static void create() {
        validator = QuerValidator.create();
    }

    @AfterAll
    static void close() {
        validator.close();
    }


    @Test
    void theExampleIsValidAndComplete() {
        QuerReport r = validator.validate(Beispiele.vollstaendig());
        assertTrue(r.violations().isEmpty(), r::toString);
        assertTrue(r.isComplete());
        for (StandardStatus s : r.standards().values()) {
            assertEquals(StandardStatus.Stand.ERFUELLT, s.stand(), s::toString);
        }
    }

    // ------------------------------------------------------------------------------------ R-N1

    @Test
    void rN1_vermerkartMustBeQuer() {
        assertOnly(validator.validate(doc().withBeratungsvermerk(note().withVermerkart(Vermerkart.SONSTIGE))),
                "R-N1 beratungsvermerk.vermerkart");
    }

    @Test
    void rN1_residenceStatusAlwaysForThirdCountryNationals() {
        assertOnly(validator.validate(doc().withBeratungsvermerk(note().withAufenthaltsstatus(null))),
                "R-N1 beratungsvermerk.aufenthaltsstatus");
        // open with a catch-up date: allowed (R-N3)
        QuerReport open = validator.validate(doc().withBeratungsvermerk(note().withAufenthaltsstatus(null)
                .withOffenePunkte(new OffenerVermerkpunkt(Vermerkpunkt.AUFENTHALTSSTATUS, LocalDate.of(2026, 12, 1)))));
        assertTrue(open.violations().isEmpty(), open::toString);
    }

    @Test
    void rN1_residenceStatusOnlyForThirdCountryNationals() {
        Mitglied eu = Mitglied.builder().from(Beispiele.elb()).drittstaatsangehoerig(false).aufenthaltsstatus(java.util.Optional.empty()).build();
        ImmutableQuerDokumentation d = doc().withBedarfsgemeinschaft(de.qer.core.model.Bedarfsgemeinschaft.builder()
                .from(Beispiele.bedarfsgemeinschaft()).mitglieder(List.of(eu, Beispiele.bedarfsgemeinschaft().mitglieder().get(1))).build());
        assertOnly(validator.validate(d), "R-N1 beratungsvermerk.aufenthaltsstatus");
        assertTrue(validator.validate(d.withBeratungsvermerk(note().withAufenthaltsstatus(null))).violations().isEmpty());
    }

    @Test
    void rN1_combinedMeasuresNeedADetailedReason() {
        assertOnly(validator.validate(doc().withBeratungsvermerk(note().withMassnahmenKombiniert(true))),
                "R-N1 beratungsvermerk.begruendungMassnahmezusammenfassung");
        assertTrue(validator.validate(doc().withBeratungsvermerk(note().withMassnahmenKombiniert(true)
                .withBegruendungMassnahmezusammenfassung("Sprachkurs und Ausbildungsvorbereitung laufen parallel, weil der "
                        + "Ausbildungsbeginn im Februar sonst nicht erreichbar ist"))).violations().isEmpty());
    }

    // ------------------------------------------------------------------------------------ R-N2

    @ParameterizedTest(name = "placeholder \"{0}\"")
    @ValueSource(strings = {"-", "siehe oben", "xxx", "k.A.", "tbd", "TBD", "s.o.", "---", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "   "})
    void rN2_placeholdersAndBlankTextsAreRejected(String text) {
        QuerReport r = validator.validate(doc().withBeratungsvermerk(note().withGespraechszusammenfassung(text)));
        assertOnly(r, "R-N2 beratungsvermerk.gespraechszusammenfassung");
    }

    @Test
    void rN2_tooShort_minimumFromThePolicy() {
        String kurz = "Gespräch geführt.";  // 17 characters, standard minimum 20
        assertOnly(validator.validate(doc().withBeratungsvermerk(note().withWeiteresVorgehen(kurz))),
                "R-N2 beratungsvermerk.weiteresVorgehen");
        QuerPolicy lenient = ImmutableQuerPolicy.copyOf(QuerPolicy.standard()).withMinimumTextLength(10);
        try (QuerValidator v = QuerValidator.create(Deadlines.of(lenient, WorkingDayCalendar.nrw()))) {
            assertTrue(v.validate(doc().withBeratungsvermerk(note().withWeiteresVorgehen(kurz))).violations().isEmpty());
        }
        Problem v = validator.validate(doc().withBeratungsvermerk(note().withWeiteresVorgehen(kurz))).violations().get(0);
        assertEquals("Text zu kurz (R-N2), Mindestzahl Zeichen: 20", v.messageDe());
        assertEquals("Text too short (R-N2), minimum number of characters: 20", v.messageEn());
    }

    @Test
    void rN2_shortTextsLikeAJobTitleNeedThreeCharacters() {
        assertOnly(validator.validate(doc().withBeratungsvermerk(note().withZielberuf("Ko"))), "R-N2 beratungsvermerk.zielberuf");
        assertTrue(validator.validate(doc().withBeratungsvermerk(note().withZielberuf("Koch"))).violations().isEmpty());
    }

    // ------------------------------------------------------------------------------------ R-N3

    @Test
    void rN3_bgSizeMatchesTheCase() {
        QuerReport r = validator.validate(doc().withBeratungsvermerk(note().withBgGroesse(3)));
        assertOnly(r, "R-N3 beratungsvermerk.bgGroesse");
        assertTrue(r.violations().get(0).messageDe().endsWith("laut Fall: 2"), r::toString);
        assertEquals(StandardStatus.Stand.MANGELHAFT, r.standards().get(Mindeststandard.BERATUNGSVERMERK).stand());
    }

    @Test
    void rN3_aMissingItemOnlyAsAnOpenPoint() {
        assertOnly(validator.validate(doc().withBeratungsvermerk(note().withZielberuf(null))), "R-N3 beratungsvermerk.zielberuf");
        QuerReport open = validator.validate(doc().withBeratungsvermerk(note().withZielberuf(null)
                .withOffenePunkte(new OffenerVermerkpunkt(Vermerkpunkt.ZIELBERUF, LocalDate.of(2026, 12, 3)))));
        assertTrue(open.violations().isEmpty(), open::toString);
        assertTrue(open.isComplete());
    }

    // ------------------------------------------------------------------------------------ R-K1 .. R-K4

    @Test
    void rK1_thePlanIsNotSigned_unlessThePolicySaysSo() {
        assertOnly(validator.validate(doc().withKooperationsplan(kp().withUnterschrieben(true))), "R-K1 kooperationsplan.unterschrieben");
        QuerPolicy reform = ImmutableQuerPolicy.copyOf(QuerPolicy.standard()).withKpSignatureAllowed(true);
        try (QuerValidator v = QuerValidator.create(Deadlines.of(reform, WorkingDayCalendar.nrw()))) {
            assertTrue(v.validate(doc().withKooperationsplan(kp().withUnterschrieben(true))).violations().isEmpty());
        }
    }

    @Test
    void rK2_activitiesOfBothSides_eachWithWhoWhatWhen() {
        ImmutableKooperationsplan onlyElb = kp().withAktivitaeten(kp().getAktivitaeten().subList(0, 2));
        assertOnly(validator.validate(doc().withKooperationsplan(onlyElb)), "R-K2 kooperationsplan.aktivitaeten");
        Aktivitaet ohneTermin = Aktivitaet.builder().seite(Seite.JOBCENTER).wer("IFK").was("Vorschläge senden").build();
        assertOnly(validator.validate(doc().withKooperationsplan(onlyElb.withAktivitaeten(
                        kp().getAktivitaeten().get(0), ohneTermin))), "R-K2 kooperationsplan.aktivitaeten[1].bisWann");
        Aktivitaet zuFrueh = Aktivitaet.builder().from(ohneTermin).bisWann(LocalDate.of(2026, 11, 20)).build();
        assertOnly(validator.validate(doc().withKooperationsplan(onlyElb.withAktivitaeten(
                kp().getAktivitaeten().get(0), zuFrueh))), "R-K2 kooperationsplan.aktivitaeten[1].bisWann");
    }

    @Test
    void rK2_goalAndStepsAreRequired() {
        QuerReport r = validator.validate(doc().withKooperationsplan(kp().withEingliederungsziel(null).withSchritte(List.of())));
        assertOnly(r, "R-K2 kooperationsplan.eingliederungsziel", "R-K2 kooperationsplan.schritte");
    }

    @Test
    void rK2_shouldItemsAreWarnings() {
        QuerReport r = validator.validate(doc().withKooperationsplan(kp().withEingliederungsleistungen(List.of())
                .withEigenbemuehungen(null).withKursVorrang(null).withZiele(List.of())));
        assertOnly(r, "R-K2 kooperationsplan.eingliederungsleistungen", "R-K2 kooperationsplan.eigenbemuehungen",
                "R-K2 kooperationsplan.kursVorrang", "R-K2 kooperationsplan.ziele");
        assertTrue(r.errors().isEmpty());
        assertEquals(4, r.warnings().size());
        assertTrue(r.isComplete(), "warnings do not block");
        assertTrue(r.warnings().stream().allMatch(v -> v.severity() == Severity.WARNING));
    }

    @Test
    void rK3_reviewAtTheLatestAfterSixMonths() {
        assertOnly(validator.validate(doc().withKooperationsplan(kp().withNaechsteUeberpruefung(null))),
                "R-K3 kooperationsplan.naechsteUeberpruefung");
        assertOnly(validator.validate(doc().withKooperationsplan(kp().withNaechsteUeberpruefung(LocalDate.of(2027, 5, 25)))),
                "R-K3 kooperationsplan.naechsteUeberpruefung");
        assertTrue(validator.validate(doc().withKooperationsplan(kp().withNaechsteUeberpruefung(LocalDate.of(2027, 5, 24))))
                .violations().isEmpty());
    }

    @Test
    void rK4_noRechtsfolgenbelehrungWhileCooperationWorks() {
        ImmutableKooperationsplan mitRfb = kp().withRechtsfolgenbelehrung(true).withAktivitaeten(
                Aktivitaet.builder().from(kp().getAktivitaeten().get(0)).rechtsfolgenbelehrung(true).build(),
                kp().getAktivitaeten().get(2));
        assertOnly(validator.validate(doc().withKooperationsplan(mitRfb)),
                "R-K4 kooperationsplan.rechtsfolgenbelehrung", "R-K4 kooperationsplan.aktivitaeten[0].rechtsfolgenbelehrung");
        assertTrue(validator.validate(doc().withKooperationsplan(mitRfb).withKooperationGescheitert(true)).violations().isEmpty());
        QuerPolicy reform = ImmutableQuerPolicy.copyOf(QuerPolicy.standard()).withRechtsfolgenbelehrungWhileCooperating(true);
        try (QuerValidator v = QuerValidator.create(Deadlines.of(reform, WorkingDayCalendar.nrw()))) {
            assertTrue(v.validate(doc().withKooperationsplan(mitRfb)).violations().isEmpty());
        }
    }

    // ------------------------------------------------------------------------------------ R-Q1 .. R-Q5

    @Test
    void rQ1_everyMissingStandardIsReported_andOpenOnesCarryTheirDate() {
        QuerReport r = validator.validate(doc().withPotenzialanalyse(null).withSofortangebot(null).withFmgDatenErfasst(false)
                .withKundensteuerung(null));
        assertOnly(r, "R-Q1 potenzialanalyse", "R-Q1 sofortangebot", "R-Q1 fmgDatenErfasst", "R-Q1 kundensteuerung");
        assertEquals(StandardStatus.Stand.FEHLT, r.standards().get(Mindeststandard.POTENZIALANALYSE).stand());
        assertFalse(r.isComplete());

        QuerReport open = validator.validate(doc().withPotenzialanalyse(null)
                .withOffenePunkte(OffenerPunkt.fuer("OP-1", Mindeststandard.POTENZIALANALYSE, LocalDate.of(2026, 12, 4))));
        assertTrue(open.violations().isEmpty(), open::toString);
        StandardStatus s = open.standards().get(Mindeststandard.POTENZIALANALYSE);
        assertEquals(StandardStatus.Stand.OFFEN, s.stand());
        assertEquals(LocalDate.of(2026, 12, 4), s.nachholenBis().orElseThrow());
        assertTrue(open.isComplete());
        assertEquals(EnumSet.complementOf(EnumSet.of(Mindeststandard.POTENZIALANALYSE)), open.toNachweis().erfuellt());
        assertEquals(1, open.toNachweis().offenePunkte().size());
        assertTrue(open.toNachweis().kundensteuerungErforderlich());
    }

    @Test
    void rQ1_kundensteuerungOnlyWhereNeeded() {
        QuerReport r = validator.validate(doc().withKundensteuerungErforderlich(false).withKundensteuerung(null));
        assertTrue(r.violations().isEmpty());
        assertEquals(StandardStatus.Stand.NICHT_ERFORDERLICH, r.standards().get(Mindeststandard.KUNDENSTEUERUNG).stand());
    }

    @Test
    void rQ3_catchUpAtTheLatestTenWorkingDaysAfterTheQuer() {
        // QuEr on Tue 24 Nov 2026: latest catch-up is Tue 8 Dec 2026
        QuerReport late = validator.validate(doc().withPotenzialanalyse(null)
                .withOffenePunkte(OffenerPunkt.fuer("OP-1", Mindeststandard.POTENZIALANALYSE, LocalDate.of(2026, 12, 9))));
        assertOnly(late, "R-Q3 offenePunkte[0].nachholenBis");
        assertTrue(late.violations().get(0).messageDe().endsWith("2026-12-08"), late::toString);
        assertTrue(validator.validate(doc().withPotenzialanalyse(null)
                .withOffenePunkte(OffenerPunkt.fuer("OP-1", Mindeststandard.POTENZIALANALYSE, LocalDate.of(2026, 12, 8))))
                .violations().isEmpty());
        assertOnly(validator.validate(doc().withBeratungsvermerk(note().withZielberuf(null).withOffenePunkte(
                        new OffenerVermerkpunkt(Vermerkpunkt.ZIELBERUF, LocalDate.of(2026, 11, 24))))),
                "R-Q3 beratungsvermerk.offenePunkte[0].nachholenBis");
    }

    @Test
    void rQ4_potenzialanalyseNamesStrengthsResourcesNeedsAndObstacles() {
        assertOnly(validator.validate(doc().withPotenzialanalyse(Potenzialanalyse.builder().build())),
                "R-Q4 potenzialanalyse.staerken", "R-Q4 potenzialanalyse.ressourcen", "R-Q4 potenzialanalyse.handlungsbedarfe",
                "R-Q4 potenzialanalyse.integrationshemmnisse");
        assertOnly(validator.validate(doc().withIntegrationsprognose(Integrationsprognose.builder().build())),
                "R-Q4 integrationsprognose.profillage", "R-Q4 integrationsprognose.begruendung");
    }

    @Test
    void rQ5_withoutVocationalQualification_aStrategyWithoutAusbildungNeedsAReason() {
        Handlungsstrategie ohne = Handlungsstrategie.builder().addStrategien(Strategie.VERMITTLUNG_IN_ARBEIT).build();
        assertOnly(validator.validate(doc().withHandlungsstrategie(ohne)), "R-Q5 handlungsstrategie.begruendungOhneAusbildung");
        assertTrue(validator.validate(doc().withHandlungsstrategie(Handlungsstrategie.builder().from(ohne)
                .begruendungOhneAusbildung("Frau A. lehnt eine Ausbildung ab und hat eine konkrete Stellenzusage").build()))
                .violations().isEmpty());
        Mitglied mitAbschluss = Mitglied.builder().from(Beispiele.elb()).berufsabschluss(true).build();
        assertTrue(validator.validate(doc().withHandlungsstrategie(ohne).withBedarfsgemeinschaft(de.qer.core.model.Bedarfsgemeinschaft
                .builder().from(Beispiele.bedarfsgemeinschaft()).mitglieder(List.of(mitAbschluss, Beispiele.bedarfsgemeinschaft().mitglieder().get(1))).build()))
                .violations().isEmpty());
    }

    @Test
    void rQ5_theImmediateOfferIsMadeInTheQuer() {
        assertOnly(validator.validate(doc().withSofortangebot(Sofortangebot.builder().from(Beispiele.vollstaendig().getSofortangebot())
                .angebotenAm(LocalDate.of(2026, 12, 1)).build())), "R-Q5 sofortangebot.angebotenAm");
    }

    @Test
    void rQ2_theDocumentationBelongsToAMemberOfTheBg() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> doc().withPerson(de.qer.core.model.PersonId.of("not-a-member")));
        assertTrue(e.getMessage().startsWith("R-Q2"), e.getMessage());
        // the same standards for a later interview: the same validation, any date
        assertTrue(validator.validate(doc().withDatum(LocalDate.of(2027, 3, 2)).withSofortangebot(Sofortangebot.builder()
                .from(Beispiele.vollstaendig().getSofortangebot()).angebotenAm(LocalDate.of(2027, 3, 2)).build())
                .withKooperationsplan(kp().withErstelltAm(LocalDate.of(2027, 3, 2)).withNaechsteUeberpruefung(LocalDate.of(2027, 6, 1))
                        .withAktivitaeten(List.of(
                                Aktivitaet.builder().from(kp().getAktivitaeten().get(0)).bisWann(LocalDate.of(2027, 3, 10)).build(),
                                Aktivitaet.builder().from(kp().getAktivitaeten().get(2)).bisWann(LocalDate.of(2027, 3, 5)).build()))))
                .violations().isEmpty());
    }

    @Test
    void violationsAreSortedAndEveryOneNamesRuleFieldAndBothLanguages() {
        QuerReport r = validator.validate(QuerDokumentation.builder().bedarfsgemeinschaft(Beispiele.bedarfsgemeinschaft()).person(Beispiele.ELB)
                .datum(Beispiele.QUER).beratungsvermerk(Beratungsvermerk.builder().caseId(Beispiele.FALL).person(Beispiele.ELB)
                        .datum(Beispiele.QUER).build()).kooperationsplan(Kooperationsplan.builder().caseId(Beispiele.FALL)
                        .person(Beispiele.ELB).erstelltAm(Beispiele.QUER).build()).build());
        assertTrue(r.violations().size() > 15, r::toString);
        for (Problem v : r.violations()) {
            assertTrue(v.rule().matches("R-[A-Z][0-9]"), v::toString);
            assertFalse(v.field().isBlank(), v::toString);
            assertFalse(v.messageDe().contains("{") || v.messageEn().contains("{"), v::toString);
            assertFalse(v.messageDe().equals(v.messageEn()), v::toString);
        }
        List<String> fields = r.violations().stream().map(Problem::field).toList();
        assertEquals(fields.stream().sorted().toList(), fields);
    }
}
