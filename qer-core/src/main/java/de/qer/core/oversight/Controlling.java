package de.qer.core.oversight;

import de.qer.core.model.Zustaendigkeit;
import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Deadline;
import de.qer.core.Deadlines;
import de.qer.core.QerContext;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.MemberQuer;
import de.qer.core.lifecycle.QuerStatus;
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
            .thenComparing(ControllingRow::zustaendigkeit).thenComparing(ControllingRow::month);

    /** Above this many states in a collection, {@link #report} counts in parallel. */
    public static final int PARALLEL_THRESHOLD = 50_000;

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
     * Controlling with the context's calendar.
     *
     * @param context the context, not null
     * @return the controlling, never null
     */
    public static Controlling of(QerContext context) {
        return new Controlling(Objects.requireNonNull(context, "context").allDeadlines().get(0));
    }

    /**
     * The controlling report of the QuEr due in the months {@code from} to {@code to}, as the states stand
     * on a business date (R-L6). A collection of more than {@value #PARALLEL_THRESHOLD} states is counted in
     * parallel on the common {@link java.util.concurrent.ForkJoinPool}; the result is the same.
     *
     * @param cases the case states (QuEr only in approved and ended ones), not null, no null element
     * @param from  the first month, not null
     * @param to    the last month, not null, not before {@code from}
     * @param today the business date that tells open from overdue, not null
     * @return the report, never null
     * @throws IllegalArgumentException if {@code to} is before {@code from} or more than 1,200 months after it
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
        long span = from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (span > 1200) {
            throw new IllegalArgumentException("R-L6: at most 100 years at once / höchstens 100 Jahre auf einmal");
        }
        int months = (int) span;
        boolean parallel = cases instanceof java.util.Collection<?> c && c.size() > PARALLEL_THRESHOLD;
        Partial all = java.util.stream.StreamSupport.stream(cases.spliterator(), parallel).collect(
                () -> new Partial(calendar, from, months, today),
                Partial::add,
                Partial::merge);
        List<ControllingRow> rows = new ArrayList<>(all.groups.size() * 2);
        for (Map.Entry<Key, Acc[]> e : all.groups.entrySet()) {
            Acc[] accs = e.getValue();
            for (int m = 0; m < months; m++) {
                if (accs[m] != null) {
                    rows.add(new ControllingRow(e.getKey().gst(), e.getKey().responsible(), from.plusMonths(m), accs[m].figures()));
                }
            }
        }
        rows.sort(ORDER);
        Acc[] perMonth = new Acc[months];
        for (Acc[] accs : all.groups.values()) {
            Partial.mergeInto(perMonth, accs);
        }
        Map<YearMonth, ControllingFigures> totals = new TreeMap<>();
        Acc total = new Acc();
        for (int m = 0; m < months; m++) {
            Acc a = perMonth[m] == null ? new Acc() : perMonth[m];
            totals.put(from.plusMonths(m), a.figures());
            total.merge(a);
        }
        return new ControllingReport(from, to, today, rows, totals, total.figures());
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
        Map<GstCode, Zustaendigkeit> virtualEmployees = new HashMap<>();
        for (CaseState state : cases) {
            visit(state, today, virtualEmployees, (s, gst, responsible, member, deadline, heldOn, outcome) -> items.add(
                    new ControllingItem(s.antrag().caseId(), gst, responsible, member.person(), deadline,
                            Optional.ofNullable(heldOn), outcome)));
        }
        return List.copyOf(items);
    }

    /** Receives each QuEr that counts. */
    @FunctionalInterface
    private interface Sink {
        void accept(CaseState.NachBewilligung state, GstCode gst, Zustaendigkeit responsible, MemberQuer member, Deadline deadline,
                    LocalDate heldOn, ControllingItem.Outcome outcome);
    }

    /** The QuEr of one case that count, by the definitions of the class. */
    private static void visit(CaseState state, LocalDate today, Map<GstCode, Zustaendigkeit> virtualEmployees, Sink sink) {
        Objects.requireNonNull(state, "case state");
        CaseState.NachBewilligung s;
        LocalDate end;
        if (state instanceof CaseState.NachBewilligung a) {
            s = a;
            end = null;
        } else if (state instanceof CaseState.Beendet b) {
            s = b.last();
            end = b.on();
        } else {
            return; // no QuEr before the approval, none after a rejection or withdrawal
        }
        GstCode gst = s.gst();
        Zustaendigkeit responsible = s instanceof CaseState.InBetreuung i ? Zustaendigkeit.ifk(i.ifk())
                : virtualEmployees.computeIfAbsent(gst, Zustaendigkeit::vm);
        for (Tuple2<de.qer.core.model.PersonId, MemberQuer> t : s.members()) {
            MemberQuer r = t._2;
            QuerStatus status = r.status();
            if (status instanceof QuerStatus.Durchgefuehrt d) {
                if (d.deadline().isPresent()) {
                    Deadline deadline = d.deadline().get();
                    sink.accept(s, gst, responsible, r, deadline, d.on(), d.on().isAfter(deadline.due())
                            ? ControllingItem.Outcome.HELD_LATE : ControllingItem.Outcome.HELD_IN_TIME);
                }
            } else if (status instanceof QuerStatus.Faellig f) {
                LocalDate due = f.deadline().due();
                if ((end != null && due.isAfter(end)) || (r.exit().isPresent() && r.exit().get().isOutOn(due))) {
                    continue; // R-L4: the case ended or the member dropped out before the QuEr was due
                }
                sink.accept(s, gst, responsible, r, f.deadline(), null, due.isBefore(today)
                        ? ControllingItem.Outcome.OVERDUE : ControllingItem.Outcome.OPEN);
            }
        }
    }

    /** The counts of a part of the cases: per (GST, responsible) one accumulator per month. */
    private static final class Partial implements Sink {
        private final WorkingDayCalendar calendar;
        private final int fromYear;
        private final int fromMonth;
        private final int length;
        private final LocalDate today;
        private final Map<Key, Acc[]> groups = new HashMap<>();
        private final Map<GstCode, Zustaendigkeit> virtualEmployees = new HashMap<>();
        private GstCode lastGst;
        private Zustaendigkeit lastResponsible;
        private Acc[] lastGroup;

        Partial(WorkingDayCalendar calendar, YearMonth from, int length, LocalDate today) {
            this.calendar = calendar;
            this.fromYear = from.getYear();
            this.fromMonth = from.getMonthValue();
            this.length = length;
            this.today = today;
        }

        void add(CaseState state) {
            visit(state, today, virtualEmployees, this);
        }

        @Override
        public void accept(CaseState.NachBewilligung state, GstCode gst, Zustaendigkeit responsible, MemberQuer member, Deadline deadline,
                           LocalDate heldOn, ControllingItem.Outcome outcome) {
            LocalDate due = deadline.due();
            int m = (due.getYear() - fromYear) * 12 + due.getMonthValue() - fromMonth;
            if (m < 0 || m >= length) {
                return;
            }
            if (!gst.equals(lastGst) || !responsible.equals(lastResponsible)) { // the same for all members of a case
                lastGst = gst;
                lastResponsible = responsible;
                Key key = new Key(gst, responsible);
                lastGroup = groups.get(key);
                if (lastGroup == null) {
                    lastGroup = new Acc[length];
                    groups.put(key, lastGroup);
                }
            }
            int days = heldOn == null ? 0 : calendar.workingDaysBetween(deadline.trigger(), heldOn);
            if (lastGroup[m] == null) {
                lastGroup[m] = new Acc();
            }
            lastGroup[m].add(outcome, days);
        }

        void merge(Partial other) {
            for (Map.Entry<Key, Acc[]> e : other.groups.entrySet()) {
                Acc[] mine = groups.computeIfAbsent(e.getKey(), k -> new Acc[length]);
                mergeInto(mine, e.getValue());
            }
            lastGst = null;
            lastResponsible = null;
            lastGroup = null;
        }

        private static void mergeInto(Acc[] mine, Acc[] theirs) {
            for (int m = 0; m < mine.length; m++) {
                if (theirs[m] != null) {
                    if (mine[m] == null) {
                        mine[m] = new Acc();
                    }
                    mine[m].merge(theirs[m]);
                }
            }
        }
    }

    /**
     * The grouping key of the rows of one GST and responsible; looked up once per case, so its hash is
     * computed once and its equality compares the strings directly.
     */
    private static final class Key {
        private final GstCode gst;
        private final Zustaendigkeit responsible;
        private final int hash;

        Key(GstCode gst, Zustaendigkeit responsible) {
            this.gst = gst;
            this.responsible = responsible;
            this.hash = 31 * gst.value().hashCode() + responsible.hashCode();
        }

        GstCode gst() {
            return gst;
        }

        Zustaendigkeit responsible() {
            return responsible;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && responsible.equals(k.responsible) && gst.value().equals(k.gst.value());
        }

        @Override
        public int hashCode() {
            return hash;
        }
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

        void merge(Acc other) {
            int n = inTime + late;
            int k = other.inTime + other.late;
            if (n + k > days.length) {
                days = Arrays.copyOf(days, Math.max(n + k, days.length * 2));
            }
            System.arraycopy(other.days, 0, days, n, k);
            inTime += other.inTime;
            late += other.late;
            open += other.open;
            overdue += other.overdue;
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
