package de.qer.docs.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Deadlines;
import de.qer.core.ImmutableQuerPolicy;
import de.qer.core.QuerPolicy;
import de.qer.core.rule.Problem;
import de.qer.docs.Aktivitaet;
import de.qer.docs.Beispiele;
import de.qer.docs.ImmutableBeratungsvermerk;
import de.qer.docs.ImmutableKooperationsplan;
import de.qer.docs.Seite;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of R-N2 (minimum and maximum length, placeholders of the policy) and of R-K2 (activities of both sides). */
class TextLimitsTest {

    private static final QuerPolicy POLICY = ImmutableQuerPolicy.copyOf(QuerPolicy.standard()).withMaximumTextLength(200)
            .withPlaceholderTexts(List.of("wie im letzten Gespräch besprochen"));

    private static List<String> keys(List<Problem> problems, String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(p -> p.text().key()).sorted().toList();
    }

    private static List<Problem> check(Object document) {
        try (QuerValidator v = QuerValidator.create(Deadlines.of(POLICY, WorkingDayCalendar.nrw()))) {
            return v.validateDocument(document);
        }
    }

    private static ImmutableBeratungsvermerk note() {
        return ImmutableBeratungsvermerk.copyOf(Beispiele.vermerk());
    }

    @Test
    void rN2_theMinimumLengthItselfIsEnough() {
        assertEquals(List.of(), keys(check(note().withGeplanteStrategien("a".repeat(20))), "geplanteStrategien"));
        assertEquals(List.of("R-N2.short"), keys(check(note().withGeplanteStrategien("a".repeat(19))), "geplanteStrategien"));
        assertEquals(List.of(), keys(check(note().withZielberuf("Koc")), "zielberuf"));
        assertEquals(List.of("R-N2.short"), keys(check(note().withZielberuf("Ko")), "zielberuf"));
    }

    @Test
    void rN2_theMaximumLengthItselfIsAllowed() {
        assertEquals(List.of(), keys(check(note().withGeplanteStrategien("b".repeat(200))), "geplanteStrategien"));
        assertEquals(List.of("R-N2.long"), keys(check(note().withGeplanteStrategien("b".repeat(201))), "geplanteStrategien"));
    }

    @Test
    void rN2_aPlaceholderOfThePolicyIsNoContent() {
        assertEquals(List.of("R-N2.placeholder"),
                keys(check(note().withGeplanteStrategien("Wie im letzten Gespräch besprochen")), "geplanteStrategien"));
        assertEquals(List.of(), keys(check(note().withGeplanteStrategien("Wie im letzten Gespräch besprochen: Kurs B2")),
                "geplanteStrategien"));
    }

    @Test
    void rK2_activitiesOfTheJobcenterAreRequiredToo() {
        ImmutableKooperationsplan kp = ImmutableKooperationsplan.copyOf(Beispiele.kooperationsplan());
        List<Aktivitaet> elbOnly = kp.getAktivitaeten().stream().filter(a -> a.getSeite() == Seite.ELB).toList();
        List<Aktivitaet> jcOnly = kp.getAktivitaeten().stream().filter(a -> a.getSeite() == Seite.JOBCENTER).toList();
        assertEquals(List.of("R-K2.activities.jobcenter"), keys(check(kp.withAktivitaeten(elbOnly)), "aktivitaeten"));
        assertEquals(List.of("R-K2.activities.elb"), keys(check(kp.withAktivitaeten(jcOnly)), "aktivitaeten"));
        assertEquals(List.of(), keys(check(kp), "aktivitaeten"));
    }
}
