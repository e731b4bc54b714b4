package de.qer.core.lifecycle;

import de.qer.core.model.Antrag;
import de.qer.core.model.GstCode;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.Mitglied;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import de.qer.core.model.StaffId;
import de.qer.core.model.StatistikEintraege;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What someone asks the procedure to do with a case. Every command carries its actor and its business
 * date; {@link QuerDecider#decide} accepts or rejects it.
 */
public sealed interface Command {

    /**
     * Who acts.
     *
     * @return the staff id, never null
     */
    StaffId actor();

    /**
     * The business date of the command (R-F5: never read from a clock).
     *
     * @return the date, never null
     */
    LocalDate on();

    /**
     * The kind, for the transition table.
     *
     * @return the kind, never null
     */
    CommandKind kind();

    /**
     * Calls the visitor's method for this command. Every command has one, so a new command that a
     * visitor does not handle does not compile.
     *
     * @param visitor the visitor, not null
     * @param <R>     the result type
     * @return what the visitor returns
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per command: the compiler checks that an implementation handles every command
     * (Java 17 has no exhaustive pattern switch over sealed types; this is its cast-free stand-in).
     *
     * @param <R> the result type
     */
    interface Visitor<R> {
        /**
         * Visits a {@link TakeApplication}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(TakeApplication x);

        /**
         * Visits a {@link ParkOnVm}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(ParkOnVm x);

        /**
         * Visits a {@link RequestActiveSupport}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(RequestActiveSupport x);

        /**
         * Visits a {@link RecordClarification}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(RecordClarification x);

        /**
         * Visits a {@link RejectApplication}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(RejectApplication x);

        /**
         * Visits a {@link WithdrawApplication}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(WithdrawApplication x);

        /**
         * Visits a {@link ReleaseApproval}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(ReleaseApproval x);

        /**
         * Visits a {@link AssignIfk}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(AssignIfk x);

        /**
         * Visits a {@link ScheduleQuerAppointment}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(ScheduleQuerAppointment x);

        /**
         * Visits a {@link RecordQuer}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(RecordQuer x);

        /**
         * Visits a {@link RecordOpenPoint}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(RecordOpenPoint x);

        /**
         * Visits a {@link ResolveOpenPoint}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(ResolveOpenPoint x);

        /**
         * Visits a {@link ImportMembers}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(ImportMembers x);

        /**
         * Visits a {@link EndAlg}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(EndAlg x);

        /**
         * Visits a {@link RouteElb}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(RouteElb x);

        /**
         * Visits a {@link ScheduleFollowUp}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(ScheduleFollowUp x);

        /**
         * Visits a {@link RecordFollowUp}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(RecordFollowUp x);

        /**
         * Visits a {@link ReviewKp}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(ReviewKp x);

        /**
         * Visits a {@link RecordMissedAppointment}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(RecordMissedAppointment x);

        /**
         * Visits a {@link RecordMemberExit}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(RecordMemberExit x);

        /**
         * Visits a {@link EndCase}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(EndCase x);

        /**
         * Visits a {@link MoveToGst}.
         *
         * @param x the command, not null
         * @return the result
         */
        R visit(MoveToGst x);
    }

    private static void require(StaffId actor, LocalDate on) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(on, "on");
    }

    /**
     * R-E1: the EZ takes an application.
     *
     * @param actor  the EZ staff, not null
     * @param on     the business date, not null
     * @param antrag the application, not null
     */
    record TakeApplication(StaffId actor, LocalDate on, Antrag antrag) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public TakeApplication {
            require(actor, on);
            Objects.requireNonNull(antrag, "antrag");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.TAKE_APPLICATION;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-V1, R-V2: the F-IFK of the day parks the case file on the VM with the statistics entries.
     *
     * @param actor     the F-IFK, not null
     * @param on        the business date, not null
     * @param eintraege the FMG.job entries, not null
     */
    record ParkOnVm(StaffId actor, LocalDate on, StatistikEintraege eintraege) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public ParkOnVm {
            require(actor, on);
            Objects.requireNonNull(eintraege, "eintraege");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.PARK_ON_VM;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-F4: a person asks for active support (e.g. travel costs from the VB) before LG has decided. The
     * responsible IFK, whom the task names and informs, is said by the host; qer checks that it is an
     * IFK of the GST.
     *
     * @param actor    EZ staff, an IFK or the Experte*in GST, not null
     * @param on       the business date, not null
     * @param member   the person who asks, not null
     * @param ifk      the responsible IFK to inform, not null
     * @param anliegen what is asked for (e.g. "Fahrkosten Vorstellungsgespräch"; free text, never printed), not null
     */
    record RequestActiveSupport(StaffId actor, LocalDate on, PersonId member, StaffId ifk, String anliegen)
            implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public RequestActiveSupport {
            require(actor, on);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(ifk, "ifk");
            Objects.requireNonNull(anliegen, "anliegen");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.REQUEST_ACTIVE_SUPPORT;
        }

        @Override
        public String toString() {
            return "RequestActiveSupport[actor=" + actor + ", on=" + on + ", member=" + member + ", ifk=" + ifk
                    + ", anliegen=***]";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-F4: an IFK of the GST records the short-term appointment that settled an early request for
     * active support. This closes the task; it may come before or after the approval.
     *
     * @param actor   an IFK of the GST, who held the appointment, not null
     * @param on      the day of the appointment (the business date), not null
     * @param task    the number of the task ({@link ClarificationTask#nr()})
     * @param outcome what it settled, not null
     * @param note    an optional note (free text, never printed), not null
     */
    record RecordClarification(StaffId actor, LocalDate on, int task, ClarificationOutcome outcome,
                               Optional<String> note) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public RecordClarification {
            require(actor, on);
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(note, "note");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.RECORD_CLARIFICATION;
        }

        @Override
        public String toString() {
            return "RecordClarification[actor=" + actor + ", on=" + on + ", task=" + task + ", outcome=" + outcome
                    + ", note=" + (note.isPresent() ? "***" : "none") + "]";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-B1: LG finds the application not approvable.
     *
     * @param actor the Experte*in LG, not null
     * @param on    the business date, not null
     */
    record RejectApplication(StaffId actor, LocalDate on) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public RejectApplication {
            require(actor, on);
        }

        @Override
        public CommandKind kind() {
            return CommandKind.REJECT_APPLICATION;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-B1: the application is withdrawn.
     *
     * @param actor EZ staff or the Experte*in LG, not null
     * @param on    the business date, not null
     */
    record WithdrawApplication(StaffId actor, LocalDate on) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public WithdrawApplication {
            require(actor, on);
        }

        @Override
        public CommandKind kind() {
            return CommandKind.WITHDRAW_APPLICATION;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-B2: the Experte*in LG releases the approval in principle; {@code on} is the Bewilligungsdatum.
     *
     * @param actor                   the Experte*in LG, not null
     * @param on                      the business date = Bewilligungsdatum, not null
     * @param berechnungsprotokollRef the reference of the LMG Berechnungsprotokoll, not null
     */
    record ReleaseApproval(StaffId actor, LocalDate on, String berechnungsprotokollRef) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public ReleaseApproval {
            require(actor, on);
            Objects.requireNonNull(berechnungsprotokollRef, "berechnungsprotokollRef");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.RELEASE_APPROVAL;
        }

        @Override
        public String toString() {
            return "ReleaseApproval[actor=" + actor + ", on=" + on + ", berechnungsprotokollRef=***]";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-B3: the Experte*in BI moves the case from the VM to the responsible IFK (or reassigns it).
     *
     * @param actor the Experte*in BI, not null
     * @param on    the business date, not null
     * @param ifk   the responsible IFK, not null
     */
    record AssignIfk(StaffId actor, LocalDate on, StaffId ifk) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public AssignIfk {
            require(actor, on);
            Objects.requireNonNull(ifk, "ifk");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.ASSIGN_IFK;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * The responsible IFK schedules the QuEr appointment of a member (R-E2, R-F6).
     *
     * @param actor  the responsible IFK, not null
     * @param on     the business date, not null
     * @param member the member, not null
     * @param termin the appointment date, not null
     */
    record ScheduleQuerAppointment(StaffId actor, LocalDate on, PersonId member, LocalDate termin) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public ScheduleQuerAppointment {
            require(actor, on);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(termin, "termin");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.SCHEDULE_QUER_APPOINTMENT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-Q1: the responsible IFK records the QuEr of a member with the evidence of each minimum standard.
     *
     * @param actor    the responsible IFK, not null
     * @param on       the day of the QuEr, not null
     * @param member   the member, not null
     * @param nachweis the evidence, not null
     */
    record RecordQuer(StaffId actor, LocalDate on, PersonId member, QuerNachweis nachweis) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public RecordQuer {
            require(actor, on);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(nachweis, "nachweis");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.RECORD_QUER;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-Q3: the responsible IFK records a further open point after the QuEr.
     *
     * @param actor  the responsible IFK, not null
     * @param on     the business date, not null
     * @param member the member, not null
     * @param punkt  the open point, not null
     */
    record RecordOpenPoint(StaffId actor, LocalDate on, PersonId member, OffenerPunkt punkt) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public RecordOpenPoint {
            require(actor, on);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(punkt, "punkt");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.RECORD_OPEN_POINT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-Q3: the responsible IFK records that an open point was caught up.
     *
     * @param actor  the responsible IFK, not null
     * @param on     the business date, not null
     * @param member the member, not null
     * @param key    the key of the open point, not null
     */
    record ResolveOpenPoint(StaffId actor, LocalDate on, PersonId member, String key) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public ResolveOpenPoint {
            require(actor, on);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(key, "key");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.RESOLVE_OPEN_POINT;
        }

        @Override
        public String toString() {
            return "ResolveOpenPoint[actor=" + actor + ", on=" + on + ", member=" + member + ", key=***]";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-F2: the monthly import brings the BG's members as the benefits system knows them.
     *
     * @param actor      the Experte*in BI or the responsible IFK, not null
     * @param on         the business date, not null
     * @param month      the import month, not null
     * @param mitglieder all members of the BG after the import, not null
     */
    record ImportMembers(StaffId actor, LocalDate on, YearMonth month, List<Mitglied> mitglieder) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it; copies the list. */
        public ImportMembers {
            require(actor, on);
            Objects.requireNonNull(month, "month");
            mitglieder = List.copyOf(Objects.requireNonNull(mitglieder, "mitglieder"));
        }

        @Override
        public CommandKind kind() {
            return CommandKind.IMPORT_MEMBERS;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-E2: the ALG receipt of an Aufstocker*in ends.
     *
     * @param actor        the Experte*in BI or the responsible IFK, not null
     * @param on           the business date, not null
     * @param member       the member, not null
     * @param lastDayOfAlg the last day of ALG receipt, not null
     */
    record EndAlg(StaffId actor, LocalDate on, PersonId member, LocalDate lastDayOfAlg) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public EndAlg {
            require(actor, on);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(lastDayOfAlg, "lastDayOfAlg");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.END_ALG;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-S1: the responsible IFK routes an eLb after the QuEr.
     *
     * @param actor  the responsible IFK, not null
     * @param on     the business date, not null
     * @param member the member, not null
     * @param target the target, not null
     * @param reason the reason, not blank (no personal data)
     */
    record RouteElb(StaffId actor, LocalDate on, PersonId member, Kundensteuerung target, String reason) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public RouteElb {
            require(actor, on);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.ROUTE_ELB;
        }

        @Override
        public String toString() {
            return "RouteElb[actor=" + actor + ", on=" + on + ", member=" + member + ", target=" + target
                    + ", reason=***]";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-L1: the responsible IFK schedules a follow-up interview (Folgegespräch) with an eLb whose QuEr
     * took place, or a new one after a missed appointment (R-L3).
     *
     * @param actor  the responsible IFK, not null
     * @param on     the business date, not null
     * @param member the member, not null
     * @param termin the day of the interview, not null
     */
    record ScheduleFollowUp(StaffId actor, LocalDate on, PersonId member, LocalDate termin) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public ScheduleFollowUp {
            require(actor, on);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(termin, "termin");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.SCHEDULE_FOLLOW_UP;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-L1: a follow-up interview took place and met the standards that apply to it (R-Q2): a
     * Beratungsvermerk, the Kooperationsplan reviewed or updated (or confirmed unchanged where the policy
     * allows it), open points followed up; new open points with their catch-up dates (R-Q3). When the
     * KP was reviewed, its next review date is set (R-L2).
     *
     * @param actor        the responsible IFK, not null
     * @param on           the day of the interview (the business date), not null
     * @param member       the member, not null
     * @param nachweis     the standards met and the new open points, not null
     * @param nextKpReview the next KP review date, empty for the policy's default (6 months later)
     */
    record RecordFollowUp(StaffId actor, LocalDate on, PersonId member, QuerNachweis nachweis,
                          Optional<LocalDate> nextKpReview) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public RecordFollowUp {
            require(actor, on);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(nachweis, "nachweis");
            Objects.requireNonNull(nextKpReview, "nextKpReview");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.RECORD_FOLLOW_UP;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-L2 (R-K3): IFK and eLb reviewed the Kooperationsplan together; the plan carries its next review
     * date, at the latest the policy's months ahead.
     *
     * @param actor      the responsible IFK, not null
     * @param on         the day of the review, not null
     * @param member     the member, not null
     * @param nextReview the next review date, empty for the policy's default (6 months later)
     */
    record ReviewKp(StaffId actor, LocalDate on, PersonId member, Optional<LocalDate> nextReview) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public ReviewKp {
            require(actor, on);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(nextReview, "nextReview");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.REVIEW_KP;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-L3: the eLb did not attend an appointment (the QuEr or a later one). The deadline is not moved;
     * schedule a new appointment with {@link ScheduleQuerAppointment} or {@link ScheduleFollowUp}.
     *
     * @param actor       the responsible IFK, not null
     * @param on          the business date, not null
     * @param member      the member, not null
     * @param termin      the day of the missed appointment, not after {@code on}, not null
     * @param reasonGiven whether the eLb stated a reason
     */
    record RecordMissedAppointment(StaffId actor, LocalDate on, PersonId member, LocalDate termin, boolean reasonGiven)
            implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public RecordMissedAppointment {
            require(actor, on);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(termin, "termin");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.RECORD_MISSED_APPOINTMENT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-L4: a member leaves the BG or the member's own benefit receipt ends; the member drops out of the
     * case from a date.
     *
     * @param actor  the responsible IFK or the Experte*in BI, not null
     * @param on     the business date, not null
     * @param member the member, not null
     * @param from   the first day the member no longer belongs to the case, not null
     * @param reason why, not null
     */
    record RecordMemberExit(StaffId actor, LocalDate on, PersonId member, LocalDate from, MemberExit.Reason reason)
            implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public RecordMemberExit {
            require(actor, on);
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.RECORD_MEMBER_EXIT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-L4: the Jobcenter's responsibility for the case ends (benefit receipt ends for the whole BG, or
     * another Jobcenter takes over); its pending items end with it.
     *
     * @param actor  the responsible IFK, the Experte*in BI or the Experte*in LG, not null
     * @param on     the last day of responsibility (the business date), not null
     * @param reason why, not null
     */
    record EndCase(StaffId actor, LocalDate on, CaseEndReason reason) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public EndCase {
            require(actor, on);
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.END_CASE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-L4 (assumption): the case moves to another GST of the same Jobcenter. The Experte*in BI of the
     * receiving GST assigns it to an IFK there; the case keeps its history and its deadlines.
     *
     * @param actor  the Experte*in BI of the receiving GST, not null
     * @param on     the business date, not null
     * @param newGst the receiving GST, not null
     * @param ifk    the responsible IFK at the receiving GST, not null
     */
    record MoveToGst(StaffId actor, LocalDate on, GstCode newGst, StaffId ifk) implements Command {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public MoveToGst {
            require(actor, on);
            Objects.requireNonNull(newGst, "newGst");
            Objects.requireNonNull(ifk, "ifk");
        }

        @Override
        public CommandKind kind() {
            return CommandKind.MOVE_TO_GST;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }
}
