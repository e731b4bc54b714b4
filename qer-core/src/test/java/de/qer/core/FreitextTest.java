package de.qer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** R-N2: the classification of free-text characters, with examples and laws checked by QuickTheories. */
class FreitextTest {

    /** Code points that the laws must meet often: controls, bidi, invisible, blank, surrogates, plain letters. */
    private static final List<Integer> INTERESTING = List.of(0x00, 0x07, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x7F, 0x85, 0x9B,
            0x20, 0xA0, 0xAD, 0x034F, 0x0308, 0x061C, 0x115F, 0x1160, 0x180E, 0x2007, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
            0x2028, 0x2029, 0x202A, 0x202E, 0x202F, 0x2060, 0x2064, 0x2066, 0x2069, 0x2800, 0x3000, 0x3164, 0xD800, 0xDC00,
            0xE000, 0xFE0F, 0xFEFF, 0xFFA0, 0xFFFD, 0xE0001, 0x1F600, (int) 'a', (int) 'Z', (int) 'ü', (int) '5', (int) '.', (int) '-',
            (int) 'ß', 0x4E2D);

    /** Strings of up to 40 code points, any code point (lone surrogates included), mixed with the interesting ones. */
    private static Gen<String> texts() {
        Gen<Integer> cp = integers().between(0, Character.MAX_CODE_POINT).mix(Generate.pick(INTERESTING), 60);
        return lists().of(cp).ofSizeBetween(0, 40).map(FreitextTest::string);
    }

    /** Strings of invisible code points only (no surrogates: they could pair with the text they pad). */
    private static Gen<String> padding() {
        List<Integer> invisible = INTERESTING.stream().filter(c -> !Freitext.isVisible(c) && !Character.isSurrogate((char) c.intValue()))
                .collect(Collectors.toList());
        return lists().of(Generate.pick(invisible)).ofSizeBetween(0, 20).map(FreitextTest::string);
    }

