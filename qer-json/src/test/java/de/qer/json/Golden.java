package de.qer.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** The golden files under src/test/resources/golden: kept forever, never regenerated. */
final class Golden {

    static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static String text(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> eventFiles() {
        try (Stream<Path> s = Files.list(ROOT.resolve("events"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The envelopes of a stored case. */
    static List<EventEnvelope> caseEnvelopes(String name) {
        JsonNode arr = QerJson.mapper().readTree(text(ROOT.resolve("cases/" + name + ".json")));
        List<EventEnvelope> out = new ArrayList<>();
        for (JsonNode n : arr.values()) {
            out.add(QerJson.envelopeFromJson(n.toString()));
        }
        return out;
    }
}
