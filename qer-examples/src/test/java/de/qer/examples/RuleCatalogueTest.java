package de.qer.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project documents itself, and this keeps the documentation in step with the code:
 * every rule ID that a Java file names has its entry in {@code docs/rules.md}; every rule of the
 * catalogue that is not marked planned is named by a test (by its ID, or by the test-name form
 * {@code rF4_…}); the test classes the catalogue names exist; and every relative link of the
 * project's Markdown files resolves to a file inside the repository.
 */
class RuleCatalogueTest {

    /** The folder beside the repository that only the project's authors have (spelled in two parts). */
    private static final String OUTSIDE = ".." + "/" + "shared";

    /** A rule ID as code and documents write it. */
    static final Pattern RULE_ID = Pattern.compile("R-[A-Z]\\d+");
    /** The heading of a rule's entry in docs/rules.md. */
    static final Pattern ENTRY = Pattern.compile("^### (R-[A-Z]\\d+)\\b.*$", Pattern.MULTILINE);
    /** How an entry says that its rule is not implemented yet. */
    static final String PLANNED = "planned (not yet implemented)";
    /** An inline Markdown link or image: [text](target) or ![alt](target), with an optional title. */
    static final Pattern INLINE_LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** A reference definition: [label]: target. */
    static final Pattern REFERENCE_LINK = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s+.*)?$", Pattern.MULTILINE);
    /** A URL with a scheme (https:, mailto:, ...), which this test does not follow. */
    static final Pattern ABSOLUTE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    static Path root;
    static Map<String, String> entries;

    @BeforeAll
    static void readCatalogue() throws IOException {
        root = repositoryRoot();
        entries = entries(Files.readString(root.resolve("docs/rules.md"), StandardCharsets.UTF_8));
    }

    /** The directory with the parent pom.xml and docs/, found upwards from the working directory. */
    static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath().normalize();
        while (p != null) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("qer-core"))
                    && Files.isRegularFile(p.resolve("README.md"))) {
                return p;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
    }

    /** Each rule entry of the catalogue: ID to the text of its entry (up to the next heading). */
    static Map<String, String> entries(String catalogue) {
        Map<String, String> m = new LinkedHashMap<>();
        Matcher h = ENTRY.matcher(catalogue);
        List<int[]> spans = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (h.find()) {
            ids.add(h.group(1));
            spans.add(new int[] {h.start(), h.end()});
        }
        for (int i = 0; i < ids.size(); i++) {
            int start = spans.get(i)[0];
            int next = catalogue.indexOf("\n#", spans.get(i)[1]);
            int end = next < 0 ? catalogue.length() : next;
            if (m.put(ids.get(i), catalogue.substring(start, end)) != null) {
                fail("docs/rules.md has two entries for " + ids.get(i));
            }
        }
        return m;
    }

    static List<Path> javaFiles(String sub) {
        try (Stream<Path> modules = Files.list(root)) {
            List<Path> out = new ArrayList<>();
            for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("qer-")).sorted().toList()) {
                Path dir = module.resolve(sub);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(out::add);
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCatalogueHasEntries_andEveryEntryIsARule() {
        assertTrue(entries.size() >= 40, () -> "docs/rules.md has only " + entries.size() + " rule entries");
        assertTrue(read(root.resolve("docs/rules.md")).contains("## Glossary"), "docs/rules.md has the glossary");
    }

    @Test
    void everyRuleIdInTheCode_hasAnEntryInTheCatalogue() {
        Map<String, Set<String>> missing = new TreeMap<>();
        List<Path> files = javaFiles("src");
        assertTrue(files.size() > 100, () -> "only " + files.size() + " Java files found under qer-*/src");
        for (Path f : files) {
            Matcher m = RULE_ID.matcher(read(f));
            while (m.find()) {
                if (!entries.containsKey(m.group())) {
                    missing.computeIfAbsent(m.group(), k -> new TreeSet<>()).add(root.relativize(f).toString());
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "rule IDs used in the code but without an entry (### R-…) in docs/rules.md: "
                + missing.entrySet().stream().map(e -> e.getKey() + " in " + e.getValue()).collect(Collectors.joining("; ")));
    }

    /** The text of every test source except this one. */
    static String testSources() {
        StringBuilder tests = new StringBuilder();
        for (Path f : javaFiles("src/test")) {
            if (!f.getFileName().toString().equals(RuleCatalogueTest.class.getSimpleName() + ".java")) {
                tests.append(read(f)).append('\n');
            }
        }
        return tests.toString();
    }

    /** Whether a text names a rule: R-F4 itself, or, in a test's name, rF4 (rF4_…, rC4_rC6_…). */
    static boolean names(String text, String id) {
        return Pattern.compile(Pattern.quote(id) + "(?!\\d)|(?<![A-Za-z0-9])r" + id.substring(2) + "(?!\\d)")
                .matcher(text).find();
    }

    @Test
    void everyRuleNotMarkedPlanned_isNamedByATest() {
        String tests = testSources();
        List<String> untested = new ArrayList<>();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            if (!e.getValue().contains(PLANNED) && !names(tests, e.getKey())) {
                untested.add(e.getKey());
            }
        }
        assertTrue(untested.isEmpty(), () -> "rules of docs/rules.md without a test under qer-*/src/test that names them"
                + " (mark a rule \"" + PLANNED + "\" if it is not implemented yet): " + untested);
    }

    @Test
    void aRuleMarkedPlanned_hasNoTestYet() {
        String tests = testSources();
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            if (e.getValue().contains(PLANNED) && names(tests, e.getKey())) {
                stale.add(e.getKey());
            }
        }
        assertTrue(stale.isEmpty(), () -> "rules marked \"" + PLANNED + "\" in docs/rules.md that a test already names;"
                + " document their implementation and remove the mark: " + stale);
    }

    @Test
    void everyTestClassTheCatalogueNames_exists() {
        Set<String> existing = javaFiles("src/test").stream().map(p -> p.getFileName().toString().replace(".java", ""))
                .collect(Collectors.toSet());
        Matcher m = Pattern.compile("\\b([A-Z][A-Za-z0-9]*Test)\\b").matcher(read(root.resolve("docs/rules.md")));
        Set<String> unknown = new TreeSet<>();
        while (m.find()) {
            if (!existing.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        assertTrue(unknown.isEmpty(), () -> "docs/rules.md names test classes that do not exist: " + unknown);
    }

    /** README.md, CHANGELOG.md, docs/*.md and the modules' README.md files. */
    static List<Path> markdownFiles() throws IOException {
        List<Path> md = new ArrayList<>();
        for (String name : List.of("README.md", "CHANGELOG.md")) {
            if (Files.isRegularFile(root.resolve(name))) {
                md.add(root.resolve(name));
            }
        }
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(md::add);
        }
        try (Stream<Path> modules = Files.list(root)) {
            modules.filter(p -> p.getFileName().toString().startsWith("qer-")).map(p -> p.resolve("README.md"))
                    .filter(Files::isRegularFile).sorted().forEach(md::add);
        }
        return md;
    }

    /** The text outside fenced code blocks, where Markdown links live. */
    static String withoutCodeBlocks(String text) {
        StringBuilder sb = new StringBuilder();
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void everyRelativeLinkOfTheDocumentation_resolvesToAFileInsideTheRepository() throws IOException {
        List<Path> md = markdownFiles();
        assertTrue(md.stream().anyMatch(p -> p.endsWith(Path.of("docs", "rules.md")))
                && md.stream().anyMatch(p -> p.endsWith(Path.of("docs", "architecture.md"))), md::toString);
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : md) {
            String text = read(file);
            if (text.contains(OUTSIDE)) {
                broken.add(root.relativize(file) + " mentions " + OUTSIDE + ", which users of the repository do not have");
            }
            String prose = withoutCodeBlocks(text);
            List<String> targets = new ArrayList<>();
            for (Pattern p : List.of(INLINE_LINK, REFERENCE_LINK)) {
                Matcher m = p.matcher(prose);
                while (m.find()) {
                    targets.add(m.group(1));
                }
            }
            for (String target : targets) {
                if (ABSOLUTE.matcher(target).matches() || target.startsWith("#")) {
                    continue;   // web links and anchors within the page are not files
                }
                checked++;
                String path = target.replaceAll("[#?].*$", "");
                Path resolved = file.getParent().resolve(path).normalize();
                String where = root.relativize(file) + ": (" + target + ")";
                if (!resolved.startsWith(root)) {
                    broken.add(where + " leaves the repository");
                } else if (!Files.exists(resolved)) {
                    broken.add(where + " does not exist");
                }
            }
        }
        assertTrue(checked >= 3, "relative links checked: " + checked);
        assertTrue(broken.isEmpty(), () -> "broken documentation links:\n  " + String.join("\n  ", broken));
    }
}
