package de.qer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Event;
import de.qer.core.model.Mitglied;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Architecture: qer-json depends on qer-core and Jackson databind (qer-docs optionally), exports one
 * package, opens none; and it works on the module path without qer-core opening anything to it (no
 * --add-opens).
 */
class ModuleDescriptorTest {

    @Test
    void requiresCoreAndJacksonDatabind_andQerDocsOnlyOptionally() {
        ModuleDescriptor md = QerJson.class.getModule().getDescriptor();
        assertEquals("de.qer.json", md.name());
        Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires = md.requires().stream()
                .collect(Collectors.toMap(ModuleDescriptor.Requires::name, ModuleDescriptor.Requires::modifiers));
        assertEquals(Set.of("java.base", "de.qer.core", "tools.jackson.databind", "de.qer.docs"), requires.keySet());
        assertEquals(Set.of(ModuleDescriptor.Requires.Modifier.TRANSITIVE), requires.get("de.qer.core"));
        assertEquals(Set.of(ModuleDescriptor.Requires.Modifier.TRANSITIVE), requires.get("tools.jackson.databind"));
        // only QerDocsJsonModule needs qer-docs: a host without it does not get it (nor Jakarta Validation)
        assertEquals(Set.of(ModuleDescriptor.Requires.Modifier.STATIC), requires.get("de.qer.docs"));
        assertEquals(Set.of("de.qer.json"), md.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertTrue(md.opens().isEmpty());
    }

    @Test
    void readsImmutablesModelsAndRecordsWithoutQerCoreOpeningAPackage() {
        Module json = QerJson.class.getModule();
        Module core = CaseState.class.getModule();
        assertTrue(json.isNamed() && core.isNamed(), "the tests run on the module path");
        for (String pkg : core.getPackages()) {
            assertFalse(core.isOpen(pkg, json), pkg + " is open to de.qer.json");
        }

        // an Immutables model (generated class), a record, a sealed hierarchy: through public API only
        Mitglied m = Cases.partner();
        assertEquals(m, QerJson.read(QerJson.write(m), Mitglied.class));
        List<Event> events = Cases.run(Cases.decider(), Cases.wholeLife());
        for (Event e : events) {
            assertEquals(e, QerJson.read(QerJson.write(e), Event.class));
        }
    }
}
