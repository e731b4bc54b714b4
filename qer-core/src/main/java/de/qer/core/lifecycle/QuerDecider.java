package de.qer.core.lifecycle;

import de.qer.core.Deadline;
import de.qer.core.Deadlines;
import de.qer.core.Freitext;
import de.qer.core.QerContext;
import de.qer.core.model.Antrag;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.Geschaeftsstelle;
import de.qer.core.model.GstCode;
import de.qer.core.model.Kundenstatus;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.Mitglied;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import de.qer.core.model.Role;
import de.qer.core.model.Staff;
import de.qer.core.model.StaffId;
import de.qer.core.model.Staffing;
import de.qer.core.model.StatistikEintraege;
import de.qer.core.lifecycle.CaseState.NachBewilligung;
import de.qer.core.lifecycle.QuerStatus.Durchgefuehrt;
import de.qer.core.lifecycle.QuerStatus.Faellig;
import de.qer.core.lifecycle.QuerStatus.GesperrtAlg;
import de.qer.core.lifecycle.QuerStatus.NichtRelevant;
import de.qer.core.lifecycle.QuerStatus.WartetAufImport;
import de.qer.core.rule.Message;
import de.qer.core.rule.Mindeststandards;
import de.qer.core.rule.Problem;
import de.qer.core.rule.ProblemCode;
import de.qer.core.rule.Rule;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The QuEr lifecycle as a pure state machine (the Decider pattern): {@link #decide} holds every
 * business decision and returns the events of an accepted command or a {@link Rejection} that lists
 * all its problems; {@link #evolve} only applies events; {@link #replay} folds a case's events into its
 * state. Neither reads a clock nor changes anything: the host stores the events.
 *
 * <pre>{@code
 * QuerDecider decider = QuerDecider.of(Deadlines.standard(), staffing);
 * CaseState state = QuerDecider.initialState();
 * Either<Rejection, Decision> result = decider.decide(state, command);
 * state = decider.evolve(state, result.get().events());
 * }</pre>
 *
 * <p>The allowed (state, command) pairs are {@link Transitions}. Roles are checked against the
 * {@link Staffing} (R-B4, R-V1); deadlines come from {@link Deadlines} (R-F1 to R-F4, R-E2, R-Q3).
 * {@code decide} never throws for a command in any state: a date outside the calendar's range is a
 * rejection under R-C6.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QuerDecider {

    private static final CaseState INITIAL = new CaseState.KeinFall();

    private final Deadlines deadlines;
    private final Staffing staffing;
    /** R-L1: the rule of the standards of a follow-up, with the policy's standards. */
    private final Rule<QuerNachweis> followUpStandards;
    /** The policies by date, or null for one policy. */
    private final QerContext context;
    /** The decider bound to each policy of the context, by identity of its deadlines. */
    private final Map<Deadlines, QuerDecider> byPolicy;

    private QuerDecider(Deadlines deadlines, Staffing staffing) {
        this.deadlines = deadlines;
        this.staffing = staffing;
        this.followUpStandards = Mindeststandards.imFolgegespraech(this.deadlines.policy().followUpStandards());
        this.context = null;
        this.byPolicy = Map.of();
    }

    private QuerDecider(QerContext context, Staffing staffing) {
        List<Deadlines> all = context.allDeadlines();
        this.deadlines = all.get(0);
        this.staffing = staffing;
        this.followUpStandards = Mindeststandards.imFolgegespraech(this.deadlines.policy().followUpStandards());
        this.context = all.size() > 1 ? context : null;
        Map<Deadlines, QuerDecider> bound = new IdentityHashMap<>();
        for (Deadlines d : all) {
            bound.put(d, new QuerDecider(d, staffing));
        }
        this.byPolicy = bound;
    }

    /**
     * A decider with deadlines (policy and calendar) and the staffing of the day.
     *
     * @param deadlines the deadlines, not null
     * @param staffing  the staff, roles and F-IFK designations, not null
     * @return the decider, never null
     */
    public static QuerDecider of(Deadlines deadlines, Staffing staffing) {
        return new QuerDecider(Objects.requireNonNull(deadlines, "deadlines"), Objects.requireNonNull(staffing, "staffing"));
    }

    /**
     * A decider with a context: each command is decided under the policy in force on its business date
     * (R-K1, R-K4: a dated change of the policy), with the context's calendar.
     *
     * @param context  the calendar and the policies by date, not null
     * @param staffing the staff, roles and F-IFK designations, not null
     * @return the decider, never null
     */
    public static QuerDecider of(QerContext context, Staffing staffing) {
        return new QuerDecider(Objects.requireNonNull(context, "context"), Objects.requireNonNull(staffing, "staffing"));
    }

    /**
     * The state before the first event.
     *
     * @return {@link CaseState.KeinFall}, never null
     */
    public static CaseState initialState() {
        return INITIAL;
    }

    /**
     * The deadlines this decider uses (with a context of several policies: the initial one; see
     * {@link QerContext#deadlinesOn}).
     *
     * @return the deadlines, never null
     */
    public Deadlines deadlines() {
        return deadlines;
    }

    // ------------------------------------------------------------------------------------------ decide

    /**
     * Decides a command: the events it causes, or a rejection with every problem at once. The state is
     * not changed (it is immutable); apply the events with {@link #evolve}.
     *
     * @param state   the current state, not null
     * @param command the command, not null
     * @return the decision or the rejection, never null
     */
    public Either<Rejection, Decision> decide(CaseState state, Command command) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(command, "command");
        if (context != null) { // the policy in force on the command's date
            return byPolicy.get(context.deadlinesOn(command.on())).decideBound(state, command);
        }
        return decideBound(state, command);
    }

    private Either<Rejection, Decision> decideBound(CaseState state, Command command) {
        if (!Transitions.allows(state.kind(), command.kind())) {
            return Either.left(new Rejection(List.of(notAllowed(state.kind(), command.kind()))));
        }
        List<Problem> outOfRange = CommandDates.outOfRange(command, deadlines.calendar());
        if (!outOfRange.isEmpty()) {
            return Either.left(new Rejection(outOfRange));
        }
        try {
            Checks checks = new Checks();
            List<Event> events = new ArrayList<>(4);
            decideAllowed(state, command, checks, events);
            return checks.problems.isEmpty()
                    ? Either.right(new Decision(events))
                    : Either.left(new Rejection(checks.problems));
        } catch (DateTimeException e) {
            // every date of the command is inside the range; a deadline computed from it is not (R-C6)
            return Either.left(new Rejection(List.of(Problem.error(ProblemCode.OUT_OF_RANGE, "R-C6", "on",
                    "R-C6.deadlineOutOfRange", deadlines.calendar().minSupported(), deadlines.calendar().maxSupported()))));
        }
    }

    private void decideAllowed(CaseState state, Command command, Checks checks, List<Event> events) {
        command.accept(new Handler(state, command, checks, events));
    }

    /**
     * The handler of each command, with its roles (R-B4) and its checks. The compiler checks that every
     * command has one ({@link Command.Visitor}); {@link Transitions} guarantees the state each one casts to.
     */
    private final class Handler implements Command.Visitor<Void> {
        private final CaseState state;
        private final Checks checks;
        private final List<Event> events;
        private final Antrag antrag;
        private final Optional<Staff> actor;

        Handler(CaseState state, Command command, Checks checks, List<Event> events) {
            this.state = state;
            this.checks = checks;
            this.events = events;
            if (command instanceof Command.TakeApplication c) { // the application that opens the case
                this.antrag = c.antrag();
                this.actor = actor(c, c.antrag().gst(), checks);
                requireActor(state, command, actor, c.antrag().gst(), checks);
                return;
            }
            this.antrag = state.findAntrag().orElseThrow();
            // the GST responsible now; a move is decided by the receiving GST (R-L4)
            GstCode gst = command instanceof Command.MoveToGst m ? m.newGst()
                    : state instanceof NachBewilligung a ? a.gst() : antrag.gst();
            this.actor = actor(command, gst, checks);
            requireActor(state, command, actor, gst, checks);
            checks.check(!command.on().isBefore(antrag.antragsdatum()), () ->
                    Problem.error(ProblemCode.WRONG_DATE, "R-E1", "on",
                            "R-E1.beforeApplication", antrag.antragsdatum()));
        }

        private NachBewilligung approved() {
            return (NachBewilligung) state;
        }

        /** The state of the responsible IFK's own steps ({@link Transitions} allows them only there). */
        private CaseState.InBetreuung inBetreuung() {
            return (CaseState.InBetreuung) state;
        }

        @Override
        public Void visit(Command.TakeApplication c) {
            takeApplication(c, actor, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.ParkOnVm c) {
            parkOnVm(antrag, c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RequestActiveSupport c) {
            requestActiveSupport(state, antrag, c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RecordClarification c) {
            recordClarification(state, c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RejectApplication c) {
            events.add(new Event.ApplicationRejected(c.on()));
            return null;
        }

        @Override
        public Void visit(Command.WithdrawApplication c) {
            events.add(new Event.ApplicationWithdrawn(c.on()));
            return null;
        }

        @Override
        public Void visit(Command.ReleaseApproval c) {
            releaseApproval((CaseState.AufVm) state, c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.AssignIfk c) {
            assignIfk(approved(), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.ImportMembers c) {
            importMembers(approved(), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.EndAlg c) {
            endAlg(approved(), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RecordMemberExit c) {
            memberExit(approved(), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.EndCase c) {
            NachBewilligung a = approved();
            checks.check(!c.on().isBefore(a.bewilligungsdatum()), () -> Problem.error(ProblemCode.WRONG_DATE, "R-L4", "on",
                    "R-L4.endBeforeApproval"));
            events.add(new Event.CaseEnded(c.on(), c.reason()));
            return null;
        }

        @Override
        public Void visit(Command.MoveToGst c) {
            moveToGst((CaseState.InBetreuung) state, c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.ScheduleQuerAppointment c) {
            scheduleAppointment(inBetreuung(), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RecordQuer c) {
            recordQuer(inBetreuung(), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RecordOpenPoint c) {
            recordOpenPoint(inBetreuung(), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.ResolveOpenPoint c) {
            resolveOpenPoint(inBetreuung(), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RouteElb c) {
            routeElb(inBetreuung(), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.ScheduleFollowUp c) {
            scheduleFollowUp(inBetreuung(), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RecordFollowUp c) {
            recordFollowUp(inBetreuung(), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.ReviewKp c) {
            reviewKp(inBetreuung(), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RecordMissedAppointment c) {
            recordMissed(inBetreuung(), c, checks, events);
            return null;
        }
    }

    private void takeApplication(Command.TakeApplication c, Optional<Staff> actor, Checks checks, List<Event> events) {
        Antrag a = c.antrag();
        for (EzAushaendigung item : EzAushaendigung.values()) {
            checks.check(a.ausgehaendigt().contains(item), () ->
                    Problem.error(ProblemCode.MISSING, "R-E1", "antrag.ausgehaendigt." + item.name(),
                            "R-E1.notHandedOut", item.label()));
        }
        checks.check(a.lgTermin().isPresent(), () -> Problem.error(ProblemCode.MISSING, "R-E1", "antrag.lgTermin",
                "R-E1.noLgAppointment"));
        a.lgTermin().ifPresent(t -> checks.check(!t.isBefore(a.antragsdatum()), () ->
                Problem.error(ProblemCode.WRONG_DATE, "R-E1", "antrag.lgTermin",
                        "R-E1.lgAppointmentBeforeApplication")));
        checks.check(!a.antragsdatum().isAfter(c.on()), () ->
                Problem.error(ProblemCode.WRONG_DATE, "R-E1", "antrag.antragsdatum",
                        "R-E1.applicationDateAfterTaking", c.on()));
        events.add(new Event.ApplicationTaken(c.on(), c.actor(), a));
    }

    private void parkOnVm(Antrag antrag, Command.ParkOnVm c, Checks checks, List<Event> events) {
        StatistikEintraege e = c.eintraege();
        LocalDate ad = antrag.antragsdatum();
        checks.check(e.kundenstatus().isPresent(), () -> missing("R-V2", "eintraege.kundenstatus",
                Message.of("R-V2.customerStatus")));
        e.kundenstatus().ifPresent(k -> checks.check(k == Kundenstatus.ANTRAG, () ->
                Problem.error(ProblemCode.WRONG_VALUE, "R-V2", "eintraege.kundenstatus",
                        "R-V2.customerStatusAntrag")));
        requireDate(checks, e.vermittlungsprofilAb(), ad, "eintraege.vermittlungsprofilAb", "R-V2.profile",
                "R-V2.fromApplicationDate");
        checks.check(e.arbeitsuche().isPresent(), () -> missing("R-V2", "eintraege.arbeitsuche", Message.of("R-V2.asuNa")));
        requireDate(checks, e.arbeitsucheAb(), ad, "eintraege.arbeitsucheAb", "R-V2.asuNa", "R-V2.fromApplicationDate");
        LocalDate alo = antrag.beschaeftigungslosSeit().filter(d -> d.isAfter(ad)).orElse(ad);
        requireDate(checks, e.arbeitslosAb(), alo, "eintraege.arbeitslosAb", "R-V2.alo",
                alo.equals(ad) ? "R-V2.fromApplicationDate" : "R-V2.fromUnemployment");
        events.add(new Event.ParkedOnVm(c.on(), c.actor(), Geschaeftsstelle.virtualEmployeeOf(antrag.gst()), e));
    }

    /** R-V2: an entry from a date; {@code entryKey} names the entry, {@code fromKey} the date it must start on. */
    private static void requireDate(Checks checks, Optional<LocalDate> actual, LocalDate expected, String field,
                                    String entryKey, String fromKey) {
        Message entry = Message.of(entryKey);
        checks.check(actual.isPresent(), () -> missing("R-V2", field, entry));
        actual.ifPresent(d -> checks.check(d.equals(expected), () -> Problem.error(ProblemCode.WRONG_DATE, "R-V2", field,
                "R-V2.wrongDate", entry, Message.of(fromKey), expected, d)));
    }

    private void requestActiveSupport(CaseState state, Antrag antrag, Command.RequestActiveSupport c, Checks checks,
                                      List<Event> events) {
        Optional<Mitglied> m = member(antrag.bedarfsgemeinschaft(), c.member(), checks);
        m.ifPresent(x -> checks.check(!x.isAufstockerOn(c.on()), QuerDecider::algNotEnded));
        text(c.anliegen(), true, "anliegen", "R-F4", "R-F4.request", checks);
        requireIfkOf(c.ifk(), antrag.gst(), checks, "R-F4", "ifk");
        Deadline d = deadlines.earlyRequestDeadline(c.on());
        events.add(new Event.ActiveSupportRequested(c.on(), c.member(), c.anliegen(),
                ClarificationTask.open(state.requests().size() + 1, antrag.gst(), c.member(), c.ifk(), d)));
    }

    private void recordClarification(CaseState state, Command.RecordClarification c, Checks checks, List<Event> events) {
        c.note().ifPresent(n -> text(n, false, "note", "R-F4", "R-F4.note", checks));
        Optional<ClarificationTask> task = state.requests().find(t -> t.nr() == c.task()).toJavaOptional();
        checks.check(task.isPresent(), () -> Problem.error(ProblemCode.MISSING, "R-F4", "task", "R-F4.noSuchRequest"));
        task.ifPresent(t -> {
            checks.check(t.isOpen(), () -> Problem.error(ProblemCode.ALREADY_DONE, "R-F4", "task", "R-F4.alreadySettled"));
            checks.check(!c.on().isBefore(t.deadline().trigger()), () -> Problem.error(ProblemCode.WRONG_DATE, "R-F4", "on",
                    "R-F4.beforeRequest", t.deadline().trigger()));
            events.add(new Event.ClarificationRecorded(c.on(), t.member(), t.nr(),
                    new Clarification(c.on(), c.actor(), c.outcome(), c.note())));
        });
    }

    /**
     * A free text of a command (R-N2 hygiene under the command's rule): not blank where required (no
     * visible character, {@link Freitext#isBlank}), not longer than the policy's maximum, no control or
     * bidi characters. Problems name the field, never the text.
     */
    private void text(String text, boolean required, String field, String rule, String nameKey, Checks checks) {
        checks.check(!required || !Freitext.isBlank(text), () -> missing(rule, field, Message.of(nameKey)));
        int max = deadlines.policy().maximumTextLength();
        checks.check(Freitext.length(text) <= max, () -> Problem.error(ProblemCode.WRONG_VALUE, rule, field,
                "R-N2.command.long", max));
        checks.check(!Freitext.containsControlOrBidi(text), () -> Problem.error(ProblemCode.WRONG_VALUE, rule, field,
                "R-N2.command.control"));
    }

    private void requireIfkOf(StaffId ifk, GstCode gst, Checks checks, String rule, String field) {
        checks.check(staffing.find(ifk).filter(t -> t.has(Role.IFK) && t.gst().equals(gst)).isPresent(), () ->
                Problem.error(ProblemCode.WRONG_ROLE, rule, field,
                        "qer.notIfkOfGst", gst));
    }

    private void releaseApproval(CaseState.AufVm s, Command.ReleaseApproval c, Checks checks, List<Event> events) {
        text(c.berechnungsprotokollRef(), true, "berechnungsprotokollRef", "R-B2", "R-B2.protocol", checks);
        checks.check(!c.on().isBefore(s.parkedOn()), () -> Problem.error(ProblemCode.WRONG_DATE, "R-B2", "on",
                "R-B2.beforeParking"));
        Antrag a = s.antrag();
        events.add(new Event.ApprovalReleased(c.on(), new D3Workflow(D3Workflow.Kind.APPROVAL_RELEASED, a.caseId(), a.gst(),
                Role.EXPERTE_BI, Optional.empty(), Optional.of(c.berechnungsprotokollRef()))));
        Bedarfsgemeinschaft bg = a.bedarfsgemeinschaft();
        for (Mitglied m : bg.mitglieder()) {
            boolean ha = m.id().equals(bg.haushaltsvorstand());
            QuerStatus status = QuerStatus.classify(deadlines, m, c.on(), c.on(), ha
                    ? new Faellig(deadlines.applicantDeadline(c.on()))
                    : new WartetAufImport());
            events.add(new Event.QuerStatusSet(c.on(), m.id(), status, QuerStatus.ruleOf(status)));
        }
    }

    private void assignIfk(NachBewilligung s, Command.AssignIfk c, Checks checks, List<Event> events) {
        GstCode gst = s.antrag().gst();
        requireIfkOf(c.ifk(), gst, checks, "R-B3", "ifk");
        checks.check(!s.responsibleIfk().equals(Optional.of(c.ifk())), () ->
                Problem.error(ProblemCode.DUPLICATE, "R-B3", "ifk",
                        "R-B3.alreadyAssigned"));
        checks.check(!c.on().isBefore(s.bewilligungsdatum()), () -> Problem.error(ProblemCode.WRONG_DATE, "R-B3", "on",
                "R-B3.beforeApproval"));
        events.add(new Event.IfkAssigned(c.on(), c.ifk(), new D3Workflow(D3Workflow.Kind.CASE_ASSIGNED,
                s.antrag().caseId(), s.gst(), Role.IFK, Optional.of(c.ifk()), Optional.empty())));
    }

    private void importMembers(NachBewilligung s, Command.ImportMembers c, Checks checks, List<Event> events) {
        checks.check(!c.month().isBefore(YearMonth.from(s.bewilligungsdatum())), () ->
                Problem.error(ProblemCode.WRONG_DATE, "R-F2", "month",
                        "R-F2.monthBeforeApproval"));
        s.lastImport().ifPresent(last -> checks.check(c.month().isAfter(last), () ->
                Problem.error(ProblemCode.DUPLICATE, "R-F2", "month",
                        "R-F2.alreadyImported", c.month(), last)));
        Set<PersonId> seen = new HashSet<>();
        for (Mitglied m : c.mitglieder()) {
            checks.check(seen.add(m.id()), () -> Problem.error(ProblemCode.DUPLICATE, "R-F2", "mitglieder",
                    "R-F2.twice", m.id()));
        }
        PersonId ha = s.bedarfsgemeinschaft().haushaltsvorstand();
        checks.check(seen.contains(ha), () -> missing("R-F2", "mitglieder.haushaltsvorstand", Message.of("R-F2.head", ha)));
        List<Mitglied> imported = new ArrayList<>(c.mitglieder().size());
        for (Mitglied m : c.mitglieder()) {
            imported.add(keepKnownAlgEnd(m, s.bedarfsgemeinschaft().mitglied(m.id())));
        }
        events.add(new Event.MembersImported(c.on(), c.month(), imported));
        LocalDate firstOfMonth = c.month().atDay(1);
        LocalDate endOfMonth = c.month().atEndOfMonth();
        for (Mitglied m : imported) {
            QuerStatus current = s.members().get(m.id()).map(MemberQuer::status).getOrNull();
            QuerStatus next = current;
            if (current == null || current instanceof WartetAufImport || current instanceof NichtRelevant
                    || current instanceof GesperrtAlg && !m.algAnspruch()) {
                next = QuerStatus.classify(deadlines, m, endOfMonth, firstOfMonth, new Faellig(deadlines.importDeadline(c.month())));
            } else if (current.waitsForAlgEnd() && m.algAnspruch() && m.algBezugBis().isPresent()) {
                next = new Faellig(deadlines.afterAlgDeadline(m.algBezugBis().get())); // a last day reported or corrected
            }
            if (!next.equals(current)) {
                events.add(new Event.QuerStatusSet(c.on(), m.id(), next, QuerStatus.ruleOf(next)));
            }
        }
    }

    /**
     * R-E2: an import that still shows the ALG claim but not its last day does not forget a last day the
     * case already knows (from the application, an earlier import or {@link Command.EndAlg}).
     */
    private static Mitglied keepKnownAlgEnd(Mitglied imported, Optional<Mitglied> known) {
        if (!imported.algAnspruch() || imported.algBezugBis().isPresent()) {
            return imported;
        }
        Optional<LocalDate> last = known.filter(Mitglied::algAnspruch).flatMap(Mitglied::algBezugBis);
        return last.isPresent() ? Mitglied.builder().from(imported).algBezugBis(last.get()).build() : imported;
    }

    private void endAlg(NachBewilligung s, Command.EndAlg c, Checks checks, List<Event> events) {
        Optional<Mitglied> m = member(s.bedarfsgemeinschaft(), c.member(), checks);
        boolean claim = m.map(Mitglied::algAnspruch).orElse(false);
        m.ifPresent(x -> checks.check(claim, () -> Problem.error(ProblemCode.WRONG_VALUE, "R-E2", "member",
                "R-E2.noClaim")));
        boolean waiting = s.members().get(c.member()).map(r -> r.status().waitsForAlgEnd()).getOrElse(false);
        checks.check(waiting || m.isEmpty(), () -> Problem.error(ProblemCode.WRONG_VALUE, "R-E2", "member",
                "R-E2.notWaiting"));
        if (m.isPresent() && claim && waiting) {
            Mitglied after = Mitglied.builder().from(m.get()).algBezugBis(c.lastDayOfAlg()).build();
            Deadline d = deadlines.afterAlgDeadline(c.lastDayOfAlg());
            QuerStatus next = QuerStatus.classify(deadlines, after, d.due(), c.lastDayOfAlg(), new Faellig(d));
            events.add(new Event.AlgEnded(c.on(), c.member(), c.lastDayOfAlg()));
            events.add(new Event.QuerStatusSet(c.on(), c.member(), next, QuerStatus.ruleOf(next)));
        }
    }

    private void scheduleAppointment(CaseState.InBetreuung s, Command.ScheduleQuerAppointment c, Checks checks,
                                     List<Event> events) {
        Optional<MemberQuer> r = querReady(s, c.member(), c.on(), checks);
        checks.check(!c.termin().isBefore(c.on()), () -> Problem.error(ProblemCode.WRONG_DATE, "R-F1", "termin",
                "qer.appointmentInPast"));
        Optional<Deadline> deadline = r.flatMap(x -> x.status().findDeadline());
        boolean late = deadline.map(d -> c.termin().isAfter(d.due())).orElse(false);
        events.add(new Event.QuerAppointmentScheduled(c.on(), c.member(), c.termin(), late,
                deadline.map(Deadline::rule).orElse("R-F1")));
    }

    /** The checks shared by scheduling and recording a QuEr: R-F6, R-E2, R-F3, not done twice. */
    private Optional<MemberQuer> querReady(NachBewilligung s, PersonId member, LocalDate on, Checks checks) {
        Optional<Mitglied> m = member(s.bedarfsgemeinschaft(), member, checks);
        checks.check(!on.isBefore(s.bewilligungsdatum()), () -> Problem.error(ProblemCode.BEFORE_APPROVAL, "R-F6", "on",
                "R-F6.beforeApproval", s.bewilligungsdatum()));
        Optional<MemberQuer> r = s.members().get(member).toJavaOptional();
        if (m.isEmpty() || r.isEmpty()) {
            return r;
        }
        requireActive(s, member, on, checks);
        QuerStatus st = r.get().status();
        checks.check(!(st instanceof GesperrtAlg) && !m.get().isAufstockerOn(on), QuerDecider::algNotEnded);
        checks.check(!(st instanceof NichtRelevant), () -> Problem.error(ProblemCode.NOT_QUER_RELEVANT, "R-F3", "member",
                "R-F3.notRelevant", ((st instanceof NichtRelevant n) ? n.grund() : "")));
        checks.check(!(st instanceof Durchgefuehrt), () -> Problem.error(ProblemCode.ALREADY_DONE, "R-Q1", "member",
                "R-Q1.alreadyRecorded"));
        return r;
    }

    private void recordQuer(CaseState.InBetreuung s, Command.RecordQuer c, Checks checks, List<Event> events) {
        Optional<MemberQuer> r = querReady(s, c.member(), c.on(), checks);
        checks.addAll(Mindeststandards.IM_QUER.check(c.nachweis())); // R-Q1, R-Q3: shared with qer-docs
        Set<String> keys = existingKeys(s);
        List<OffenerPunkt> points = c.nachweis().offenePunkte();
        for (int i = 0; i < points.size(); i++) {
            checkOpenPoint(points.get(i), "nachweis.offenePunkte[" + i + "]", c.on(), keys, checks);
        }
        boolean inTime = r.flatMap(x -> x.status().findDeadline()).map(d -> !c.on().isAfter(d.due())).orElse(true);
        // R-K3: the KP drawn up in the QuEr is reviewed at the latest the policy's months later (R-L2)
        Optional<LocalDate> kpReview = c.nachweis().erfuellt().contains(Mindeststandard.KOOPERATIONSPLAN)
                ? Optional.of(c.on().plusMonths(deadlines.policy().kpReviewMonths())) : Optional.empty();
        events.add(new Event.QuerRecorded(c.on(), c.member(), inTime, c.nachweis().offenePunkte(), kpReview));
    }

    private void recordOpenPoint(CaseState.InBetreuung s, Command.RecordOpenPoint c, Checks checks, List<Event> events) {
        member(s.bedarfsgemeinschaft(), c.member(), checks);
        boolean done = s.members().get(c.member()).map(r -> r.status() instanceof Durchgefuehrt).getOrElse(false);
        checks.check(done, () -> Problem.error(ProblemCode.NOT_ALLOWED_IN_STATE, "R-Q3", "member", "R-Q3.beforeQuer"));
        checkOpenPoint(c.punkt(), "punkt", c.on(), existingKeys(s), checks);
        events.add(new Event.OpenPointRecorded(c.on(), c.member(), c.punkt()));
    }

    /** R-Q3; {@code field} names the point by its position, never by its key (caller text stays out of problems). */
    private void checkOpenPoint(OffenerPunkt p, String field, LocalDate on, Set<String> keys, Checks checks) {
        text(p.key(), true, field + ".key", "R-Q3", "R-Q3.key", checks);
        text(p.thema(), true, field + ".thema", "R-Q3", "R-Q3.topic", checks);
        checks.check(keys.add(p.key()), () -> Problem.error(ProblemCode.DUPLICATE, "R-Q3", field, "R-Q3.keyUsed"));
        // R-Q3: the one catch-up window, shared with qer-docs
        checks.check(deadlines.isCatchUpInTime(on, p.nachholenBis()), () -> Problem.error(ProblemCode.CATCH_UP_DATE, "R-Q3",
                field + ".nachholenBis", "R-Q3.catchUp", on, deadlines.catchUpDeadline(on).due(), p.nachholenBis()));
    }

    private static Set<String> existingKeys(NachBewilligung s) {
        Set<String> keys = new HashSet<>();
        for (MemberQuer r : s.members().values()) {
            for (OffenerPunkt p : r.offenePunkte()) {
                keys.add(p.key());
            }
        }
        return keys;
    }

    private void resolveOpenPoint(CaseState.InBetreuung s, Command.ResolveOpenPoint c, Checks checks, List<Event> events) {
        member(s.bedarfsgemeinschaft(), c.member(), checks);
        boolean exists = s.members().get(c.member())
                .map(r -> r.offenePunkte().exists(p -> p.key().equals(c.key()))).getOrElse(false);
        checks.check(exists, () -> Problem.error(ProblemCode.MISSING, "R-Q3", "key", "R-Q3.noSuchKey"));
        events.add(new Event.OpenPointResolved(c.on(), c.member(), c.key()));
    }

    private void routeElb(CaseState.InBetreuung s, Command.RouteElb c, Checks checks, List<Event> events) {
        Optional<Mitglied> m = member(s.bedarfsgemeinschaft(), c.member(), checks);
        boolean done = s.members().get(c.member()).map(r -> r.status() instanceof Durchgefuehrt).getOrElse(false);
        checks.check(done || m.isEmpty(), () -> Problem.error(ProblemCode.ROUTING_BEFORE_QUER, "R-S1", "member",
                "R-S1.beforeQuer"));
        text(c.reason(), true, "reason", "R-S1", "R-S1.reason", checks);
        if (m.isPresent()) {
            events.add(new Event.ElbRouted(c.on(), c.member(), c.target(), c.reason(),
                    deadlines.policy().kundensteuerung().suggest(m.get(), c.on())));
        }
    }

    // ------------------------------------------------------------------- after the first interview

    /** R-L4: the member belongs to the case on that day. */
    private static void requireActive(NachBewilligung s, PersonId member, LocalDate on, Checks checks) {
        boolean out = s.members().get(member).map(r -> !r.isActiveOn(on)).getOrElse(false);
        checks.check(!out, () -> Problem.error(ProblemCode.MEMBER_LEFT, "R-L4", "member", "R-L4.memberLeft"));
    }

    /** R-L1: follow-ups, KP reviews and their appointments come after the QuEr of the member. */
    private static Optional<MemberQuer> afterQuer(NachBewilligung s, PersonId member, LocalDate on, Checks checks) {
        Optional<MemberQuer> r = s.members().get(member).toJavaOptional();
        Optional<LocalDate> quer = r.flatMap(x -> x.status() instanceof Durchgefuehrt d ? Optional.of(d.on()) : Optional.empty());
        checks.check(quer.isPresent() || r.isEmpty(), () -> Problem.error(ProblemCode.NOT_ALLOWED_IN_STATE, "R-L1", "member",
                "R-L1.beforeQuer"));
        quer.ifPresent(q -> checks.check(!on.isBefore(q), () -> Problem.error(ProblemCode.WRONG_DATE, "R-L1", "on",
                "R-L1.dateBeforeQuer", q)));
        requireActive(s, member, on, checks);
        return r;
    }

    private void scheduleFollowUp(CaseState.InBetreuung s, Command.ScheduleFollowUp c, Checks checks, List<Event> events) {
        member(s.bedarfsgemeinschaft(), c.member(), checks);
        afterQuer(s, c.member(), c.on(), checks);
        checks.check(!c.termin().isBefore(c.on()), () -> Problem.error(ProblemCode.WRONG_DATE, "R-L1", "termin",
                "qer.appointmentInPast"));
        events.add(new Event.FollowUpScheduled(c.on(), c.member(), c.termin()));
    }

    private void recordFollowUp(CaseState.InBetreuung s, Command.RecordFollowUp c, Checks checks, List<Event> events) {
        member(s.bedarfsgemeinschaft(), c.member(), checks);
        afterQuer(s, c.member(), c.on(), checks);
        QuerNachweis n = c.nachweis();
        checks.addAll(followUpStandards.check(n)); // R-L1, R-Q3: the rule of the minimum standards, shared with qer-docs
        Set<String> keys = existingKeys(s);
        List<OffenerPunkt> points = n.offenePunkte();
        for (int i = 0; i < points.size(); i++) {
            checkOpenPoint(points.get(i), "nachweis.offenePunkte[" + i + "]", c.on(), keys, checks);
        }
        Optional<LocalDate> review = Optional.empty();
        if (n.erfuellt().contains(Mindeststandard.KOOPERATIONSPLAN)) {
            review = Optional.of(nextKpReview(c.on(), c.nextKpReview(), "nextKpReview", checks));
        }
        events.add(new Event.FollowUpRecorded(c.on(), c.member(), n.erfuellt(), points, review));
    }

    private void reviewKp(CaseState.InBetreuung s, Command.ReviewKp c, Checks checks, List<Event> events) {
        member(s.bedarfsgemeinschaft(), c.member(), checks);
        afterQuer(s, c.member(), c.on(), checks);
        events.add(new Event.KpReviewed(c.on(), c.member(), nextKpReview(c.on(), c.nextReview(), "nextReview", checks)));
    }

    /** R-L2 (R-K3): the next review date, after the review and at the latest the policy's months ahead. */
    private LocalDate nextKpReview(LocalDate on, Optional<LocalDate> given, String field, Checks checks) {
        LocalDate latest = on.plusMonths(deadlines.policy().kpReviewMonths());
        given.ifPresent(d -> checks.check(d.isAfter(on) && !d.isAfter(latest), () ->
                Problem.error(ProblemCode.WRONG_DATE, "R-L2", field,
                        "R-L2.reviewWindow", on, latest)));
        return given.orElse(latest);
    }

    private void recordMissed(CaseState.InBetreuung s, Command.RecordMissedAppointment c, Checks checks, List<Event> events) {
        member(s.bedarfsgemeinschaft(), c.member(), checks);
        requireActive(s, c.member(), c.on(), checks);
        checks.check(!c.termin().isAfter(c.on()), () -> Problem.error(ProblemCode.WRONG_DATE, "R-L3", "termin",
                "R-L3.future"));
        checks.check(!c.termin().isBefore(s.bewilligungsdatum()), () ->
                Problem.error(ProblemCode.WRONG_DATE, "R-L3", "termin",
                        "R-L3.beforeApproval"));
        events.add(new Event.AppointmentMissed(c.on(), c.member(), new MissedAppointment(c.termin(), c.on(), c.reasonGiven())));
    }

    private void memberExit(NachBewilligung s, Command.RecordMemberExit c, Checks checks, List<Event> events) {
        Optional<Mitglied> known = member(s.bedarfsgemeinschaft(), c.member(), checks);
        checks.check(known.isEmpty() || s.members().containsKey(c.member()), () ->
                Problem.error(ProblemCode.UNKNOWN_MEMBER, "R-L4", "member",
                        "R-L4.noRecord"));
        boolean already = s.members().get(c.member()).map(r -> r.exit().isPresent()).getOrElse(false);
        checks.check(!already, () -> Problem.error(ProblemCode.DUPLICATE, "R-L4", "member", "R-L4.alreadyExited"));
        checks.check(!c.from().isBefore(s.bewilligungsdatum()), () -> Problem.error(ProblemCode.WRONG_DATE, "R-L4", "from",
                "R-L4.exitBeforeApproval"));
        long others = s.bedarfsgemeinschaft().mitglieder().stream().filter(m -> !m.id().equals(c.member()))
                .filter(m -> s.members().get(m.id()).map(r -> r.exit().isEmpty()).getOrElse(true)).count();
        checks.check(others > 0, () -> Problem.error(ProblemCode.NOT_ALLOWED_IN_STATE, "R-L4", "member", "R-L4.lastMember"));
        events.add(new Event.MemberExited(c.on(), c.member(), new MemberExit(c.from(), c.reason())));
    }

    private void moveToGst(CaseState.InBetreuung s, Command.MoveToGst c, Checks checks, List<Event> events) {
        checks.check(!c.newGst().equals(s.gst()), () -> Problem.error(ProblemCode.WRONG_VALUE, "R-L4", "newGst",
                "R-L4.sameGst"));
        requireIfkOf(c.ifk(), c.newGst(), checks, "R-L4", "ifk");
        events.add(new Event.MovedToGst(c.on(), s.gst(), c.newGst(), c.ifk()));
    }

    // --------------------------------------------------------------------------------- actor checks

    private Optional<Staff> actor(Command c, GstCode gst, Checks checks) {
        Optional<Staff> s = staffing.find(c.actor());
        checks.check(s.isPresent(), () -> Problem.error(ProblemCode.UNKNOWN_ACTOR, "R-B4", "actor", "R-B4.unknownActor"));
        s.ifPresent(x -> checks.check(x.gst().equals(gst), () -> Problem.error(ProblemCode.WRONG_GST, "R-B4", "actor",
                "R-B4.wrongGst", gst)));
        return s;
    }

    /**
     * R-B4 (and R-V1, R-F4): the actor is one of the Akteure of the command's row in {@link Transitions}.
     * A person the case names (the responsible IFK, the F-IFK of the day) is checked by id; a role needs
     * the actor in the staff directory, whose absence {@link #actor} already reports.
     */
    private void requireActor(CaseState state, Command c, Optional<Staff> staff, GstCode gst, Checks checks) {
        Transitions.Transition row = Transitions.find(state.kind(), c.kind()).orElseThrow();
        boolean byRole = false;
        boolean ok = false;
        for (Akteur a : row.actors()) {
            switch (a) {
                case EZ -> ok |= staff.filter(x -> x.has(Role.EZ)).isPresent();
                case IFK_DER_GST -> ok |= staff.filter(x -> x.has(Role.IFK) && x.gst().equals(gst)).isPresent();
                case EXPERTE_LG -> ok |= staff.filter(x -> x.has(Role.EXPERTE_LG)).isPresent();
                case EXPERTE_BI -> ok |= staff.filter(x -> x.has(Role.EXPERTE_BI)).isPresent();
                case EXPERTE_GST -> ok |= staff.filter(x -> x.has(Role.EXPERTE_GST)).isPresent();
                case F_IFK_DES_TAGES -> ok |= staffing.isFIfk(c.actor(), gst, c.on());
                case ZUSTAENDIGE_IFK -> ok |= state instanceof NachBewilligung n
                        && n.responsibleIfk().equals(Optional.of(c.actor()));
            }
            byRole |= a != Akteur.F_IFK_DES_TAGES && a != Akteur.ZUSTAENDIGE_IFK;
        }
        if (!ok && (staff.isPresent() || !byRole)) {
            checks.check(false, () -> wrongActor(row, c.on(), gst));
        }
    }

    /** R-B4: the Akteure of the row, joined by "oder" / "or" in the language of the message. */
    private static Problem wrongActor(Transitions.Transition row, LocalDate on, GstCode gst) {
        Object who = null;
        List<Akteur> actors = List.copyOf(row.actors());
        for (int k = actors.size() - 1; k >= 0; k--) {
            Akteur a = actors.get(k);
            Object one = a == Akteur.F_IFK_DES_TAGES ? Message.of("R-V1.fIfkOfTheDay", on, gst) : a.label();
            who = who == null ? one : Message.of("qer.or", one, who);
        }
        return Problem.error(ProblemCode.WRONG_ROLE, row.refusalRule(), "actor", "R-B4.wrongRole", who, row.mainRule());
    }

    private static Optional<Mitglied> member(Bedarfsgemeinschaft bg, PersonId id, Checks checks) {
        Optional<Mitglied> m = bg.mitglied(id);
        checks.check(m.isPresent(), () -> Problem.error(ProblemCode.UNKNOWN_MEMBER, "R-Q2", "member",
                "R-Q2.notMember", bg.id()));
        return m;
    }

    /** "Fehlt: …" / "Missing: …" with what is missing (a message of the bundle). */
    private static Problem missing(String rule, String field, Message what) {
        return Problem.error(ProblemCode.MISSING, rule, field, "qer.missing", what);
    }

    private static Problem algNotEnded() {
        return Problem.error(ProblemCode.ALG_NOT_ENDED, "R-E2", "member", "R-E2.algNotEnded");
    }

    private static Problem notAllowed(StateKind state, CommandKind command) {
        String rule;
        if (state == StateKind.BEENDET) {
            rule = "R-L4";
        } else if (Transitions.isTerminal(state)) {
            rule = "R-B1";
        } else if ((command == CommandKind.RECORD_QUER || command == CommandKind.SCHEDULE_QUER_APPOINTMENT)
                && state != StateKind.KEIN_FALL) {
            rule = "R-F6";
        } else {
            rule = Transitions.ruleOf(command); // the command's own rule
        }
        return
                Problem.error(rule.equals("R-F6") ? ProblemCode.BEFORE_APPROVAL : ProblemCode.NOT_ALLOWED_IN_STATE, rule, "command",
                        "qer.notAllowed", command.label(), state.label());
    }

    // ------------------------------------------------------------------------------------------ evolve

    /**
     * Applies an event: pure, no decisions. Only events that {@link #decide} produced for this state
     * are meaningful; anything else is a corrupt event stream.
     *
     * @param state the state, not null
     * @param event the event, not null
     * @return the new state, never null
     * @throws IllegalArgumentException if the event does not apply to the state (a corrupt stream)
     */
    public CaseState evolve(CaseState state, Event event) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(event, "event");
        CaseState next = event.accept(new Evolver(state));
        if (next == null) {
            throw new IllegalArgumentException("R-B4: event " + event.getClass().getSimpleName() + " does not apply to state "
                    + state.kind() + " / Ereignis passt nicht zum Zustand");
        }
        return next;
    }

    /**
     * How each event changes a state: pure, no decisions. The compiler checks that every event has a
     * method ({@link Event.Visitor}); {@code null} means the event does not apply to the state.
     */
    private static final class Evolver implements Event.Visitor<CaseState> {
        private final CaseState state;

        Evolver(CaseState state) {
            this.state = state;
        }

        /** A change of one member's record, in a state with members. */
        private CaseState member(PersonId person, java.util.function.UnaryOperator<MemberQuer> change) {
            if (!(state instanceof NachBewilligung s) || !s.members().containsKey(person)) {
                return null;
            }
            MemberQuer r = change.apply(s.members().get(person).get());
            return s.with(s.bedarfsgemeinschaft(), s.members().put(person, r), s.lastImport());
        }

        /** A change of one member's record after the assignment (the IFK's steps). */
        private CaseState assigned(PersonId person, java.util.function.UnaryOperator<MemberQuer> change) {
            return state instanceof CaseState.InBetreuung ? member(person, change) : null;
        }

        @Override
        public CaseState visit(Event.ApplicationTaken e) {
            return state instanceof CaseState.KeinFall ? new CaseState.Beantragt(e.antrag(), io.vavr.collection.List.empty()) : null;
        }

        @Override
        public CaseState visit(Event.ParkedOnVm e) {
            return state instanceof CaseState.Beantragt s
                    ? new CaseState.AufVm(s.antrag(), e.eintraege(), e.on(), s.requests()) : null;
        }

        @Override
        public CaseState visit(Event.ActiveSupportRequested e) {
            if (state instanceof CaseState.Beantragt s) {
                return new CaseState.Beantragt(s.antrag(), s.requests().append(e.task()));
            }
            return state instanceof CaseState.AufVm s
                    ? new CaseState.AufVm(s.antrag(), s.eintraege(), s.parkedOn(), s.requests().append(e.task())) : null;
        }

        @Override
        public CaseState visit(Event.ClarificationRecorded e) {
            if (state instanceof CaseState.Beantragt s) {
                return new CaseState.Beantragt(s.antrag(), settle(s.requests(), e));
            }
            if (state instanceof CaseState.AufVm s) {
                return new CaseState.AufVm(s.antrag(), s.eintraege(), s.parkedOn(), settle(s.requests(), e));
            }
            return state instanceof NachBewilligung s ? s.withRequests(settle(s.requests(), e)) : null;
        }

        @Override
        public CaseState visit(Event.ApplicationRejected e) {
            return state instanceof CaseState.AufVm s ? new CaseState.Abgelehnt(s.antrag(), e.on()) : null;
        }

        @Override
        public CaseState visit(Event.ApplicationWithdrawn e) {
            if (state instanceof CaseState.Beantragt s) {
                return new CaseState.Zurueckgenommen(s.antrag(), e.on());
            }
            return state instanceof CaseState.AufVm s ? new CaseState.Zurueckgenommen(s.antrag(), e.on()) : null;
        }

        @Override
        public CaseState visit(Event.ApprovalReleased e) {
            return state instanceof CaseState.AufVm s ? new CaseState.Bewilligt(s.antrag(), e.on(),
                    s.antrag().bedarfsgemeinschaft(), TreeMap.empty(), Optional.empty(), s.requests()) : null;
        }

        @Override
        public CaseState visit(Event.IfkAssigned e) {
            return state instanceof NachBewilligung s ? new CaseState.InBetreuung(s.antrag(), s.bewilligungsdatum(), s.bedarfsgemeinschaft(),
                    s.members(), s.lastImport(), e.ifk(), s.requests(), s.gst()) : null;
        }

        @Override
        public CaseState visit(Event.QuerStatusSet e) {
            if (!(state instanceof NachBewilligung s)) {
                return null;
            }
            MemberQuer r = s.members().get(e.member()).map(x -> x.withStatus(e.status()))
                    .getOrElse(() -> MemberQuer.of(e.member(), e.status()));
            return s.with(s.bedarfsgemeinschaft(), s.members().put(e.member(), r), s.lastImport());
        }

        @Override
        public CaseState visit(Event.QuerAppointmentScheduled e) {
            return assigned(e.member(), r -> r.withTermin(Optional.of(e.termin())));
        }

        @Override
        public CaseState visit(Event.QuerRecorded e) {
            return assigned(e.member(), r -> r.withStatus(new Durchgefuehrt(e.on(), r.status().findDeadline()))
                    .withOffenePunkte(r.offenePunkte().appendAll(e.offenePunkte())).withInterview(e.on(), e.kpReview()));
        }

        @Override
        public CaseState visit(Event.OpenPointRecorded e) {
            return assigned(e.member(), r -> r.withOffenePunkte(r.offenePunkte().append(e.punkt())));
        }

        @Override
        public CaseState visit(Event.OpenPointResolved e) {
            return assigned(e.member(), r -> r.withOffenePunkte(r.offenePunkte().filter(p -> !p.key().equals(e.key()))));
        }

        @Override
        public CaseState visit(Event.MembersImported e) {
            if (!(state instanceof NachBewilligung s)) {
                return null;
            }
            Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().from(s.bedarfsgemeinschaft()).mitglieder(e.mitglieder()).build();
            SortedMap<PersonId, MemberQuer> kept = s.members().filterKeys(id -> bg.mitglied(id).isPresent());
            return s.with(bg, kept, Optional.of(e.month()));
        }

        @Override
        public CaseState visit(Event.AlgEnded e) {
            if (!(state instanceof NachBewilligung s)) {
                return null;
            }
            List<Mitglied> list = new ArrayList<>();
            for (Mitglied m : s.bedarfsgemeinschaft().mitglieder()) {
                list.add(m.id().equals(e.member()) ? Mitglied.builder().from(m).algBezugBis(e.lastDayOfAlg()).build() : m);
            }
            return s.with(Bedarfsgemeinschaft.builder().from(s.bedarfsgemeinschaft()).mitglieder(list).build(), s.members(), s.lastImport());
        }

        @Override
        public CaseState visit(Event.ElbRouted e) {
            return assigned(e.member(), r -> r.withSteuerung(e.target()));
        }

        @Override
        public CaseState visit(Event.FollowUpScheduled e) {
            return assigned(e.member(), r -> r.withTermin(Optional.of(e.termin())));
        }

        @Override
        public CaseState visit(Event.FollowUpRecorded e) {
            return assigned(e.member(), r -> r.withOffenePunkte(r.offenePunkte().appendAll(e.offenePunkte()))
                    .withInterview(e.on(), e.kpReview()));
        }

        @Override
        public CaseState visit(Event.KpReviewed e) {
            return assigned(e.member(), r -> r.withKpReview(e.nextReview()));
        }

        @Override
        public CaseState visit(Event.AppointmentMissed e) {
            return assigned(e.member(), r -> r.withMissed(e.missed()));
        }

        @Override
        public CaseState visit(Event.MemberExited e) {
            return member(e.member(), r -> r.withExit(e.exit()));
        }

        @Override
        public CaseState visit(Event.CaseEnded e) {
            return state instanceof NachBewilligung s ? new CaseState.Beendet(s, e.on(), e.reason()) : null;
        }

        @Override
        public CaseState visit(Event.MovedToGst e) {
            return state instanceof CaseState.InBetreuung s ? new CaseState.InBetreuung(s.antrag(), s.bewilligungsdatum(),
                    s.bedarfsgemeinschaft(), s.members(), s.lastImport(), e.ifk(), s.requests(), e.to()) : null;
        }
    }

    private static io.vavr.collection.List<ClarificationTask> settle(io.vavr.collection.List<ClarificationTask> tasks,
                                                                    Event.ClarificationRecorded e) {
        return tasks.map(t -> t.nr() == e.task() ? t.settledBy(e.clarification()) : t);
    }

    /**
     * Applies several events in order.
     *
     * @param state  the state, not null
     * @param events the events, not null
     * @return the new state, never null
     * @throws IllegalArgumentException if an event does not apply (a corrupt stream)
     */
    public CaseState evolve(CaseState state, Iterable<Event> events) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(events, "events");
        CaseState s = state;
        for (Event e : events) {
            s = evolve(s, e);
        }
        return s;
    }

    /**
     * Replays a case's events from the initial state: the left fold of {@link #evolve}.
     *
     * @param events all events of the case, in order, not null
     * @return the state, never null
     * @throws IllegalArgumentException if an event does not apply (a corrupt stream)
     */
    public CaseState replay(Iterable<Event> events) {
        Objects.requireNonNull(events, "events");
        return evolve(INITIAL, events);
    }

    /**
     * Decides a command and applies its events: the convenience for hosts that keep states.
     *
     * @param state   the current state, not null
     * @param command the command, not null
     * @return the new state with its events, or the rejection; never null
     */
    public Either<Rejection, Outcome> handle(CaseState state, Command command) {
        return decide(state, command).map(d -> new Outcome(d.events(), evolve(state, d.events())));
    }

    /**
     * The result of {@link #handle}: the events and the state after them.
     *
     * @param events the events, not null
     * @param state  the new state, not null
     */
    public record Outcome(List<Event> events, CaseState state) {
        /**
         * Creates the record.
         *
         * @throws NullPointerException if a component is null
         */
        public Outcome {
            events = List.copyOf(Objects.requireNonNull(events, "events"));
            Objects.requireNonNull(state, "state");
        }
    }

    /** Accumulates the problems of one command, so that all of them are reported; a passed check costs nothing. */
    private static final class Checks {
        private final List<Problem> problems = new ArrayList<>(0);

        void check(boolean ok, java.util.function.Supplier<Problem> problem) {
            if (!ok) {
                problems.add(problem.get());
            }
        }

        void addAll(List<Problem> found) {
            problems.addAll(found);
        }
    }
}
