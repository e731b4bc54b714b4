package de.qer.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Architecture: qer-calendar depends on the JDK only and exports only its API package. */
class ModuleDescriptorTest {

    @Test
    void testsRunOnTheModulePath() {
        assertTrue(WorkingDayCalendar.class.getModule().isNamed(), "tests must run inside module de.qer.calendar");
        assertEquals("de.qer.calendar", WorkingDayCalendar.class.getModule().getName());
    }

    @Test
    void requiresOnlyJavaBase_exportsOnlyTheApi() {
        ModuleDescriptor md = WorkingDayCalendar.class.getModule().getDescriptor();
        assertEquals(Set.of("java.base"), md.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
        assertEquals(Set.of("de.qer.calendar"), md.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertTrue(md.opens().isEmpty());
    }
}
