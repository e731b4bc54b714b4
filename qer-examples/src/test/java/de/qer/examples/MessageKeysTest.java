package de.qer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one bundle of messages ({@code de.qer.core.rule.messages}) against the code of qer-core and qer-docs: each
 * message key that the code names has its German and English text, and each text of the bundle is used.
 * Keys start with their rule ID ({@code "R-Q3.catchUp"}) or with {@code qer.} for a message that several
 * rules share; the label of each problem code ({@code code.*}) is checked in qer-core.
 */
class MessageKeysTest {

    private static final Pattern KEY = Pattern.compile("\"((?:R-[A-Z]\\d+|qer)\\.[A-Za-z0-9.]+)\"");

    private static Set<String> keys(Path root, String language) {
        Properties p = new Properties();
        Path file = root.resolve("qer-core/src/main/resources/de/qer/core/rule/messages_" + language + ".properties");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Set<String> keysInCode(Path root) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> modules = Files.list(root)) {
            // the published modules that report problems; examples and benchmarks name system properties "qer.…"
            for (Path module : modules.filter(p -> Set.of("qer-core", "qer-docs").contains(p.getFileName().toString())).toList()) {
                Path main = module.resolve("src/main/java");
                if (!Files.isDirectory(main)) {
                    continue;
                }
                List<Path> files;
                try (Stream<Path> walk = Files.walk(main)) {
                    files = walk.filter(f -> f.toString().endsWith(".java")).toList();
                }
                for (Path f : files) {
                    Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return used;
    }

    @Test
    void everyKeyTheCodeNames_hasAGermanAndAnEnglishText_andEveryTextIsUsed() throws IOException {
        Path root = RuleCatalogueTest.repositoryRoot();
        Set<String> de = keys(root, "de");
        Set<String> en = keys(root, "en");
        assertEquals(de, en, "the same keys in both languages");
        Set<String> used = keysInCode(root);
        assertTrue(used.size() >= 60, () -> "keys found in the code: " + used.size());
        Set<String> missing = used.stream().filter(k -> !de.contains(k)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "keys named in the code without a message");
        Set<String> unused = de.stream().filter(k -> !k.startsWith("code.") && !used.contains(k))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unused, "messages no code names");
    }
}