    private static String string(List<Integer> codePoints) {
        StringBuilder sb = new StringBuilder();
        codePoints.forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** The naive reference: the invisible classes as one regular expression, applied code point by code point. */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\p{Cc}\\p{Cf}\\p{Mn}\\p{Me}\\p{Cs}\\p{Co}\\p{Cn}\\p{Zs}\\p{Zl}\\p{Zp}\\u2800\\u115F\\u1160\\u3164\\uFFA0]"
                    + "|\\p{javaWhitespace}");

    private static int naiveVisibleLength(String s) {
        return (int) s.codePoints().filter(cp -> !INVISIBLE.matcher(new String(Character.toChars(cp))).matches()).count();
    }

    private static boolean naiveControlOrBidi(int cp) {
        String c = new String(Character.toChars(cp));
        return c.matches("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]")
                || (cp >= 0xD800 && cp <= 0xDFFF);
    }

    @ParameterizedTest(name = "R-N2 blank: {0} x U+{1}")
    @DisplayName("R-N2: texts of invisible characters are blank and have no visible length")
    @ValueSource(strings = {"21:200B", "25:00A0", "21:2800", "30:3164", "30:FFA0", "20:115F", "20:FEFF", "20:2060", "20:202E",
        "20:00AD", "20:E000", "20:0308", "20:3000", "20:2028"})
    void rN2_invisibleCharactersAreBlank(String spec) {
        String[] parts = spec.split(":");
        String text = new String(Character.toChars(Integer.parseInt(parts[1], 16))).repeat(Integer.parseInt(parts[0]));
        assertTrue(Freitext.isBlank(text));
        assertEquals(0, Freitext.visibleLength(text));
        assertEquals("", Freitext.visibleText(text));
        assertEquals(Integer.parseInt(parts[0]), Freitext.length(text));
    }

    @Test
    @DisplayName("R-N2: ten megabytes of spaces, tabs, line feeds and no-break spaces are blank")
    void rN2_tenMegabytesOfWhitespaceAreBlank() {
        String text = " \t\n\u00A0".repeat(10 * 1024 * 1024 / 4);
        assertTrue(Freitext.isBlank(text));
        assertEquals(0, Freitext.visibleLength(text));
    }

    @Test
    @DisplayName("R-N2: the visible length counts what a reader sees")
    void rN2_visibleLengthCountsWhatAReaderSees() {
        assertEquals(4, Freitext.visibleLength("Koch"));
        assertEquals(4, Freitext.visibleLength(" K\u200Bo\u00A0ch\n"));
        assertEquals(1, Freitext.visibleLength("u\u0308"), "a combining mark belongs to its base");
        assertEquals(1, Freitext.visibleLength("\uD83D\uDE00"), "an emoji is one code point");
        assertEquals(0, Freitext.visibleLength("\uD800"), "a lone surrogate is not content");
        assertFalse(Freitext.isBlank("-"));
        assertEquals("k. a.", Freitext.visibleText("\u200Bk.\u00A0\u2800 a.\u202E"));
        assertEquals("test", Freitext.visibleText("te\u200Bst"));
    }

    @Test
    @DisplayName("R-N2: escape sequences, C1 controls, bidi overrides and isolates are found")
    void rN2_controlAndBidiCharactersAreFound() {
        for (String s : List.of("\u001B[2J", "a\u0007", "\u009B31m", "Plan \u202Egnureilesaw", "\u2066x\u2069", "\u200Fx",
                "\u061C", "\u000B", "\u000C", "\u007F", "x\uD800")) {
            assertTrue(Freitext.containsControlOrBidi(s), s::toString);
            assertFalse(Freitext.containsControlOrBidi(Freitext.sanitize(s)));
        }
        for (String s : List.of("", "Zeile 1\nZeile 2\tTab", "Windows\r\nZeile", "\u200B\u00A0\u2800", "\uD83D\uDE00 ü")) {
            assertFalse(Freitext.containsControlOrBidi(s), s::toString);
        }
        assertEquals("\uFFFD[2J Text", Freitext.sanitize("\u001B[2J Text"));
        assertEquals("Plan \uFFFDgnureilesaw", Freitext.sanitize("Plan \u202Egnureilesaw"));
        assertEquals("a\nb\nc\n\nd", Freitext.sanitize("a\r\nb\rc\n\nd"));
        assertEquals("x\uFFFD\uD83D\uDE00", Freitext.sanitize("x\uDC00\uD83D\uDE00"));
        String plain = "Deutschkurs B2 abschließen\n\t- Liste";
        assertSame(plain, Freitext.sanitize(plain));
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> Freitext.visibleLength(null));
        assertThrows(NullPointerException.class, () -> Freitext.isBlank(null));
        assertThrows(NullPointerException.class, () -> Freitext.visibleText(null));
        assertThrows(NullPointerException.class, () -> Freitext.length(null));
        assertThrows(NullPointerException.class, () -> Freitext.containsControlOrBidi(null));
        assertThrows(NullPointerException.class, () -> Freitext.sanitize(null));
    }

    @Test
    @DisplayName("R-N2: sanitize is idempotent")
    void rN2_sanitizeIsIdempotent() {
        qt().withExamples(2000).forAll(texts()).check(s -> Freitext.sanitize(Freitext.sanitize(s)).equals(Freitext.sanitize(s)));
    }

    @Test
    @DisplayName("R-N2: sanitized text holds no control or bidi character, only tab and line feed")
    void rN2_sanitizedTextHoldsNoControlOrBidi() {
        qt().withExamples(2000).forAll(texts()).checkAssert(s -> {
            String safe = Freitext.sanitize(s);
            assertFalse(Freitext.containsControlOrBidi(safe));
            assertTrue(safe.codePoints().noneMatch(cp -> naiveControlOrBidi(cp) || cp == '\r'), safe);
            assertTrue(safe.codePoints().allMatch(cp -> cp == '\n' || cp == '\t' || Character.getType(cp) != Character.CONTROL));
        });
    }

    @Test
    @DisplayName("R-N2: sanitize replaces exactly the control and bidi code points and keeps every other one")
    void rN2_sanitizeKeepsEverythingElse() {
        qt().withExamples(2000).forAll(texts()).checkAssert(s -> {
            String expected = s.replace("\r\n", "\n").replace('\r', '\n').codePoints()
                    .map(cp -> naiveControlOrBidi(cp) ? 0xFFFD : cp)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertEquals(expected, Freitext.sanitize(s));
            assertEquals(Freitext.visibleLength(s) + (int) s.codePoints().filter(Freitext::isControlOrBidi).count(),
                    Freitext.visibleLength(Freitext.sanitize(s)), "each replacement is one visible character");
        });
    }

    @Test
    @DisplayName("R-N2: invisible padding does not change the visible length")
    void rN2_invisiblePaddingDoesNotCount() {
        qt().withExamples(2000).forAll(padding(), texts(), padding()).checkAssert((a, s, b) -> {
            assertEquals(Freitext.visibleLength(s), Freitext.visibleLength(a + s + b));
            assertEquals(Freitext.visibleText(s), Freitext.visibleText(a + s + b));
            assertTrue(Freitext.isBlank(a + b));
        });
    }

    @Test
    @DisplayName("R-N2: visible length agrees with a naive reference")
    void rN2_visibleLengthAgreesWithANaiveReference() {
        qt().withExamples(3000).forAll(texts()).checkAssert(s -> {
            assertEquals(naiveVisibleLength(s), Freitext.visibleLength(s));
            assertEquals(Freitext.visibleLength(s) == 0, Freitext.isBlank(s));
            assertEquals(s.codePoints().anyMatch(FreitextTest::naiveControlOrBidi), Freitext.containsControlOrBidi(s));
            assertEquals(s.codePoints().count(), Freitext.length(s));
        });
    }

    @Test
    @DisplayName("R-N2: the visible text keeps the visible code points, with single spaces between words")
    void rN2_visibleTextKeepsTheVisibleCodePoints() {
        qt().withExamples(2000).forAll(texts()).checkAssert(s -> {
            String v = Freitext.visibleText(s);
            assertEquals(Freitext.visibleLength(s), Freitext.visibleLength(v));
            assertFalse(v.startsWith(" ") || v.endsWith(" ") || v.contains("  "), v);
            assertEquals(v, Freitext.visibleText(v));
            assertEquals(s.codePoints().filter(Freitext::isVisible).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                    StringBuilder::append).toString(), v.replace(" ", ""));
        });
    }
}
