package de.qer.core;

import java.util.Objects;

/**
 * R-N2: what counts as content in a free text, and how a free text is made safe to print. The one place
 * where qer classifies the characters of caller text; the documents (note, Kooperationsplan) and the
 * commands of the case lifecycle use it alike.
 *
 * <p><b>Visible content.</b> A code point is <i>visible</i> ({@link #isVisible(int)}) unless it is
 * <ul>
 *   <li>blank: whitespace ({@link Character#isWhitespace(int)}) or a space separator
 *       ({@link Character#isSpaceChar(int)}: U+00A0 no-break space, U+2007, U+202F, U+3000, line and
 *       paragraph separators, ...), or a character that is drawn as an empty cell although Unicode
 *       classes it as a letter or symbol: U+2800 braille pattern blank, the Hangul fillers U+115F,
 *       U+1160, U+3164 and U+FFA0;</li>
 *   <li>a control ({@link Character#CONTROL}, C0, DEL and C1) or a format character
 *       ({@link Character#FORMAT}: zero-width space U+200B, joiners, U+2060 to U+2064, U+FEFF, soft
 *       hyphen, the bidi controls U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069, tags);</li>
 *   <li>a combining mark ({@link Character#NON_SPACING_MARK}, {@link Character#ENCLOSING_MARK},
 *       variation selectors included): it belongs to the character before it, so "ü" counts once
 *       whether it is written precomposed or as "u" and U+0308;</li>
 *   <li>without an agreed glyph: a lone surrogate ({@link Character#SURROGATE}), a private-use code point
 *       ({@link Character#PRIVATE_USE}) or a code point unassigned in the JDK's Unicode version
 *       ({@link Character#UNASSIGNED}; Java 17 knows Unicode 13). A text made of such code points
 *       shows nothing a reader could rely on, so it is not content.</li>
 * </ul>
 * The minimum length of R-N2 counts visible code points ({@link #visibleLength(CharSequence)}); a
 * placeholder is recognised in the {@link #visibleText(CharSequence) visible text}; the maximum length
 * counts every code point ({@link #length(CharSequence)}), because it bounds the work done on a text.
 *
 * <p><b>Control and bidi characters.</b> {@link #isControlOrBidi(int)} is true for the controls other
 * than tab, line feed and carriage return (escape sequences such as ESC {@code [2J} clear a
 * terminal), for the bidi controls (U+202E right-to-left override reorders a printed line, so that the
 * reader sees another text than was written) and for lone surrogates (malformed text). Validation reports
 * them; {@link #sanitize(String)} replaces each with U+FFFD ({@link #REPLACEMENT}) before a text is
 * printed, so the reader sees that something was there, and turns carriage returns into line feeds.
 *
 * <p>All methods are pure functions. This class is stateless and thread-safe.
 */
public final class Freitext {

    /**
     * What {@link #sanitize(String)} puts in place of a control or bidi character: U+FFFD REPLACEMENT
     * CHARACTER, visible on paper and in every terminal, and itself neither a control nor a bidi character.
     */
    public static final char REPLACEMENT = '\uFFFD';

    private Freitext() {
    }

    /**
     * Whether a code point is visible content (see the class description).
     *
     * @param codePoint any int; values outside the Unicode range are not visible
     * @return true if the code point counts as content
     */
    public static boolean isVisible(int codePoint) {
        if (isBlankLike(codePoint)) {
            return false;
        }
        switch (Character.getType(codePoint)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
                return false;
            default:
                return true;
        }
    }

    /** Drawn as empty space: whitespace, space separators, braille blank, Hangul fillers. */
    private static boolean isBlankLike(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == 0x2800 || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
    }

    /**
     * The number of visible code points of a text: its length for the minimum of R-N2.
     *
     * @param text the text, not null
     * @return the number of visible code points, 0 for a blank text
     * @throws NullPointerException if text is null
     */
    public static int visibleLength(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (isVisible(cp)) {
                count++;
            }
            i += Character.charCount(cp);
        }
        return count;
    }

    /**
     * Whether a text has no visible content: empty, or only blank, invisible, control or format code points.
     *
     * @param text the text, not null
     * @return true if no code point of the text is visible
     * @throws NullPointerException if text is null
     */
    public static boolean isBlank(CharSequence text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (isVisible(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * The visible text, for comparing a text with placeholders: the visible code points in order, every
     * run of blank code points between them as one space (U+0020), every other invisible code point
     * dropped, nothing at either end. So "t", U+200B, "b", U+00A0, "d" gives {@code "tb d"}.
     *
     * @param text the text, not null
     * @return the visible text, empty for a blank text, never null
     * @throws NullPointerException if text is null
     */
    public static String visibleText(CharSequence text) {
        Objects.requireNonNull(text, "text");
        StringBuilder sb = new StringBuilder(Math.min(text.length(), 1024));
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (isVisible(cp)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.appendCodePoint(cp);
            } else if (isBlankLike(cp)) {
                space = true;
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * The length of a text in code points, invisible ones included: its length for the maximum of R-N2.
     *
     * @param text the text, not null
     * @return the number of code points (a lone surrogate counts as one)
     * @throws NullPointerException if text is null
     */
    public static int length(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return Character.codePointCount(text, 0, text.length());
    }

    /**
     * Whether a code point must not reach a printed text or a terminal: a control other than tab
     * (U+0009), line feed (U+000A) and carriage return (U+000D); a bidi control (U+061C, U+200E, U+200F,
     * U+202A to U+202E, U+2066 to U+2069); or a lone surrogate.
     *
     * @param codePoint any int
     * @return true for a control, bidi control or surrogate code point
     */
    public static boolean isControlOrBidi(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.SURROGATE || isBidiControl(codePoint);
    }

    private static boolean isBidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }

    /**
     * Whether a text contains a code point for which {@link #isControlOrBidi(int)} is true (a surrogate
     * counts only if it is not part of a pair).
     *
     * @param text the text, not null
     * @return true if the text contains a control, bidi control or lone surrogate
     * @throws NullPointerException if text is null
     */
    public static boolean containsControlOrBidi(CharSequence text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (isControlOrBidi(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * The text made safe to print: each code point for which {@link #isControlOrBidi(int)} is true becomes
     * {@link #REPLACEMENT} (one per code point, so nothing is silently merged), each carriage return
     * becomes a line feed ({@code "\r\n"} one line feed). Every other code point is kept as it is, tab and
     * line feed included. Idempotent: {@code sanitize(sanitize(s)).equals(sanitize(s))}.
     *
     * @param text the text, not null
     * @return the safe text; the same instance if nothing had to change
     * @throws NullPointerException if text is null
     */
    public static String sanitize(String text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        int first = 0;
        while (first < n) {
            int cp = text.codePointAt(first);
            if (cp == '\r' || isControlOrBidi(cp)) {
                break;
            }
            first += Character.charCount(cp);
        }
        if (first == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n).append(text, 0, first);
        for (int i = first; i < n; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\r') {
                sb.append('\n');
                if (next < n && text.charAt(next) == '\n') {
                    next++;
                }
            } else if (isControlOrBidi(cp)) {
                sb.append(REPLACEMENT);
            } else {
                sb.appendCodePoint(cp);
            }
            i = next;
        }
        return sb.toString();
    }
}
