package de.qer.core.lifecycle;

import de.qer.core.KundensteuerungPolicy;
import de.qer.core.model.Antrag;
import de.qer.core.model.GstCode;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.Mitglied;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.core.model.StaffId;
import de.qer.core.model.StatistikEintraege;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact of a case, decided by {@link QuerDecider#decide} and applied by {@link QuerDecider#evolve}.
 * Events carry what the host must do: d.3 workflows, tasks, every due date set.
 */
public sealed interface Event {

    /**
     * The business date.
     *
     * @return the date, never null
     */
    LocalDate on();

    /**
     * The rule that this event implements.
     *
     * @return the rule ID, never null
     */
    String rule();

    /**
     * Calls the visitor's method for this event. Every event has one, so a new event that a
     * visitor does not handle does not compile.
     *
     * @param visitor the visitor, not null
     * @param <R>     the result type
     * @return what the visitor returns
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per event: the compiler checks that an implementation handles every event
     * (Java 17 has no exhaustive pattern switch over sealed types; this is its cast-free stand-in).
     *
     * @param <R> the result type
     */
    interface Visitor<R> {
        /**
         * Visits a {@link ApplicationTaken}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(ApplicationTaken x);

        /**
         * Visits a {@link ParkedOnVm}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(ParkedOnVm x);

        /**
         * Visits a {@link ActiveSupportRequested}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(ActiveSupportRequested x);

        /**
         * Visits a {@link ClarificationRecorded}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(ClarificationRecorded x);

        /**
         * Visits a {@link ApplicationRejected}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(ApplicationRejected x);

        /**
         * Visits a {@link ApplicationWithdrawn}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(ApplicationWithdrawn x);

        /**
         * Visits a {@link ApprovalReleased}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(ApprovalReleased x);

        /**
         * Visits a {@link IfkAssigned}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(IfkAssigned x);

        /**
         * Visits a {@link QuerStatusSet}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(QuerStatusSet x);

        /**
         * Visits a {@link QuerAppointmentScheduled}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(QuerAppointmentScheduled x);

        /**
         * Visits a {@link QuerRecorded}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(QuerRecorded x);

        /**
         * Visits a {@link OpenPointRecorded}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(OpenPointRecorded x);

        /**
         * Visits a {@link OpenPointResolved}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(OpenPointResolved x);

        /**
         * Visits a {@link MembersImported}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(MembersImported x);

        /**
         * Visits a {@link AlgEnded}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(AlgEnded x);

        /**
         * Visits a {@link ElbRouted}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(ElbRouted x);

        /**
         * Visits a {@link FollowUpScheduled}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(FollowUpScheduled x);

        /**
         * Visits a {@link FollowUpRecorded}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(FollowUpRecorded x);

        /**
         * Visits a {@link KpReviewed}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(KpReviewed x);

        /**
         * Visits a {@link AppointmentMissed}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(AppointmentMissed x);

        /**
         * Visits a {@link MemberExited}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(MemberExited x);

        /**
         * Visits a {@link CaseEnded}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(CaseEnded x);

        /**
         * Visits a {@link MovedToGst}.
         *
         * @param x the event, not null
         * @return the result
         */
        R visit(MovedToGst x);
    }

    /** An event about one member of the BG. */
    sealed interface ForMember extends Event permits ActiveSupportRequested, ClarificationRecorded, FollowUpScheduled,
            FollowUpRecorded, KpReviewed, AppointmentMissed, MemberExited, QuerStatusSet, QuerAppointmentScheduled,
            QuerRecorded, OpenPointRecorded, OpenPointResolved, AlgEnded, ElbRouted {
        /**
         * The member.
         *
         * @return the person id, never null
         */
        PersonId member();
    }

    /**
     * R-E1: the application was taken.
     *
     * @param on     the date
     * @param actor  the EZ staff
     * @param antrag the application
     */
    record ApplicationTaken(LocalDate on, StaffId actor, Antrag antrag) implements Event {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public ApplicationTaken {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(antrag, "antrag");
        }

        @Override
        public String rule() {
            return "R-E1";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-V1, R-V2: the F-IFK parked the case file on the VM with the statistics entries.
     *
     * @param on              the date
     * @param fIfk            the F-IFK of the day
     * @param virtualEmployee the VM, e.g. "QuEr.03, VM"
     * @param eintraege       the entries
     */
    record ParkedOnVm(LocalDate on, StaffId fIfk, String virtualEmployee, StatistikEintraege eintraege) implements Event {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public ParkedOnVm {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(fIfk, "fIfk");
            Objects.requireNonNull(virtualEmployee, "virtualEmployee");
            Objects.requireNonNull(eintraege, "eintraege");
        }

        @Override
        public String rule() {
            return "R-V2";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-F4: a request for active support before the approval; the host informs the responsible IFK and
     * arranges the clarification appointment.
     *
     * @param on       the date
     * @param member   the person who asked
     * @param anliegen what was asked for
     * @param task     the clarification task with its deadline
     */
    record ActiveSupportRequested(LocalDate on, PersonId member, String anliegen, ClarificationTask task) implements ForMember {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public ActiveSupportRequested {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(anliegen, "anliegen");
            Objects.requireNonNull(task, "task");
        }

        @Override
        public String rule() {
            return "R-F4";
        }

        @Override
        public String toString() {
            return "ActiveSupportRequested[on=" + on + ", member=" + member + ", anliegen=***, task=" + task + "]";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-F4: the clarification of an early request for active support was recorded; the task is closed.
     *
     * @param on            the day of the appointment
     * @param member        the person who asked
     * @param task          the number of the task
     * @param clarification what was settled, by whom
     */
    record ClarificationRecorded(LocalDate on, PersonId member, int task, Clarification clarification)
            implements ForMember {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public ClarificationRecorded {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(clarification, "clarification");
        }

        @Override
        public String rule() {
            return "R-F4";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-B1: LG rejected the application; the case ends.
     *
     * @param on the date
     */
    record ApplicationRejected(LocalDate on) implements Event {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public ApplicationRejected {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public String rule() {
            return "R-B1";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-B1: the application was withdrawn; the case ends.
     *
     * @param on the date
     */
    record ApplicationWithdrawn(LocalDate on) implements Event {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public ApplicationWithdrawn {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public String rule() {
            return "R-B1";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-B2: the Experte*in LG released the approval in principle; the d.3 workflow to the Experte*in BI
     * carries the Berechnungsprotokoll.
     *
     * @param on       the Bewilligungsdatum
     * @param workflow the d.3 workflow to send
     */
    record ApprovalReleased(LocalDate on, D3Workflow workflow) implements Event {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public ApprovalReleased {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(workflow, "workflow");
        }

        @Override
        public String rule() {
            return "R-B2";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-B3: the case was moved to the responsible IFK, who is informed by d.3 workflow.
     *
     * @param on       the date
     * @param ifk      the responsible IFK
     * @param workflow the d.3 workflow to send
     */
    record IfkAssigned(LocalDate on, StaffId ifk, D3Workflow workflow) implements Event {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public IfkAssigned {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(ifk, "ifk");
            Objects.requireNonNull(workflow, "workflow");
        }

        @Override
        public String rule() {
            return "R-B3";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * A member's QuEr status was set: not relevant, waiting for import, blocked by ALG, or due by a
     * deadline (R-F1, R-F2, R-E2, R-F3).
     *
     * @param on     the date
     * @param member the member
     * @param status the new status
     * @param rule   the rule that sets it
     */
    record QuerStatusSet(LocalDate on, PersonId member, QuerStatus status, String rule) implements ForMember {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public QuerStatusSet {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * The QuEr appointment of a member was scheduled.
     *
     * @param on           the date
     * @param member       the member
     * @param termin       the appointment
     * @param afterDueDate whether the appointment lies after the due date
     * @param rule         the rule of the deadline the appointment serves (R-F1, R-F2 or R-E2), R-F1 without one
     */
    record QuerAppointmentScheduled(LocalDate on, PersonId member, LocalDate termin, boolean afterDueDate, String rule)
            implements ForMember {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public QuerAppointmentScheduled {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(termin, "termin");
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-Q1: the QuEr of a member took place, with its open points (R-Q3).
     *
     * @param on           the day of the QuEr
     * @param member       the member
     * @param inTime       whether it was on or before the due date
     * @param offenePunkte the open points with their catch-up dates
     * @param kpReview     the first review date of the Kooperationsplan drawn up in the QuEr (R-K3, R-L2),
     *                     empty when the plan is still an open point
     */
    record QuerRecorded(LocalDate on, PersonId member, boolean inTime, List<OffenerPunkt> offenePunkte,
                        Optional<LocalDate> kpReview) implements ForMember {
        /** Rejects a null component with a {@link NullPointerException} that names it; copies the list. */
        public QuerRecorded {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(member, "member");
            offenePunkte = List.copyOf(Objects.requireNonNull(offenePunkte, "offenePunkte"));
            Objects.requireNonNull(kpReview, "kpReview");
        }

        @Override
        public String rule() {
            return "R-Q1";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-Q3: an open point was recorded after the QuEr.
     *
     * @param on     the date
     * @param member the member
     * @param punkt  the open point
     */
    record OpenPointRecorded(LocalDate on, PersonId member, OffenerPunkt punkt) implements ForMember {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public OpenPointRecorded {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(punkt, "punkt");
        }

        @Override
        public String rule() {
            return "R-Q3";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-Q3: an open point was caught up.
     *
     * @param on     the date
     * @param member the member
     * @param key    the key of the open point
     */
    record OpenPointResolved(LocalDate on, PersonId member, String key) implements ForMember {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public OpenPointResolved {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String rule() {
            return "R-Q3";
        }

        @Override
        public String toString() {
            return "OpenPointResolved[on=" + on + ", member=" + member + ", key=***]";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-F2: the monthly import replaced the BG's members.
     *
     * @param on         the date
     * @param month      the import month
     * @param mitglieder the members after the import
     */
    record MembersImported(LocalDate on, YearMonth month, List<Mitglied> mitglieder) implements Event {
        /** Rejects a null component with a {@link NullPointerException} that names it; copies the list. */
        public MembersImported {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(month, "month");
            mitglieder = List.copyOf(Objects.requireNonNull(mitglieder, "mitglieder"));
        }

        @Override
        public String rule() {
            return "R-F2";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-E2: the ALG receipt of a member ended.
     *
     * @param on           the date
     * @param member       the member
     * @param lastDayOfAlg the last day of ALG receipt
     */
    record AlgEnded(LocalDate on, PersonId member, LocalDate lastDayOfAlg) implements ForMember {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public AlgEnded {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(lastDayOfAlg, "lastDayOfAlg");
        }

        @Override
        public String rule() {
            return "R-E2";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-S1: an eLb was routed.
     *
     * @param on         the date
     * @param member     the member
     * @param target     the target
     * @param reason     the IFK's reason
     * @param suggestion what the policy's criteria suggested
     */
    record ElbRouted(LocalDate on, PersonId member, Kundensteuerung target, String reason,
                     KundensteuerungPolicy.Suggestion suggestion) implements ForMember {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public ElbRouted {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(suggestion, "suggestion");
        }

        @Override
        public String rule() {
            return "R-S1";
        }

        @Override
        public String toString() {
            return "ElbRouted[on=" + on + ", member=" + member + ", target=" + target + ", reason=***, suggestion="
                    + suggestion + "]";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-L1: a follow-up interview was scheduled.
     *
     * @param on     the date
     * @param member the member
     * @param termin the day of the interview
     */
    record FollowUpScheduled(LocalDate on, PersonId member, LocalDate termin) implements ForMember {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public FollowUpScheduled {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(termin, "termin");
        }

        @Override
        public String rule() {
            return "R-L1";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-L1: a follow-up interview took place with the standards that apply to it.
     *
     * @param on           the day of the interview
     * @param member       the member
     * @param erfuellt     the standards met (the KP reviewed or updated, the note, …)
     * @param offenePunkte the new open points with their catch-up dates (R-Q3)
     * @param kpReview     the next KP review date if the plan was reviewed (R-L2)
     */
    record FollowUpRecorded(LocalDate on, PersonId member, java.util.Set<de.qer.core.model.Mindeststandard> erfuellt,
                            List<OffenerPunkt> offenePunkte, Optional<LocalDate> kpReview) implements ForMember {
        /** Rejects a null component with a {@link NullPointerException} that names it; copies the set and the list. */
        public FollowUpRecorded {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(member, "member");
            erfuellt = java.util.Set.copyOf(Objects.requireNonNull(erfuellt, "erfuellt"));
            offenePunkte = List.copyOf(Objects.requireNonNull(offenePunkte, "offenePunkte"));
            Objects.requireNonNull(kpReview, "kpReview");
        }

        @Override
        public String rule() {
            return "R-L1";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-L2: the Kooperationsplan was reviewed; the next review date is set.
     *
     * @param on         the day of the review
     * @param member     the member
     * @param nextReview the next review date
     */
    record KpReviewed(LocalDate on, PersonId member, LocalDate nextReview) implements ForMember {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public KpReviewed {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(nextReview, "nextReview");
        }

        @Override
        public String rule() {
            return "R-L2";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-L3: the eLb missed an appointment; the deadline stays.
     *
     * @param on          the date it was recorded
     * @param member      the member
     * @param missed      the missed appointment
     */
    record AppointmentMissed(LocalDate on, PersonId member, MissedAppointment missed) implements ForMember {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public AppointmentMissed {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(missed, "missed");
        }

        @Override
        public String rule() {
            return "R-L3";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-L4: a member dropped out of the case.
     *
     * @param on     the date it was recorded
     * @param member the member
     * @param exit   from when and why
     */
    record MemberExited(LocalDate on, PersonId member, MemberExit exit) implements ForMember {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public MemberExited {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(exit, "exit");
        }

        @Override
        public String rule() {
            return "R-L4";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-L4: the Jobcenter's responsibility for the case ended; its pending items end with it.
     *
     * @param on     the last day of responsibility
     * @param reason why
     */
    record CaseEnded(LocalDate on, CaseEndReason reason) implements Event {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public CaseEnded {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String rule() {
            return "R-L4";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }

    /**
     * R-L4: the case moved to another GST of the same Jobcenter and was assigned to an IFK there.
     *
     * @param on   the date
     * @param from the GST it left
     * @param to   the receiving GST
     * @param ifk  the responsible IFK at the receiving GST
     */
    record MovedToGst(LocalDate on, GstCode from, GstCode to, StaffId ifk) implements Event {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public MovedToGst {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(ifk, "ifk");
        }

        @Override
        public String rule() {
            return "R-L4";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").visit(this);
        }
    }
}
