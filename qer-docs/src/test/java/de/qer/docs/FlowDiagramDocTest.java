package de.qer.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.lifecycle.Transitions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Mermaid flow of the lifecycle in the README is generated from qer-core's transition table; this
 * fails when it is stale. Regenerate with {@code mvn -pl qer-docs -am verify -Dqer.updateDocs=true}.
 */
class FlowDiagramDocTest {

    static final String BEGIN = "<!-- qer:flow:begin (generated from Transitions.mermaid(), do not edit) -->\n";
    static final String END = "<!-- qer:flow:end -->";

    @Test
    void readmeFlowDiagramIsUpToDate() throws IOException {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        assertTrue(b >= 0 && e > b, "README.md needs the markers " + BEGIN.strip() + " ... " + END);
        String expected = "```mermaid\n" + Transitions.mermaid() + "```\n";
        String actual = text.substring(b + BEGIN.length(), e);
        if (!expected.equals(actual) && Boolean.getBoolean("qer.updateDocs")) {
            Files.writeString(readme, text.substring(0, b + BEGIN.length()) + expected + text.substring(e), StandardCharsets.UTF_8);
            actual = expected;
        }
        assertEquals(expected, actual, "README.md flow diagram is stale: run mvn -pl qer-docs -am verify -Dqer.updateDocs=true");
    }
}
