package de.qer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** The plain codecs where the contract is narrower than Java's own parsing. */
class CodecsTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Test
    void datesAreExactlyYyyyMmDd() {
        assertEquals(LocalDate.of(2019, 9, 9), Codecs.parseDate("2019-09-09"));
        assertEquals(LocalDate.of(2000, 10, 30), Codecs.parseDate("2000-10-30"));
        assertEquals(LocalDate.of(1, 1, 1), Codecs.parseDate("0001-01-01"));
        assertEquals(LocalDate.of(9999, 12, 31), Codecs.parseDate("9999-12-31"));
        for (String bad : new String[] {"2026-1/-02", "2026-1:-02", "2026/11/02", "2026-11-2", "+2026-11-02", "20261-1-02",
                "2026-02-30", "2026-13-01", "2026-11-02T00:00", "", "２０２６-11-02"}) {
            assertThrows(DateTimeParseException.class, () -> Codecs.parseDate(bad), bad);
        }
        assertEquals("2026-11-02", Codecs.formatDate(LocalDate.of(2026, 11, 2)));
        assertEquals("0999-01-01", Codecs.formatDate(LocalDate.of(999, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> Codecs.formatDate(LocalDate.of(10000, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> Codecs.formatDate(LocalDate.of(-1, 1, 1)));
    }

    @Test
    void aDateThatIsNoDateIsAnErrorThatDoesNotQuoteIt() {
        QerJsonException x = assertThrows(QerJsonException.class, () -> Codecs.DATE.read(F.stringNode("1986-02-30")));
        assertEquals("", x.path());
        assertEquals(x.problem(), x.getMessage());
        assertTrue(!x.getMessage().contains("1986"), x::getMessage);
        QerJsonException y = assertThrows(QerJsonException.class, () -> Codecs.DATE.read(F.numberNode(20261102)));
        assertTrue(y.getMessage().contains("found number"), y::getMessage);
    }

    @Test
    void optionalDoubleIsANumberOrNull() {
        assertEquals(OptionalDouble.empty(), Codecs.OPTIONAL_DOUBLE.read(F.nullNode()));
        assertEquals(OptionalDouble.of(2.5), Codecs.OPTIONAL_DOUBLE.read(F.numberNode(2.5)));
        assertThrows(QerJsonException.class, () -> Codecs.OPTIONAL_DOUBLE.read(F.stringNode("2.5")));
    }

    @Test
    void integersAreIntegers() {
        assertEquals(7L, Codecs.LONG.read(F.numberNode(7L)));
        assertThrows(QerJsonException.class, () -> Codecs.LONG.read(F.numberNode(7.5)));
        assertThrows(QerJsonException.class, () -> Codecs.INT.read(F.numberNode(1L << 40)));
    }

    @Test
    void thePathOfAnErrorDeepInAnArray() {
        QerJsonException x = new QerJsonException("p").under("b").at(3).under("a");
        assertEquals("a[3].b", x.path());
        assertEquals("a[3].b: p", x.getMessage());
        assertEquals("[1][2]", new QerJsonException("p").at(2).at(1).path());
    }
}
