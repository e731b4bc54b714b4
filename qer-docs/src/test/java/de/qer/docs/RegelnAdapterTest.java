package de.qer.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Deadlines;
import de.qer.core.rule.Problem;
import de.qer.docs.validation.DocumentRules;
import de.qer.docs.validation.QuerValidator;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation is a thin adapter over the document rules: the one class-level constraint {@code @Regeln}
 * turns each problem of {@link DocumentRules} into one constraint violation at its field with its message,
 * and {@link QuerValidator} turns each violation back into the same problem.
 */
class RegelnAdapterTest {

    private static List<Gespraechsdokumentation> broken() {
        List<Gespraechsdokumentation> all = new ArrayList<>(BrokenDocuments.all());
        all.addAll(BrokenDocuments.folgegespraeche());
        return all;
    }

    @Test
    void eachProblemOfTheRules_isOneViolationAtItsField_andComesBackAsTheSameProblem() {
        DocumentRules rules = DocumentRules.of(Deadlines.standard());
        try (QuerValidator validator = QuerValidator.create()) {
            for (Gespraechsdokumentation doc : broken()) {
                List<Problem> direct = rules.check(doc);
                List<Problem> all = validator.validateDocument(doc);
                // the rules of the document itself (not those of its parts or its fields) are found as they are
                for (Problem p : direct) {
                    assertTrue(all.contains(p), () -> p + " in " + all);
                }
                // the rules of the plan and the note, under the plan's and the note's field
                if (doc.getKooperationsplan() != null) {
                    for (Problem p : rules.check(doc.getKooperationsplan())) {
                        assertTrue(all.contains(p.under("kooperationsplan")), () -> p + " in " + all);
                    }
                }
                if (doc.getBeratungsvermerk() != null) {
                    for (Problem p : rules.check(doc.getBeratungsvermerk())) {
                        assertTrue(all.contains(p.under("beratungsvermerk")), () -> p + " in " + all);
                    }
                }
            }
        }
    }

    @Test
    void aHostsConfiguredValidator_showsTheSameMessages_inGerman() {
        Configuration<?> config = Validation.byDefaultProvider().configure();
        QuerValidator.configure(config, Deadlines.standard());
        try (ValidatorFactory f = config.buildValidatorFactory(); QuerValidator validator = QuerValidator.create()) {
            for (Gespraechsdokumentation doc : broken()) {
                Set<ConstraintViolation<Gespraechsdokumentation>> found = f.getValidator().validate(doc);
                List<String> hostMessages = found.stream().map(ConstraintViolation::getMessage).sorted().toList();
                List<String> ours = validator.validateDocument(doc).stream().map(p -> p.text(Locale.GERMAN)).sorted().toList();
                assertEquals(ours, hostMessages);
                assertFalse(hostMessages.stream().anyMatch(m -> m.contains("{") || m.contains("|")), hostMessages::toString);
            }
        }
    }

    @Test
    void everyRuleHasAnIdOfTheCatalogue_andANameOfItsOwn() {
        DocumentRules rules = DocumentRules.of(Deadlines.standard());
        Set<String> names = rules.all().stream().map(r -> r.name()).collect(Collectors.toSet());
        assertEquals(rules.all().size(), names.size(), "names are unique");
        assertTrue(rules.all().stream().allMatch(r -> r.id().matches("R-[A-Z]\\d+")), rules.all()::toString);
        assertEquals(17, rules.all().size(), rules.all()::toString);
    }
}
