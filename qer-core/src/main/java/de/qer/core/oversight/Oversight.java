package de.qer.core.oversight;

import de.qer.core.Deadline;
import de.qer.core.Deadlines;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.MemberQuer;
import de.qer.core.lifecycle.QuerStatus;
import de.qer.core.model.Geschaeftsstelle;
import de.qer.core.model.StaffId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What team leads run every morning: which QuEr are overdue, due today, or due within n working days
 * (R-F5: the date is a parameter; "overdue" is derived from it).
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
     * The morning list.
     *
     * @param cases           the case states (other states than approved ones are ignored), not null
     * @param today           the business date, not null
     * @param soonWorkingDays the look-ahead n in working days, at least 0
     * @return the report, never null
     * @throws IllegalArgumentException if {@code soonWorkingDays} is negative
     */
    public OversightReport morningList(Iterable<? extends CaseState> cases, LocalDate today, int soonWorkingDays) {
        Objects.requireNonNull(today, "today");
        if (soonWorkingDays < 0) {
            throw new IllegalArgumentException("soonWorkingDays must not be negative / darf nicht negativ sein");
        }
        LocalDate horizon = deadlines.calendar().plusWorkingDays(today, soonWorkingDays);
        List<DueItem> items = new ArrayList<>();
        for (CaseState state : cases) {
            if (!(state instanceof CaseState.Approved s)) {
                continue;
            }
            String responsible = s.responsibleIfk().map(StaffId::value)
                    .orElseGet(() -> Geschaeftsstelle.virtualEmployeeOf(s.application().gst()));
            for (MemberQuer r : s.members().values()) {
                if (!(r.status() instanceof QuerStatus.Faellig f)) {
                    continue;
                }
                Deadline d = f.frist();
                DueCategory category = today.isAfter(d.due()) ? DueCategory.OVERDUE
                        : today.equals(d.due()) ? DueCategory.DUE_TODAY
                        : !d.due().isAfter(horizon) ? DueCategory.DUE_SOON : null;
                if (category != null) {
                    items.add(new DueItem(s.application().caseId(), s.application().gst(), responsible, r.person(), d,
                            category, d.explain(deadlines.calendar())));
                }
            }
        }
        items.sort(ORDER);
        return new OversightReport(today, soonWorkingDays, items);
    }
}
