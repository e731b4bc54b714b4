package de.qer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.docs.QuerDokumentation;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The naming rule of CONTRIBUTING.md, checked over every public type of the three published modules:
 * one bilingual label type ({@link Label}) for every enum that names something, and no second
 * convention for bilingual text beside it.
 */
class NamingRuleTest {

    /** Enums that are not names of things but policies (a singleton implementing an interface) or codes. */
    private static final Set<String> NOT_LABELLED = Set.of(
            "de.qer.core.KundensteuerungPolicy$Standard",
            "de.qer.core.AgeLimit$Paragraph7a",
            "de.qer.core.rule.ProblemCode",
            "de.qer.core.rule.Severity");

    /** The method names of the bilingual conventions that {@link Label} replaced. */
    private static final Set<String> OLD_CONVENTIONS = Set.of("german", "english", "germanName", "englishName",
            "englishArea");

    @Test
    void everyPublicEnum_isLabelled() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Class<?> c : publicTypes()) {
            if (c.isEnum() && !Labelled.class.isAssignableFrom(c) && !NOT_LABELLED.contains(c.getName())) {
                missing.add(c.getName());
            }
        }
        assertEquals(List.of(), missing, "public enums without a Label");
    }

    @Test
    void noPublicTypeButLabel_hasAGermanOrEnglishAccessor() throws Exception {
        Set<String> found = new TreeSet<>();
        for (Class<?> c : publicTypes()) {
            if (c == Label.class) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && OLD_CONVENTIONS.contains(m.getName())) {
                    found.add(c.getName() + "." + m.getName());
                }
            }
        }
        assertEquals(Set.of(), found, "bilingual text outside Label");
    }

    @Test
    void theScan_seesTheThreeModules() throws Exception {
        List<Class<?>> types = publicTypes();
        assertTrue(types.contains(Label.class) && types.contains(QuerDecider.class)
                && types.contains(QuerDokumentation.class), "the scan must cover calendar, core and docs");
        assertTrue(types.size() > 100, "the scan found only " + types.size() + " public types");
    }

    /** Every public class of qer-calendar, qer-core and qer-docs, nested ones included. */
    static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> anchor : List.of(Label.class, QuerDecider.class, QuerDokumentation.class)) {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (String name : classNames(location)) {
                if (name.equals("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, anchor.getClassLoader());
                if (isPublicAllTheWay(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static boolean isPublicAllTheWay(Class<?> c) {
        for (Class<?> x = c; x != null; x = x.getEnclosingClass()) {
            if (!Modifier.isPublic(x.getModifiers()) || x.isAnonymousClass() || x.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> classNames(Path location) throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.filter(p -> p.toString().endsWith(".class"))
                        .forEach(p -> names.add(toName(location.relativize(p).toString())));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    String n = e.nextElement().getName();
                    if (n.endsWith(".class") && !n.startsWith("META-INF")) {
                        names.add(toName(n));
                    }
                }
            }
        }
        return names;
    }

    private static String toName(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.').replace('\\', '.');
    }
}
