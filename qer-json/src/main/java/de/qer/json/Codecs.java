package de.qer.json;

import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/** The codecs of plain values: strings, numbers, dates, ids, enums, optionals and collections. */
final class Codecs {

    private Codecs() {
    }

    /** The JSON kind of a node, for messages (never its value). */
    static String kind(JsonNode n) {
        return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    static QerJsonException expected(String what, JsonNode n) {
        return new QerJsonException("expected " + what + ", found " + kind(n) + " / " + what + " erwartet");
    }

    static final Codec<String> STRING = new Codec<>() {
        @Override
        public JsonNode schema(Schemas s) {
            return s.type("string");
        }

        @Override
        public void write(String value, JsonGenerator gen) {
            gen.writeString(value);
        }

        @Override
        public String read(JsonNode node) {
            if (!node.isString()) {
                throw expected("a string", node);
            }
            return node.stringValue();
        }
    };

    static final Codec<Integer> INT = new Codec<>() {
        @Override
        public JsonNode schema(Schemas s) {
            return s.type("integer");
        }

        @Override
        public void write(Integer value, JsonGenerator gen) {
            gen.writeNumber(value.intValue());
        }

        @Override
        public Integer read(JsonNode node) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw expected("an integer", node);
            }
            return node.intValue();
        }
    };

    static final Codec<Long> LONG = new Codec<>() {
        @Override
        public JsonNode schema(Schemas s) {
            return s.type("integer");
        }

        @Override
        public void write(Long value, JsonGenerator gen) {
            gen.writeNumber(value.longValue());
        }

        @Override
        public Long read(JsonNode node) {
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                throw expected("an integer", node);
            }
            return node.longValue();
        }
    };

    static final Codec<Boolean> BOOLEAN = new Codec<>() {
        @Override
        public JsonNode schema(Schemas s) {
            return s.type("boolean");
        }

        @Override
        public void write(Boolean value, JsonGenerator gen) {
            gen.writeBoolean(value);
        }

        @Override
        public Boolean read(JsonNode node) {
            if (!node.isBoolean()) {
                throw expected("a boolean", node);
            }
            return node.booleanValue();
        }
    };

    /** An {@code OptionalDouble} as a number or null. */
    static final Codec<OptionalDouble> OPTIONAL_DOUBLE = new Codec<>() {
        @Override
        public JsonNode schema(Schemas s) {
            return s.nullable(s.type("number"));
        }

        @Override
        public void write(OptionalDouble value, JsonGenerator gen) {
            if (value.isPresent()) {
                gen.writeNumber(value.getAsDouble());
            } else {
                gen.writeNull();
            }
        }

        @Override
        public OptionalDouble read(JsonNode node) {
            if (node.isNull()) {
                return OptionalDouble.empty();
            }
            if (!node.isNumber()) {
                throw expected("a number or null", node);
            }
            return OptionalDouble.of(node.doubleValue());
        }
    };

    /** ISO-8601 date, {@code yyyy-MM-dd}. */
    static final Codec<LocalDate> DATE = parsed("an ISO-8601 date (yyyy-MM-dd)", "date", Codecs::parseDate, Codecs::formatDate);

    /** ISO-8601 month, {@code yyyy-MM}. */
    static final Codec<YearMonth> YEAR_MONTH = parsed("an ISO-8601 month (yyyy-MM)", "yearMonth", YearMonth::parse,
            YearMonth::toString);

    /**
     * Parses exactly {@code yyyy-MM-dd} (a four-digit year, as {@link #formatDate} writes), without a
     * formatter: about ten times faster than {@code LocalDate.parse}.
     *
     * @throws DateTimeParseException if the text is not such a date or the date does not exist
     */
    static LocalDate parseDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                try {
                    return LocalDate.of(y, m, d);
                } catch (java.time.DateTimeException e) {
                    throw new DateTimeParseException("no such date", s, 0, e);
                }
            }
        }
        throw new DateTimeParseException("not yyyy-MM-dd", s, 0);
    }

    /**
     * Writes {@code yyyy-MM-dd}; a year outside 0000–9999 (which qer never has) cannot be written.
     *
     * @throws IllegalArgumentException for a year outside 0000–9999
     */
    static String formatDate(LocalDate date) {
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw new IllegalArgumentException("a date of the JSON contract has a year from 0000 to 9999"
                    + " / ein Datum hat ein Jahr von 0000 bis 9999");
        }
        return date.toString();
    }

    /** The number of the decimal digits from {@code from} to {@code to}, or -1 if one is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static <T> Codec<T> parsed(String what, String def, Function<String, T> parse, Function<T, String> format) {
        return new Codec<>() {
            @Override
            public JsonNode schema(Schemas s) {
                return s.ref(def);
            }

            @Override
            public void write(T value, JsonGenerator gen) {
                gen.writeString(format.apply(value));
            }

            @Override
            public T read(JsonNode node) {
                if (!node.isString()) {
                    throw expected(what, node);
                }
                try {
                    return parse.apply(node.stringValue());
                } catch (DateTimeParseException e) {
                    // not the parser's message: it quotes the text, which may be a birth date
                    throw new QerJsonException("expected " + what + " / " + what + " erwartet");
                }
            }
        };
    }

    /** A value that is a string in JSON (ids, codes): the domain's factory checks it. */
    static <T> Codec<T> stringValue(String typeName, Function<String, T> of, Function<T, String> value) {
        return new Codec<>() {
            @Override
            public JsonNode schema(Schemas s) {
                return s.type("string").put("pattern", "\\S");
            }

            @Override
            public void write(T v, JsonGenerator gen) {
                gen.writeString(value.apply(v));
            }

            @Override
            public T read(JsonNode node) {
                String s = STRING.read(node);
                try {
                    return of.apply(s);
                } catch (IllegalArgumentException e) {
                    throw new QerJsonException("invalid " + typeName + " / ungültig: " + e.getMessage());
                }
            }
        };
    }

    /**
     * An enum by its code: the constant's name, frozen as the code (a test pins every code, so renaming
     * a constant breaks the build instead of the stored JSON).
     */
    static <E extends Enum<E>> Codec<E> enumByName(Class<E> type) {
        Map<String, E> byCode = new HashMap<>();
        for (E e : type.getEnumConstants()) {
            byCode.put(e.name(), e);
        }
        String what = "a code of " + type.getSimpleName();
        return new Codec<>() {
            @Override
            public JsonNode schema(Schemas s) {
                return s.enumOf(byCode.keySet());
            }

            @Override
            public void write(E value, JsonGenerator gen) {
                gen.writeString(value.name());
            }

            @Override
            public E read(JsonNode node) {
                if (!node.isString()) {
                    throw expected(what, node);
                }
                E e = byCode.get(node.stringValue());
                if (e == null) {
                    throw new QerJsonException("unknown code of " + type.getSimpleName() + " / unbekannter Code");
                }
                return e;
            }
        };
    }

    /** An {@code Optional}: the value, or {@code null} when empty (the property is always present). */
    static <V> Codec<Optional<V>> optional(Codec<V> c) {
        return new Codec<>() {
            @Override
            public JsonNode schema(Schemas s) {
                return s.nullable(c.schema(s));
            }

            @Override
            public void write(Optional<V> value, JsonGenerator gen) {
                if (value.isPresent()) {
                    c.write(value.get(), gen);
                } else {
                    gen.writeNull();
                }
            }

            @Override
            public Optional<V> read(JsonNode node) {
                return node.isNull() ? Optional.empty() : Optional.of(c.read(node));
            }
        };
    }

    /**
     * A value a model allows to be missing (qer-docs' {@code @Nullable} properties): the value or
     * {@code null}; the property itself is still required.
     */
    static <V> Codec<V> nullable(Codec<V> c) {
        return new Codec<>() {
            @Override
            public JsonNode schema(Schemas s) {
                return s.nullable(c.schema(s));
            }

            @Override
            public void write(V value, JsonGenerator gen) {
                if (value == null) {
                    gen.writeNull();
                } else {
                    c.write(value, gen);
                }
            }

            @Override
            public V read(JsonNode node) {
                return node.isNull() ? null : c.read(node);
            }
        };
    }

    private static <V> List<V> readArray(JsonNode node, Codec<V> c) {
        if (!node.isArray()) {
            throw expected("an array", node);
        }
        List<V> out = new ArrayList<>(node.size());
        int i = 0;
        for (JsonNode e : node.values()) {
            try {
                out.add(c.read(e));
            } catch (QerJsonException x) {
                throw x.at(i);
            }
            i++;
        }
        return out;
    }

    /** A {@code java.util.List} as an array. */
    static <V> Codec<List<V>> list(Codec<V> c) {
        return new Codec<>() {
            @Override
            public JsonNode schema(Schemas s) {
                return s.arrayOf(c.schema(s));
            }

            @Override
            public void write(List<V> value, JsonGenerator gen) {
                gen.writeStartArray();
                for (V v : value) {
                    c.write(v, gen);
                }
                gen.writeEndArray();
            }

            @Override
            public List<V> read(JsonNode node) {
                return List.copyOf(readArray(node, c));
            }
        };
    }

    /** A Vavr {@code List} as a plain array. */
    static <V> Codec<io.vavr.collection.List<V>> vavrList(Codec<V> c) {
        return new Codec<>() {
            @Override
            public JsonNode schema(Schemas s) {
                return s.arrayOf(c.schema(s));
            }

            @Override
            public void write(io.vavr.collection.List<V> value, JsonGenerator gen) {
                gen.writeStartArray();
                for (V v : value) {
                    c.write(v, gen);
                }
                gen.writeEndArray();
            }

            @Override
            public io.vavr.collection.List<V> read(JsonNode node) {
                return io.vavr.collection.List.ofAll(readArray(node, c));
            }
        };
    }

    /** A set of enum constants as an array of codes in declaration order; a duplicate is an error. */
    static <E extends Enum<E>> Codec<Set<E>> enumSet(Class<E> type) {
        Codec<E> c = enumByName(type);
        return new Codec<>() {
            @Override
            public JsonNode schema(Schemas s) {
                return s.arrayOf(c.schema(s)).put("uniqueItems", true);
            }

            @Override
            public void write(Set<E> value, JsonGenerator gen) {
                gen.writeStartArray();
                for (E e : EnumSet.copyOf(value.isEmpty() ? EnumSet.noneOf(type) : value)) {
                    c.write(e, gen);
                }
                gen.writeEndArray();
            }

            @Override
            public Set<E> read(JsonNode node) {
                List<E> all = readArray(node, c);
                EnumSet<E> s = EnumSet.noneOf(type);
                for (int i = 0; i < all.size(); i++) {
                    if (!s.add(all.get(i))) {
                        throw new QerJsonException("duplicate code / doppelter Code").at(i);
                    }
                }
                return Set.copyOf(s);
            }
        };
    }

    /**
     * A Vavr {@code SortedMap} with string-like keys as a JSON object whose property names are the keys,
     * in key order.
     */
    static <K extends Comparable<? super K>, V> Codec<SortedMap<K, V>> sortedMap(Function<String, K> parseKey,
            Function<K, String> key, Codec<V> values) {
        return new Codec<>() {
            @Override
            public JsonNode schema(Schemas s) {
                return s.mapOf(values.schema(s));
            }

            @Override
            public void write(SortedMap<K, V> value, JsonGenerator gen) {
                gen.writeStartObject();
                for (var e : value) {
                    gen.writeName(key.apply(e._1));
                    values.write(e._2, gen);
                }
                gen.writeEndObject();
            }

            @Override
            public SortedMap<K, V> read(JsonNode node) {
                if (!node.isObject()) {
                    throw expected("an object", node);
                }
                SortedMap<K, V> m = TreeMap.empty(Comparator.naturalOrder());
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    K k;
                    try {
                        k = parseKey.apply(e.getKey());
                    } catch (IllegalArgumentException x) {
                        throw new QerJsonException("invalid key / ungültiger Schlüssel: " + x.getMessage()).under(e.getKey());
                    }
                    try {
                        m = m.put(k, values.read(e.getValue()));
                    } catch (QerJsonException x) {
                        throw x.under(e.getKey());
                    }
                }
                return m;
            }
        };
    }
}
