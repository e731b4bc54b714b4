package de.qer.core.lifecycle;

import static de.qer.core.lifecycle.CommandKind.ASSIGN_IFK;
import static de.qer.core.lifecycle.CommandKind.END_CASE;
import static de.qer.core.lifecycle.CommandKind.MOVE_TO_GST;
import static de.qer.core.lifecycle.CommandKind.RECORD_MEMBER_EXIT;
import static de.qer.core.lifecycle.CommandKind.RECORD_MISSED_APPOINTMENT;
import static de.qer.core.lifecycle.CommandKind.REVIEW_KP;
import static de.qer.core.lifecycle.CommandKind.RECORD_FOLLOW_UP;
import static de.qer.core.lifecycle.CommandKind.SCHEDULE_FOLLOW_UP;
import static de.qer.core.lifecycle.CommandKind.END_ALG;
import static de.qer.core.lifecycle.CommandKind.IMPORT_MEMBERS;
import static de.qer.core.lifecycle.CommandKind.PARK_ON_VM;
import static de.qer.core.lifecycle.CommandKind.RECORD_CLARIFICATION;
import static de.qer.core.lifecycle.CommandKind.RECORD_OPEN_POINT;
import static de.qer.core.lifecycle.CommandKind.RECORD_QUER;
import static de.qer.core.lifecycle.CommandKind.REJECT_APPLICATION;
import static de.qer.core.lifecycle.CommandKind.RELEASE_APPROVAL;
import static de.qer.core.lifecycle.CommandKind.REQUEST_ACTIVE_SUPPORT;
import static de.qer.core.lifecycle.CommandKind.RESOLVE_OPEN_POINT;
import static de.qer.core.lifecycle.CommandKind.ROUTE_ELB;
import static de.qer.core.lifecycle.CommandKind.SCHEDULE_QUER_APPOINTMENT;
import static de.qer.core.lifecycle.CommandKind.TAKE_APPLICATION;
import static de.qer.core.lifecycle.CommandKind.WITHDRAW_APPLICATION;
import static de.qer.core.lifecycle.StateKind.ABGELEHNT;
import static de.qer.core.lifecycle.StateKind.AUF_VM;
import static de.qer.core.lifecycle.StateKind.BEENDET;
import static de.qer.core.lifecycle.StateKind.BEANTRAGT;
import static de.qer.core.lifecycle.StateKind.BEWILLIGT;
import static de.qer.core.lifecycle.StateKind.IN_BETREUUNG;
import static de.qer.core.lifecycle.StateKind.KEIN_FALL;
import static de.qer.core.lifecycle.StateKind.ZURUECKGENOMMEN;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The allowed (state, command) pairs of the QuEr lifecycle as data: {@link QuerDecider#decide} accepts
 * a command only in a state listed here, and {@link #mermaid()} draws the flow from the same table
 * (it stands in for the seed's missing "Anlage 1 – Ablauf QuEr").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Transitions {

    /**
     * One allowed transition, with who may take it and the rule a refusal of the actor names.
     *
     * @param from        the state, not null
     * @param command     the command, not null
     * @param to          the state after it, not null
     * @param rules       the rule IDs of the step, comma-separated, not blank
     * @param actors      who may take the step (R-B4), not empty; unmodifiable, in declaration order
     * @param refusalRule the rule ID of the problem when someone else tries (R-B4; R-V1 for the F-IFK's
     *                    step, R-F4 for the clarification), not blank
     */
    public record Transition(StateKind from, CommandKind command, StateKind to, String rules, Set<Akteur> actors,
                             String refusalRule) {
        /** Checks the components and copies the actors. */
        public Transition {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(refusalRule, "refusalRule");
            if (Objects.requireNonNull(actors, "actors").isEmpty() || rules.isBlank() || refusalRule.isBlank()) {
                throw new IllegalArgumentException("A transition needs rules, actors and a refusal rule"
                        + " / Ein Übergang braucht Regeln, Akteure und eine Ablehnungsregel");
            }
            actors = Collections.unmodifiableSet(EnumSet.copyOf(actors));
        }

        /**
         * The first rule of the step, which a refusal's message names (for example R-B2 for the release).
         *
         * @return the rule ID, never blank
         */
        public String mainRule() {
            int comma = rules.indexOf(',');
            return (comma < 0 ? rules : rules.substring(0, comma)).strip();
        }
    }

    /**
     * Who may take a command, and the rule a refusal names: one place for the role matrix of R-B4. A
     * switch without {@code default}: a new {@link CommandKind} without its actors does not compile.
     */
    private static Transition row(StateKind from, CommandKind command, StateKind to, String rules) {
        Set<Akteur> who = switch (command) {
            case TAKE_APPLICATION -> EnumSet.of(Akteur.EZ);
            case PARK_ON_VM -> EnumSet.of(Akteur.F_IFK_DES_TAGES);
            case REQUEST_ACTIVE_SUPPORT -> EnumSet.of(Akteur.EZ, Akteur.IFK_DER_GST, Akteur.EXPERTE_GST);
            case RECORD_CLARIFICATION -> EnumSet.of(Akteur.IFK_DER_GST);
            case REJECT_APPLICATION, RELEASE_APPROVAL -> EnumSet.of(Akteur.EXPERTE_LG);
            case WITHDRAW_APPLICATION -> EnumSet.of(Akteur.EZ, Akteur.EXPERTE_LG);
            case ASSIGN_IFK, MOVE_TO_GST -> EnumSet.of(Akteur.EXPERTE_BI);
            case IMPORT_MEMBERS, END_ALG, RECORD_MEMBER_EXIT -> EnumSet.of(Akteur.ZUSTAENDIGE_IFK, Akteur.EXPERTE_BI);
            case END_CASE -> EnumSet.of(Akteur.ZUSTAENDIGE_IFK, Akteur.EXPERTE_LG, Akteur.EXPERTE_BI);
            case SCHEDULE_QUER_APPOINTMENT, RECORD_QUER, RECORD_OPEN_POINT, RESOLVE_OPEN_POINT, ROUTE_ELB,
                    SCHEDULE_FOLLOW_UP, RECORD_FOLLOW_UP, REVIEW_KP, RECORD_MISSED_APPOINTMENT ->
                    EnumSet.of(Akteur.ZUSTAENDIGE_IFK);
        };
        String refusal = switch (command) {
            case PARK_ON_VM -> "R-V1";
            case RECORD_CLARIFICATION -> "R-F4";
            case TAKE_APPLICATION, REQUEST_ACTIVE_SUPPORT, REJECT_APPLICATION, RELEASE_APPROVAL, WITHDRAW_APPLICATION,
                    ASSIGN_IFK, MOVE_TO_GST, IMPORT_MEMBERS, END_ALG, RECORD_MEMBER_EXIT, END_CASE,
                    SCHEDULE_QUER_APPOINTMENT, RECORD_QUER, RECORD_OPEN_POINT, RESOLVE_OPEN_POINT, ROUTE_ELB,
                    SCHEDULE_FOLLOW_UP, RECORD_FOLLOW_UP, REVIEW_KP, RECORD_MISSED_APPOINTMENT -> "R-B4";
        };
        return new Transition(from, command, to, rules, who, refusal);
    }

    private static final List<Transition> ALL = List.of(
            row(KEIN_FALL, TAKE_APPLICATION, BEANTRAGT, "R-E1"),
            row(BEANTRAGT, PARK_ON_VM, AUF_VM, "R-V1, R-V2"),
            row(BEANTRAGT, REQUEST_ACTIVE_SUPPORT, BEANTRAGT, "R-F4"),
            row(BEANTRAGT, RECORD_CLARIFICATION, BEANTRAGT, "R-F4"),
            row(BEANTRAGT, WITHDRAW_APPLICATION, ZURUECKGENOMMEN, "R-B1"),
            row(AUF_VM, REQUEST_ACTIVE_SUPPORT, AUF_VM, "R-F4"),
            row(AUF_VM, RECORD_CLARIFICATION, AUF_VM, "R-F4"),
            row(AUF_VM, REJECT_APPLICATION, ABGELEHNT, "R-B1"),
            row(AUF_VM, WITHDRAW_APPLICATION, ZURUECKGENOMMEN, "R-B1"),
            row(AUF_VM, RELEASE_APPROVAL, BEWILLIGT, "R-B2, R-F1"),
            row(BEWILLIGT, ASSIGN_IFK, IN_BETREUUNG, "R-B3"),
            row(BEWILLIGT, IMPORT_MEMBERS, BEWILLIGT, "R-F2"),
            row(BEWILLIGT, END_ALG, BEWILLIGT, "R-E2"),
            row(BEWILLIGT, RECORD_CLARIFICATION, BEWILLIGT, "R-F4"),
            row(IN_BETREUUNG, ASSIGN_IFK, IN_BETREUUNG, "R-B3"),
            row(IN_BETREUUNG, SCHEDULE_QUER_APPOINTMENT, IN_BETREUUNG, "R-F1, R-E2, R-F6"),
            row(IN_BETREUUNG, RECORD_QUER, IN_BETREUUNG, "R-Q1, R-Q3"),
            row(IN_BETREUUNG, RECORD_OPEN_POINT, IN_BETREUUNG, "R-Q3"),
            row(IN_BETREUUNG, RESOLVE_OPEN_POINT, IN_BETREUUNG, "R-Q3"),
            row(IN_BETREUUNG, IMPORT_MEMBERS, IN_BETREUUNG, "R-F2"),
            row(IN_BETREUUNG, END_ALG, IN_BETREUUNG, "R-E2"),
            row(IN_BETREUUNG, ROUTE_ELB, IN_BETREUUNG, "R-S1"),
            row(IN_BETREUUNG, RECORD_CLARIFICATION, IN_BETREUUNG, "R-F4"),
            row(IN_BETREUUNG, SCHEDULE_FOLLOW_UP, IN_BETREUUNG, "R-L1"),
            row(IN_BETREUUNG, RECORD_FOLLOW_UP, IN_BETREUUNG, "R-L1, R-Q2, R-Q3"),
            row(IN_BETREUUNG, REVIEW_KP, IN_BETREUUNG, "R-L2, R-K3"),
            row(IN_BETREUUNG, RECORD_MISSED_APPOINTMENT, IN_BETREUUNG, "R-L3"),
            row(BEWILLIGT, RECORD_MEMBER_EXIT, BEWILLIGT, "R-L4"),
            row(IN_BETREUUNG, RECORD_MEMBER_EXIT, IN_BETREUUNG, "R-L4"),
            row(IN_BETREUUNG, MOVE_TO_GST, IN_BETREUUNG, "R-L4"),
            row(BEWILLIGT, END_CASE, BEENDET, "R-L4"),
            row(IN_BETREUUNG, END_CASE, BEENDET, "R-L4"));

    private static final Transition[][] TABLE = new Transition[StateKind.values().length][CommandKind.values().length];

    static {
        for (Transition t : ALL) {
            TABLE[t.from().ordinal()][t.command().ordinal()] = t;
        }
    }

    private Transitions() {
    }

    /**
     * Every allowed transition, in the order of the procedure.
     *
     * @return the transitions, unmodifiable, never null
     */
    public static List<Transition> all() {
        return ALL;
    }

    /**
     * The transition for a state and a command.
     *
     * @param from    the state kind, not null
     * @param command the command kind, not null
     * @return the transition, or empty if the command is not allowed in that state
     */
    public static Optional<Transition> find(StateKind from, CommandKind command) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(command, "command");
        return Optional.ofNullable(TABLE[from.ordinal()][command.ordinal()]);
    }

    /**
     * Tells whether a command is allowed in a state.
     *
     * @param from    the state kind, not null
     * @param command the command kind, not null
     * @return true if allowed
     */
    public static boolean allows(StateKind from, CommandKind command) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(command, "command");
        return TABLE[from.ordinal()][command.ordinal()] != null;
    }

    /**
     * The rule of a command: the first rule ID of its first row in the table (a refusal in the wrong state
     * names it).
     *
     * @param command the command kind, not null
     * @return the rule ID, never null
     */
    public static String ruleOf(CommandKind command) {
        Objects.requireNonNull(command, "command");
        for (Transition t : ALL) {
            if (t.command() == command) {
                return t.mainRule();
            }
        }
        throw new IllegalStateException("no transition for " + command);
    }

    /**
     * The terminal states (no command is allowed in them).
     *
     * @param kind the state kind, not null
     * @return true for a terminal state
     */
    public static boolean isTerminal(StateKind kind) {
        Objects.requireNonNull(kind, "kind");
        return kind == ABGELEHNT || kind == ZURUECKGENOMMEN || kind == BEENDET;
    }

    /**
     * The flow as a Mermaid state diagram, generated from the table. Deterministic.
     *
     * @return the Mermaid source, never null
     */
    public static String mermaid() {
        StringBuilder sb = new StringBuilder();
        sb.append("stateDiagram-v2\n");
        for (StateKind s : StateKind.values()) {
            if (s != KEIN_FALL) {
                sb.append("    state \"").append(s.label().german()).append("\" as ").append(s.name()).append('\n');
            }
        }
        for (Transition t : ALL) {
            sb.append("    ").append(t.from() == KEIN_FALL ? "[*]" : t.from().name()).append(" --> ")
                    .append(t.to().name()).append(" : ").append(t.command().label().german())
                    .append(" (").append(t.rules()).append(") – ")
                    .append(t.actors().stream().map(a -> a.label().german()).collect(Collectors.joining(" / ")))
                    .append('\n');
        }
        for (StateKind s : StateKind.values()) {
            if (isTerminal(s)) {
                sb.append("    ").append(s.name()).append(" --> [*]\n");
            }
        }
        return sb.toString();
    }
}
