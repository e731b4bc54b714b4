package de.qer.core.oversight;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Deadline;
import de.qer.core.Deadlines;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.MemberQuer;
import de.qer.core.lifecycle.QuerStatus;
import de.qer.core.model.CaseId;
import de.qer.core.model.Geschaeftsstelle;
import de.qer.core.model.GstCode;
import io.vavr.Tuple2;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Controlling (R-L6), what the "statistische Mindeststandards" exist for: per GST, IFK and month, the
 * QuEr due, held in time, held late, still open and overdue; the share held in time; the median
 * working days from the trigger (approval, import, end of ALG) to the QuEr. A pure function of the
 * case states and a business date: no clock, no I/O.
 *
 * <p>The definitions:
 * <ul>
 *   <li>A QuEr counts when it has a deadline (R-F1, R-F2, R-E2): a member whose QuEr is due
 *       ({@link QuerStatus.Faellig}) or was held with a deadline ({@link QuerStatus.Durchgefuehrt}).
 *       A QuEr held before any deadline was set (a member heard before the review of the import) has no
 *       due date and counts nowhere.</li>
 *   <li>A QuEr belongs to the month of its due date, not to the month it was held in.</li>
 *   <li>Held in time: held on or before the due date; held late: after it. Open: not held and due on
 *       the business date or later; overdue: not held and due before the business date.</li>
 *   <li>The share held in time is taken of the decided QuEr: held in time / (held in time + held late
 *       + overdue). An open QuEr could still be held in time and does not count
 *       ({@link ControllingFigures#shareInTime()}).</li>
 *   <li>The median working days are {@code calendar.workingDaysBetween(trigger, heldOn)} over the held
 *       QuEr, where the trigger is the deadline's day X (the Bewilligungsdatum, the last day of the
 *       import month, the last day of ALG receipt); for an even count the mean of the two middle values.</li>
 *   <li>Ended cases ({@link CaseState.Beendet}) count with their last state, at their last GST and IFK:
 *       a QuEr held counts; a QuEr not held counts (as overdue, or open if the end lies ahead) only when
 *       it was due on or before the last day of responsibility. A QuEr not held of a member who dropped
 *       out on or before its due date (R-L4) does not count; one held before the exit does.</li>
 *   <li>The GST and IFK are those responsible now (for an ended case: at its end); while a case waits on
 *       the VM, its QuEr count for the GST's VM ("QuEr.xx, VM").</li>
 * </ul>
 * So every QuEr that counts is exactly one of held in time, held late, open or overdue.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Controlling {

    private static final Comparator<ControllingRow> ORDER = Comparator.comparing(ControllingRow::gst)
            .thenComparing(ControllingRow::responsible).thenComparing(ControllingRow::month);

    private final WorkingDayCalendar calendar;

    private Controlling(Deadlines deadlines) {
        this.calendar = deadlines.calendar();
    }

    /**
     * Controlling with the deadlines' calendar.
     *
     * @param deadlines the deadlines, not null
     * @return the controlling, never null
     */
    public static Controlling of(Deadlines deadlines) {
        return new Controlling(Objects.requireNonNull(deadlines, "deadlines"));
    }

    /**
     * The controlling report of the QuEr due in the months {@code from} to {@code to}, as the states stand
     * on a business date (R-L6).
     *
     * @param cases the case states (QuEr only in approved and ended ones), not null, no null element
     * @param from  the first month, not null
     * @param to    the last month, not null, not before {@code from}
     * @param today the business date that tells open from overdue, not null
     * @return the report, never null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public ControllingReport report(Iterable<? extends CaseState> cases, YearMonth from, YearMonth to, LocalDate today) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(today, "today");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("R-L6: the last month " + to + " is before the first " + from
                    + " / der letzte Monat liegt vor dem ersten");
        }
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        Map<Key, Acc> groups = new HashMap<>();
        Map<YearMonth, Acc> months = new TreeMap<>();
        Acc all = new Acc();
        visit(cases, today, (caseId, gst, responsible, member, deadline, heldOn, outcome) -> {
            LocalDate due = deadline.due();
            if (due.isBefore(first) || due.isAfter(last)) {
                return;
            }
            YearMonth month = YearMonth.from(due);
            int days = heldOn == null ? 0 : calendar.workingDaysBetween(deadline.trigger(), heldOn);
            groups.computeIfAbsent(new Key(gst, responsible, month), k -> new Acc()).add(outcome, days);
            months.computeIfAbsent(month, k -> new Acc()).add(outcome, days);
            all.add(outcome, days);
        });
        List<ControllingRow> rows = new ArrayList<>(groups.size());
        for (Map.Entry<Key, Acc> e : groups.entrySet()) {
            Key k = e.getKey();
            rows.add(new ControllingRow(k.gst(), k.responsible(), k.month(), e.getValue().figures()));
        }
        rows.sort(ORDER);
        Map<YearMonth, ControllingFigures> totals = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            Acc a = months.get(m);
            totals.put(m, a == null ? new Acc().figures() : a.figures());
        }
        return new ControllingReport(from, to, today, rows, totals, all.figures());
    }

    /**
     * Every QuEr that counts for controlling, as the states stand on a business date (R-L6), in the order
     * of the cases and, within a case, of the members. The definitions are those of the class.
     *
     * @param cases the case states, not null, no null element
     * @param today the business date that tells open from overdue, not null
     * @return the items, never null
     */
    public List<ControllingItem> items(Iterable<? extends CaseState> cases, LocalDate today) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(today, "today");
        List<ControllingItem> items = new ArrayList<>();
        visit(cases, today, (caseId, gst, responsible, member, deadline, heldOn, outcome) -> items.add(new ControllingItem(
                caseId, gst, responsible, member, deadline, Optional.ofNullable(heldOn), outcome)));
        return List.copyOf(items);
    }

    /** Receives each QuEr that counts. */
    @FunctionalInterface
    private interface Sink {
        void accept(CaseId caseId, GstCode gst, String responsible, de.qer.core.model.PersonId member, Deadline deadline,
                    LocalDate heldOn, ControllingItem.Outcome outcome);
    }

    private static void visit(Iterable<? extends CaseState> cases, LocalDate today, Sink sink) {
        Map<GstCode, String> virtualEmployees = new HashMap<>();
        for (CaseState state : cases) {
            Objects.requireNonNull(state, "case state");
            CaseState.Approved s;
            LocalDate end;
            if (state instanceof CaseState.Approved a) {
                s = a;
                end = null;
            } else if (state instanceof CaseState.Beendet b) {
                s = b.last();
                end = b.on();
            } else {
                continue; // no QuEr before the approval, none after a rejection or withdrawal
            }
            GstCode gst = s.gst();
            String responsible = s.responsibleIfk().isPresent() ? s.responsibleIfk().get().value()
                    : virtualEmployees.computeIfAbsent(gst, Geschaeftsstelle::virtualEmployeeOf);
            CaseId caseId = s.application().caseId();
            for (Tuple2<de.qer.core.model.PersonId, MemberQuer> t : s.members()) {
                MemberQuer r = t._2;
                QuerStatus status = r.status();
                if (status instanceof QuerStatus.Durchgefuehrt d) {
                    if (d.frist().isPresent()) {
                        Deadline deadline = d.frist().get();
                        sink.accept(caseId, gst, responsible, r.person(), deadline, d.am(), d.am().isAfter(deadline.due())
                                ? ControllingItem.Outcome.HELD_LATE : ControllingItem.Outcome.HELD_IN_TIME);
                    }
                } else if (status instanceof QuerStatus.Faellig f) {
                    LocalDate due = f.frist().due();
                    if ((end != null && due.isAfter(end)) || !r.isActiveOn(due)) {
                        continue; // R-L4: the case ended or the member dropped out before the QuEr was due
                    }
                    sink.accept(caseId, gst, responsible, r.person(), f.frist(), null, due.isBefore(today)
                            ? ControllingItem.Outcome.OVERDUE : ControllingItem.Outcome.OPEN);
                }
            }
        }
    }

    /** The grouping key of a row. */
    private record Key(GstCode gst, String responsible, YearMonth month) {
    }

    /** Counts and working days of one group, filled while visiting. */
    private static final class Acc {
        private int inTime;
        private int late;
        private int open;
        private int overdue;
        private int[] days = new int[4];

        void add(ControllingItem.Outcome outcome, int workingDays) {
            switch (outcome) {
                case HELD_IN_TIME -> inTime++;
                case HELD_LATE -> late++;
                case OPEN -> open++;
                case OVERDUE -> overdue++;
            }
            if (outcome.held()) {
                int n = inTime + late;
                if (n > days.length) {
                    days = Arrays.copyOf(days, days.length * 2);
                }
                days[n - 1] = workingDays;
            }
        }

        ControllingFigures figures() {
            int n = inTime + late;
            OptionalDouble median = OptionalDouble.empty();
            if (n > 0) {
                int[] sorted = Arrays.copyOf(days, n);
                Arrays.sort(sorted);
                median = OptionalDouble.of(n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + (double) sorted[n / 2]) / 2);
            }
            return new ControllingFigures(inTime + late + open + overdue, inTime, late, open, overdue, median);
        }
    }
}
