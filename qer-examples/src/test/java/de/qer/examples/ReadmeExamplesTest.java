package de.qer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Java examples are the code of {@link ReadmeExamples}: every {@code ```java} block of
 * README.md stands right below a marker {@code <!-- example: <name> -->} and shows exactly the region
 * {@code // README:<name> BEGIN … END} of that file, dedented. This fails when they differ, when a Java
 * block has no marker, or when a region is not in the README. Regenerate the blocks with
 * {@code mvn -pl qer-examples -am verify -Dqer.updateDocs=true}. The other tests run each example.
 */
class ReadmeExamplesTest {

    static final Path README = Path.of("..", "README.md");
    static final Path SOURCE = Path.of("src", "test", "java", "de", "qer", "examples", "ReadmeExamples.java");
    static final Pattern REGION = Pattern.compile("(?m)^[ \\t]*// README:([a-z0-9-]+) BEGIN\\n(.*?)^[ \\t]*// README:\\1 END\\n",
            Pattern.DOTALL);
    static final Pattern MARKER = Pattern.compile("<!-- example: ([a-z0-9-]+) -->");
    static final String FENCE = "```";

    /** The regions of the source file by name, dedented, in their order. */
    static Map<String, String> regions(String source) {
        Map<String, String> m = new LinkedHashMap<>();
        Matcher r = REGION.matcher(source);
        while (r.find()) {
            assertTrue(m.put(r.group(1), dedent(r.group(2))) == null, "region named twice: " + r.group(1));
        }
        return m;
    }

    static String dedent(String block) {
        List<String> lines = block.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
        }
        return b.toString();
    }

    /** A Java block of the README: its marker's name (null without one) and where its content starts and ends. */
    record Block(String name, int start, int end) {
    }

    static List<Block> javaBlocks(String readme) {
        List<Block> blocks = new ArrayList<>();
        String previous = "";
        int pos = 0;
        boolean inFence = false;
        while (pos < readme.length()) {
            int eol = readme.indexOf('\n', pos);
            int next = eol < 0 ? readme.length() : eol + 1;
            String line = readme.substring(pos, eol < 0 ? readme.length() : eol);
            if (!inFence && line.startsWith(FENCE)) {
                inFence = true;
                if (line.strip().equals(FENCE + "java")) {
                    Matcher m = MARKER.matcher(previous.strip());
                    int close = readme.indexOf("\n" + FENCE, eol);
                    assertTrue(close >= 0, "unclosed java block in README.md");
                    blocks.add(new Block(m.matches() ? m.group(1) : null, next, close + 1));
                }
            } else if (inFence && line.strip().equals(FENCE)) {
                inFence = false;
            }
            previous = line;
            pos = next;
        }
        return blocks;
    }

    @Test
    void everyJavaBlockOfTheReadme_isAnExampleOfTheSource() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Map<String, String> expected = regions(Files.readString(SOURCE, StandardCharsets.UTF_8));
        assertTrue(expected.size() >= 6, "regions found: " + expected.keySet());
        List<Block> blocks = javaBlocks(readme);
        List<String> unmarked = blocks.stream().filter(b -> b.name() == null)
                .map(b -> readme.substring(b.start(), Math.min(b.end(), b.start() + 60)).lines().findFirst().orElse("")).toList();
        assertEquals(List.of(), unmarked, "java blocks of README.md without a <!-- example: name --> marker");
        List<String> names = blocks.stream().map(Block::name).toList();
        assertEquals(names.size(), Set.copyOf(names).size(), "an example shown twice in README.md: " + names);
        assertEquals(expected.keySet(), Set.copyOf(names), "README.md's examples and the regions of " + SOURCE);
        if (Boolean.getBoolean("qer.updateDocs")) {
            StringBuilder updated = new StringBuilder(readme);
            for (int i = blocks.size() - 1; i >= 0; i--) {
                Block b = blocks.get(i);
                updated.replace(b.start(), b.end(), expected.get(b.name()));
            }
            if (!updated.toString().equals(readme)) {
                Files.writeString(README, updated.toString(), StandardCharsets.UTF_8);
            }
            return;
        }
        for (Block b : blocks) {
            assertEquals(expected.get(b.name()), readme.substring(b.start(), b.end()),
                    "README.md example '" + b.name() + "' is stale: run mvn -pl qer-examples -am verify -Dqer.updateDocs=true");
        }
    }

    @Test
    void calendarNrw_runs() {
        new ReadmeExamples().calendarNrw();
    }

    @Test
    void calendarLaender_runs() {
        new ReadmeExamples().calendarLaender();
    }

    @Test
    void coreLifecycle_runs() {
        new ReadmeExamples().coreLifecycle();
    }

    @Test
    void afterTheFirstInterview_runs() {
        new ReadmeExamples().afterTheFirstInterview();
    }

    @Test
    void docs_runs() {
        new ReadmeExamples().docs();
    }

    @Test
    void followUp_runs() {
        new ReadmeExamples().followUp();
    }

    @Test
    void json_runs() throws Exception {
        new ReadmeExamples().json();
    }
}
