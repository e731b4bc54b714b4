package de.qer.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Deadlines;
import de.qer.core.ImmutableQuerPolicy;
import de.qer.core.QuerPolicy;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Decision;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.lifecycle.Rejection;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.OffenerPunkt;
import de.qer.docs.validation.FolgegespraechReport;
import de.qer.docs.validation.QuerValidator;
import de.qer.docs.validation.StandardStatus;
import de.qer.core.rule.Problem;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A follow-up interview (R-L1) is held to the standards of the QuEr (R-Q2) by the same constraints: the note
 * (Vermerkart Folgegespräch, R-N2), the KP updated (R-K1 to R-K4, R-K3) or confirmed unchanged with its next
 * review (R-L2), open points with catch-up dates (R-Q3); its evidence is what qer-core's decider accepts.
 */
class FolgegespraechTest {

    private static QuerValidator validator;
    private static QuerDecider decider;
    private static CaseState nachQuer;

    @BeforeAll
    static void create() {
        validator = QuerValidator.create();
        decider = Faelle.decider();
        nachQuer = Faelle.querErfasst(decider);
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    private static ImmutableFolgegespraech folge() {
        return ImmutableFolgegespraech.copyOf(Beispiele.folgegespraech());
    }

    private static ImmutableBeratungsvermerk note() {
        return ImmutableBeratungsvermerk.copyOf(Beispiele.folgeVermerk(Beispiele.FOLGE));
    }

    private static Set<String> found(List<Problem> violations) {
        return violations.stream().map(v -> v.rule() + " " + v.field()).collect(Collectors.toSet());
    }

    private static void assertOnly(FolgegespraechReport r, String... ruleAndField) {
        assertEquals(Set.of(ruleAndField), found(r.violations()), () -> r.format(Locale.GERMAN));
    }

    private static Either<Rejection, Decision> record(Folgegespraech f, FolgegespraechReport r) {
        return decider.decide(nachQuer, new Command.RecordFollowUp(Faelle.IFK, f.getDatum(), f.getPerson(), r.toNachweis(),
                r.nextKpReview()));
    }

    @Test
    void rL1_rQ2_aCompleteFollowUpValidates_andTheDeciderAcceptsItsEvidence() {
        for (Folgegespraech f : List.of(Beispiele.folgegespraech(), Beispiele.folgegespraechMitKp())) {
            FolgegespraechReport r = validator.validate(f);
            assertTrue(r.violations().isEmpty(), r::toString);
            assertTrue(r.isComplete());
            assertEquals(QuerPolicy.standard().followUpStandards(), r.standards().keySet());
            assertEquals(EnumSet.of(Mindeststandard.BERATUNGSVERMERK, Mindeststandard.KOOPERATIONSPLAN), r.toNachweis().erfuellt());
            assertEquals(Optional.of(LocalDate.of(2027, 7, 12)), r.nextKpReview());
            Either<Rejection, Decision> d = record(f, r);
            assertTrue(d.isRight(), () -> d.getLeft().message(Locale.GERMAN));
            Event.FollowUpRecorded e = (Event.FollowUpRecorded) d.get().events().get(0);
            assertEquals(Optional.of(LocalDate.of(2027, 7, 12)), e.kpReview());
        }
    }

    @Test
    void rL1_aKpConfirmedUnchangedCountsAsMet() {
        FolgegespraechReport r = validator.validate(Beispiele.folgegespraech());
        assertEquals(StandardStatus.Stand.ERFUELLT, r.standards().get(Mindeststandard.KOOPERATIONSPLAN).stand());
        assertTrue(r.toNachweis().erfuellt().contains(Mindeststandard.KOOPERATIONSPLAN));
        // neither updated nor confirmed: missing (R-L1), and the decider refuses the evidence
        FolgegespraechReport none = validator.validate(folge().withKpNaechsteUeberpruefung(null).withKpUnveraendertBestaetigt(false));
        assertOnly(none, "R-L1 kooperationsplan");
        assertEquals(StandardStatus.Stand.FEHLT, none.standards().get(Mindeststandard.KOOPERATIONSPLAN).stand());
        assertTrue(record(Beispiele.folgegespraech(), none).isLeft());
        // both at once is not a document
        assertThrows(IllegalArgumentException.class, () -> folge().withKooperationsplan(Beispiele.kooperationsplan()));
    }

    @Test
    void rL1_rQ3_aMissingStandardMayBeAnOpenPointWithItsCatchUpDate() {
        // Tue 12 Jan 2027: the latest catch-up date is 10 AT later, Tue 26 Jan 2027
        ImmutableFolgegespraech open = folge().withKpNaechsteUeberpruefung(null).withKpUnveraendertBestaetigt(false)
                .withOffenePunkte(OffenerPunkt.fuer("OP-F1", Mindeststandard.KOOPERATIONSPLAN, LocalDate.of(2027, 1, 26)));
        FolgegespraechReport r = validator.validate(open);
        assertTrue(r.violations().isEmpty(), r::toString);
        assertEquals(StandardStatus.Stand.OFFEN, r.standards().get(Mindeststandard.KOOPERATIONSPLAN).stand());
        assertTrue(r.isComplete());
        assertEquals(Optional.empty(), r.nextKpReview());
        assertTrue(record(open, r).isRight());
        FolgegespraechReport late = validator.validate(open.withOffenePunkte(
                OffenerPunkt.fuer("OP-F1", Mindeststandard.KOOPERATIONSPLAN, LocalDate.of(2027, 1, 27))));
        assertOnly(late, "R-Q3 offenePunkte[0].nachholenBis");
        assertTrue(record(open, late).isLeft(), "the decider refuses the same date (R-Q3)");
    }

    @Test
    void rL1_withoutANote_isMissing() {
        FolgegespraechReport r = validator.validate(folge().withBeratungsvermerk(null));
        assertOnly(r, "R-L1 beratungsvermerk");
        assertFalse(r.isComplete());
        assertFalse(r.toNachweis().erfuellt().contains(Mindeststandard.BERATUNGSVERMERK));
    }

    @Test
    void rL1_aQuerNoteIsNotAFollowUpNote_andRN1_theQuerStillRequiresQuer() {
        // a QuEr note is also held to the items of the QuEr (R-N3); its kind is the finding of R-L1
        Set<String> quer = found(validator.validate(folge().withBeratungsvermerk(note().withVermerkart(Vermerkart.QUER))).violations());
        assertTrue(quer.contains("R-L1 beratungsvermerk.vermerkart"), quer::toString);
        assertOnly(validator.validate(folge().withBeratungsvermerk(note().withVermerkart(Vermerkart.SONSTIGE)
                .withGrundDerAntragstellung("Verlust des Arbeitsplatzes nach Schließung des Betriebs")
                .withErgebnisPotenzialanalyse("Motiviert und zuverlässig, Handlungsbedarf beim Sprachstand")
                .withZielberuf("Köchin").withGeplanteStrategien("Teilzeitausbildung zur Köchin, vorher Deutschkurs B2")
                .withAufenthaltsstatus(de.qer.core.model.Aufenthaltsstatus.AUFENTHALTSERLAUBNIS))), "R-L1 beratungsvermerk.vermerkart");
        assertEquals("R-N1 beratungsvermerk.vermerkart", found(validator.validate(ImmutableQuerDokumentation.copyOf(
                Beispiele.vollstaendig()).withBeratungsvermerk(note())).violations()).stream()
                .filter(x -> x.endsWith("vermerkart")).findFirst().orElseThrow());
    }

    @Test
    void rN2_rL1_theSummaryAndTheNextStepsAreRequiredAndMeaningful_theQuerOnlyItemsAreOptional() {
        assertOnly(validator.validate(folge().withBeratungsvermerk(note().withGespraechszusammenfassung("siehe oben"))),
                "R-N2 beratungsvermerk.gespraechszusammenfassung");
        assertOnly(validator.validate(folge().withBeratungsvermerk(note().withWeiteresVorgehen("wie besprochen"))),
                "R-N2 beratungsvermerk.weiteresVorgehen");
        assertOnly(validator.validate(folge().withBeratungsvermerk(note().withWeiteresVorgehen(null))),
                "R-N3 beratungsvermerk.weiteresVorgehen");
        // no reason for the application, Zielberuf, strategy or residence status: fine in a follow-up
        assertTrue(validator.validate(folge().withBeratungsvermerk(note().withBgGroesse(null))).violations().isEmpty());
        // where given, they are checked as in the QuEr
        assertOnly(validator.validate(folge().withBeratungsvermerk(note().withZielberuf("Ko"))), "R-N2 beratungsvermerk.zielberuf");
        assertOnly(validator.validate(folge().withBeratungsvermerk(note().withBgGroesse(3))), "R-N3 beratungsvermerk.bgGroesse");
    }

    @Test
    void rK3_rL2_anOverlongKpReviewDate() {
        // an updated plan: the R-K3 constraint of the QuEr
        assertOnly(validator.validate(folge().withKpNaechsteUeberpruefung(null).withKpUnveraendertBestaetigt(false)
                .withKooperationsplan(Beispiele.kooperationsplan(Beispiele.FOLGE, LocalDate.of(2027, 7, 13)))),
                "R-K3 kooperationsplan.naechsteUeberpruefung");
        // a plan confirmed unchanged: its next review (R-L2), after the interview and at most 6 months ahead
        FolgegespraechReport r = validator.validate(folge().withKpNaechsteUeberpruefung(LocalDate.of(2027, 7, 13)));
        assertOnly(r, "R-L2 kpNaechsteUeberpruefung");
        assertEquals(StandardStatus.Stand.MANGELHAFT, r.standards().get(Mindeststandard.KOOPERATIONSPLAN).stand());
        assertOnly(validator.validate(folge().withKpNaechsteUeberpruefung(Beispiele.FOLGE)), "R-L2 kpNaechsteUeberpruefung");
        assertOnly(validator.validate(folge().withKpNaechsteUeberpruefung(null)), "R-L2 kpNaechsteUeberpruefung");
        // the QuEr's plan handed in as "updated": its review date lies before the interview (R-L2)
        assertOnly(validator.validate(folge().withKpNaechsteUeberpruefung(null).withKpUnveraendertBestaetigt(false)
                .withKooperationsplan(ImmutableKooperationsplan.copyOf(Beispiele.kooperationsplan())
                        .withNaechsteUeberpruefung(LocalDate.of(2027, 1, 11)))), "R-L2 kooperationsplan.naechsteUeberpruefung");
        // the months are the policy's
        QuerPolicy quarterly = ImmutableQuerPolicy.copyOf(QuerPolicy.standard()).withKpReviewMonths(3);
        try (QuerValidator v = QuerValidator.create(Deadlines.of(quarterly, WorkingDayCalendar.nrw()))) {
            assertOnly(v.validate(Beispiele.folgegespraech()), "R-L2 kpNaechsteUeberpruefung");
        }
    }

    @Test
    void rK1_rK4_anUpdatedKpIsCheckedAsInTheQuer() {
        ImmutableKooperationsplan kp = ImmutableKooperationsplan.copyOf(Beispiele.folgegespraechMitKp().getKooperationsplan());
        ImmutableFolgegespraech f = ImmutableFolgegespraech.copyOf(Beispiele.folgegespraechMitKp());
        assertOnly(validator.validate(f.withKooperationsplan(kp.withUnterschrieben(true))), "R-K1 kooperationsplan.unterschrieben");
        assertOnly(validator.validate(f.withKooperationsplan(kp.withRechtsfolgenbelehrung(true))),
                "R-K4 kooperationsplan.rechtsfolgenbelehrung");
        assertTrue(validator.validate(f.withKooperationsplan(kp.withRechtsfolgenbelehrung(true)).withKooperationGescheitert(true))
                .violations().isEmpty());
        assertOnly(validator.validate(f.withKooperationsplan(kp.withEingliederungsziel("tbd"))), "R-N2 kooperationsplan.eingliederungsziel");
    }

    @Test
    void rL1_rQ4_thePotenzialanalyseWhenThePolicyListsIt_updatedOrConfirmed() {
        QuerPolicy withPa = ImmutableQuerPolicy.copyOf(QuerPolicy.standard()).withFollowUpStandards(EnumSet.of(
                Mindeststandard.BERATUNGSVERMERK, Mindeststandard.KOOPERATIONSPLAN, Mindeststandard.POTENZIALANALYSE));
        try (QuerValidator v = QuerValidator.create(Deadlines.of(withPa, WorkingDayCalendar.nrw()))) {
            FolgegespraechReport missing = v.validate(Beispiele.folgegespraech());
            assertOnly(missing, "R-L1 potenzialanalyse");
            assertEquals(StandardStatus.Stand.FEHLT, missing.standards().get(Mindeststandard.POTENZIALANALYSE).stand());
            FolgegespraechReport confirmed = v.validate(folge().withPotenzialanalyseUnveraendertBestaetigt(true));
            assertTrue(confirmed.isComplete(), confirmed::toString);
            assertTrue(confirmed.toNachweis().erfuellt().contains(Mindeststandard.POTENZIALANALYSE));
            assertTrue(v.validate(folge().withPotenzialanalyse(Beispiele.potenzialanalyse())).isComplete());
            assertOnly(v.validate(folge().withPotenzialanalyse(Potenzialanalyse.builder().from(Beispiele.potenzialanalyse())
                    .staerken(List.of()).build())), "R-Q4 potenzialanalyse.staerken");
        }
        // the standard policy does not ask for it
        assertFalse(validator.validate(Beispiele.folgegespraech()).standards().containsKey(Mindeststandard.POTENZIALANALYSE));
    }

    @Test
    void rL2_aKpReviewIsCheckedWithTheRulesOfTheQuer() {
        LocalDate day = LocalDate.of(2027, 5, 18);
        ImmutableKooperationsplan kp = ImmutableKooperationsplan.copyOf(Beispiele.kooperationsplan(day, LocalDate.of(2027, 11, 18)));
        assertTrue(validator.validateKpReview(kp, day).isEmpty());
        assertEquals(Set.of("R-K1 kooperationsplan.unterschrieben"), found(validator.validateKpReview(kp.withUnterschrieben(true), day)));
        assertEquals(Set.of("R-K4 kooperationsplan.rechtsfolgenbelehrung"),
                found(validator.validateKpReview(kp.withRechtsfolgenbelehrung(true), day)));
        assertTrue(validator.validateKpReview(KpUeberpruefung.builder().datum(day).kooperationsplan(kp.withRechtsfolgenbelehrung(true))
                .kooperationGescheitert(true).build()).isEmpty());
        assertEquals(Set.of("R-K3 kooperationsplan.naechsteUeberpruefung"),
                found(validator.validateKpReview(kp.withNaechsteUeberpruefung(LocalDate.of(2027, 11, 19)), day)));
        // a plan drawn up earlier whose next review does not lie after the review day (R-L2)
        assertEquals(Set.of("R-L2 kooperationsplan.naechsteUeberpruefung"),
                found(validator.validateKpReview(Beispiele.kooperationsplan(), LocalDate.of(2027, 3, 24))));
        // the review's next date is accepted by the decider (R-L2)
        Either<Rejection, Decision> d = decider.decide(nachQuer, new Command.ReviewKp(Faelle.IFK, day, Beispiele.ELB,
                Optional.of(kp.getNaechsteUeberpruefung())));
        assertTrue(d.isRight(), () -> d.getLeft().message(Locale.GERMAN));
    }

    @Test
    void rL1_rQ2_theEvidenceOfAValidFollowUpIsAlwaysAccepted_forRandomDates() {
        Deadlines deadlines = Deadlines.standard();
        qt().withExamples(150).forAll(integers().between(0, 700), integers().between(1, 183), booleans().all(),
                integers().between(1, 10)).checkAssert((after, reviewDays, updated, catchUp) -> {
                    LocalDate day = Beispiele.QUER.plusDays(after);
                    LocalDate review = day.plusDays(reviewDays);
                    if (review.isAfter(day.plusMonths(6))) {
                        review = day.plusMonths(6);
                    }
                    LocalDate catchUpDate = deadlines.calendar().plusWorkingDays(day, catchUp);
                    ImmutableFolgegespraech f = ImmutableFolgegespraech.copyOf(Folgegespraech.fuer((CaseState.NachBewilligung) nachQuer,
                            Beispiele.ELB).datum(day).beratungsvermerk(Beispiele.folgeVermerk(day))
                            .addOffenePunkte(OffenerPunkt.zu("OP-F1", "Zeugnisse nachreichen", catchUpDate)).build());
                    f = updated ? f.withKooperationsplan(Beispiele.kooperationsplan(day, review))
                            : f.withKpUnveraendertBestaetigt(true).withKpNaechsteUeberpruefung(review);
                    FolgegespraechReport r = validator.validate(f);
                    assertTrue(r.violations().isEmpty() && r.isComplete(), r::toString);
                    Either<Rejection, Decision> d = record(f, r);
                    assertTrue(d.isRight(), () -> d.getLeft().message(Locale.GERMAN));
                });
    }

    @Test
    void theReportNamesTheStandardsOfTheFollowUp() {
        String de = validator.validate(folge().withBeratungsvermerk(null)).format(Locale.GERMAN);
        assertTrue(de.startsWith("Standards des Folgegesprächs (R-L1, R-Q2)\n"), de);
        assertTrue(de.contains("[R-L1] beratungsvermerk: Standard des Folgegesprächs fehlt"), de);
        assertTrue(de.endsWith("Ergebnis: unvollständig\n"), de);
    }
}
