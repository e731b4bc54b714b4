package de.qer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Deadlines;
import de.qer.docs.Beratungsvermerk;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Architecture, from the outside: the three published modules resolve as named modules in a fresh
 * module layer from their built artifacts, with nothing but their declared dependencies, and work
 * there. The direction of dependencies (calendar ← core ← docs) is checked on the resolved graph, so
 * a forbidden requirement in any descriptor fails this test.
 */
class ModuleLayerTest {

    private static Path location(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void theModulesResolveAndRunInTheirOwnLayer() throws Exception {
        List<Path> paths = List.of(location(WorkingDayCalendar.class), location(Deadlines.class), location(Beratungsvermerk.class),
                location(io.vavr.control.Either.class), location(io.vavr.match.annotation.Patterns.class),
                location(jakarta.validation.Validator.class));
        ModuleFinder finder = ModuleFinder.of(paths.toArray(Path[]::new));
        Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(),
                Set.of("de.qer.calendar", "de.qer.core", "de.qer.docs"));

        assertEquals(Set.of("java.base"), reads(cf, "de.qer.calendar"));
        assertEquals(Set.of("java.base", "de.qer.calendar", "io.vavr"), reads(cf, "de.qer.core"));
        assertTrue(reads(cf, "de.qer.docs").containsAll(Set.of("de.qer.core", "jakarta.validation")));
        assertTrue(!reads(cf, "de.qer.docs").contains("org.hibernate.validator"), "qer-docs compiles against the API only");
        for (String m : Set.of("de.qer.calendar", "de.qer.core", "de.qer.docs")) {
            ModuleDescriptor d = cf.findModule(m).orElseThrow().reference().descriptor();
            assertTrue(!d.isAutomatic() && !d.isOpen(), m + " is an explicit module");
        }

        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
        Class<?> cal = layer.findLoader("de.qer.calendar").loadClass("de.qer.calendar.WorkingDayCalendar");
        assertEquals("de.qer.calendar", cal.getModule().getName());
        Object nrw = cal.getMethod("nrw").invoke(null);
        Object due = cal.getMethod("plusWorkingDays", LocalDate.class, int.class).invoke(nrw, LocalDate.of(2026, 12, 18), 10);
        assertEquals(LocalDate.of(2027, 1, 5), due);
        Class<?> deadlines = layer.findLoader("de.qer.core").loadClass("de.qer.core.Deadlines");
        Object std = deadlines.getMethod("standard").invoke(null);
        Object deadline = deadlines.getMethod("applicantDeadline", LocalDate.class).invoke(std, LocalDate.of(2026, 11, 13));
        assertEquals(LocalDate.of(2026, 11, 27), deadline.getClass().getMethod("due").invoke(deadline));
    }

    private static Set<String> reads(Configuration cf, String module) {
        return cf.findModule(module).orElseThrow().reads().stream().map(ResolvedModule::name)
                .filter(n -> !n.startsWith("java.") || n.equals("java.base")).collect(Collectors.toSet());
    }
}
