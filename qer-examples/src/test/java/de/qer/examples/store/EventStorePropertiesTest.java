package de.qer.examples.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.core.Gen;

/**
 * The store against a model (a list per case), for random sequences of appends with right, stale and
 * premature expectations and data with quotes, backslashes and non-ASCII text.
 */
@ExtendWith(SharedDatabase.class)
class EventStorePropertiesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static EventStore store;
    private static String prefix;
    private static final AtomicInteger CASES = new AtomicInteger();

    /** An append: the expectation relative to the case's true last sequence number, and its texts. */
    record Op(int offset, List<String> texts) {
    }

    @BeforeAll
    static void start(EmbeddedDatabase db) {
        store = EventStore.create(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
        prefix = SharedDatabase.prefix("model");
    }

    private static Gen<String> texts() {
        // quotes, backslashes, umlauts, a euro sign and a character beyond the BMP
        int[] letters = "aZ \"\\üß€\uD83D\uDE00-".codePoints().toArray();
        Gen<Integer> alphabet = integers().between(0, letters.length - 1).map(i -> letters[i]);
        return lists().of(alphabet).ofSizeBetween(0, 12).map(cps -> {
            StringBuilder b = new StringBuilder();
            cps.forEach(b::appendCodePoint);
            return b.toString();
        });
    }

    private static Gen<Op> ops() {
        return integers().between(-2, 2).zip(lists().of(texts()).ofSizeBetween(1, 3), Op::new);
    }

    private static String json(String text) {
        return "{\"s\": \"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    @Test
    void appendsBehaveLikeTheModel() {
        qt().withExamples(60).forAll(lists().of(ops()).ofSizeBetween(1, 8), strings().basicLatinAlphabet().ofLengthBetween(1, 5))
                .checkAssert((ops, type) -> {
                    String c = prefix + CASES.incrementAndGet();
                    List<StoredEvent> model = new ArrayList<>();
                    for (Op op : ops) {
                        long expected = Math.max(0, model.size() + op.offset());
                        List<NewEvent> batch = op.texts().stream().map(t -> new NewEvent(type.isBlank() ? "t" : type, 1 + t.length(),
                                DAY.plusDays(t.length()), json(t))).toList();
                        AppendResult result = store.append(c, expected, batch);
                        if (expected == model.size()) {
                            for (NewEvent e : batch) {
                                model.add(new StoredEvent(c, model.size() + 1, e.type(), e.version(), e.businessDate(), NOW, e.data()));
                            }
                            assertEquals(new AppendResult.Appended(c, model.size()), result);
                        } else {
                            assertEquals(new AppendResult.Conflict(c, expected, model.size()), result);
                        }
                    }
                    assertEquals(model, store.load(c));
                    assertEquals(model.size(), store.lastSequence(c));
                });
    }
}
