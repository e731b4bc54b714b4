package de.qer.core.lifecycle;

import de.qer.core.model.Antrag;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.GstCode;
import de.qer.core.model.PersonId;
import de.qer.core.model.StaffId;
import de.qer.core.model.StatistikEintraege;
import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of a case. Each state carries only the data that exists in it: there is no IFK before the
 * assignment and no Bewilligungsdatum before the approval.
 *
 * <p>The lifecycle: {@link KeinFall} → {@link Beantragt} (EZ, R-E1) → {@link AufVm} (F-IFK, R-V1/R-V2)
 * → {@link Bewilligt} (Experte*in LG, R-B2) → {@link InBetreuung} (Experte*in BI, R-B3), where the
 * IFK conducts the QuEr of each member; or {@link Abgelehnt} / {@link Zurueckgenommen} (R-B1).
 */
public sealed interface CaseState {

    /**
     * The kind of state, for the transition table.
     *
     * @return the kind, never null
     */
    StateKind kind();

    /**
     * The application, once there is one.
     *
     * @return the application, empty in {@link KeinFall}
     */
    Optional<Antrag> findAntrag();

    /**
     * The requests for active support made before the approval (R-F4), open and settled, in the order
     * they were made. They stay with the case through the approval and the assignment; a rejected or
     * withdrawn application ends them.
     *
     * @return the clarification tasks, never null
     */
    List<ClarificationTask> requests();

    /**
     * The clarification tasks still open (R-F4).
     *
     * @return the open tasks, never null
     */
    default List<ClarificationTask> openRequests() {
        return requests().filter(ClarificationTask::isOpen);
    }

    /**
     * A state after the Bewilligung dem Grunde nach: {@link Bewilligt} or {@link InBetreuung}. Members
     * have QuEr records only here.
     */
    sealed interface NachBewilligung extends CaseState permits Bewilligt, InBetreuung {
        /**
         * The antrag.
         *
         * @return the application, never null
         */
        Antrag antrag();

        /**
         * The Bewilligungsdatum (R-B2).
         *
         * @return the date, never null
         */
        LocalDate bewilligungsdatum();

        /**
         * The BG as it is now (after imports).
         *
         * @return the BG, never null
         */
        Bedarfsgemeinschaft bedarfsgemeinschaft();

        /**
         * The QuEr record per member.
         *
         * @return the records, sorted by person id, never null
         */
        SortedMap<PersonId, MemberQuer> members();

        /**
         * The last import month.
         *
         * @return the month, or empty before the first import
         */
        Optional<YearMonth> lastImport();

        /**
         * The responsible IFK.
         *
         * @return the IFK, empty while the case is on the VM
         */
        Optional<StaffId> responsibleIfk();

        /**
         * The same state with other BG, members and import month.
         *
         * @param bedarfsgemeinschaft         the BG, not null
         * @param members    the member records, not null
         * @param lastImport the last import month, not null
         * @return the new state, never null
         */
        NachBewilligung with(Bedarfsgemeinschaft bedarfsgemeinschaft, SortedMap<PersonId, MemberQuer> members, Optional<YearMonth> lastImport);

        /**
         * The same state with other clarification tasks (R-F4).
         *
         * @param requests the tasks, not null
         * @return the new state, never null
         */
        NachBewilligung withRequests(List<ClarificationTask> requests);

        /**
         * The GST responsible now: the GST of the application until a move to another GST (R-L4).
         *
         * @return the GST, never null
         */
        GstCode gst();
    }

    /** No case yet: the initial state. */
    record KeinFall() implements CaseState {
        @Override
        public StateKind kind() {
            return StateKind.KEIN_FALL;
        }

        @Override
        public Optional<Antrag> findAntrag() {
            return Optional.empty();
        }

        @Override
        public List<ClarificationTask> requests() {
            return List.empty();
        }
    }

