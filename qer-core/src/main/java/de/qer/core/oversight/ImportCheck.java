package de.qer.core.oversight;

import de.qer.core.Deadline;
import de.qer.core.Deadlines;
import de.qer.core.QerContext;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.MemberQuer;
import de.qer.core.lifecycle.QuerStatus;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.Mitglied;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The monthly import check (R-F2): given all BGs and a month, which members need a first interview and
 * by when: members who completed their 15th year in the month, members who joined in the month, and
 * Aufstocker*innen whose ALG receipt ended in the month (R-E2). Only erwerbsfähige members within the
 * § 7a limit count (R-F3), and no one while still receiving ALG (R-E2).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportCheck {

    private static final Comparator<ImportFinding> ORDER = Comparator.comparing((ImportFinding f) -> f.deadline().due())
            .thenComparing(ImportFinding::caseId).thenComparing(ImportFinding::member);

    private final Deadlines deadlines;
    /** The policies by date, or null for one policy. */
    private final QerContext context;

    private ImportCheck(Deadlines deadlines) {
        this(deadlines, null);
    }

    private ImportCheck(Deadlines deadlines, QerContext context) {
        this.deadlines = deadlines;
        this.context = context;
    }

    /**
     * An import check with deadlines.
     *
     * @param deadlines the deadlines, not null
     * @return the check, never null
     */
    public static ImportCheck of(Deadlines deadlines) {
        return new ImportCheck(Objects.requireNonNull(deadlines, "deadlines"));
    }

    /**
     * An import check under the policies of a context: each month is checked under the policy in force on
     * its last day (the day its R-F2 deadline is counted from).
     *
     * @param context the context, not null
     * @return the check, never null
     */
    public static ImportCheck of(QerContext context) {
        Objects.requireNonNull(context, "context");
        return new ImportCheck(context.allDeadlines().get(0), context);
    }

    private ImportCheck forMonth(YearMonth month) {
        return context == null ? this : new ImportCheck(context.deadlinesOn(month.atEndOfMonth()));
    }

    /**
     * Runs the check over all BGs.
     *
     * @param bgs   the BGs, not null
     * @param month the import month, not null
     * @return the findings, sorted by due date, case and member; never null
     */
    public List<ImportFinding> run(Iterable<Bedarfsgemeinschaft> bgs, YearMonth month) {
        Objects.requireNonNull(bgs, "bgs");
        Objects.requireNonNull(month, "month");
        if (context != null) {
            return forMonth(month).run(bgs, month);
        }
        Month m = new Month(month, deadlines.importDeadline(month));
        List<ImportFinding> findings = new ArrayList<>();
        for (Bedarfsgemeinschaft bg : bgs) {
            for (Mitglied member : bg.mitglieder()) {
                classify(m, bg, member).ifPresent(findings::add);
            }
        }
        findings.sort(ORDER);
        return findings;
    }

    /**
     * Runs the check over the approved cases, with what each case already knows (R-F2, R-E2, R-L4): a
     * member whose QuEr took place, whose QuEr is due as the applicant's (R-F1, also when the ALG receipt
     * ended before the approval), or who dropped out of the case is no finding; an end of
     * ALG receipt is a finding only for a member whose QuEr waits for it. This is the check that agrees
     * with {@link de.qer.core.lifecycle.QuerDecider}'s import; {@link #run(Iterable, YearMonth)} sees the
     * BGs only.
     *
     * @param cases the approved cases, not null
     * @param month the import month, not null
     * @return the findings, sorted by due date, case and member; never null
     */
    public List<ImportFinding> runOnCases(Iterable<? extends CaseState.NachBewilligung> cases, YearMonth month) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(month, "month");
        if (context != null) {
            return forMonth(month).runOnCases(cases, month);
        }
        Month m = new Month(month, deadlines.importDeadline(month));
        List<ImportFinding> findings = new ArrayList<>();
        for (CaseState.NachBewilligung c : cases) {
            for (Mitglied member : c.bedarfsgemeinschaft().mitglieder()) {
                Optional<MemberQuer> known = c.members().get(member.id()).toJavaOptional();
                if (known.map(r -> stillOpen(r, month.atDay(1))).orElse(true)) {
                    classify(m, c.bedarfsgemeinschaft(), member)
                            .filter(f -> f.reason() != ImportFinding.Reason.ALG_BEENDET
                                    || known.map(r -> r.status().waitsForAlgEnd()).orElse(true))
                            .ifPresent(findings::add);
                }
            }
        }
        findings.sort(ORDER);
        return findings;
    }

    /** Whether the import may set the member's QuEr: not held, not due as the applicant's (R-F1), not dropped out. */
    private static boolean stillOpen(MemberQuer r, LocalDate firstOfMonth) {
        QuerStatus s = r.status();
        return r.isActiveOn(firstOfMonth) && !(s instanceof QuerStatus.Durchgefuehrt)
                && !(s instanceof QuerStatus.Faellig f && "R-F1".equals(f.deadline().rule()));
    }

    /**
     * Checks one member.
     *
     * @param bg     the member's BG, not null
     * @param member the member, not null
     * @param month  the import month, not null
     * @return the finding, or empty if the member needs no first interview because of this import
     */
    public Optional<ImportFinding> classify(Bedarfsgemeinschaft bg, Mitglied member, YearMonth month) {
        Objects.requireNonNull(bg, "bg");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(month, "month");
        if (context != null) {
            return forMonth(month).classify(bg, member, month);
        }
        return classify(new Month(month, deadlines.importDeadline(month)), bg, member);
    }

    /** The month with its precomputed R-F2 deadline (the same for every member). */
    private record Month(YearMonth month, Deadline importDeadline) {
        LocalDate last() {
            return month.atEndOfMonth();
        }

        boolean contains(LocalDate d) {
            return d.getYear() == month.getYear() && d.getMonthValue() == month.getMonthValue();
        }
    }

    private Optional<ImportFinding> classify(Month m, Bedarfsgemeinschaft bg, Mitglied member) {
        if (!member.erwerbsfaehig()) { // cheap pre-filter; QuerStatus.classify says the same (R-F3)
            return Optional.empty();
        }
        Optional<LocalDate> algEnd = member.algBezugBis().filter(m::contains);
        if (member.algAnspruch() && algEnd.isPresent()) {
            // R-E2: due 10 AT after the last day of ALG, if relevant then (the decider's classification)
            Deadline d = deadlines.afterAlgDeadline(algEnd.get());
            QuerStatus due = new QuerStatus.Faellig(d);
            return QuerStatus.classify(deadlines, member, d.due(), d.due(), due) == due
                    ? Optional.of(new ImportFinding(bg.id(), member.id(), ImportFinding.Reason.ALG_BEENDET, d))
                    : Optional.empty();
        }
        ImportFinding.Reason reason = null;
        LocalDate birth = member.geburtsdatum();
        // cheap pre-filter before any date arithmetic: only people born minimumAge years before can turn it now
        if (birth.getYear() + deadlines.policy().minimumAge() == m.month().getYear()
                && m.contains(deadlines.relevantFrom(birth))) {
            reason = ImportFinding.Reason.VOLLENDET_15;
        } else if (member.mitgliedSeit().filter(m::contains).isPresent()) {
            reason = ImportFinding.Reason.NEUES_MITGLIED;
        }
        boolean headAsNewcomer = reason == ImportFinding.Reason.NEUES_MITGLIED && member.id().equals(bg.haushaltsvorstand());
        if (reason == null || headAsNewcomer) {
            return Optional.empty();
        }
        // R-F3, R-E2 on the last day of the month: the decider's classification; anything but "due" is no finding
        QuerStatus due = new QuerStatus.Faellig(m.importDeadline());
        return QuerStatus.classify(deadlines, member, m.last(), m.last(), due) == due
                ? Optional.of(new ImportFinding(bg.id(), member.id(), reason, m.importDeadline()))
                : Optional.empty();
    }
}
