package de.qer.json;

import static de.qer.json.Codecs.BOOLEAN;
import static de.qer.json.Codecs.DATE;
import static de.qer.json.Codecs.INT;
import static de.qer.json.Codecs.OPTIONAL_DOUBLE;
import static de.qer.json.Codecs.STRING;
import static de.qer.json.Codecs.YEAR_MONTH;
import static de.qer.json.Codecs.enumByName;
import static de.qer.json.Codecs.list;
import static de.qer.json.Codecs.optional;
import static de.qer.json.ModelCodecs.CASE_ID;
import static de.qer.json.ModelCodecs.DEADLINE;
import static de.qer.json.ModelCodecs.GST_CODE;
import static de.qer.json.ModelCodecs.PERSON_ID;

import de.qer.calendar.DeadlineExplanation;
import de.qer.calendar.Holiday;
import de.qer.calendar.HolidayKind;
import de.qer.calendar.SkippedDay;
import de.qer.core.oversight.ControllingFigures;
import de.qer.core.oversight.ControllingItem;
import de.qer.core.oversight.ControllingReport;
import de.qer.core.oversight.ControllingRow;
import de.qer.core.oversight.DueCategory;
import de.qer.core.oversight.DueItem;
import de.qer.core.oversight.ImportFinding;
import de.qer.core.oversight.OversightReport;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The reports of {@code de.qer.core.oversight}, to JSON only: they are computed from the cases and
 * never stored, so they have no schema version and are not read back.
 */
final class ReportCodecs {

    private ReportCodecs() {
    }

    private static <T> ObjectCodec<T> writeOnly(String name, List<Field<T, ?>> fields) {
        return ObjectCodec.of(name, v -> {
            throw new QerJsonException(name + " is written to JSON only / wird nur geschrieben");
        }, fields);
    }

    static final ObjectCodec<Holiday> HOLIDAY = writeOnly("Holiday", List.of(
            Field.of("date", Holiday::date, DATE),
            Field.of("kind", Holiday::kind, enumByName(HolidayKind.class)),
            Field.of("law", Holiday::law, STRING)));

    static final ObjectCodec<SkippedDay> SKIPPED_DAY = writeOnly("SkippedDay", List.of(
            Field.of("date", SkippedDay::date, DATE),
            Field.of("weekend", SkippedDay::weekend, BOOLEAN),
            Field.of("holidays", SkippedDay::holidays, list(HOLIDAY))));

    static final ObjectCodec<DeadlineExplanation> EXPLANATION = writeOnly("DeadlineExplanation", List.of(
            Field.of("start", DeadlineExplanation::start, DATE),
            Field.of("workingDays", DeadlineExplanation::workingDays, INT),
            Field.of("result", DeadlineExplanation::result, DATE),
            Field.of("countedDays", DeadlineExplanation::countedDays, list(DATE)),
            Field.of("skippedDays", DeadlineExplanation::skippedDays, list(SKIPPED_DAY))));

    static final ObjectCodec<DueItem> DUE_ITEM = writeOnly("DueItem", List.of(
            Field.of("caseId", DueItem::caseId, CASE_ID),
            Field.of("gst", DueItem::gst, GST_CODE),
            Field.of("zustaendigkeit", DueItem::zustaendigkeit, ModelCodecs.ZUSTAENDIGKEIT),
            Field.of("member", DueItem::member, PERSON_ID),
            Field.of("deadline", DueItem::deadline, DEADLINE),
            Field.of("category", DueItem::category, enumByName(DueCategory.class)),
            Field.of("explanation", DueItem::explanation, EXPLANATION),
            Field.of("missedAppointments", DueItem::missedAppointments, list(LifecycleCodecs.MISSED_APPOINTMENT))));

    static final ObjectCodec<OversightReport> OVERSIGHT = writeOnly("OversightReport", List.of(
            Field.of("today", OversightReport::today, DATE),
            Field.of("soonWorkingDays", OversightReport::soonWorkingDays, INT),
            Field.of("items", OversightReport::items, list(DUE_ITEM))));