    /**
     * The application was taken in the EZ (R-E1).
     *
     * @param antrag      the application
     * @param requests    the requests for active support (R-F4)
     */
    record Beantragt(Antrag antrag, List<ClarificationTask> requests) implements CaseState {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public Beantragt {
            Objects.requireNonNull(antrag, "antrag");
            Objects.requireNonNull(requests, "requests");
        }

        @Override
        public StateKind kind() {
            return StateKind.BEANTRAGT;
        }

        @Override
        public Optional<Antrag> findAntrag() {
            return Optional.of(antrag);
        }
    }

    /**
     * The case file is parked on the VM with the statistics entries (R-V1, R-V2).
     *
     * @param antrag      the application
     * @param eintraege   the statistics entries
     * @param parkedOn    the day of parking
     * @param requests    the requests for active support (R-F4)
     */
    record AufVm(Antrag antrag, StatistikEintraege eintraege, LocalDate parkedOn,
                 List<ClarificationTask> requests) implements CaseState {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public AufVm {
            Objects.requireNonNull(antrag, "antrag");
            Objects.requireNonNull(eintraege, "eintraege");
            Objects.requireNonNull(parkedOn, "parkedOn");
            Objects.requireNonNull(requests, "requests");
        }

        @Override
        public StateKind kind() {
            return StateKind.AUF_VM;
        }

        @Override
        public Optional<Antrag> findAntrag() {
            return Optional.of(antrag);
        }
    }

    /**
     * NachBewilligung in principle (R-B2); the case waits on the VM for the Experte*in BI.
     *
     * @param antrag          the application
     * @param bewilligungsdatum the Bewilligungsdatum
     * @param bedarfsgemeinschaft              the BG as it is now (after imports)
     * @param members         the QuEr record per member
     * @param lastImport      the last import month, if any
     * @param requests        the requests for active support (R-F4)
     */
    record Bewilligt(Antrag antrag, LocalDate bewilligungsdatum, Bedarfsgemeinschaft bedarfsgemeinschaft,
                     SortedMap<PersonId, MemberQuer> members, Optional<YearMonth> lastImport,
                     List<ClarificationTask> requests) implements NachBewilligung {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public Bewilligt {
            Objects.requireNonNull(antrag, "antrag");
            Objects.requireNonNull(bewilligungsdatum, "bewilligungsdatum");
            Objects.requireNonNull(bedarfsgemeinschaft, "bedarfsgemeinschaft");
            Objects.requireNonNull(members, "members");
            Objects.requireNonNull(lastImport, "lastImport");
            Objects.requireNonNull(requests, "requests");
        }

        @Override
        public StateKind kind() {
            return StateKind.BEWILLIGT;
        }

        @Override
        public Optional<StaffId> responsibleIfk() {
            return Optional.empty();
        }

        @Override
        public Bewilligt with(Bedarfsgemeinschaft bedarfsgemeinschaft, SortedMap<PersonId, MemberQuer> members, Optional<YearMonth> lastImport) {
            return new Bewilligt(antrag, bewilligungsdatum, bedarfsgemeinschaft, members, lastImport, requests);
        }

        @Override
        public Bewilligt withRequests(List<ClarificationTask> requests) {
            return new Bewilligt(antrag, bewilligungsdatum, bedarfsgemeinschaft, members, lastImport, requests);
        }

        @Override
        public GstCode gst() {
            return antrag.gst();
        }

        @Override
        public Optional<Antrag> findAntrag() {
            return Optional.of(antrag);
        }
    }

