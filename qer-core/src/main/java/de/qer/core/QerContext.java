package de.qer.core;

import de.qer.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What every part of qer works with: the host's working-day calendar (its Land and closure days) and the
 * policies in force by date. The decider, the morning list, the import check and controlling are built
 * from it, so that a dated change of the policy (the reported reform, R-K1/R-K4) is one call for the host:
 *
 * <pre>{@code
 * QerContext ctx = QerContext.of(WorkingDayCalendar.of(Bundesland.BY))
 *         .withPolicyFrom(LocalDate.of(2027, 7, 1), reformPolicy);
 * QuerDecider decider = QuerDecider.of(ctx, staffing);     // each command under the policy of its date
 * Oversight oversight = Oversight.of(ctx);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QerContext {

    private static final QerContext STANDARD = new QerContext(WorkingDayCalendar.nrw(), PolicyTimeline.of(QuerPolicy.standard()));

    private final WorkingDayCalendar calendar;
    private final PolicyTimeline policies;
    private final Deadlines initial;
    private final NavigableMap<LocalDate, Deadlines> from;

    private QerContext(WorkingDayCalendar calendar, PolicyTimeline policies) {
        this.calendar = calendar;
        this.policies = policies;
        this.initial = Deadlines.of(policies.initial(), calendar);
        TreeMap<LocalDate, Deadlines> m = new TreeMap<>();
        for (Map.Entry<LocalDate, QuerPolicy> e : policies.changes().entrySet()) {
            m.put(e.getKey(), Deadlines.of(e.getValue(), calendar));
        }
        this.from = m;
    }

    /**
     * The procedure as written (the standard policy) with the NRW calendar.
     *
     * @return the shared instance, never null
     */
    public static QerContext standard() {
        return STANDARD;
    }

    /**
     * A calendar with the standard policy for every date.
     *
     * @param calendar the calendar, not null
     * @return the context, never null
     */
    public static QerContext of(WorkingDayCalendar calendar) {
        return of(calendar, PolicyTimeline.of(QuerPolicy.standard()));
    }

    /**
     * A calendar with policies by date.
     *
     * @param calendar the calendar, not null
     * @param policies the policies by date, not null
     * @return the context, never null
     */
    public static QerContext of(WorkingDayCalendar calendar, PolicyTimeline policies) {
        return new QerContext(Objects.requireNonNull(calendar, "calendar"), Objects.requireNonNull(policies, "policies"));
    }

    /**
     * The same calendar with {@code policy} in force from {@code start} on (inclusive).
     *
     * @param start  the first day of the policy, not null
     * @param policy the policy, not null
     * @return a new context; this one is unchanged
     */
    public QerContext withPolicyFrom(LocalDate start, QuerPolicy policy) {
        return new QerContext(calendar, policies.from(start, policy));
    }

    /**
     * The calendar.
     *
     * @return the calendar, never null
     */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /**
     * The policies by date.
     *
     * @return the timeline, never null
     */
    public PolicyTimeline policies() {
        return policies;
    }

    /**
     * The deadlines under the policy in force on a date. The same instance for every date of one policy.
     *
     * @param date the business date, not null
     * @return the deadlines, never null
     */
    public Deadlines deadlinesOn(LocalDate date) {
        Map.Entry<LocalDate, Deadlines> e = from.floorEntry(Objects.requireNonNull(date, "date"));
        return e == null ? initial : e.getValue();
    }

    /**
     * Every deadlines of this context, the initial one first, then by start date.
     *
     * @return the deadlines, never null
     */
    public List<Deadlines> allDeadlines() {
        List<Deadlines> all = new ArrayList<>(from.size() + 1);
        all.add(initial);
        all.addAll(from.values());
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return "QerContext[" + calendar + ", policy changes=" + from.keySet() + "]";
    }
}