    static final ObjectCodec<ControllingFigures> FIGURES = writeOnly("ControllingFigures", List.of(
            Field.of("due", ControllingFigures::due, INT),
            Field.of("heldInTime", ControllingFigures::heldInTime, INT),
            Field.of("heldLate", ControllingFigures::heldLate, INT),
            Field.of("open", ControllingFigures::open, INT),
            Field.of("overdue", ControllingFigures::overdue, INT),
            Field.of("medianWorkingDays", ControllingFigures::medianWorkingDays, OPTIONAL_DOUBLE)));

    static final ObjectCodec<ControllingRow> ROW = writeOnly("ControllingRow", List.of(
            Field.of("gst", ControllingRow::gst, GST_CODE),
            Field.of("zustaendigkeit", ControllingRow::zustaendigkeit, ModelCodecs.ZUSTAENDIGKEIT),
            Field.of("month", ControllingRow::month, YEAR_MONTH),
            Field.of("figures", ControllingRow::figures, FIGURES)));

    /** The totals per month as an object keyed by the month ({@code yyyy-MM}), in month order. */
    static final Codec<Map<YearMonth, ControllingFigures>> TOTALS = new Codec<>() {
        @Override
        public JsonNode schema(Schemas s) {
            return s.mapOf(FIGURES.schema(s));
        }

        @Override
        public void write(Map<YearMonth, ControllingFigures> value, JsonGenerator gen) {
            gen.writeStartObject();
            for (Map.Entry<YearMonth, ControllingFigures> e : new java.util.TreeMap<>(value).entrySet()) {
                gen.writeName(e.getKey().toString());
                FIGURES.write(e.getValue(), gen);
            }
            gen.writeEndObject();
        }

        @Override
        public Map<YearMonth, ControllingFigures> read(JsonNode node) {
            throw new QerJsonException("ControllingReport is written to JSON only / wird nur geschrieben");
        }
    };

    static final ObjectCodec<ControllingReport> CONTROLLING = writeOnly("ControllingReport", List.of(
            Field.of("from", ControllingReport::from, YEAR_MONTH),
            Field.of("to", ControllingReport::to, YEAR_MONTH),
            Field.of("today", ControllingReport::today, DATE),
            Field.of("rows", ControllingReport::rows, list(ROW)),
            Field.of("totals", ControllingReport::totals, TOTALS),
            Field.of("total", ControllingReport::total, FIGURES)));

    static final ObjectCodec<ControllingItem> CONTROLLING_ITEM = writeOnly("ControllingItem", List.of(
            Field.of("caseId", ControllingItem::caseId, CASE_ID),
            Field.of("gst", ControllingItem::gst, GST_CODE),
            Field.of("zustaendigkeit", ControllingItem::zustaendigkeit, ModelCodecs.ZUSTAENDIGKEIT),
            Field.of("member", ControllingItem::member, PERSON_ID),
            Field.of("deadline", ControllingItem::deadline, DEADLINE),
            Field.of("heldOn", ControllingItem::heldOn, optional(DATE)),
            Field.of("outcome", ControllingItem::outcome, enumByName(ControllingItem.Outcome.class))));

    static final ObjectCodec<ImportFinding> IMPORT_FINDING = writeOnly("ImportFinding", List.of(
            Field.of("caseId", ImportFinding::caseId, CASE_ID),
            Field.of("member", ImportFinding::member, PERSON_ID),
            Field.of("reason", ImportFinding::reason, enumByName(ImportFinding.Reason.class)),
            Field.of("deadline", ImportFinding::deadline, DEADLINE)));

    static void register(QerJsonModule m) {
        m.writeOnly(OversightReport.class, OVERSIGHT);
        m.writeOnly(DueItem.class, DUE_ITEM);
        m.writeOnly(DeadlineExplanation.class, EXPLANATION);
        m.writeOnly(ControllingReport.class, CONTROLLING);
        m.writeOnly(ControllingRow.class, ROW);
        m.writeOnly(ControllingFigures.class, FIGURES);
        m.writeOnly(ControllingItem.class, CONTROLLING_ITEM);
        m.writeOnly(ImportFinding.class, IMPORT_FINDING);
    }
}
