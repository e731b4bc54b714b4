package de.qer.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Architecture: qer-docs depends on qer-core and the Jakarta Validation API only, never on a provider. */
class ModuleDescriptorTest {

    @Test
    void requiresOnlyCoreAndTheValidationApi() {
        ModuleDescriptor md = Beratungsvermerk.class.getModule().getDescriptor();
        assertEquals("de.qer.docs", md.name());
        assertEquals(Set.of("java.base", "de.qer.core", "jakarta.validation", "org.immutables.value.annotations"),
                md.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
        assertEquals(Set.of("de.qer.docs", "de.qer.docs.validation", "de.qer.docs.text"),
                md.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(Set.of("de.qer.docs"), md.opens().stream().map(ModuleDescriptor.Opens::source).collect(Collectors.toSet()));
    }
}
