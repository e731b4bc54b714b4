package de.qer.examples.store;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny test-only domain for the store: a counter per case. A command adds an amount a number of
 * times; each time is one event whose index must be the next one (so a lost, duplicated or reordered
 * event breaks the replay); a command that would bring the total below zero is rejected.
 */
final class Counter {

    private Counter() {
    }

    /** The state: how many events, and their sum. */
    record State(long count, long total) {
    }

    /** The command: add {@code amount} {@code times} times, on a business date. */
    record Add(int times, int amount, LocalDate on) {
    }

    /** The event: the {@code index}-th addition of {@code amount}. */
    record Added(long index, int amount, LocalDate on) {
    }

    /** The case logic. */
    static final CaseLogic<State, Add, Added, String> LOGIC = CaseLogic.of(() -> new State(0, 0), Counter::evolve,
            Counter::decide);

    static State evolve(State s, Added e) {
        if (e.index() != s.count() + 1) {
            throw new IllegalStateException("event index " + e.index() + ", expected " + (s.count() + 1));
        }
        return new State(e.index(), s.total() + e.amount());
    }

    static Either<String, List<Added>> decide(State s, Add c) {
        if (c.times() < 1) {
            return Either.left("times below 1");
        }
        if (s.total() + (long) c.times() * c.amount() < 0) {
            return Either.left("the total would go below zero");
        }
        List<Added> events = new ArrayList<>();
        for (int i = 1; i <= c.times(); i++) {
            events.add(new Added(s.count() + i, c.amount(), c.on()));
        }
        return Either.right(events);
    }

    /** The event's type name in the store. */
    static final String TYPE = "counter.added";

    /** The codec: type {@value #TYPE}, version 1, data {@code {"index": n, "amount": a}}. */
    static final EventCodec<Added> CODEC = new EventCodec<>() {
        @Override
        public NewEvent encode(String caseId, Added e) {
            return new NewEvent(TYPE, 1, e.on(), "{\"index\": " + e.index() + ", \"amount\": " + e.amount() + "}");
        }

        @Override
        public Added decode(StoredEvent row) {
            if (!TYPE.equals(row.type())) {
                throw new EventCodecException("unknown event type " + row.type());
            }
            if (row.version() != 1) {
                throw new EventCodecException("unknown version " + row.version() + " of " + row.type());
            }
            Map<String, String> fields = flatObject(row.data());
            if (!fields.keySet().equals(java.util.Set.of("index", "amount"))) {
                throw new EventCodecException("fields " + fields.keySet() + ", expected [index, amount]");
            }
            return new Added(Long.parseLong(fields.get("index")), Integer.parseInt(fields.get("amount")), row.businessDate());
        }
    };

    /** Parses a flat JSON object of numbers, as PostgreSQL prints a jsonb: {@code {"a": 1, "b": 2}}. */
    static Map<String, String> flatObject(String json) {
        String s = json.strip();
        if (!s.startsWith("{") || !s.endsWith("}")) {
            throw new EventCodecException("data is not a JSON object");
        }
        Map<String, String> fields = new HashMap<>();
        String body = s.substring(1, s.length() - 1).strip();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split(",")) {
            String[] kv = pair.split(":", 2);
            if (kv.length != 2) {
                throw new EventCodecException("data is not a flat JSON object");
            }
            String key = kv[0].strip();
            fields.put(key.substring(1, key.length() - 1), kv[1].strip());
        }
        return fields;
    }
}
