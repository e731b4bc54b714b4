package de.qer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Architecture: qer-core depends on qer-calendar, Vavr and (at compile time only) Immutables' annotations,
 * and exports only its API packages. Adding any other requirement fails this test.
 */
class ModuleDescriptorTest {

    @Test
    void testsRunOnTheModulePath() {
        assertEquals("de.qer.core", Deadlines.class.getModule().getName());
    }

    @Test
    void requiresOnlyTheAllowedModules() {
        ModuleDescriptor md = Deadlines.class.getModule().getDescriptor();
        Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires = md.requires().stream()
                .collect(Collectors.toMap(ModuleDescriptor.Requires::name, ModuleDescriptor.Requires::modifiers));
        assertEquals(Set.of("java.base", "de.qer.calendar", "io.vavr", "org.immutables.value.annotations"), requires.keySet());
        assertTrue(requires.get("org.immutables.value.annotations").contains(ModuleDescriptor.Requires.Modifier.STATIC),
                "Immutables is needed at compile time only");
        assertEquals(Set.of("de.qer.core", "de.qer.core.model", "de.qer.core.lifecycle", "de.qer.core.oversight", "de.qer.core.rule"),
                md.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertTrue(md.opens().isEmpty());
    }
}
