package de.qer.docs.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Deadlines;
import de.qer.core.QuerPolicy;
import de.qer.core.model.Mindeststandard;
import de.qer.docs.Beispiele;
import de.qer.docs.ImmutableBeratungsvermerk;
import de.qer.docs.ImmutableQuerDokumentation;
import de.qer.docs.QuerDokumentation;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** qer inside a host's Bean Validation setup, and how a finding marks only its own standard (R-Q1). */
class HostIntegrationTest {

    private static final Deadlines DEADLINES = Deadlines.of(QuerPolicy.standard(), WorkingDayCalendar.nrw());

    /** A host factory that records what it is asked to release. */
    private static final class Recording implements ConstraintValidatorFactory {
        final List<Object> released = new ArrayList<>();

        @Override
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            throw new UnsupportedOperationException("not asked in this test");
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
            released.add(instance);
        }
    }

    /** A validator of the host's own. */
    private static final class HostValidator implements ConstraintValidator<NotNull, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            return value != null;
        }
    }

    @Test
    void theHostReleasesItsOwnValidatorsOnlyQersAreNotPassedOn() {
        Recording host = new Recording();
        QerConstraintValidatorFactory f = new QerConstraintValidatorFactory(DEADLINES, host);
        f.releaseInstance(new RegelnValidator(DocumentRules.of(DEADLINES)));
        f.releaseInstance(new AussagekraeftigValidator(DEADLINES));
        f.releaseInstance(new TexthygieneValidator(DEADLINES));
        assertEquals(List.of(), host.released);
        HostValidator own = new HostValidator();
        f.releaseInstance(own);
        assertEquals(List.of(own), host.released);
    }

    @Test
    void rK2_theRulesOfAnObjectAreThoseOfItsModel() {
        DocumentRules rules = DocumentRules.of(DEADLINES);
        assertSame(DEADLINES, rules.deadlines());
        List<String> kp = rules.of(Beispiele.kooperationsplan()).stream().map(r -> r.id() + " " + r.name()).toList();
        org.junit.jupiter.api.Assertions.assertTrue(kp.contains("R-K2 AktivitaetenBeiderSeiten"), kp::toString);
        org.junit.jupiter.api.Assertions.assertTrue(rules.of(Beispiele.kooperationsplan()).stream()
                .allMatch(r -> r.appliesTo(Beispiele.kooperationsplan())), kp::toString);
        assertEquals(List.of(), rules.of("no model of qer-docs"));
    }

    @Test
    void configureReturnsTheHostsConfigurationForChaining() {
        Configuration<?> config = Validation.byDefaultProvider().configure();
        assertSame(config, QuerValidator.configure(config, DEADLINES));
    }

    @Test
    void rQ1_anErrorMarksOnlyTheStandardItBelongsTo() {
        ImmutableBeratungsvermerk note = ImmutableBeratungsvermerk.copyOf(Beispiele.vermerk()).withWeiteresVorgehen(null);
        QuerDokumentation d = ImmutableQuerDokumentation.copyOf(Beispiele.vollstaendig()).withBeratungsvermerk(note);
        try (QuerValidator v = QuerValidator.create()) {
            QuerReport r = v.validate(d);
            assertEquals(StandardStatus.Stand.MANGELHAFT, r.standards().get(Mindeststandard.BERATUNGSVERMERK).stand(), r::toString);
            for (Mindeststandard s : List.of(Mindeststandard.FMG_DATEN, Mindeststandard.POTENZIALANALYSE, Mindeststandard.KOOPERATIONSPLAN,
                    Mindeststandard.SOFORTANGEBOT)) {
                assertEquals(StandardStatus.Stand.ERFUELLT, r.standards().get(s).stand(), () -> s + " " + r);
            }
        }
    }
}
