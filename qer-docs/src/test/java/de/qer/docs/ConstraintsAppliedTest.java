package de.qer.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.rule.Rule;
import de.qer.docs.validation.DocumentRules;
import de.qer.docs.validation.QuerValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The guard against a pitfall of Bean Validation with Immutables: a provider silently skips constraints
 * on accessors it does not take for properties (fluent {@code name()} instead of {@code getName()}). This fails if any constrained accessor of a model stops
 * being a validated property, or if any constraint type in use stops firing.
 */
class ConstraintsAppliedTest {

    static final List<Class<?>> MODELS = List.of(Beratungsvermerk.class, Kooperationsplan.class, Aktivitaet.class,
            Eigenbemuehungen.class, Potenzialanalyse.class, Integrationsprognose.class, Handlungsstrategie.class,
            Sofortangebot.class, QuerDokumentation.class, Folgegespraech.class, KpUeberpruefung.class);

    private static boolean isConstraint(Annotation a) {
        return a.annotationType().isAnnotationPresent(Constraint.class);
    }

    private static boolean constrainedOrCascaded(Method m) {
        if (Arrays.stream(m.getAnnotations()).anyMatch(a -> isConstraint(a) || a instanceof Valid)) {
            return true;
        }
        return m.getAnnotatedReturnType() instanceof AnnotatedParameterizedType p
                && Arrays.stream(p.getAnnotatedActualTypeArguments()).anyMatch(t -> t.isAnnotationPresent(Valid.class)
                        || Arrays.stream(t.getAnnotations()).anyMatch(ConstraintsAppliedTest::isConstraint));
    }

    private static String property(Method m) {
        String n = m.getName().startsWith("is") ? m.getName().substring(2) : m.getName().substring(3);
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    @Test
    void everyConstrainedAccessorIsAValidatedProperty_andEveryClassConstraintIsKnown() {
        try (ValidatorFactory f = Validation.buildDefaultValidatorFactory()) {
            Validator v = f.getValidator();
            for (Class<?> model : MODELS) {
                Set<String> declared = Arrays.stream(model.getDeclaredMethods()).filter(ConstraintsAppliedTest::constrainedOrCascaded)
                        .map(ConstraintsAppliedTest::property).collect(Collectors.toSet());
                BeanDescriptor bd = v.getConstraintsForClass(model);
                Set<String> validated = bd.getConstrainedProperties().stream().map(PropertyDescriptor::getPropertyName)
                        .collect(Collectors.toSet());
                assertEquals(declared, validated, model.getSimpleName() + ": constraints that the provider does not apply");
                long classConstraints = Arrays.stream(model.getAnnotations()).filter(ConstraintsAppliedTest::isConstraint).count();
                assertEquals(classConstraints, bd.getConstraintDescriptors().size(), model.getSimpleName());
                assertTrue(declared.size() + classConstraints > 0, model.getSimpleName() + " has constraints");
            }
        }
    }

    @Test
    void everyConstraintTypeInUseFires() {
        Set<String> inUse = new HashSet<>();
        for (Class<?> model : MODELS) {
            Arrays.stream(model.getAnnotations()).filter(ConstraintsAppliedTest::isConstraint)
                    .forEach(a -> inUse.add(a.annotationType().getSimpleName()));
            for (Method m : model.getDeclaredMethods()) {
                Arrays.stream(m.getAnnotations()).filter(ConstraintsAppliedTest::isConstraint)
                        .forEach(a -> inUse.add(a.annotationType().getSimpleName()));
                if (m.getAnnotatedReturnType() instanceof AnnotatedParameterizedType p) {
                    Arrays.stream(p.getAnnotatedActualTypeArguments()).flatMap(t -> Arrays.stream(t.getAnnotations()))
                            .filter(ConstraintsAppliedTest::isConstraint).forEach(a -> inUse.add(a.annotationType().getSimpleName()));
                }
            }
        }
        // every constraint type in use fires on a broken document (run through the host's Bean Validation)
        Set<String> fired = new HashSet<>();
        jakarta.validation.Configuration<?> config = Validation.byDefaultProvider().configure();
        QuerValidator.configure(config, de.qer.core.Deadlines.standard());
        List<Object> broken = new java.util.ArrayList<>(BrokenDocuments.all());
        broken.addAll(BrokenDocuments.folgegespraeche());
        try (ValidatorFactory f = config.buildValidatorFactory()) {
            for (Object doc : broken) {
                f.getValidator().validate(doc).forEach(cv -> fired.add(
                        cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()));
            }
        }
        assertEquals(inUse, fired);
        // and every rule of the one class-level constraint finds something in a broken document or one of its parts
        DocumentRules rules = DocumentRules.of(de.qer.core.Deadlines.standard());
        Set<String> rulesFired = new HashSet<>();
        for (Object doc : broken) {
            Gespraechsdokumentation g = (Gespraechsdokumentation) doc;
            for (Object part : java.util.Arrays.asList(g, g.getKooperationsplan(), g.getBeratungsvermerk())) {
                for (Rule<?> r : rules.all()) {
                    if (part != null && !r.checkIfApplies(part).isEmpty()) {
                        rulesFired.add(r.id() + " " + r.name());
                    }
                }
            }
        }
        assertEquals(rules.all().stream().map(r -> r.id() + " " + r.name()).collect(Collectors.toSet()), rulesFired);
        assertTrue(inUse.size() - 1 + rules.all().size() >= 15, inUse::toString);
    }

    /** What the pitfall looks like: the same constraint on a fluent accessor is never checked. */
    static final class Fluent {
        @de.qer.docs.validation.Pflichtangabe(rule = "R-N1")
        String name() {
            return null;
        }
    }

    @Test
    void thePitfall_fluentAccessorsAreNotProperties() {
        try (ValidatorFactory f = Validation.buildDefaultValidatorFactory()) {
            assertTrue(f.getValidator().validate(new Fluent()).isEmpty(),
                    "if a provider ever validates fluent accessors, the get* style of the models can be revisited");
        }
    }

    @Test
    void brokenDocumentsReportInBothLanguages() {
        try (QuerValidator validator = QuerValidator.create()) {
            String de = validator.validate(BrokenDocuments.all().get(0)).format(Locale.GERMAN);
            assertTrue(de.contains("FEHLER"), de);
        }
    }
}