    /**
     * With the responsible IFK (R-B3), who conducts the QuEr of each member.
     *
     * @param antrag          the application
     * @param bewilligungsdatum the Bewilligungsdatum
     * @param bedarfsgemeinschaft              the BG as it is now (after imports)
     * @param members         the QuEr record per member
     * @param lastImport      the last import month, if any
     * @param ifk             the responsible IFK
     * @param requests        the requests for active support (R-F4)
     * @param gst             the GST responsible now (the application's, until a move, R-L4)
     */
    record InBetreuung(Antrag antrag, LocalDate bewilligungsdatum, Bedarfsgemeinschaft bedarfsgemeinschaft,
                       SortedMap<PersonId, MemberQuer> members, Optional<YearMonth> lastImport,
                       StaffId ifk, List<ClarificationTask> requests, GstCode gst) implements NachBewilligung {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public InBetreuung {
            Objects.requireNonNull(antrag, "antrag");
            Objects.requireNonNull(bewilligungsdatum, "bewilligungsdatum");
            Objects.requireNonNull(bedarfsgemeinschaft, "bedarfsgemeinschaft");
            Objects.requireNonNull(members, "members");
            Objects.requireNonNull(lastImport, "lastImport");
            Objects.requireNonNull(ifk, "ifk");
            Objects.requireNonNull(requests, "requests");
            Objects.requireNonNull(gst, "gst");
        }

        @Override
        public StateKind kind() {
            return StateKind.IN_BETREUUNG;
        }

        @Override
        public Optional<StaffId> responsibleIfk() {
            return Optional.of(ifk);
        }

        @Override
        public InBetreuung with(Bedarfsgemeinschaft bedarfsgemeinschaft, SortedMap<PersonId, MemberQuer> members, Optional<YearMonth> lastImport) {
            return new InBetreuung(antrag, bewilligungsdatum, bedarfsgemeinschaft, members, lastImport, ifk, requests, gst);
        }

        @Override
        public InBetreuung withRequests(List<ClarificationTask> requests) {
            return new InBetreuung(antrag, bewilligungsdatum, bedarfsgemeinschaft, members, lastImport, ifk, requests, gst);
        }

        @Override
        public Optional<Antrag> findAntrag() {
            return Optional.of(antrag);
        }
    }

    /**
     * Rejected by LG (R-B1). Terminal.
     *
     * @param antrag      the application
     * @param on          the day of the rejection
     */
    record Abgelehnt(Antrag antrag, LocalDate on) implements CaseState {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public Abgelehnt {
            Objects.requireNonNull(antrag, "antrag");
            Objects.requireNonNull(on, "on");
        }

        @Override
        public StateKind kind() {
            return StateKind.ABGELEHNT;
        }

        @Override
        public Optional<Antrag> findAntrag() {
            return Optional.of(antrag);
        }

        @Override
        public List<ClarificationTask> requests() {
            return List.empty();
        }
    }

    /**
     * Withdrawn (R-B1). Terminal.
     *
     * @param antrag      the application
     * @param on          the day of the withdrawal
     */
    record Zurueckgenommen(Antrag antrag, LocalDate on) implements CaseState {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public Zurueckgenommen {
            Objects.requireNonNull(antrag, "antrag");
            Objects.requireNonNull(on, "on");
        }

        @Override
        public StateKind kind() {
            return StateKind.ZURUECKGENOMMEN;
        }

        @Override
        public Optional<Antrag> findAntrag() {
            return Optional.of(antrag);
        }

        @Override
        public List<ClarificationTask> requests() {
            return List.empty();
        }
    }

    /**
     * The Jobcenter's responsibility ended (R-L4). Terminal. The case keeps its last state for the
     * record and for controlling; none of its items is due any more.
     *
     * @param last   the state before the end, not null
     * @param on     the last day of responsibility, not null
     * @param reason why, not null
     */
    record Beendet(NachBewilligung last, LocalDate on, CaseEndReason reason) implements CaseState {
        /** Rejects a null component with a {@link NullPointerException} that names it. */
        public Beendet {
            Objects.requireNonNull(last, "last");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public StateKind kind() {
            return StateKind.BEENDET;
        }

        @Override
        public Optional<Antrag> findAntrag() {
            return Optional.of(last.antrag());
        }

        @Override
        public List<ClarificationTask> requests() {
            return last.requests();
        }

        @Override
        public List<ClarificationTask> openRequests() {
            return List.empty();
        }
    }
}
