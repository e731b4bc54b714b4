package de.qer.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Deadlines;
import de.qer.core.QuerPolicy;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.model.Antrag;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.GstCode;
import de.qer.core.model.PersonId;
import de.qer.docs.validation.QuerReport;
import de.qer.docs.validation.QuerValidator;
import de.qer.core.rule.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of qer-docs' exported packages, called with {@code null} for one
 * reference parameter at a time: a {@link NullPointerException} naming the parameter, never a silent
 * acceptance. Not swept: Bean Validation constraint validators (the specification makes {@code null}
 * valid for them; completeness is a separate rule), annotation types and the generated builders.
 */
class DocsNullSweepTest {

    private static final QuerValidator VALIDATOR = QuerValidator.create();

    @AfterAll
    static void close() {
        VALIDATOR.close();
    }

    @Test
    void everyPublicEntryPointRejectsNullNamingTheParameter() throws Exception {
        Map<Class<?>, Object> samples = samples();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : publicTypes()) {
            List<Executable> executables = new ArrayList<>(List.of(type.getConstructors()));
            for (Method m : type.getMethods()) {
                if (m.getDeclaringClass().getModule() == type.getModule() && !m.isSynthetic() && !m.isBridge()
                        && !(m.getName().equals("equals") && m.getParameterCount() == 1)) {
                    executables.add(m);
                }
            }
            if (Modifier.isAbstract(type.getModifiers())) {
                executables.removeIf(e -> e instanceof Constructor);
            }
            for (Executable e : executables) {
                Class<?>[] params = e.getParameterTypes();
                boolean instance = e instanceof Method m && !Modifier.isStatic(m.getModifiers());
                Object target = instance ? sample(samples, type) : null;
                for (int i = 0; i < params.length; i++) {
                    Object[] args = new Object[params.length];
                    boolean complete = !params[i].isPrimitive() && (!instance || target != null);
                    for (int j = 0; j < params.length && complete; j++) {
                        args[j] = j == i ? null : sample(samples, params[j]);
                        complete = j == i || args[j] != null;
                    }
                    if (!complete) {
                        continue;
                    }
                    checked++;
                    String where = type.getName() + "." + e.getName() + " parameter " + i;
                    try {
                        if (e instanceof Constructor<?> c) {
                            c.newInstance(args);
                        } else {
                            ((Method) e).invoke(target, args);
                        }
                        failures.add(where + ": accepts null silently");
                    } catch (InvocationTargetException ex) {
                        Throwable cause = ex.getCause();
                        if (!(cause instanceof NullPointerException) || cause.getMessage() == null
                                || cause.getMessage().startsWith("Cannot ")) {
                            failures.add(where + ": " + cause);
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " entry points:\n" + String.join("\n", failures));
        assertTrue(checked >= 30, "checked " + checked);
    }

    private static List<Class<?>> publicTypes() throws IOException {
        Module module = QuerValidator.class.getModule();
        List<Class<?>> types = new ArrayList<>();
        try (ModuleReader reader = ModuleLayer.boot().configuration().findModule(module.getName()).orElseThrow()
                .reference().open(); Stream<String> list = reader.list()) {
            for (String n : list.filter(x -> x.endsWith(".class") && !x.equals("module-info.class")).collect(Collectors.toList())) {
                Class<?> c;
                try {
                    c = Class.forName(n.substring(0, n.length() - 6).replace('/', '.'), false, module.getClassLoader());
                } catch (ClassNotFoundException ex) {
                    throw new IllegalStateException(ex);
                }
                if (module.isExported(c.getPackageName()) && Modifier.isPublic(c.getModifiers()) && !c.isAnnotation()
                        && !c.getName().contains("Immutable") && !jakarta.validation.ConstraintValidator.class.isAssignableFrom(c)
                        && !c.getProtectionDomain().getCodeSource().getLocation().toString().contains("test-classes")) {
                    types.add(c);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return types;
    }

    private static Object sample(Map<Class<?>, Object> samples, Class<?> type) {
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        Object exact = samples.get(type);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<Class<?>, Object> e : samples.entrySet()) {
            if (type.isAssignableFrom(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Map<Class<?>, Object> samples() {
        Map<Class<?>, Object> m = new HashMap<>();
        QuerDokumentation doc = Beispiele.vollstaendig();
        QuerReport report = VALIDATOR.validate(doc);
        Antrag antrag = Antrag.builder().gst(GstCode.of("03")).antragsdatum(LocalDate.of(2026, 11, 2))
                .bedarfsgemeinschaft(Beispiele.bedarfsgemeinschaft()).ausgehaendigt(EnumSet.allOf(EzAushaendigung.class))
                .lgTermin(LocalDate.of(2026, 11, 5)).build();
        m.put(String.class, "x");
        m.put(LocalDate.class, Beispiele.QUER);
        m.put(Locale.class, Locale.GERMAN);
        m.put(Optional.class, Optional.empty());
        m.put(List.class, List.of());
        m.put(Map.class, report.standards());
        m.put(Deadlines.class, Deadlines.standard());
        m.put(QuerPolicy.class, QuerPolicy.standard());
        m.put(PersonId.class, Beispiele.ELB);
        m.put(QuerDokumentation.class, doc);
        m.put(Beratungsvermerk.class, Beispiele.vermerk());
        m.put(Kooperationsplan.class, Beispiele.kooperationsplan());
        m.put(Potenzialanalyse.class, Beispiele.potenzialanalyse());
        m.put(QuerValidator.class, VALIDATOR);
        m.put(QuerReport.class, report);
        m.put(Problem.class, Problem.error(de.qer.core.rule.ProblemCode.MISSING, "R-N2", "beratungsvermerk.zielberuf",
                "R-N2.blank"));
        m.put(de.qer.docs.validation.DocumentRules.class, de.qer.docs.validation.DocumentRules.of(Deadlines.standard()));
        m.put(CaseState.NachBewilligung.class, new CaseState.Bewilligt(antrag, LocalDate.of(2026, 11, 13), Beispiele.bedarfsgemeinschaft(),
                io.vavr.collection.TreeMap.empty(), Optional.empty(), io.vavr.collection.List.empty()));
        m.put(Object.class, doc);
        return m;
    }
}
