package de.qer.core.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.qer.core.model.GstCode;
import de.qer.core.model.StaffId;
import de.qer.core.model.Zustaendigkeit;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * R-L6: the controlling report as the host hands it on, as CSV for a spreadsheet (RFC 4180 with a
 * semicolon) and as a text table in German or English.
 */
class ControllingReportTextTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth DEC = YearMonth.of(2026, 12);

    private static ControllingRow row(String gst, String ifk, YearMonth month, ControllingFigures f) {
        return new ControllingRow(GstCode.of(gst), Zustaendigkeit.ifk(StaffId.of(ifk)), month, f);
    }

    private static final ControllingFigures THREE = new ControllingFigures(3, 1, 1, 0, 1, OptionalDouble.of(9.5));
    private static final ControllingFigures OPEN = new ControllingFigures(1, 0, 0, 1, 0, OptionalDouble.empty());

    private static ControllingReport report(List<ControllingRow> rows) {
        return new ControllingReport(NOV, DEC, LocalDate.of(2026, 12, 3), rows,
                Map.of(NOV, THREE, DEC, OPEN), new ControllingFigures(4, 1, 1, 1, 1, OptionalDouble.of(9.5)));
    }

    @Test
    void rL6_csv_quotesEveryFieldWithASeparatorQuoteOrLineBreak_whereverItStands() {
        List<String> names = List.of(";first", "mid;dle", "\"quoted", "in\"side", "\nnewline", "line\nbreak", "\rreturn",
                "carriage\rreturn", "plain");
        List<ControllingRow> rows = names.stream().map(n -> row("03", n, NOV, THREE)).toList();
        String[] lines = report(rows).toCsv().split("\r\n", -1);
        assertEquals(ControllingReport.CSV_HEADER, lines[0]);
        List<String> expected = List.of("\";first\"", "\"mid;dle\"", "\"\"\"quoted\"", "\"in\"\"side\"", "\"\nnewline\"",
                "\"line\nbreak\"", "\"\rreturn\"", "\"carriage\rreturn\"", "plain");
        for (int k = 0; k < names.size(); k++) {
            assertEquals("03;" + expected.get(k) + ";2026-11;3;1;1;0;1;0.3333;9.5", lines[k + 1], names.get(k));
        }
        assertEquals("", lines[names.size() + 1], "the last line ends with CRLF");
        assertEquals(names.size() + 2, lines.length);
    }

    @Test
    void rL6_csv_leavesTheShareAndTheMedianEmpty_whereTheyAreUndefined() {
        String csv = report(List.of(row("05", "ifk05", DEC, OPEN))).toCsv();
        assertEquals(ControllingReport.CSV_HEADER + "\r\n05;ifk05;2026-12;1;0;0;1;0;;\r\n", csv);
    }

    private static List<String> words(String line) {
        return Arrays.asList(line.trim().split("\\s+"));
    }

    @Test
    void rL6_theTextTableInGerman_isGermanThroughout() {
        String[] lines = report(List.of(row("03", "ifk03a", NOV, THREE))).format(Locale.GERMAN).split("\n");
        assertEquals("Controlling (R-L6), QuEr fällig 2026-11 bis 2026-12, Stand 2026-12-03", lines[0]);
        assertEquals(List.of("GST", "verantwortlich", "Monat", "fällig", "frist", "spät", "offen", "überf", "Quote", "MedAT"),
                words(lines[1]));
        assertEquals(List.of("03", "ifk03a", "2026-11", "3", "1", "1", "0", "1", "33.3%", "9.5"), words(lines[2]));
        assertEquals(List.of("Summe", "2026-11", "3", "1", "1", "0", "1", "33.3%", "9.5"), words(lines[3]));
        assertEquals(List.of("Summe", "2026-12", "1", "0", "0", "1", "0", "-", "-"), words(lines[4]));
        assertEquals(List.of("Summe", "alle", "4", "1", "1", "1", "1", "33.3%", "9.5"), words(lines[5]));
        assertEquals("Quote = fristgerecht / (fristgerecht + verspätet + überfällig); MedAT = Median der Arbeitstage"
                + " vom Auslöser bis zum QuEr", lines[6]);
        assertEquals(7, lines.length);
    }

    @Test
    void rL6_theTextTableInEnglish_isEnglishThroughout() {
        String[] lines = report(List.of(row("03", "ifk03a", NOV, THREE))).format(Locale.ENGLISH).split("\n");
        assertEquals("Controlling (R-L6), QuEr due 2026-11 to 2026-12, as of 2026-12-03", lines[0]);
        assertEquals(List.of("GST", "responsible", "month", "due", "intime", "late", "open", "overdu", "share", "MedWD"),
                words(lines[1]));
        assertEquals(List.of("total", "2026-11", "3", "1", "1", "0", "1", "33.3%", "9.5"), words(lines[3]));
        assertEquals(List.of("total", "all", "4", "1", "1", "1", "1", "33.3%", "9.5"), words(lines[5]));
        assertEquals("share = in time / (in time + late + overdue); MedWD = median working days from the trigger to the QuEr",
                lines[6]);
    }
}
