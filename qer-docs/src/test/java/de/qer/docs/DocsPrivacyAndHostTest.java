package de.qer.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Deadlines;
import de.qer.core.ImmutableQuerPolicy;
import de.qer.core.QuerPolicy;
import de.qer.core.model.Aufenthaltsstatus;
import de.qer.docs.validation.QuerReport;
import de.qer.docs.validation.QuerValidator;
import de.qer.core.rule.Problem;
import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocsPrivacyAndHostTest {

    private static final String SECRET = "Frau Aydin berichtet von ihrer Depression und dem Asylverfahren ihres Bruders";

    @Test
    void messagesAndToStringsNameFieldsNeverContents() {
        ImmutableBeratungsvermerk note = ImmutableBeratungsvermerk.copyOf(Beispiele.vermerk())
                .withGespraechszusammenfassung(SECRET).withZielberuf("x").withAufenthaltsstatus(Aufenthaltsstatus.DULDUNG).withBgGroesse(7);
        QuerDokumentation d = ImmutableQuerDokumentation.copyOf(Beispiele.vollstaendig()).withBeratungsvermerk(note);
        List<String> texts = new ArrayList<>();
        try (QuerValidator v = QuerValidator.create()) {
            QuerReport r = v.validate(d);
            assertFalse(r.violations().isEmpty());
            texts.add(r.format(Locale.GERMAN));
            texts.add(r.format(Locale.ENGLISH));
            r.violations().forEach(x -> texts.add(x.toString()));
        }
        texts.add(d.toString());
        texts.add(note.toString());
        texts.add(Beispiele.kooperationsplan().toString());
        texts.add(Beispiele.potenzialanalyse().toString());
        for (String t : texts) {
            assertFalse(t.contains("Aydin") || t.contains("Depression") || t.contains("DULDUNG") || t.contains("Duldung")
                    || t.contains("1990-04-12"), t);
        }
    }

    @Test
    void aHostsOwnValidatorFindsTheSameViolations() {
        QuerDokumentation broken = BrokenDocuments.all().get(1);
        Set<String> ours;
        try (QuerValidator v = QuerValidator.create()) {
            ours = v.validate(broken).violations().stream().map(x -> x.rule() + " " + x.field()).collect(Collectors.toSet());
        }
        try (ValidatorFactory f = Validation.buildDefaultValidatorFactory()) {
            List<Problem> host = QuerValidator.using(f.getValidator()).validateDocument(broken);
            assertEquals(ours, host.stream().map(x -> x.rule() + " " + x.field()).collect(Collectors.toSet()));
            assertTrue(host.stream().allMatch(x -> !x.messageDe().contains("{")), host::toString);
        }
    }

    @Test
    void aHostConfigurationCanCarryThePolicy() {
        QuerPolicy strict = ImmutableQuerPolicy.copyOf(QuerPolicy.standard()).withMinimumTextLength(500);
        Configuration<?> config = Validation.byDefaultProvider().configure();
        QuerValidator.configure(config, Deadlines.of(strict, WorkingDayCalendar.nrw()));
        try (ValidatorFactory f = config.buildValidatorFactory()) {
            List<Problem> found = QuerValidator.using(f.getValidator()).validateDocument(Beispiele.vermerk());
            assertTrue(found.stream().anyMatch(x -> x.rule().equals("R-N2")), found::toString);
        }
    }
}
