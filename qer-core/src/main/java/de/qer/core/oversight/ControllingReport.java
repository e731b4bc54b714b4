package de.qer.core.oversight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The controlling report of a range of months on a business date (R-L6): one row per GST, responsible
 * IFK (or VM) and month of the due dates, the totals per month and the total of the range. The
 * definitions are those of {@link Controlling}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from   the first month, not null
 * @param to     the last month, not null
 * @param today  the business date, not null
 * @param rows   the rows, sorted by GST, responsible and month; only groups with a QuEr due; not null
 * @param totals the totals per month, every month from {@code from} to {@code to}, sorted; not null
 * @param total  the total of all months, not null
 */
public record ControllingReport(YearMonth from, YearMonth to, LocalDate today, List<ControllingRow> rows,
                                Map<YearMonth, ControllingFigures> totals, ControllingFigures total) {

    /** The header of {@link #toCsv()}; it stays stable. */
    public static final String CSV_HEADER =
            "gst;responsible;month;due;held_in_time;held_late;open;overdue;share_in_time;median_working_days";

    /** Rejects a null component with a {@link NullPointerException} that names it; copies the rows and the totals. */
    public ControllingReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(today, "today");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        totals = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(totals, "totals")));
        Objects.requireNonNull(total, "total");
    }

    /**
     * The report as CSV (RFC 4180 with a semicolon as separator, as spreadsheets in German locales
     * expect): the header {@link #CSV_HEADER}, then one line per row in the order of {@link #rows()}.
     * Months are ISO ({@code 2026-12}); the share is a decimal fraction with four places and the median a
     * decimal number, both with a point and empty when undefined. A field with a semicolon, quote or line
     * break is quoted. Lines end with CRLF.
     *
     * @return the CSV text, never null
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(64 * (rows.size() + 1));
        sb.append(CSV_HEADER).append("\r\n");
        for (ControllingRow r : rows) {
            ControllingFigures f = r.figures();
            sb.append(csv(r.gst().value())).append(';').append(csv(r.zustaendigkeit().code())).append(';').append(r.month()).append(';')
                    .append(f.due()).append(';').append(f.heldInTime()).append(';').append(f.heldLate()).append(';')
                    .append(f.open()).append(';').append(f.overdue()).append(';')
                    .append(decimal(f.shareInTime(), "%.4f")).append(';')
                    .append(decimal(f.medianWorkingDays(), "%.1f")).append("\r\n");
        }
        return sb.toString();
    }

    /**
     * The report as a text table: the rows, then the totals per month and of the range. Ids only, no
     * personal data.
     *
     * @param locale German for German, anything else for English; not null
     * @return the text, never null
     */
    public String format(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean de = "de".equals(locale.getLanguage());
        String line = "%-4s %-16s %-7s %6s %6s %6s %6s %6s %7s %6s%n";
        StringBuilder sb = new StringBuilder();
        sb.append(de ? "Controlling (R-L6), QuEr fällig " : "Controlling (R-L6), QuEr due ").append(from)
                .append(de ? " bis " : " to ").append(to).append(de ? ", Stand " : ", as of ").append(today).append('\n');
        sb.append(String.format(Locale.ROOT, line, "GST", de ? "verantwortlich" : "responsible", de ? "Monat" : "month",
                de ? "fällig" : "due", de ? "frist" : "intime", de ? "spät" : "late", de ? "offen" : "open",
                de ? "überf" : "overdu", de ? "Quote" : "share", de ? "MedAT" : "MedWD"));
        for (ControllingRow r : rows) {
            sb.append(row(line, r.gst().value(), r.zustaendigkeit().code(), r.month().toString(), r.figures()));
        }
        for (Map.Entry<YearMonth, ControllingFigures> e : totals.entrySet()) {
            sb.append(row(line, "", de ? "Summe" : "total", e.getKey().toString(), e.getValue()));
        }
        sb.append(row(line, "", de ? "Summe" : "total", de ? "alle" : "all", total));
        sb.append(de ? "Quote = fristgerecht / (fristgerecht + verspätet + überfällig); MedAT = Median der Arbeitstage"
                        + " vom Auslöser bis zum QuEr\n"
                : "share = in time / (in time + late + overdue); MedWD = median working days from the trigger to the QuEr\n");
        return sb.toString();
    }

    private static String row(String line, String gst, String responsible, String month, ControllingFigures f) {
        String share = f.shareInTime().isPresent()
                ? String.format(Locale.ROOT, "%.1f%%", 100 * f.shareInTime().getAsDouble()) : "-";
        String median = f.medianWorkingDays().isPresent()
                ? String.format(Locale.ROOT, "%.1f", f.medianWorkingDays().getAsDouble()) : "-";
        return String.format(Locale.ROOT, line, gst, responsible, month, f.due(), f.heldInTime(), f.heldLate(), f.open(),
                f.overdue(), share, median);
    }

    private static String decimal(OptionalDouble d, String pattern) {
        return d.isPresent() ? String.format(Locale.ROOT, pattern, d.getAsDouble()) : "";
    }

    private static String csv(String field) {
        if (field.indexOf(';') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
