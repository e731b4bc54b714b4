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
    /** The policies by date, or null for one policy. */
    private final QerContext context;
    /** The decider bound to each policy of the context, by identity of its deadlines. */
    private final Map<Deadlines, QuerDecider> byPolicy;

    private QuerDecider(Deadlines deadlines, Staffing staffing) {
        this.deadlines = deadlines;
        this.staffing = staffing;
        this.context = null;
        this.byPolicy = Map.of();
    }

    private QuerDecider(QerContext context, Staffing staffing) {
        List<Deadlines> all = context.allDeadlines();
        this.deadlines = all.get(0);
        this.staffing = staffing;
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
            return Either.left(new Rejection(List.of(new Problem(ProblemCode.OUT_OF_RANGE, "R-C6", "on",
                    "Eine Frist ab diesem Datum endet außerhalb des unterstützten Kalenderbereichs "
                            + deadlines.calendar().minSupported() + " bis " + deadlines.calendar().maxSupported(),
                    "A deadline from this date ends outside the supported calendar range "
                            + deadlines.calendar().minSupported() + " to " + deadlines.calendar().maxSupported()))));
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
                return;
            }
            this.antrag = state.findAntrag().orElseThrow();
            // the GST responsible now; a move is decided by the receiving GST (R-L4)
            GstCode gst = command instanceof Command.MoveToGst m ? m.newGst()
                    : state instanceof NachBewilligung a ? a.gst() : antrag.gst();
            this.actor = actor(command, gst, checks);
            checks.check(!command.on().isBefore(antrag.antragsdatum()), () -> new Problem(ProblemCode.WRONG_DATE, "R-E1", "on",
                    "Das Datum liegt vor dem Antragsdatum " + antrag.antragsdatum(),
                    "The date is before the application date " + antrag.antragsdatum()));
        }

        private NachBewilligung approved() {
            return (NachBewilligung) state;
        }

        /** The responsible IFK's own steps (R-B4). */
        private CaseState.InBetreuung withResponsibleIfk(Command c) {
            CaseState.InBetreuung s = (CaseState.InBetreuung) state;
            requireResponsibleIfk(s, c, checks);
            return s;
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
            requireRole(actor, checks, "R-F4", Role.EZ, Role.IFK, Role.EXPERTE_GST);
            requestActiveSupport(state, antrag, c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RecordClarification c) {
            // R-F4: only an IFK of the GST holds the clarification appointment
            actor.ifPresent(a -> requireIfkOf(a.id(), antrag.gst(), checks, "R-F4", "actor"));
            recordClarification(state, c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RejectApplication c) {
            requireRole(actor, checks, "R-B1", Role.EXPERTE_LG);
            events.add(new Event.ApplicationRejected(c.on()));
            return null;
        }

        @Override
        public Void visit(Command.WithdrawApplication c) {
            requireRole(actor, checks, "R-B1", Role.EZ, Role.EXPERTE_LG);
            events.add(new Event.ApplicationWithdrawn(c.on()));
            return null;
        }

        @Override
        public Void visit(Command.ReleaseApproval c) {
            requireRole(actor, checks, "R-B2", Role.EXPERTE_LG);
            releaseApproval((CaseState.AufVm) state, c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.AssignIfk c) {
            requireRole(actor, checks, "R-B3", Role.EXPERTE_BI);
            assignIfk(approved(), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.ImportMembers c) {
            requireBiOrResponsibleIfk(approved(), actor, checks, "R-F2");
            importMembers(approved(), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.EndAlg c) {
            requireBiOrResponsibleIfk(approved(), actor, checks, "R-E2");
            endAlg(approved(), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RecordMemberExit c) {
            requireBiOrResponsibleIfk(approved(), actor, checks, "R-L4");
            memberExit(approved(), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.EndCase c) {
            NachBewilligung a = approved();
            actor.ifPresent(x -> checks.check(x.has(Role.EXPERTE_BI) || x.has(Role.EXPERTE_LG)
                    || a.responsibleIfk().equals(Optional.of(x.id())), () -> wrongRole("R-L4", Role.EXPERTE_BI, Role.EXPERTE_LG, Role.IFK)));
            checks.check(!c.on().isBefore(a.bewilligungsdatum()), () -> new Problem(ProblemCode.WRONG_DATE, "R-L4", "on",
                    "Das Ende liegt vor der Bewilligung", "The end is before the approval"));
            events.add(new Event.CaseEnded(c.on(), c.reason()));
            return null;
        }

        @Override
        public Void visit(Command.MoveToGst c) {
            requireRole(actor, checks, "R-L4", Role.EXPERTE_BI);
            moveToGst((CaseState.InBetreuung) state, c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.ScheduleQuerAppointment c) {
            scheduleAppointment(withResponsibleIfk(c), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RecordQuer c) {
            recordQuer(withResponsibleIfk(c), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RecordOpenPoint c) {
            recordOpenPoint(withResponsibleIfk(c), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.ResolveOpenPoint c) {
            resolveOpenPoint(withResponsibleIfk(c), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RouteElb c) {
            routeElb(withResponsibleIfk(c), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.ScheduleFollowUp c) {
            scheduleFollowUp(withResponsibleIfk(c), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RecordFollowUp c) {
            recordFollowUp(withResponsibleIfk(c), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.ReviewKp c) {
            reviewKp(withResponsibleIfk(c), c, checks, events);
            return null;
        }

        @Override
        public Void visit(Command.RecordMissedAppointment c) {
            recordMissed(withResponsibleIfk(c), c, checks, events);
            return null;
        }
    }

    private void takeApplication(Command.TakeApplication c, Optional<Staff> actor, Checks checks, List<Event> events) {
        Antrag a = c.antrag();
        requireRole(actor, checks, "R-E1", Role.EZ);
        for (EzAushaendigung item : EzAushaendigung.values()) {
            checks.check(a.ausgehaendigt().contains(item), () -> new Problem(ProblemCode.MISSING, "R-E1",
                    "antrag.ausgehaendigt." + item.name(),
                    "Nicht ausgehändigt: " + item.label().german(), "Not handed out: " + item.label().english()));
        }
        checks.check(a.lgTermin().isPresent(), () -> new Problem(ProblemCode.MISSING, "R-E1", "antrag.lgTermin",
                "Kein Termin zur Neuantragsabgabe in der LG gebucht", "No appointment in LG booked for handing in the application"));
        a.lgTermin().ifPresent(t -> checks.check(!t.isBefore(a.antragsdatum()), () -> new Problem(ProblemCode.WRONG_DATE,
                "R-E1", "antrag.lgTermin", "Der LG-Termin liegt vor dem Antragsdatum", "The LG appointment is before the application date")));
        checks.check(!a.antragsdatum().isAfter(c.on()), () -> new Problem(ProblemCode.WRONG_DATE, "R-E1", "antrag.antragsdatum",
                "Das Antragsdatum liegt nach dem Tag der Aufnahme " + c.on(), "The application date is after the day it is taken, " + c.on()));
        events.add(new Event.ApplicationTaken(c.on(), c.actor(), a));
    }

    private void parkOnVm(Antrag antrag, Command.ParkOnVm c, Checks checks, List<Event> events) {
        checks.check(staffing.isFIfk(c.actor(), antrag.gst(), c.on()), () -> new Problem(ProblemCode.WRONG_ROLE, "R-V1", "actor",
                "Nur die für " + c.on() + " benannte F-IFK der GST " + antrag.gst() + " darf die Fallhülle auf den VM stellen",
                "Only the F-IFK designated for " + c.on() + " at GST " + antrag.gst() + " may park the case file on the VM"));
        StatistikEintraege e = c.eintraege();
        LocalDate ad = antrag.antragsdatum();
        checks.check(e.kundenstatus().isPresent(), () -> missing("R-V2", "eintraege.kundenstatus",
                "Kundenstatus (Reiter Allgemeines)", "customer status (tab Allgemeines)"));
        e.kundenstatus().ifPresent(k -> checks.check(k == Kundenstatus.ANTRAG, () -> new Problem(ProblemCode.WRONG_VALUE,
                "R-V2", "eintraege.kundenstatus", "Kundenstatus muss \"Antrag\" sein", "Customer status must be \"Antrag\"")));
        requireDate(checks, e.vermittlungsprofilAb(), ad, "eintraege.vermittlungsprofilAb",
                "qualitatives Vermittlungsprofil", "qualitative placement profile", "Antragsdatum", "application date");
        checks.check(e.arbeitsuche().isPresent(), () -> missing("R-V2", "eintraege.arbeitsuche", "ASU/NA in BaEL", "ASU/NA in BaEL"));
        requireDate(checks, e.arbeitsucheAb(), ad, "eintraege.arbeitsucheAb", "ASU/NA in BaEL", "ASU/NA in BaEL",
                "Antragsdatum", "application date");
        LocalDate alo = antrag.beschaeftigungslosSeit().filter(d -> d.isAfter(ad)).orElse(ad);
        requireDate(checks, e.arbeitslosAb(), alo, "eintraege.arbeitslosAb", "ALO in BaEL", "ALO in BaEL",
                alo.equals(ad) ? "Antragsdatum" : "Beginn der Beschäftigungslosigkeit",
                alo.equals(ad) ? "application date" : "start of unemployment");
        events.add(new Event.ParkedOnVm(c.on(), c.actor(), Geschaeftsstelle.virtualEmployeeOf(antrag.gst()), e));
    }

    private static void requireDate(Checks checks, Optional<LocalDate> actual, LocalDate expected, String field,
                                    String de, String en, String expectedDe, String expectedEn) {
        checks.check(actual.isPresent(), () -> missing("R-V2", field, de, en));
        actual.ifPresent(d -> checks.check(d.equals(expected), () -> new Problem(ProblemCode.WRONG_DATE, "R-V2", field,
                de + " muss ab " + expectedDe + " " + expected + " eingetragen sein, nicht ab " + d,
                en + " must start on the " + expectedEn + " " + expected + ", not on " + d)));
    }

    private void requestActiveSupport(CaseState state, Antrag antrag, Command.RequestActiveSupport c, Checks checks,
                                      List<Event> events) {
        Optional<Mitglied> m = member(antrag.bedarfsgemeinschaft(), c.member(), checks);
        m.ifPresent(x -> checks.check(!x.isAufstockerOn(c.on()), QuerDecider::algNotEnded));
        text(c.anliegen(), true, "anliegen", "R-F4", "Anliegen", "request", checks);
        requireIfkOf(c.ifk(), antrag.gst(), checks, "R-F4", "ifk");
        Deadline d = deadlines.earlyRequestDeadline(c.on());
        events.add(new Event.ActiveSupportRequested(c.on(), c.member(), c.anliegen(),
                ClarificationTask.open(state.requests().size() + 1, antrag.gst(), c.member(), c.ifk(), d)));
    }

    private void recordClarification(CaseState state, Command.RecordClarification c, Checks checks, List<Event> events) {
        c.note().ifPresent(n -> text(n, false, "note", "R-F4", "Vermerk", "note", checks));
        Optional<ClarificationTask> task = state.requests().find(t -> t.nr() == c.task()).toJavaOptional();
        checks.check(task.isPresent(), () -> new Problem(ProblemCode.MISSING, "R-F4", "task",
                "Keine Anfrage auf aktive Förderung mit dieser Nummer", "No request for active support with this number"));
        task.ifPresent(t -> {
            checks.check(t.isOpen(), () -> new Problem(ProblemCode.ALREADY_DONE, "R-F4", "task",
                    "Die Klärung dieser Anfrage ist bereits erfasst", "The clarification of this request is already recorded"));
            checks.check(!c.on().isBefore(t.deadline().trigger()), () -> new Problem(ProblemCode.WRONG_DATE, "R-F4", "on",
                    "Die Klärung liegt vor der Anfrage vom " + t.deadline().trigger(),
                    "The clarification is before the request of " + t.deadline().trigger()));
            events.add(new Event.ClarificationRecorded(c.on(), t.member(), t.nr(),
                    new Clarification(c.on(), c.actor(), c.outcome(), c.note())));
        });
    }

    /**
     * A free text of a command (R-N2 hygiene under the command's rule): not blank where required (no
     * visible character, {@link Freitext#isBlank}), not longer than the policy's maximum, no control or
     * bidi characters. Problems name the field, never the text.
     */
    private void text(String text, boolean required, String field, String rule, String de, String en, Checks checks) {
        checks.check(!required || !Freitext.isBlank(text), () -> missing(rule, field, de, en));
        int max = deadlines.policy().maximumTextLength();
        checks.check(Freitext.length(text) <= max, () -> new Problem(ProblemCode.WRONG_VALUE, rule, field,
                "Text zu lang (R-N2), höchstens Zeichen: " + max, "Text too long (R-N2), at most characters: " + max));
        checks.check(!Freitext.containsControlOrBidi(text), () -> new Problem(ProblemCode.WRONG_VALUE, rule, field,
                "Der Text enthält Steuer- oder Richtungszeichen (R-N2)", "The text contains control or bidi characters (R-N2)"));
    }

    private void requireIfkOf(StaffId ifk, GstCode gst, Checks checks, String rule, String field) {
        checks.check(staffing.find(ifk).filter(t -> t.has(Role.IFK) && t.gst().equals(gst)).isPresent(), () -> new Problem(
                ProblemCode.WRONG_ROLE, rule, field, "Die genannte Person ist keine IFK der GST " + gst,
                "The person named is not an IFK of GST " + gst));
    }

    private void releaseApproval(CaseState.AufVm s, Command.ReleaseApproval c, Checks checks, List<Event> events) {
        text(c.berechnungsprotokollRef(), true, "berechnungsprotokollRef", "R-B2", "Berechnungsprotokoll (LMG)",
                "calculation record (LMG)", checks);
        checks.check(!c.on().isBefore(s.parkedOn()), () -> new Problem(ProblemCode.WRONG_DATE, "R-B2", "on",
                "Die Freigabe liegt vor dem Einstellen auf den VM", "The release is before the case was parked on the VM"));
        Antrag a = s.antrag();
        events.add(new Event.ApprovalReleased(c.on(), new D3Workflow(D3Workflow.Kind.APPROVAL_RELEASED, a.caseId(), a.gst(),
                Role.EXPERTE_BI, Optional.empty(), Optional.of(c.berechnungsprotokollRef()))));
        Bedarfsgemeinschaft bg = a.bedarfsgemeinschaft();
        for (Mitglied m : bg.mitglieder()) {
            boolean ha = m.id().equals(bg.haushaltsvorstand());
            QuerStatus status = classify(m, c.on(), c.on(), ha
                    ? new Faellig(deadlines.applicantDeadline(c.on()))
                    : new WartetAufImport());
            events.add(new Event.QuerStatusSet(c.on(), m.id(), status, ruleOf(status)));
        }
    }

    /**
     * R-F3, R-E2: the status of a member, or {@code ifRelevant} when nothing stands in the way. Age and
     * Erwerbsfähigkeit are judged on {@code ageOn}. A member who still receives ALG on {@code algFrom}
     * (R-E2) is blocked until the end of that receipt: with a known last day X the QuEr is due 10 AT after
     * X (and may take place only after X, see {@link #querReady}), without one it waits for that day.
     */
    private QuerStatus classify(Mitglied m, LocalDate ageOn, LocalDate algFrom, QuerStatus ifRelevant) {
        if (!m.erwerbsfaehig()) {
            return new NichtRelevant(QuerStatus.Grund.NICHT_ERWERBSFAEHIG);
        }
        if (ageOn.isBefore(deadlines.relevantFrom(m.geburtsdatum()))) {
            return new NichtRelevant(QuerStatus.Grund.UNTER_MINDESTALTER);
        }
        if (ageOn.isAfter(deadlines.lastDayAsElb(m.geburtsdatum()))) {
            return new NichtRelevant(QuerStatus.Grund.UEBER_ALTERSGRENZE);
        }
        if (m.isAufstockerOn(algFrom)) {
            Optional<LocalDate> last = m.algBezugBis();
            return last.isPresent() ? new Faellig(deadlines.afterAlgDeadline(last.get())) : new GesperrtAlg();
        }
        return ifRelevant;
    }

    /** The rule that sets a status: R-F3 for not relevant, R-E2 while blocked, else the rule of its deadline. */
    private static String ruleOf(QuerStatus status) {
        if (status instanceof NichtRelevant) {
            return "R-F3";
        }
        if (status instanceof GesperrtAlg) {
            return "R-E2";
        }
        return status.findDeadline().map(Deadline::rule).orElse("R-F2");
    }

    private void assignIfk(NachBewilligung s, Command.AssignIfk c, Checks checks, List<Event> events) {
        GstCode gst = s.antrag().gst();
        requireIfkOf(c.ifk(), gst, checks, "R-B3", "ifk");
        checks.check(!s.responsibleIfk().equals(Optional.of(c.ifk())), () -> new Problem(ProblemCode.DUPLICATE, "R-B3", "ifk",
                "Der Fall ist dieser IFK bereits zugeordnet", "The case is already assigned to this IFK"));
        checks.check(!c.on().isBefore(s.bewilligungsdatum()), () -> new Problem(ProblemCode.WRONG_DATE, "R-B3", "on",
                "Die Umstellung liegt vor der Bewilligung", "The assignment is before the approval"));
        events.add(new Event.IfkAssigned(c.on(), c.ifk(), new D3Workflow(D3Workflow.Kind.CASE_ASSIGNED,
                s.antrag().caseId(), s.gst(), Role.IFK, Optional.of(c.ifk()), Optional.empty())));
    }

    private void importMembers(NachBewilligung s, Command.ImportMembers c, Checks checks, List<Event> events) {
        checks.check(!c.month().isBefore(YearMonth.from(s.bewilligungsdatum())), () -> new Problem(ProblemCode.WRONG_DATE,
                "R-F2", "month", "Der Importmonat liegt vor dem Bewilligungsmonat", "The import month is before the month of approval"));
        s.lastImport().ifPresent(last -> checks.check(c.month().isAfter(last), () -> new Problem(ProblemCode.DUPLICATE,
                "R-F2", "month", "Der Monat " + c.month() + " wurde bereits importiert (zuletzt " + last + ")",
                "Month " + c.month() + " was already imported (last " + last + ")")));
        Set<PersonId> seen = new HashSet<>();
        for (Mitglied m : c.mitglieder()) {
            checks.check(seen.add(m.id()), () -> new Problem(ProblemCode.DUPLICATE, "R-F2", "mitglieder",
                    "Person " + m.id() + " kommt doppelt vor", "Person " + m.id() + " occurs twice"));
        }
        PersonId ha = s.bedarfsgemeinschaft().haushaltsvorstand();
        checks.check(seen.contains(ha), () -> missing("R-F2", "mitglieder.haushaltsvorstand",
                "Haushaltsvorstand " + ha, "head of household " + ha));
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
                next = classify(m, endOfMonth, firstOfMonth, new Faellig(deadlines.importDeadline(c.month())));
            } else if (current.waitsForAlgEnd() && m.algAnspruch() && m.algBezugBis().isPresent()) {
                next = new Faellig(deadlines.afterAlgDeadline(m.algBezugBis().get())); // a last day reported or corrected
            }
            if (!next.equals(current)) {
                events.add(new Event.QuerStatusSet(c.on(), m.id(), next, ruleOf(next)));
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
        m.ifPresent(x -> checks.check(claim, () -> new Problem(ProblemCode.WRONG_VALUE, "R-E2", "member",
                "Die Person hat keinen ALG-Anspruch", "The person has no ALG claim")));
        boolean waiting = s.members().get(c.member()).map(r -> r.status().waitsForAlgEnd()).getOrElse(false);
        checks.check(waiting || m.isEmpty(), () -> new Problem(ProblemCode.WRONG_VALUE, "R-E2", "member",
                "Das QuEr der Person wartet nicht auf das Ende eines ALG-Bezugs",
                "The person's QuEr does not wait for the end of ALG receipt"));
        if (m.isPresent() && claim && waiting) {
            Mitglied after = Mitglied.builder().from(m.get()).algBezugBis(c.lastDayOfAlg()).build();
            Deadline d = deadlines.afterAlgDeadline(c.lastDayOfAlg());
            QuerStatus next = classify(after, d.due(), c.lastDayOfAlg(), new Faellig(d));
            events.add(new Event.AlgEnded(c.on(), c.member(), c.lastDayOfAlg()));
            events.add(new Event.QuerStatusSet(c.on(), c.member(), next, ruleOf(next)));
        }
    }

    private void scheduleAppointment(CaseState.InBetreuung s, Command.ScheduleQuerAppointment c, Checks checks,
                                     List<Event> events) {
        Optional<MemberQuer> r = querReady(s, c.member(), c.on(), checks);
        checks.check(!c.termin().isBefore(c.on()), () -> new Problem(ProblemCode.WRONG_DATE, "R-F1", "termin",
                "Der Termin liegt in der Vergangenheit", "The appointment is in the past"));
        Optional<Deadline> deadline = r.flatMap(x -> x.status().findDeadline());
        boolean late = deadline.map(d -> c.termin().isAfter(d.due())).orElse(false);
        events.add(new Event.QuerAppointmentScheduled(c.on(), c.member(), c.termin(), late,
                deadline.map(Deadline::rule).orElse("R-F1")));
    }

    /** The checks shared by scheduling and recording a QuEr: R-F6, R-E2, R-F3, not done twice. */
    private Optional<MemberQuer> querReady(NachBewilligung s, PersonId member, LocalDate on, Checks checks) {
        Optional<Mitglied> m = member(s.bedarfsgemeinschaft(), member, checks);
        checks.check(!on.isBefore(s.bewilligungsdatum()), () -> new Problem(ProblemCode.BEFORE_APPROVAL, "R-F6", "on",
                "Das QuEr kann nicht vor der Bewilligung dem Grunde nach (" + s.bewilligungsdatum() + ") stattfinden",
                "The QuEr cannot take place before the approval in principle (" + s.bewilligungsdatum() + ")"));
        Optional<MemberQuer> r = s.members().get(member).toJavaOptional();
        if (m.isEmpty() || r.isEmpty()) {
            return r;
        }
        requireActive(s, member, on, checks);
        QuerStatus st = r.get().status();
        checks.check(!(st instanceof GesperrtAlg) && !m.get().isAufstockerOn(on), QuerDecider::algNotEnded);
        checks.check(!(st instanceof NichtRelevant), () -> new Problem(ProblemCode.NOT_QUER_RELEVANT, "R-F3", "member",
                "Die Person ist nicht QuEr-relevant (" + ((st instanceof NichtRelevant n) ? n.grund() : "") + ")",
                "The person is not QuEr-relevant (" + ((st instanceof NichtRelevant n) ? n.grund() : "") + ")"));
        checks.check(!(st instanceof Durchgefuehrt), () -> new Problem(ProblemCode.ALREADY_DONE, "R-Q1", "member",
                "Das QuEr dieser Person ist bereits erfasst", "The QuEr of this person is already recorded"));
        return r;
    }

    private void recordQuer(CaseState.InBetreuung s, Command.RecordQuer c, Checks checks, List<Event> events) {
        Optional<MemberQuer> r = querReady(s, c.member(), c.on(), checks);
        Set<Mindeststandard> open = new HashSet<>();
        for (OffenerPunkt p : c.nachweis().offenePunkte()) {
            p.betrifft().ifPresent(open::add);
        }
        for (Mindeststandard st : Mindeststandard.values()) {
            boolean required = st.alwaysRequired() || c.nachweis().kundensteuerungErforderlich();
            checks.check(!required || c.nachweis().erfuellt().contains(st) || open.contains(st), () -> new Problem(
                    ProblemCode.MISSING, "R-Q1", "nachweis." + st.name(),
                    "Mindeststandard fehlt und ist kein offener Punkt: " + st.label().german(),
                    "Minimum standard missing and not an open point: " + st.label().english()));
        }
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
        checks.check(done, () -> new Problem(ProblemCode.NOT_ALLOWED_IN_STATE, "R-Q3", "member",
                "Offene Punkte entstehen im QuEr; das QuEr dieser Person ist noch nicht erfasst",
                "Open points arise in the QuEr; the QuEr of this person is not recorded yet"));
        checkOpenPoint(c.punkt(), "punkt", c.on(), existingKeys(s), checks);
        events.add(new Event.OpenPointRecorded(c.on(), c.member(), c.punkt()));
    }

    /** R-Q3; {@code field} names the point by its position, never by its key (caller text stays out of problems). */
    private void checkOpenPoint(OffenerPunkt p, String field, LocalDate on, Set<String> keys, Checks checks) {
        text(p.key(), true, field + ".key", "R-Q3", "Schlüssel", "key", checks);
        text(p.thema(), true, field + ".thema", "R-Q3", "Thema", "topic", checks);
        checks.check(keys.add(p.key()), () -> new Problem(ProblemCode.DUPLICATE, "R-Q3", field,
                "Der Schlüssel des offenen Punkts ist bereits vergeben", "The key of the open point is already used"));
        LocalDate latest = deadlines.latestCatchUp(on);
        checks.check(p.nachholenBis().isAfter(on) && !p.nachholenBis().isAfter(latest), () -> new Problem(
                ProblemCode.CATCH_UP_DATE, "R-Q3", field + ".nachholenBis",
                "Nachholtermin muss nach dem " + on + " und spätestens am " + latest + " liegen, nicht am " + p.nachholenBis(),
                "The catch-up date must be after " + on + " and at the latest " + latest + ", not " + p.nachholenBis()));
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
        checks.check(exists, () -> new Problem(ProblemCode.MISSING, "R-Q3", "key",
                "Kein offener Punkt mit diesem Schlüssel", "No open point with this key"));
        events.add(new Event.OpenPointResolved(c.on(), c.member(), c.key()));
    }

    private void routeElb(CaseState.InBetreuung s, Command.RouteElb c, Checks checks, List<Event> events) {
        Optional<Mitglied> m = member(s.bedarfsgemeinschaft(), c.member(), checks);
        boolean done = s.members().get(c.member()).map(r -> r.status() instanceof Durchgefuehrt).getOrElse(false);
        checks.check(done || m.isEmpty(), () -> new Problem(ProblemCode.ROUTING_BEFORE_QUER, "R-S1", "member",
                "Kundensteuerung erst nach Potenzialanalyse und vereinbarter Strategie im QuEr",
                "Routing only after the potential analysis and the agreed strategy of the QuEr"));
        text(c.reason(), true, "reason", "R-S1", "Begründung", "reason", checks);
        if (m.isPresent()) {
            events.add(new Event.ElbRouted(c.on(), c.member(), c.target(), c.reason(),
                    deadlines.policy().kundensteuerung().suggest(m.get(), c.on())));
        }
    }

    // ------------------------------------------------------------------- after the first interview

    /** R-L4: the member belongs to the case on that day. */
    private static void requireActive(NachBewilligung s, PersonId member, LocalDate on, Checks checks) {
        boolean out = s.members().get(member).map(r -> !r.isActiveOn(on)).getOrElse(false);
        checks.check(!out, () -> new Problem(ProblemCode.MEMBER_LEFT, "R-L4", "member",
                "Die Person ist aus dem Fall ausgeschieden", "The person has dropped out of the case"));
    }

    /** R-L1: follow-ups, KP reviews and their appointments come after the QuEr of the member. */
    private static Optional<MemberQuer> afterQuer(NachBewilligung s, PersonId member, LocalDate on, Checks checks) {
        Optional<MemberQuer> r = s.members().get(member).toJavaOptional();
        Optional<LocalDate> quer = r.flatMap(x -> x.status() instanceof Durchgefuehrt d ? Optional.of(d.on()) : Optional.empty());
        checks.check(quer.isPresent() || r.isEmpty(), () -> new Problem(ProblemCode.NOT_ALLOWED_IN_STATE, "R-L1", "member",
                "Folgegespräche und KP-Überprüfungen setzen das QuEr dieser Person voraus",
                "Follow-up interviews and KP reviews need the QuEr of this person first"));
        quer.ifPresent(q -> checks.check(!on.isBefore(q), () -> new Problem(ProblemCode.WRONG_DATE, "R-L1", "on",
                "Das Datum liegt vor dem QuEr vom " + q, "The date is before the QuEr of " + q)));
        requireActive(s, member, on, checks);
        return r;
    }

    private void scheduleFollowUp(CaseState.InBetreuung s, Command.ScheduleFollowUp c, Checks checks, List<Event> events) {
        member(s.bedarfsgemeinschaft(), c.member(), checks);
        afterQuer(s, c.member(), c.on(), checks);
        checks.check(!c.termin().isBefore(c.on()), () -> new Problem(ProblemCode.WRONG_DATE, "R-L1", "termin",
                "Der Termin liegt in der Vergangenheit", "The appointment is in the past"));
        events.add(new Event.FollowUpScheduled(c.on(), c.member(), c.termin()));
    }

    private void recordFollowUp(CaseState.InBetreuung s, Command.RecordFollowUp c, Checks checks, List<Event> events) {
        member(s.bedarfsgemeinschaft(), c.member(), checks);
        afterQuer(s, c.member(), c.on(), checks);
        QuerNachweis n = c.nachweis();
        Set<Mindeststandard> open = new HashSet<>();
        for (OffenerPunkt p : n.offenePunkte()) {
            p.betrifft().ifPresent(open::add);
        }
        for (Mindeststandard st : deadlines.policy().followUpStandards()) {
            checks.check(n.erfuellt().contains(st) || open.contains(st), () -> new Problem(ProblemCode.MISSING, "R-L1",
                    "nachweis." + st.name(), "Standard des Folgegesprächs fehlt und ist kein offener Punkt: " + st.label().german(),
                    "Standard of the follow-up interview missing and not an open point: " + st.label().english()));
        }
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
        given.ifPresent(d -> checks.check(d.isAfter(on) && !d.isAfter(latest), () -> new Problem(ProblemCode.WRONG_DATE,
                "R-L2", field, "Die nächste Überprüfung muss nach dem " + on + " und spätestens am " + latest + " liegen",
                "The next review must be after " + on + " and at the latest on " + latest)));
        return given.orElse(latest);
    }

    private void recordMissed(CaseState.InBetreuung s, Command.RecordMissedAppointment c, Checks checks, List<Event> events) {
        member(s.bedarfsgemeinschaft(), c.member(), checks);
        requireActive(s, c.member(), c.on(), checks);
        checks.check(!c.termin().isAfter(c.on()), () -> new Problem(ProblemCode.WRONG_DATE, "R-L3", "termin",
                "Ein Termin in der Zukunft kann nicht versäumt sein", "An appointment in the future cannot have been missed"));
        checks.check(!c.termin().isBefore(s.bewilligungsdatum()), () -> new Problem(ProblemCode.WRONG_DATE, "R-L3", "termin",
                "Der Termin liegt vor der Bewilligung", "The appointment is before the approval"));
        events.add(new Event.AppointmentMissed(c.on(), c.member(), new MissedAppointment(c.termin(), c.on(), c.reasonGiven())));
    }

    private void memberExit(NachBewilligung s, Command.RecordMemberExit c, Checks checks, List<Event> events) {
        Optional<Mitglied> known = member(s.bedarfsgemeinschaft(), c.member(), checks);
        checks.check(known.isEmpty() || s.members().containsKey(c.member()), () -> new Problem(ProblemCode.UNKNOWN_MEMBER,
                "R-L4", "member", "Die Person hat im Fall noch keinen Stand", "The person has no record in the case yet"));
        boolean already = s.members().get(c.member()).map(r -> r.exit().isPresent()).getOrElse(false);
        checks.check(!already, () -> new Problem(ProblemCode.DUPLICATE, "R-L4", "member",
                "Das Ausscheiden dieser Person ist bereits erfasst", "This person's exit is already recorded"));
        checks.check(!c.from().isBefore(s.bewilligungsdatum()), () -> new Problem(ProblemCode.WRONG_DATE, "R-L4", "from",
                "Das Ausscheiden liegt vor der Bewilligung", "The exit is before the approval"));
        long others = s.bedarfsgemeinschaft().mitglieder().stream().filter(m -> !m.id().equals(c.member()))
                .filter(m -> s.members().get(m.id()).map(r -> r.exit().isEmpty()).getOrElse(true)).count();
        checks.check(others > 0, () -> new Problem(ProblemCode.NOT_ALLOWED_IN_STATE, "R-L4", "member",
                "Das letzte Mitglied scheidet aus: der Fall endet (Zuständigkeit endet)",
                "The last member drops out: end the case instead"));
        events.add(new Event.MemberExited(c.on(), c.member(), new MemberExit(c.from(), c.reason())));
    }

    private void moveToGst(CaseState.InBetreuung s, Command.MoveToGst c, Checks checks, List<Event> events) {
        checks.check(!c.newGst().equals(s.gst()), () -> new Problem(ProblemCode.WRONG_VALUE, "R-L4", "newGst",
                "Der Fall ist bereits bei dieser GST", "The case is already at this GST"));
        requireIfkOf(c.ifk(), c.newGst(), checks, "R-L4", "ifk");
        events.add(new Event.MovedToGst(c.on(), s.gst(), c.newGst(), c.ifk()));
    }

    // --------------------------------------------------------------------------------- actor checks

    private Optional<Staff> actor(Command c, GstCode gst, Checks checks) {
        Optional<Staff> s = staffing.find(c.actor());
        checks.check(s.isPresent(), () -> new Problem(ProblemCode.UNKNOWN_ACTOR, "R-B4", "actor",
                "Die handelnde Person ist nicht im Personalverzeichnis", "The actor is not in the staff directory"));
        s.ifPresent(x -> checks.check(x.gst().equals(gst), () -> new Problem(ProblemCode.WRONG_GST, "R-B4", "actor",
                "Die handelnde Person gehört nicht zur GST " + gst, "The actor does not belong to GST " + gst)));
        return s;
    }

    private static void requireRole(Optional<Staff> actor, Checks checks, String rule, Role... roles) {
        actor.ifPresent(a -> {
            boolean ok = false;
            for (Role r : roles) {
                ok |= a.has(r);
            }
            checks.check(ok, () -> wrongRole(rule, roles));
        });
    }

    private static Problem wrongRole(String rule, Role... roles) {
        StringBuilder de = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Role r : roles) {
            de.append(de.length() == 0 ? "" : " oder ").append(r.label().german());
            en.append(en.length() == 0 ? "" : " or ").append(r.label().english());
        }
        return new Problem(ProblemCode.WRONG_ROLE, "R-B4", "actor",
                "Diesen Schritt darf nur " + de + " ausführen (" + rule + ")", "Only " + en + " may take this step (" + rule + ")");
    }

    private static void requireResponsibleIfk(CaseState.InBetreuung s, Command c, Checks checks) {
        checks.check(c.actor().equals(s.ifk()), () -> new Problem(ProblemCode.WRONG_ROLE, "R-B4", "actor",
                "Diesen Schritt darf nur die zuständige IFK ausführen", "Only the responsible IFK may take this step"));
    }

    private static void requireBiOrResponsibleIfk(NachBewilligung s, Optional<Staff> actor, Checks checks, String rule) {
        actor.ifPresent(a -> checks.check(a.has(Role.EXPERTE_BI) || s.responsibleIfk().equals(Optional.of(a.id())),
                () -> new Problem(ProblemCode.WRONG_ROLE, "R-B4", "actor",
                        "Diesen Schritt darf nur Experte*in BI oder die zuständige IFK ausführen (" + rule + ")",
                        "Only the senior integration officer or the responsible IFK may take this step (" + rule + ")")));
    }

    private static Optional<Mitglied> member(Bedarfsgemeinschaft bg, PersonId id, Checks checks) {
        Optional<Mitglied> m = bg.mitglied(id);
        checks.check(m.isPresent(), () -> new Problem(ProblemCode.UNKNOWN_MEMBER, "R-Q2", "member",
                "Die Person gehört nicht zur Bedarfsgemeinschaft " + bg.id(), "The person is not a member of BG " + bg.id()));
        return m;
    }

    private static Problem missing(String rule, String field, String de, String en) {
        return new Problem(ProblemCode.MISSING, rule, field, "Fehlt: " + de, "Missing: " + en);
    }

    private static Problem algNotEnded() {
        return new Problem(ProblemCode.ALG_NOT_ENDED, "R-E2", "member",
                "ALG-Aufstocker*in: bis zum Ende des ALG-Bezugs kein QuEr und kein Termin in der BI (§ 5 Abs. 4 SGB II)",
                "ALG top-up recipient: no QuEr and no BI appointment until the ALG receipt ends (§ 5 (4) SGB II)");
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
        return new Problem(rule.equals("R-F6") ? ProblemCode.BEFORE_APPROVAL : ProblemCode.NOT_ALLOWED_IN_STATE, rule,
                "command", "\"" + command.label().german() + "\" ist im Zustand \"" + state.label().german() + "\" nicht zulässig",
                "\"" + command.label().english() + "\" is not allowed in the state \"" + state.label().english() + "\"");
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
         * @param events the events, not null
         * @param state the new state, not null
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
    }
}
