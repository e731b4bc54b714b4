package de.qer.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.ClarificationTask;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Decision;
import de.qer.core.lifecycle.Event;
import de.qer.core.rule.Message;
import de.qer.core.rule.Problem;
import de.qer.core.rule.ProblemCode;
import de.qer.core.rule.Rule;
import de.qer.core.rule.Severity;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.lifecycle.QuerStatus;
import de.qer.core.lifecycle.Rejection;
import de.qer.core.model.Antrag;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.GstCode;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import de.qer.core.model.Staff;
import de.qer.core.model.StaffId;
import de.qer.core.model.Staffing;
import de.qer.core.model.StatistikEintraege;
import de.qer.core.oversight.Oversight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of the exported packages of qer-calendar and qer-core, called with
 * {@code null} for one reference parameter at a time (the others valid): it must throw a
 * {@link NullPointerException} whose message names the parameter (thrown on purpose, not the JVM's
 * "Cannot invoke …"), never accept the null silently or fail somewhere deeper. {@code equals(Object)}
 * is the one method that takes null.
 */
class NullSweepTest {

    private final Map<Class<?>, Object> samples = samples();

    @Test
    void everyPublicEntryPointRejectsNullNamingTheParameter() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        Set<String> untested = new TreeSet<>();
        for (Class<?> type : publicTypes()) {
            List<Executable> executables = new ArrayList<>();
            executables.addAll(List.of(type.getConstructors()));
            for (Method m : type.getMethods()) {
                if (m.getDeclaringClass().getModule() == type.getModule() && !m.isSynthetic() && !m.isBridge()
                        && !(m.getName().equals("equals") && m.getParameterCount() == 1)) {
                    executables.add(m);
                }
            }
            if (Modifier.isAbstract(type.getModifiers()) && !type.isInterface()) {
                executables.removeIf(e -> e instanceof Constructor);
            }
            for (Executable e : executables) {
                Class<?>[] params = e.getParameterTypes();
                for (int i = 0; i < params.length; i++) {
                    if (params[i].isPrimitive()) {
                        continue;
                    }
                    Object[] args = new Object[params.length];
                    boolean complete = true;
                    for (int j = 0; j < params.length; j++) {
                        if (j != i) {
                            args[j] = sample(params[j]);
                            complete &= args[j] != null;
                        }
                    }
                    Object target = e instanceof Method m && !Modifier.isStatic(m.getModifiers()) ? sample(type) : null;
                    if (!complete || e instanceof Method m && !Modifier.isStatic(m.getModifiers()) && target == null) {
                        untested.add(type.getSimpleName() + "." + e.getName());
                        continue;
                    }
                    checked++;
                    String where = type.getName() + "." + e.getName() + " parameter " + i + " (" + params[i].getSimpleName() + ")";
                    try {
                        if (e instanceof Constructor<?> c) {
                            c.newInstance(args);
                        } else {
                            ((Method) e).invoke(target, args);
                        }
                        failures.add(where + ": accepts null silently");
                    } catch (InvocationTargetException ex) {
                        Throwable cause = ex.getCause();
                        if (!(cause instanceof NullPointerException)) {
                            failures.add(where + ": throws " + cause);
                        } else if (cause.getMessage() == null || cause.getMessage().startsWith("Cannot ")) {
                            failures.add(where + ": NPE without the parameter's name: " + cause.getMessage());
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " entry points:\n" + String.join("\n", failures));
        assertTrue(checked > 300, "checked " + checked + " (parameter, method) pairs; untested: " + untested);
    }

    // ------------------------------------------------------------------------------------------- types

    private static List<Class<?>> publicTypes() {
        List<Class<?>> types = new ArrayList<>();
        for (Module module : List.of(Deadlines.class.getModule(), WorkingDayCalendar.class.getModule())) {
            for (String name : classNames(module)) {
                Class<?> c;
                try {
                    c = Class.forName(name, false, module.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                boolean exported = module.isExported(c.getPackageName())
                        && !c.getProtectionDomain().getCodeSource().getLocation().toString().contains("test-classes");
                if (exported && Modifier.isPublic(c.getModifiers()) && !c.getSimpleName().startsWith("Immutable")
                        && !c.isAnnotation() && !c.getName().contains("Immutable")) {
                    types.add(c);
                }
            }
        }
        return types;
    }

    private static List<String> classNames(Module module) {
        ResolvedModule resolved = ModuleLayer.boot().configuration().findModule(module.getName()).orElseThrow();
        try (ModuleReader reader = resolved.reference().open(); Stream<String> list = reader.list()) {
            return list.filter(n -> n.endsWith(".class") && !n.equals("module-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ----------------------------------------------------------------------------------------- samples

    private Object sample(Class<?> type) {
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isArray()) {
            return Array.newInstance(type.getComponentType(), 0);
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
        LocalDate day = LocalDate.of(2026, 11, 16);
        Deadlines deadlines = Deadlines.standard();
        m.put(String.class, "x");
        m.put(LocalDate.class, day);
        m.put(YearMonth.class, YearMonth.of(2026, 11));
        m.put(Locale.class, Locale.GERMAN);
        m.put(Integer.class, 1);
        m.put(int.class, 1);
        m.put(long.class, 1L);
        m.put(boolean.class, false);
        m.put(Optional.class, Optional.empty());
        m.put(List.class, List.of());
        m.put(Set.class, Set.of());
        m.put(Collection.class, List.of());
        m.put(Iterable.class, List.of());
        m.put(io.vavr.collection.List.class, io.vavr.collection.List.empty());
        m.put(io.vavr.collection.SortedMap.class, io.vavr.collection.TreeMap.empty());
        m.put(WorkingDayCalendar.class, WorkingDayCalendar.nrw());
        m.put(QuerPolicy.class, QuerPolicy.standard());
        m.put(Deadlines.class, deadlines);
        m.put(Deadline.class, deadlines.applicantDeadline(day));
        m.put(Oversight.class, Oversight.of(deadlines));
        m.put(StaffId.class, Fixtures.IFK);
        m.put(PersonId.class, Fixtures.HA);
        m.put(GstCode.class, Fixtures.GST);
        m.put(CaseId.class, CaseId.of("BG-1"));
        m.put(Staff.class, Staff.of("ifk03a", "03", de.qer.core.model.Role.IFK));
        m.put(Staffing.class, Fixtures.staffing());
        m.put(Mitglied.class, Fixtures.ha());
        m.put(Bedarfsgemeinschaft.class, Fixtures.bgAllein());
        m.put(Antrag.class, Fixtures.antrag(Fixtures.bgAllein()));
        m.put(StatistikEintraege.class, Fixtures.eintraege());
        m.put(QuerNachweis.class, Fixtures.vollstaendig());
        m.put(KundensteuerungPolicy.class, KundensteuerungPolicy.standard());
        m.put(PolicyTimeline.class, PolicyTimeline.of(QuerPolicy.standard()));
        m.put(QerContext.class, QerContext.standard());
        m.put(QuerDecider.class, Fixtures.decider());
        CaseState state = Fixtures.assigned(Fixtures.bgAllein()).state;
        m.put(CaseState.class, state);
        m.put(CaseState.InBetreuung.class, state);
        m.put(QuerStatus.class, new QuerStatus.WartetAufImport());
        m.put(Command.class, new Command.RejectApplication(Fixtures.LG, day));
        m.put(Event.class, new Event.ApplicationRejected(day));
        m.put(Problem.class, Problem.error(ProblemCode.MISSING, "R-E1", "antrag", "R-E1.noLgAppointment"));
        m.put(Rejection.class, new Rejection(List.of(Problem.error(ProblemCode.MISSING, "R-E1", "antrag", "R-E1.noLgAppointment"))));
        m.put(Message.class, Message.of("R-E1.noLgAppointment"));
        m.put(Severity.class, Severity.ERROR);
        m.put(Rule.class, Rule.of("R-E1", "Beispiel", String.class, (text, found) -> { }));
        m.put(Decision.class, new Decision(List.of(new Event.ApplicationRejected(day))));
        m.put(ClarificationTask.class, ClarificationTask.open(1, Fixtures.GST, Fixtures.HA, Fixtures.IFK,
                deadlines.earlyRequestDeadline(day)));
        m.put(de.qer.core.model.OffenerPunkt.class, de.qer.core.model.OffenerPunkt.zu("OP-1", "Zeugnisse", day.plusDays(3)));
        m.put(de.qer.core.lifecycle.D3Workflow.class, new de.qer.core.lifecycle.D3Workflow(
                de.qer.core.lifecycle.D3Workflow.Kind.CASE_ASSIGNED, CaseId.of("BG-1"), Fixtures.GST, de.qer.core.model.Role.IFK,
                Optional.empty(), Optional.empty()));
        m.put(de.qer.core.lifecycle.Clarification.class, new de.qer.core.lifecycle.Clarification(day, Fixtures.IFK,
                de.qer.core.lifecycle.ClarificationOutcome.GRANTED, Optional.empty()));
        m.put(KundensteuerungPolicy.Suggestion.class, new KundensteuerungPolicy.Suggestion(
                de.qer.core.model.Kundensteuerung.VERBLEIB_GST, "Kriterium"));
        m.put(de.qer.core.oversight.ImportCheck.class, de.qer.core.oversight.ImportCheck.of(deadlines));
        WorkingDayCalendar nrw = WorkingDayCalendar.nrw();
        m.put(de.qer.calendar.DeadlineExplanation.class, nrw.explain(day, 3));
        m.put(de.qer.calendar.Holiday.class, nrw.holidays(2026).get(0));
        m.put(de.qer.calendar.SkippedDay.class, nrw.explain(LocalDate.of(2026, 12, 23), 3).skippedDays().get(0));
        de.qer.core.oversight.OversightReport report = Oversight.of(deadlines).morningList(List.of(state), day, 3);
        m.put(de.qer.core.oversight.OversightReport.class, report);
        // R-L6: controlling
        m.put(java.util.Map.class, java.util.Map.of());
        m.put(java.util.OptionalDouble.class, java.util.OptionalDouble.empty());
        de.qer.core.oversight.Controlling controlling = de.qer.core.oversight.Controlling.of(deadlines);
        m.put(de.qer.core.oversight.Controlling.class, controlling);
        de.qer.core.oversight.ControllingReport controllingReport = controlling.report(List.of(state), YearMonth.of(2026, 11),
                YearMonth.of(2026, 11), day);
        m.put(de.qer.core.oversight.ControllingReport.class, controllingReport);
        m.put(de.qer.core.oversight.ControllingFigures.class, controllingReport.total());
        m.put(de.qer.core.oversight.ControllingItem.Outcome.class, de.qer.core.oversight.ControllingItem.Outcome.OPEN);
        m.put(CaseState.Bewilligt.class, new CaseState.Bewilligt(((CaseState.NachBewilligung) state).antrag(), day,
                Fixtures.bgAllein(), io.vavr.collection.TreeMap.empty(), Optional.empty(), io.vavr.collection.List.empty()));
        return m;
    }
}
