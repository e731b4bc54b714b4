package de.qer.core.lifecycle;

import de.qer.core.rule.Problem;
import static de.qer.core.Fixtures.ANTRAG;
import static de.qer.core.Fixtures.BEWILLIGUNG;
import static de.qer.core.Fixtures.BI;
import static de.qer.core.Fixtures.EXPERTE_GST;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.F_IFK;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.IFK;
import static de.qer.core.Fixtures.KIND_14;
import static de.qer.core.Fixtures.KIND_16;
import static de.qer.core.Fixtures.LG;
import static de.qer.core.Fixtures.OTHER_GST_EZ;
import static de.qer.core.Fixtures.PARTNER_ALG;
import static de.qer.core.Fixtures.STRANGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Fixtures;
import de.qer.core.model.Antrag;
import de.qer.core.model.Arbeitsuche;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.Kundenstatus;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.Mitglied;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import de.qer.core.model.StaffId;
import de.qer.core.model.StatistikEintraege;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fuzzer of the decider: seeded random command sequences with edge dates (the range's ends, one day
 * outside, {@code LocalDate.MIN}/{@code MAX}), hostile strings (invisible, control and bidi characters,
 * long texts, personal-looking keys), duplicate ids and members, unknown actors and persons, and null
 * commands and states. It asserts that {@code decide} never throws but the documented
 * {@link NullPointerException} for a null command or state, that replay equals the live state, and that
 * no accepted command carries a date outside the calendar's range (R-C6).
 *
 * <p>CI runs {@value #DEFAULT_COMMANDS} commands. For a long run:
 * {@code mvn -B -ntp -pl qer-core -am verify -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dqer.fuzz.commands=10000000} (optionally {@code -Dqer.fuzz.seed=N}).
 */
class FuzzTest {

    static final int DEFAULT_COMMANDS = 100_000;

    private static final WorkingDayCalendar NRW = WorkingDayCalendar.nrw();
    private static final de.qer.core.oversight.Oversight OVERSIGHT = de.qer.core.oversight.Oversight.of(de.qer.core.Deadlines.standard());
    private static final LocalDate MIN = NRW.minSupported();
    private static final LocalDate MAX = NRW.maxSupported();

    private static final StaffId[] ACTORS = {EZ, IFK, F_IFK, LG, BI, EXPERTE_GST, OTHER_GST_EZ, STRANGER, StaffId.of("ifk05")};
    private static final PersonId[] PERSONS = {HA, PARTNER_ALG, KIND_16, KIND_14, PersonId.of("x"), PersonId.of("p9")};
    private static final LocalDate[] EDGE_DATES = {MIN, MIN.minusDays(1), MAX, MAX.plusDays(1), LocalDate.MIN, LocalDate.MAX,
        LocalDate.of(2200, 12, 30), LocalDate.of(1900, 1, 1), LocalDate.of(1899, 12, 31)};
    private static final String[] TEXTS = {"Fahrkosten Vorstellungsgespräch", "", " ", "\u200B".repeat(21),
        "\u00A0".repeat(25), "\u2800".repeat(21), "\u001B[2J\u001B[31mrot", "\u202Eevil\u202C", "Anna Müller 17.07.1977",
        "x".repeat(10_000), "-", "siehe oben", "\n\t\r", "OP-1", "OP-2"};

    private static final java.util.Set<CommandKind> ENDING = EnumSet.of(CommandKind.END_CASE, CommandKind.MOVE_TO_GST,
            CommandKind.WITHDRAW_APPLICATION, CommandKind.REJECT_APPLICATION);

    private static final List<Command> MAIN_PATH = List.of(
            new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgFamilie())),
            new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()),
            new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-1"),
            new Command.AssignIfk(BI, BEWILLIGUNG.plusDays(3), IFK),
            new Command.RecordQuer(IFK, LocalDate.of(2026, 11, 19), HA, CommandPool.withOpenPoint("OP-1", LocalDate.of(2026, 11, 26))));

    private final QuerDecider decider = Fixtures.decider();

    @Test
    void decideNeverThrows_replayEqualsTheLiveState_andNoAcceptedDateIsOutOfRange() {
        int commands = Integer.getInteger("qer.fuzz.commands", DEFAULT_COMMANDS);
        long seed = Long.getLong("qer.fuzz.seed", 20261201L);
        SplittableRandom random = new SplittableRandom(seed);
        int done = 0;
        int accepted = 0;
        int cases = 0;
        java.util.Map<CommandKind, Integer> acceptedKinds = new java.util.EnumMap<>(CommandKind.class);
        java.util.Set<StateKind> reached = EnumSet.noneOf(StateKind.class);
        while (done < commands) {
            cases++;
            CaseState state = QuerDecider.initialState();
            List<Event> events = new ArrayList<>();
            int length = 1 + random.nextInt(80);
            // a third of the cases start on the main path up to a recorded QuEr, so that the later steps get tried often
            List<Command> prefix = random.nextInt(3) == 0 ? MAIN_PATH : List.of();
            for (int i = 0; i < length && done < commands; i++, done++) {
                if (random.nextInt(500) == 0) {
                    CaseState s = state;
                    assertThrows(NullPointerException.class, () -> decider.decide(s, null));
                    assertThrows(NullPointerException.class, () -> decider.decide(null, command(random, s)));
                    continue;
                }
                Command c = i < prefix.size() ? prefix.get(i) : command(random, state);
                Either<Rejection, Decision> r;
                try {
                    r = decider.decide(state, c);
                } catch (RuntimeException e) {
                    throw new AssertionError("decide threw for " + c.kind() + " in " + state.kind() + " (seed " + seed
                            + ", case " + cases + ")", e);
                }
                if (r.isRight()) {
                    accepted++;
                    acceptedKinds.merge(c.kind(), 1, Integer::sum);
                    assertDatesInRange(c);
                    for (Event e : r.get().events()) {
                        assertTrue(!e.on().isBefore(MIN) && !e.on().isAfter(MAX), e::toString);
                    }
                    state = decider.evolve(state, r.get().events());
                    reached.add(state.kind());
                    events.addAll(r.get().events());
                } else {
                    assertFalse(r.getLeft().problems().isEmpty());
                }
            }
            assertEquals(state, decider.replay(events), () -> "replay differs (seed " + seed + ")");
            assertNothingDueOfEndedCasesOrMembers(state, ANTRAG.plusDays(random.nextInt(0, 400)));
        }
        System.out.printf("FuzzTest: %,d commands in %,d cases, %,d accepted, 0 unexpected exceptions (seed %d)%n",
                done, cases, accepted, seed);
        // the fuzzer must get deep enough to mean something (checked at the CI size and above; the mutation
        // build runs a short fuzz, see the pom)
        if (commands < DEFAULT_COMMANDS) {
            return;
        }
        assertTrue(accepted > commands / 50, "accepted " + accepted);
        assertTrue(reached.contains(StateKind.IN_BETREUUNG), reached::toString);
        assertEquals(CommandKind.values().length, acceptedKinds.size(), acceptedKinds::toString);
    }

    /** R-L4, R-L5: an ended case never appears as due, nor does a member from the day of the exit. */
    private static void assertNothingDueOfEndedCasesOrMembers(CaseState state, LocalDate today) {
        List<de.qer.core.oversight.DueItem> items = OVERSIGHT.morningList(List.of(state), today, 20).items();
        if (Transitions.isTerminal(state.kind())) {
            assertTrue(items.isEmpty(), () -> "ended case on the morning list: " + items);
        }
        if (state instanceof CaseState.NachBewilligung a) {
            for (de.qer.core.oversight.DueItem i : items) {
                assertTrue(a.members().get(i.member()).map(m -> m.isActiveOn(today)).getOrElse(true),
                        () -> "dropped-out member on the morning list: " + i);
            }
        }
    }

    private static void assertDatesInRange(Command c) {
        List<Problem> problems = CommandDates.outOfRange(c, NRW);
        assertTrue(problems.isEmpty(), () -> "accepted with a date out of range: " + problems);
    }

    // ------------------------------------------------------------------------------------ generators

    private static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    /** A realistic date near the fixtures' month most of the time, an edge date sometimes. */
    private static LocalDate date(SplittableRandom r) {
        return r.nextInt(12) == 0 ? pick(r, EDGE_DATES) : ANTRAG.plusDays(r.nextInt(-5, 150));
    }

    /** A hostile or odd text a third of the time, an ordinary one otherwise. */
    private static String text(SplittableRandom r) {
        return r.nextInt(3) == 0 ? pick(r, TEXTS) : "Fahrkosten zum Vorstellungsgespräch";
    }

    private static Mitglied member(SplittableRandom r, PersonId id) {
        var b = Mitglied.builder().id(id).geburtsdatum(r.nextInt(15) == 0 ? pick(r, EDGE_DATES)
                : LocalDate.of(1950 + r.nextInt(65), 1 + r.nextInt(12), 1 + r.nextInt(28)));
        if (r.nextInt(4) == 0) {
            b.algAnspruch(true);
            if (r.nextBoolean()) {
                b.algBezugBis(date(r));
            }
        }
        if (r.nextInt(8) == 0) {
            b.mitgliedSeit(date(r));
        }
        b.erwerbsfaehig(r.nextInt(10) != 0);
        return b.build();
    }

    private static List<Mitglied> members(SplittableRandom r) {
        List<Mitglied> list = new ArrayList<>();
        if (r.nextInt(10) != 0) {
            list.add(r.nextInt(6) == 0 ? member(r, HA) : Fixtures.ha());
        }
        int more = r.nextInt(4);
        for (int i = 0; i < more; i++) {
            PersonId id = pick(r, PERSONS);
            if (list.stream().noneMatch(m -> m.id().equals(id)) || r.nextInt(8) == 0) { // sometimes a duplicate id
                list.add(member(r, id));
            }
        }
        return list;
    }

    private static Antrag antrag(SplittableRandom r) {
        List<Mitglied> ms = members(r);
        if (ms.stream().noneMatch(m -> m.id().equals(HA))) {
            ms.add(Fixtures.ha());
        }
        List<Mitglied> unique = new ArrayList<>();
        for (Mitglied m : ms) {
            if (unique.stream().noneMatch(u -> u.id().equals(m.id()))) {
                unique.add(m);
            }
        }
        Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of("BG-F")).haushaltsvorstand(HA).addAllMitglieder(unique).build();
        var b = Antrag.builder().gst(Fixtures.GST).antragsdatum(r.nextInt(4) == 0 ? date(r) : ANTRAG).bedarfsgemeinschaft(bg);
        b.ausgehaendigt(r.nextInt(8) == 0 ? EnumSet.noneOf(EzAushaendigung.class) : EnumSet.allOf(EzAushaendigung.class));
        if (r.nextInt(8) != 0) {
            b.lgTermin(r.nextInt(4) == 0 ? date(r) : ANTRAG.plusDays(3));
        }
        if (r.nextInt(6) == 0) {
            b.beschaeftigungslosSeit(date(r));
        }
        return b.build();
    }

    private static StatistikEintraege eintraege(SplittableRandom r) {
        if (r.nextInt(3) != 0) {
            return Fixtures.eintraege();
        }
        var b = StatistikEintraege.builder().kundenstatus(Kundenstatus.ANTRAG).arbeitsuche(Arbeitsuche.ASU);
        return b.vermittlungsprofilAb(date(r)).arbeitsucheAb(date(r)).arbeitslosAb(date(r)).build();
    }

    private static QuerNachweis nachweis(SplittableRandom r) {
        var b = QuerNachweis.builder().from(Fixtures.vollstaendig());
        if (r.nextInt(3) == 0) {
            b = QuerNachweis.builder().addErfuellt(Mindeststandard.FMG_DATEN).kundensteuerungErforderlich(r.nextBoolean());
        }
        int points = r.nextInt(3);
        for (int i = 0; i < points; i++) {
            b.addOffenePunkte(openPoint(r));
        }
        return b.build();
    }

    private static OffenerPunkt openPoint(SplittableRandom r) {
        String key = pick(r, new String[] {"OP-1", "OP-2", "Anna Müller 17.07.1977", "\u202Ekey"});
        return r.nextBoolean()
                ? OffenerPunkt.fuer(key, pick(r, Mindeststandard.values()), date(r))
                : OffenerPunkt.zu(key, "Zeugnisse " + text(r), date(r));
    }

    private static Command command(SplittableRandom r, CaseState state) {
        StaffId actor = pick(r, ACTORS);
        StaffId ifk = state instanceof CaseState.NachBewilligung a ? a.responsibleIfk().orElse(IFK) : IFK;
        LocalDate on = date(r);
        PersonId person = r.nextBoolean() ? HA : pick(r, PERSONS);
        // the command kinds that the state allows come up more often, so that sequences get deep
        CommandKind kind = r.nextInt(3) == 0 ? pick(r, CommandKind.values()) : allowedKind(r, state);
        for (int reroll = 0; reroll < 3 && ENDING.contains(kind) && r.nextInt(6) != 0; reroll++) {
            kind = allowedKind(r, state); // commands that end or move a case come less often, so that sequences get deep
        }
        switch (kind) {
            case TAKE_APPLICATION:
                return new Command.TakeApplication(r.nextInt(4) == 0 ? actor : EZ, r.nextInt(3) == 0 ? on : ANTRAG, antrag(r));
            case PARK_ON_VM:
                return new Command.ParkOnVm(r.nextInt(4) == 0 ? actor : F_IFK, r.nextInt(3) == 0 ? on : ANTRAG, eintraege(r));
            case REQUEST_ACTIVE_SUPPORT:
                return new Command.RequestActiveSupport(actor, on, person, pick(r, ACTORS), text(r));
            case RECORD_CLARIFICATION:
                return new Command.RecordClarification(r.nextInt(4) == 0 ? actor : ifk, on, r.nextInt(4) == 0 ? r.nextInt(-1, 4) : 1, pick(r, ClarificationOutcome.values()),
                        r.nextBoolean() ? Optional.empty() : Optional.of(text(r)));
            case REJECT_APPLICATION:
                return new Command.RejectApplication(r.nextInt(3) == 0 ? actor : LG, on);
            case WITHDRAW_APPLICATION:
                return new Command.WithdrawApplication(r.nextInt(3) == 0 ? actor : EZ, on);
            case RELEASE_APPROVAL:
                return new Command.ReleaseApproval(r.nextInt(4) == 0 ? actor : LG, r.nextInt(3) == 0 ? on : BEWILLIGUNG, text(r));
            case ASSIGN_IFK:
                return new Command.AssignIfk(r.nextInt(4) == 0 ? actor : BI, on, r.nextInt(3) == 0 ? pick(r, ACTORS) : IFK);
            case SCHEDULE_QUER_APPOINTMENT:
                return new Command.ScheduleQuerAppointment(r.nextInt(4) == 0 ? actor : ifk, on, person, date(r));
            case RECORD_QUER:
                return new Command.RecordQuer(r.nextInt(4) == 0 ? actor : ifk, on, person, nachweis(r));
            case RECORD_OPEN_POINT:
                return new Command.RecordOpenPoint(r.nextInt(4) == 0 ? actor : ifk, on, person, r.nextInt(3) == 0 ? openPoint(r)
                        : OffenerPunkt.zu(pick(r, new String[] {"OP-1", "OP-2", "OP-3"}), "Zeugnisse", (on.isAfter(MAX) ? ANTRAG : on).plusDays(r.nextInt(1, 15))));
            case RESOLVE_OPEN_POINT:
                return new Command.ResolveOpenPoint(r.nextInt(4) == 0 ? actor : ifk, on, person,
                        r.nextInt(4) == 0 ? text(r) : pick(r, new String[] {"OP-1", "OP-2", "OP-3"}));
            case IMPORT_MEMBERS:
                YearMonth month = r.nextInt(10) == 0 ? YearMonth.from(pick(r, EDGE_DATES)) : YearMonth.from(on);
                return new Command.ImportMembers(r.nextInt(4) == 0 ? actor : BI, on, month, members(r));
            case END_ALG:
                return new Command.EndAlg(r.nextInt(4) == 0 ? actor : BI, on, person, date(r));
            case ROUTE_ELB:
                return new Command.RouteElb(r.nextInt(4) == 0 ? actor : ifk, on, person, pick(r, Kundensteuerung.values()), text(r));
            case SCHEDULE_FOLLOW_UP:
                return new Command.ScheduleFollowUp(r.nextInt(4) == 0 ? actor : ifk, on, person, date(r));
            case RECORD_FOLLOW_UP:
                return new Command.RecordFollowUp(r.nextInt(4) == 0 ? actor : ifk, on, person,
                        r.nextBoolean() ? CommandPool.followUp() : nachweis(r), r.nextBoolean() ? Optional.empty() : Optional.of(date(r)));
            case REVIEW_KP:
                return new Command.ReviewKp(r.nextInt(4) == 0 ? actor : ifk, on, person,
                        r.nextBoolean() ? Optional.empty() : Optional.of(date(r)));
            case RECORD_MISSED_APPOINTMENT:
                return new Command.RecordMissedAppointment(r.nextInt(4) == 0 ? actor : ifk, on, person, date(r), r.nextBoolean());
            case RECORD_MEMBER_EXIT:
                return new Command.RecordMemberExit(r.nextInt(4) == 0 ? actor : BI, on, person, date(r),
                        pick(r, MemberExit.Reason.values()));
            case END_CASE:
                return new Command.EndCase(r.nextInt(4) == 0 ? actor : BI, on, pick(r, CaseEndReason.values()));
            case MOVE_TO_GST:
                return new Command.MoveToGst(r.nextInt(4) == 0 ? actor : Fixtures.BI_05, on,
                        r.nextInt(4) == 0 ? Fixtures.GST : de.qer.core.model.GstCode.of("05"), r.nextInt(4) == 0 ? actor : Fixtures.IFK_05);
            default:
                throw new AssertionError(kind);
        }
    }

    private static CommandKind allowedKind(SplittableRandom r, CaseState state) {
        List<CommandKind> allowed = new ArrayList<>();
        for (Transitions.Transition t : Transitions.all()) {
            if (t.from() == state.kind()) {
                allowed.add(t.command());
            }
        }
        return allowed.isEmpty() ? pick(r, CommandKind.values()) : allowed.get(r.nextInt(allowed.size()));
    }
}
