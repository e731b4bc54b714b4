package de.qer.core.oversight;

import de.qer.core.model.Zustaendigkeit;
import de.qer.core.Deadline;
import de.qer.core.Deadlines;
import de.qer.core.QerContext;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.ClarificationTask;
import de.qer.core.lifecycle.MissedAppointment;
import de.qer.core.lifecycle.Transitions;
import de.qer.core.lifecycle.MemberQuer;
import de.qer.core.lifecycle.QuerStatus;
import de.qer.core.model.Antrag;
import de.qer.core.model.Geschaeftsstelle;
import de.qer.core.model.GstCode;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.core.model.StaffId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What team leads run every morning (R-L5): which QuEr (R-F1, R-F2, R-E2), clarification appointments
 * of early requests (R-F4), catch-up dates of open points (R-Q3) and KP reviews (R-L2) are overdue, due
 * today, or due within n working days (R-F5: the date is a
 * parameter; "overdue" is derived from it). A QuEr due after the end of ALG receipt appears from the
 * day after that end (R-E2); a clarification task until its clarification is recorded. Ended cases and
 * members who dropped out never appear (R-L4); an item carries the member's missed appointments (R-L3).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Oversight {

    private static final Comparator<DueItem> ORDER = Comparator.comparing((DueItem i) -> i.deadline().due())
            .thenComparing(DueItem::caseId).thenComparing(DueItem::member);

    private final Deadlines deadlines;

    private Oversight(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * Oversight with the deadlines' calendar.
     *
     * @param deadlines the deadlines, not null
     * @return the oversight, never null
     */
    public static Oversight of(Deadlines deadlines) {
        return new Oversight(Objects.requireNonNull(deadlines, "deadlines"));
    }

    /**
     * Oversight with the context's calendar.
     *
     * @param context the context, not null
     * @return the oversight, never null
     */
    public static Oversight of(QerContext context) {
        return new Oversight(Objects.requireNonNull(context, "context").allDeadlines().get(0));
    }

    /**
     * The morning list.
     *
     * @param cases           the case states (QuEr only in approved ones; open clarification tasks in any), not null
     * @param today           the business date, not null
     * @param soonWorkingDays the look-ahead n in working days, at least 0
     * @return the report, never null
     * @throws IllegalArgumentException if {@code soonWorkingDays} is negative
     */
    public OversightReport morningList(Iterable<? extends CaseState> cases, LocalDate today, int soonWorkingDays) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(today, "today");
        if (soonWorkingDays < 0) {
            throw new IllegalArgumentException("soonWorkingDays must not be negative / darf nicht negativ sein");
        }
        LocalDate horizon = deadlines.calendar().plusWorkingDays(today, soonWorkingDays);
        List<DueItem> items = new ArrayList<>();
        for (CaseState state : cases) {
            Objects.requireNonNull(state, "case state");
            Optional<Antrag> application = state.findAntrag();
            if (application.isEmpty() || Transitions.isTerminal(state.kind())) {
                continue; // R-L4: an ended case has nothing due
            }
            Antrag a = application.get();
            GstCode gst = state instanceof CaseState.NachBewilligung s ? s.gst() : a.gst();
            for (ClarificationTask t : state.openRequests()) { // R-F4: open until the clarification is recorded
                if (state instanceof CaseState.NachBewilligung s
                        && !s.members().get(t.member()).map(m -> m.isActiveOn(today)).getOrElse(true)) {
                    continue; // R-L4: not for a member who dropped out
                }
                add(items, a, gst, Zustaendigkeit.ifk(t.ifk()), t.member(), t.deadline(), io.vavr.collection.List.empty(), today, horizon);
            }
            if (!(state instanceof CaseState.NachBewilligung s)) {
                continue;
            }
            Zustaendigkeit responsible = s.responsibleIfk().map(Zustaendigkeit::ifk)
                    .orElseGet(() -> Zustaendigkeit.vm(gst));
            for (MemberQuer r : s.members().values()) {
                if (!r.isActiveOn(today)) {
                    continue; // R-L4: a member who dropped out has nothing due
                }
                if (r.status() instanceof QuerStatus.Faellig f) {
                    // R-E2: a QuEr due after the end of ALG receipt appears only from the day after that end
                    boolean receivesAlg = s.bedarfsgemeinschaft().mitglied(r.person()).map(m -> m.isAufstockerOn(today)).orElse(false);
                    if (!receivesAlg) {
                        add(items, a, gst, responsible, r.person(), f.deadline(), r.missed(), today, horizon);
                    }
                }
                for (OffenerPunkt p : r.offenePunkte()) { // R-Q3: the catch-up date of each open point
                    add(items, a, gst, responsible, r.person(), onDate(p.nachholenBis(), "R-Q3"), r.missed(), today, horizon);
                }
                r.kpReview().ifPresent(d -> add(items, a, gst, responsible, r.person(), onDate(d, "R-L2"), r.missed(), today,
                        horizon)); // R-L2: the next review of the Kooperationsplan
            }
        }
        items.sort(ORDER);
        return new OversightReport(today, soonWorkingDays, items);
    }

    /** A due date set as a date (an open point's catch-up date, a KP review), not counted in working days. */
    private static Deadline onDate(LocalDate due, String rule) {
        return new Deadline(due, due, 0, rule);
    }

    private void add(List<DueItem> items, Antrag a, GstCode gst, Zustaendigkeit responsible, PersonId member, Deadline d,
                     io.vavr.collection.List<MissedAppointment> missed, LocalDate today, LocalDate horizon) {
        DueCategory category = today.isAfter(d.due()) ? DueCategory.OVERDUE
                : today.equals(d.due()) ? DueCategory.DUE_TODAY
                : !d.due().isAfter(horizon) ? DueCategory.DUE_SOON : null;
        if (category != null) {
            items.add(new DueItem(a.caseId(), gst, responsible, member, d, category, d.explain(deadlines.calendar()),
                    missed.toJavaList()));
        }
    }
}
