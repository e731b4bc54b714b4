package de.qer.core.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Deadlines;
import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.lifecycle.CaseEndReason;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Decision;
import de.qer.core.lifecycle.MemberExit;
import de.qer.core.lifecycle.MemberQuer;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.lifecycle.QuerStatus;
import de.qer.core.lifecycle.Rejection;
import de.qer.core.model.Antrag;
import de.qer.core.model.Arbeitsuche;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.FIfkDesignation;
import de.qer.core.model.GstCode;
import de.qer.core.model.Kundenstatus;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import de.qer.core.model.Role;
import de.qer.core.model.Staff;
import de.qer.core.model.StaffId;
import de.qer.core.model.Staffing;
import de.qer.core.model.StatistikEintraege;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** R-L6: controlling per GST, IFK and month, checked on scenarios and against a naive recount. */
class ControllingTest {

    private static final Deadlines DEADLINES = Deadlines.standard();
    private static final WorkingDayCalendar CAL = DEADLINES.calendar();
    private static final Controlling CONTROLLING = Controlling.of(DEADLINES);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Bedarfsgemeinschaft single(String id) {
        Mitglied m = Mitglied.builder().id(PersonId.of("p-" + id)).geburtsdatum(d("1980-01-01")).build();
        return Bedarfsgemeinschaft.builder().id(CaseId.of(id)).haushaltsvorstand(m.id()).addMitglieder(m).build();
    }

    private static PersonId ha(String id) {
        return PersonId.of("p-" + id);
    }

    /** NachBewilligung on the given day (R-F1: due on the 10th working day after it); assigned to the IFK if asked. */
    private static Run approved(String id, LocalDate approval, boolean assign) {
        Run run = new Run(Fixtures.decider())
                .ok(new Command.TakeApplication(Fixtures.EZ, Fixtures.ANTRAG, Fixtures.antrag(single(id))))
                .ok(new Command.ParkOnVm(Fixtures.F_IFK, Fixtures.ANTRAG, Fixtures.eintraege()))
                .ok(new Command.ReleaseApproval(Fixtures.LG, approval, "LMG"));
        if (assign) {
            run.ok(new Command.AssignIfk(Fixtures.BI, approval, Fixtures.IFK));
        }
        return run;
    }

    private static Run held(String id, LocalDate approval, LocalDate quer) {
        Run run = approved(id, approval, true);
        return run.ok(new Command.RecordQuer(Fixtures.IFK, quer, ha(id), Fixtures.vollstaendig()));
    }

    // ------------------------------------------------------------------------------------ scenarios

    @Test
    void rL6_inTimeLateOpenAndOverdue_perResponsibleAndMonthOfTheDueDate() {
        // R-F1 due dates: 13 Nov -> 27 Nov; 16 Nov -> 30 Nov; 6 Nov -> 20 Nov; 20 Nov -> 4 Dec
        List<CaseState> cases = List.of(
                held("BG-A", d("2026-11-13"), d("2026-11-24")).state,   // in time, 7 AT after the approval
                held("BG-B", d("2026-11-16"), d("2026-12-02")).state,   // late, 12 AT; belongs to November (due 30 Nov)
                approved("BG-C", d("2026-11-06"), true).state,          // overdue
                approved("BG-D", d("2026-11-20"), true).state,          // open: due 4 Dec
                approved("BG-E", d("2026-11-13"), false).state);        // overdue on the VM
        ControllingReport r = CONTROLLING.report(cases, YearMonth.of(2026, 11), YearMonth.of(2026, 12), d("2026-12-03"));

        assertEquals(List.of("03|QuEr.03, VM|2026-11", "03|ifk03a|2026-11", "03|ifk03a|2026-12"),
                r.rows().stream().map(x -> x.gst().value() + "|" + x.zustaendigkeit().code() + "|" + x.month()).toList());
        assertEquals(new ControllingFigures(1, 0, 0, 0, 1, OptionalDouble.empty()), r.rows().get(0).figures());
        ControllingFigures nov = r.rows().get(1).figures();
        assertEquals(new ControllingFigures(3, 1, 1, 0, 1, OptionalDouble.of(9.5)), nov);
        assertEquals(1.0 / 3, nov.shareInTime().getAsDouble(), 1e-12);
        ControllingFigures dec = r.rows().get(2).figures();
        assertEquals(new ControllingFigures(1, 0, 0, 1, 0, OptionalDouble.empty()), dec);
        assertTrue(dec.shareInTime().isEmpty(), "an open QuEr is not decided yet");
        assertEquals(new ControllingFigures(4, 1, 1, 0, 2, OptionalDouble.of(9.5)), r.totals().get(YearMonth.of(2026, 11)));
        assertEquals(new ControllingFigures(5, 1, 1, 1, 2, OptionalDouble.of(9.5)), r.total());
        assertEquals(0.25, r.total().shareInTime().getAsDouble(), 1e-12);

        // the same states a day later: D is due on 4 Dec, still open; on 7 Dec it is overdue
        assertEquals(1, CONTROLLING.report(cases, YearMonth.of(2026, 12), YearMonth.of(2026, 12), d("2026-12-04")).total().open());
        assertEquals(1, CONTROLLING.report(cases, YearMonth.of(2026, 12), YearMonth.of(2026, 12), d("2026-12-07")).total().overdue());
        // a month outside the range counts nowhere, but every month of the range has its total
        ControllingReport jan = CONTROLLING.report(cases, YearMonth.of(2027, 1), YearMonth.of(2027, 2), d("2026-12-03"));
        assertTrue(jan.rows().isEmpty());
        assertEquals(List.of(YearMonth.of(2027, 1), YearMonth.of(2027, 2)), List.copyOf(jan.totals().keySet()));
        assertEquals(0, jan.total().due());
    }

    @Test
    void rL6_endedCasesCountWithTheirLastState_droppedOutMembersNotAsOpenOrOverdue() {
        LocalDate today = d("2026-12-10");
        // held, then the case ended: counts as held in time
        CaseState heldThenEnded = held("BG-A", d("2026-11-13"), d("2026-11-20"))
                .ok(new Command.EndCase(Fixtures.BI, d("2026-12-01"), CaseEndReason.RECEIPT_ENDED)).state;
        // ended before the due date (27 Nov): counts nowhere
        CaseState endedBeforeDue = approved("BG-B", d("2026-11-13"), true)
                .ok(new Command.EndCase(Fixtures.BI, d("2026-11-20"), CaseEndReason.OTHER_JOBCENTER)).state;
        // ended after the due date without a QuEr: overdue
        CaseState endedAfterDue = approved("BG-C", d("2026-11-13"), true)
                .ok(new Command.EndCase(Fixtures.BI, d("2026-12-01"), CaseEndReason.RECEIPT_ENDED)).state;
        // a family: the Hauptantragsteller due 27 Nov; the 16-year-old due in January after the December import
        // (R-F2), but the child leaves the BG on 5 January, before that
        Run family = Fixtures.assigned(Fixtures.bgFamilie())
                .ok(new Command.ImportMembers(Fixtures.BI, d("2026-12-15"), YearMonth.of(2026, 12), List.of(Fixtures.ha(),
                        Fixtures.partnerAlg(), Fixtures.kind16(), Fixtures.kind14())));
        assertTrue(family.state instanceof CaseState.NachBewilligung a
                && a.members().get(Fixtures.KIND_16).get().status() instanceof QuerStatus.Faellig f
                && YearMonth.from(f.deadline().due()).equals(YearMonth.of(2027, 1)));
        assertEquals(1, CONTROLLING.report(List.of(family.state), YearMonth.of(2027, 1), YearMonth.of(2027, 1), today).total().open());
        family.ok(new Command.RecordMemberExit(Fixtures.BI, d("2026-12-20"), Fixtures.KIND_16, d("2027-01-05"),
                MemberExit.Reason.LEFT_BG));
        assertTrue(endedBeforeDue instanceof CaseState.Beendet);

        ControllingReport r = CONTROLLING.report(List.of(heldThenEnded, endedBeforeDue, endedAfterDue, family.state),
                YearMonth.of(2026, 11), YearMonth.of(2027, 1), today);
        // A in time, C overdue, the family's Hauptantragsteller overdue; B and the child do not count
        assertEquals(new ControllingFigures(3, 1, 0, 0, 2, OptionalDouble.of(5)), r.total());
        List<ControllingItem> items = CONTROLLING.items(List.of(heldThenEnded, endedBeforeDue, endedAfterDue, family.state), today);
        assertEquals(List.of("BG-2", "BG-A", "BG-C"), items.stream().map(i -> i.caseId().value()).sorted().toList());
        assertFalse(items.stream().anyMatch(i -> i.member().equals(Fixtures.KIND_16)), "the child dropped out before its due date");
    }

    @Test
    void rL6_csvHasAStableHeaderAndOneLinePerRow_andTheTextNamesTheFigures() {
        List<CaseState> cases = List.of(
                held("BG-A", d("2026-11-13"), d("2026-11-24")).state,
                held("BG-B", d("2026-11-16"), d("2026-12-02")).state,
                approved("BG-C", d("2026-11-06"), true).state,
                approved("BG-E", d("2026-11-13"), false).state);
        ControllingReport r = CONTROLLING.report(cases, YearMonth.of(2026, 11), YearMonth.of(2026, 11), d("2026-12-03"));
        assertEquals("gst;responsible;month;due;held_in_time;held_late;open;overdue;share_in_time;median_working_days\r\n"
                + "03;QuEr.03, VM;2026-11;1;0;0;0;1;0.0000;\r\n"
                + "03;ifk03a;2026-11;3;1;1;0;1;0.3333;9.5\r\n", r.toCsv());
        String de = r.format(Locale.GERMAN);
        assertTrue(de.contains("fällig") && de.contains("Summe") && de.contains("33.3%") && de.contains("QuEr.03, VM"), de);
        String en = r.format(Locale.ENGLISH);
        assertTrue(en.contains("overdu") && en.contains("total") && en.contains("9.5"), en);
    }

    @Test
    void rL6_csvQuotesAFieldWithTheSeparator() {
        Run run = new Run(Fixtures.decider())
                .ok(new Command.TakeApplication(Fixtures.EZ, Fixtures.ANTRAG, Fixtures.antrag(single("BG-Q"))))
                .ok(new Command.ParkOnVm(Fixtures.F_IFK, Fixtures.ANTRAG, Fixtures.eintraege()))
                .ok(new Command.ReleaseApproval(Fixtures.LG, d("2026-11-13"), "LMG"));
        CaseState.Bewilligt b = (CaseState.Bewilligt) run.state;
        CaseState.InBetreuung odd = new CaseState.InBetreuung(b.antrag(), b.bewilligungsdatum(), b.bedarfsgemeinschaft(), b.members(),
                b.lastImport(), StaffId.of("ifk;\"x\""), b.requests(), b.gst());
        String csv = CONTROLLING.report(List.of(odd), YearMonth.of(2026, 11), YearMonth.of(2026, 11), d("2026-12-01")).toCsv();
        assertTrue(csv.contains("03;\"ifk;\"\"x\"\"\";2026-11;1;0;0;0;1;0.0000;\r\n"), csv);
    }

    @Test
    void rL6_arguments() {
        assertThrows(IllegalArgumentException.class,
                () -> CONTROLLING.report(List.of(), YearMonth.of(2026, 12), YearMonth.of(2026, 11), d("2026-12-01")));
        assertThrows(IllegalArgumentException.class,
                () -> CONTROLLING.report(List.of(), YearMonth.of(2026, 1), YearMonth.of(2126, 1), d("2026-12-01")));
        assertEquals(1200, CONTROLLING.report(List.of(), YearMonth.of(2026, 1), YearMonth.of(2125, 12), d("2026-12-01")).totals().size());
        assertThrows(NullPointerException.class, () -> CONTROLLING.report(null, YearMonth.of(2026, 11), YearMonth.of(2026, 11),
                d("2026-12-01")));
        List<CaseState> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> CONTROLLING.report(withNull, YearMonth.of(2026, 11), YearMonth.of(2026, 11),
                d("2026-12-01")));
        assertThrows(IllegalArgumentException.class, () -> new ControllingFigures(3, 1, 1, 0, 0, OptionalDouble.empty()));
        assertThrows(NullPointerException.class, () -> Controlling.of((Deadlines) null));
        ControllingReport empty = CONTROLLING.report(List.of(QuerDecider.initialState()), YearMonth.of(2026, 11),
                YearMonth.of(2026, 11), d("2026-12-01"));
        assertEquals(ControllingReport.CSV_HEADER + "\r\n", empty.toCsv());
        assertTrue(empty.total().medianWorkingDays().isEmpty() && empty.total().shareInTime().isEmpty());
    }

    // ------------------------------------------------------------------------------------ against a naive recount

    @Test
    void rL6_agreesWithANaiveRecount_overRandomCases() {
        qt().withExamples(60).withShrinkCycles(20)
                .forAll(longs().all(), integers().between(0, 40), integers().between(0, 420), integers().between(0, 13))
                .check((seed, n, todayOffset, span) -> {
                    List<CaseState> states = new Generator(seed, 2027).cases(n);
                    LocalDate today = LocalDate.of(2027, 1, 1).plusDays(todayOffset);
                    YearMonth from = YearMonth.of(2027, 1).plusMonths(Math.floorMod(seed, 6));
                    YearMonth to = from.plusMonths(span);
                    return sameFigures(CONTROLLING.report(states, from, to, today), naive(states, from, to, today));
                });
    }

    @Test
    void aGeneratedYearAtOneGst_controllingAndTheMorningListAgreeWithANaiveRecount() {
        long started = System.nanoTime();
        List<CaseState> year = new Generator(20270101L, 2027).cases(2_400);
        LocalDate today = d("2027-11-15");
        ControllingReport r = CONTROLLING.report(year, YearMonth.of(2027, 1), YearMonth.of(2027, 12), today);
        assertTrue(sameFigures(r, naive(year, YearMonth.of(2027, 1), YearMonth.of(2027, 12), today)));
        // the year is rich enough to mean something
        ControllingFigures t = r.total();
        assertTrue(t.due() > 2_400 && t.heldInTime() > 1_000 && t.heldLate() > 100 && t.open() > 10 && t.overdue() > 100, t::toString);
        assertTrue(r.rows().stream().anyMatch(x -> x.zustaendigkeit().code().equals("QuEr.03, VM")));
        assertTrue(year.stream().anyMatch(s -> s instanceof CaseState.Beendet));
        assertEquals(t.due(), r.rows().stream().mapToInt(x -> x.figures().due()).sum());
        assertEquals(t.due(), r.totals().values().stream().mapToInt(ControllingFigures::due).sum());
        assertEquals(r.rows().size() + 1, r.toCsv().split("\r\n").length);
        // a large collection is counted in parallel, an Iterable sequentially: the same report
        List<CaseState> many = new ArrayList<>();
        for (int k = 0; k * year.size() <= Controlling.PARALLEL_THRESHOLD; k++) {
            many.addAll(year);
        }
        Iterable<CaseState> sequential = many::iterator;
        assertEquals(CONTROLLING.report(sequential, YearMonth.of(2027, 1), YearMonth.of(2027, 12), today),
                CONTROLLING.report(many, YearMonth.of(2027, 1), YearMonth.of(2027, 12), today));

        Oversight oversight = Oversight.of(DEADLINES);
        for (LocalDate day : List.of(d("2027-02-01"), d("2027-06-15"), d("2027-11-15"), d("2028-01-10"))) {
            OversightReport list = oversight.morningList(year, day, 3);
            List<String> quer = list.items().stream().filter(i -> List.of("R-F1", "R-F2", "R-E2").contains(i.deadline().rule()))
                    .map(i -> i.caseId().value() + "/" + i.member().value() + "/" + i.category()).sorted().toList();
            assertEquals(naiveMorningList(year, day, 3), quer, "morning list on " + day);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 10_000, millis + " ms");
    }

    /** Compares the report's rows, monthly totals and total with the naive recount. */
    private static boolean sameFigures(ControllingReport r, Map<String, ControllingFigures> naive) {
        Map<String, ControllingFigures> actual = new TreeMap<>();
        for (ControllingRow row : r.rows()) {
            actual.put(row.gst().value() + "|" + row.zustaendigkeit().code() + "|" + row.month(), row.figures());
        }
        r.totals().forEach((m, f) -> actual.put("*|*|" + m, f));
        actual.put("*|*|*", r.total());
        assertEquals(naive, actual);
        return true;
    }

    /** The naive recount: every member of every case, by the definitions of R-L6, written out once more. */
    private static Map<String, ControllingFigures> naive(List<CaseState> states, YearMonth from, YearMonth to, LocalDate today) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, List<Integer>> days = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            counts.put("*|*|" + m, new int[4]);
            days.put("*|*|" + m, new ArrayList<>());
        }
        counts.put("*|*|*", new int[4]);
        days.put("*|*|*", new ArrayList<>());
        for (CaseState state : states) {
            CaseState.NachBewilligung a;
            LocalDate lastDay = LocalDate.MAX;
            if (state instanceof CaseState.Beendet b) {
                a = b.last();
                lastDay = b.on();
            } else if (state instanceof CaseState.NachBewilligung x) {
                a = x;
            } else {
                continue;
            }
            String who = a.responsibleIfk().map(StaffId::value).orElse("QuEr." + a.gst().value() + ", VM");
            for (MemberQuer m : a.members().values()) {
                int kind;            // 0 in time, 1 late, 2 open, 3 overdue
                LocalDate due;
                Integer wd = null;
                if (m.status() instanceof QuerStatus.Durchgefuehrt h && h.deadline().isPresent()) {
                    due = h.deadline().get().due();
                    kind = h.on().compareTo(due) <= 0 ? 0 : 1;
                    wd = CAL.workingDaysBetween(h.deadline().get().trigger(), h.on());
                } else if (m.status() instanceof QuerStatus.Faellig f) {
                    due = f.deadline().due();
                    boolean memberGone = m.exit().isPresent() && !m.exit().get().from().isAfter(due);
                    if (memberGone || due.isAfter(lastDay)) {
                        continue;
                    }
                    kind = due.isBefore(today) ? 3 : 2;
                } else {
                    continue;
                }
                YearMonth month = YearMonth.of(due.getYear(), due.getMonthValue());
                if (month.isBefore(from) || month.isAfter(to)) {
                    continue;
                }
                for (String key : List.of(a.gst().value() + "|" + who + "|" + month, "*|*|" + month, "*|*|*")) {
                    counts.computeIfAbsent(key, k -> new int[4])[kind]++;
                    if (wd != null) {
                        days.computeIfAbsent(key, k -> new ArrayList<>()).add(wd);
                    }
                }
            }
        }
        Map<String, ControllingFigures> result = new TreeMap<>();
        counts.forEach((key, c) -> {
            List<Integer> w = new ArrayList<>(days.getOrDefault(key, List.of()));
            Collections.sort(w);
            OptionalDouble median = w.isEmpty() ? OptionalDouble.empty()
                    : w.size() % 2 == 1 ? OptionalDouble.of(w.get(w.size() / 2))
                    : OptionalDouble.of((w.get(w.size() / 2 - 1) + w.get(w.size() / 2)) / 2.0);
            result.put(key, new ControllingFigures(c[0] + c[1] + c[2] + c[3], c[0], c[1], c[2], c[3], median));
        });
        return result;
    }

    /** R-L5, naively: the QuEr due items of running cases and members still in the case, without Aufstocker*innen. */
    private static List<String> naiveMorningList(List<CaseState> states, LocalDate today, int soon) {
        LocalDate horizon = CAL.plusWorkingDays(today, soon);
        List<String> out = new ArrayList<>();
        for (CaseState state : states) {
            if (!(state instanceof CaseState.NachBewilligung a)) {
                continue; // not approved, or ended
            }
            for (MemberQuer m : a.members().values()) {
                if (m.exit().isPresent() && !today.isBefore(m.exit().get().from())) {
                    continue;
                }
                if (!(m.status() instanceof QuerStatus.Faellig f)) {
                    continue;
                }
                if (a.bedarfsgemeinschaft().mitglied(m.person()).orElseThrow().isAufstockerOn(today)) {
                    continue;
                }
                LocalDate due = f.deadline().due();
                String category = due.isBefore(today) ? "OVERDUE" : due.equals(today) ? "DUE_TODAY"
                        : due.isAfter(horizon) ? null : "DUE_SOON";
                if (category != null) {
                    out.add(a.antrag().caseId().value() + "/" + m.person().value() + "/" + category);
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    // ------------------------------------------------------------------------------------ a generated year

    /**
     * Cases at GST 03 over a year, driven through the decider: applications on working days, withdrawn,
     * rejected or approved; most assigned to one of four IFKs, some left on the VM; QuEr held in time,
     * late or not at all; Aufstocker*innen whose ALG ends, children turning 15 and newcomers found in a
     * monthly import; members dropping out and cases ending. Commands that the decider refuses are left
     * out, as a host would.
     */
    static final class Generator {
        private static final GstCode GST = GstCode.of("03");
        private static final StaffId EZ = StaffId.of("ez03");
        private static final StaffId LG = StaffId.of("lg03");
        private static final StaffId BI = StaffId.of("bi03");
        private static final StaffId[] IFK = {StaffId.of("ifk03a"), StaffId.of("ifk03b"), StaffId.of("ifk03c"), StaffId.of("ifk03d")};
        private static final Map<Integer, QuerDecider> DECIDERS = new java.util.concurrent.ConcurrentHashMap<>();

        private final SplittableRandom random;
        private final int year;
        private final QuerDecider decider;
        private final List<LocalDate> workingDays = new ArrayList<>();

        Generator(long seed, int year) {
            this.random = new SplittableRandom(seed);
            this.year = year;
            this.decider = DECIDERS.computeIfAbsent(year, Generator::decider);
            for (LocalDate x = LocalDate.of(year, 1, 1); x.getYear() == year; x = x.plusDays(1)) {
                if (CAL.isWorkingDay(x)) {
                    workingDays.add(x);
                }
            }
        }

        private static QuerDecider decider(int year) {
            List<Staff> staff = new ArrayList<>();
            staff.add(new Staff(EZ, GST, EnumSet.of(Role.EZ)));
            for (StaffId id : IFK) {
                staff.add(new Staff(id, GST, EnumSet.of(Role.IFK)));
            }
            staff.add(new Staff(LG, GST, EnumSet.of(Role.EXPERTE_LG)));
            staff.add(new Staff(BI, GST, EnumSet.of(Role.EXPERTE_BI)));
            List<FIfkDesignation> plan = new ArrayList<>();
            for (LocalDate x = LocalDate.of(year - 1, 12, 1); x.isBefore(LocalDate.of(year + 2, 1, 1)); x = x.plusDays(1)) {
                plan.add(new FIfkDesignation(GST, "BI-Team 1", x, fIfk(x)));
            }
            return QuerDecider.of(DEADLINES, Staffing.of(staff, plan));
        }

        private static StaffId fIfk(LocalDate x) {
            return IFK[(int) Math.floorMod(x.toEpochDay(), (long) IFK.length)];
        }

        List<CaseState> cases(int n) {
            List<CaseState> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(oneCase(String.format(Locale.ROOT, "BG-%05d", i + 1)));
            }
            return list;
        }

        private LocalDate later(LocalDate from, int minWd, int maxWd) {
            return CAL.plusWorkingDays(from, minWd + random.nextInt(maxWd - minWd + 1));
        }

        private CaseState oneCase(String id) {
            LocalDate day = workingDays.get(random.nextInt(workingDays.size()));
            List<Mitglied> members = new ArrayList<>();
            PersonId ha = PersonId.of(id + "-1");
            members.add(adult(ha, day));
            int size = 1 + random.nextInt(4);
            if (size >= 2 && random.nextBoolean()) {
                members.add(adult(PersonId.of(id + "-2"), day));
            }
            for (int k = members.size(); k < size; k++) {
                LocalDate birth = random.nextInt(4) == 0 ? day.plusDays(random.nextInt(90)).minusYears(15)
                        : day.minusYears(random.nextInt(18)).minusDays(random.nextInt(365));
                members.add(Mitglied.builder().id(PersonId.of(id + "-" + (k + 1))).geburtsdatum(birth).build());
            }
            Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of(id)).haushaltsvorstand(ha).mitglieder(members).build();
            Antrag antrag = Antrag.builder().gst(GST).antragsdatum(day).bedarfsgemeinschaft(bg)
                    .ausgehaendigt(EnumSet.allOf(EzAushaendigung.class)).lgTermin(CAL.plusWorkingDays(day, 2)).build();
            Driver c = new Driver();
            c.tryDo(new Command.TakeApplication(EZ, day, antrag));
            c.tryDo(new Command.ParkOnVm(fIfk(day), day, StatistikEintraege.builder().kundenstatus(Kundenstatus.ANTRAG)
                    .vermittlungsprofilAb(day).arbeitsuche(Arbeitsuche.ASU).arbeitsucheAb(day).arbeitslosAb(day).build()));
            LocalDate decision = later(day, 2, 8);
            int o = random.nextInt(100);
            if (o < 4) {
                c.tryDo(new Command.WithdrawApplication(EZ, decision));
                return c.state;
            }
            if (o < 8) {
                c.tryDo(new Command.RejectApplication(LG, decision));
                return c.state;
            }
            c.tryDo(new Command.ReleaseApproval(LG, decision, "LMG-" + id));
            StaffId ifk = IFK[random.nextInt(IFK.length)];
            boolean assign = random.nextInt(100) < 88;
            if (assign) {
                c.tryDo(new Command.AssignIfk(BI, later(decision, 0, 3), ifk));
            }
            // ALG ends for some Aufstocker*innen (R-E2)
            for (Mitglied m : members) {
                if (m.algBezugBis().isPresent()) {
                    c.tryDo(new Command.EndAlg(BI, m.algBezugBis().get().plusDays(1), m.id(), m.algBezugBis().get()));
                }
            }
            // the monthly import of the approval month finds children turning 15 and sometimes a newcomer (R-F2)
            YearMonth importMonth = YearMonth.from(decision);
            if (random.nextInt(3) == 0) {
                List<Mitglied> imported = new ArrayList<>(members);
                if (random.nextInt(4) == 0) {
                    imported.add(Mitglied.builder().id(PersonId.of(id + "-9")).geburtsdatum(LocalDate.of(1990 + random.nextInt(10), 3, 3))
                            .mitgliedSeit(importMonth.atDay(10)).build());
                }
                LocalDate importDay = CAL.plusWorkingDays(importMonth.atEndOfMonth().plusDays(1), -1);
                c.tryDo(new Command.ImportMembers(BI, importDay, importMonth, imported));
            }
            // each due QuEr is held in time, late or not at all
            if (c.state instanceof CaseState.NachBewilligung a) {
                for (MemberQuer m : a.members().values()) {
                    if (!(m.status() instanceof QuerStatus.Faellig f)) {
                        continue;
                    }
                    int h = random.nextInt(100);
                    LocalDate due = f.deadline().due();
                    LocalDate quer = h < 70 ? CAL.plusWorkingDays(due, -random.nextInt(6))
                            : h < 85 ? later(due, 1, 20) : null;
                    if (quer != null) {
                        c.tryDo(new Command.RecordQuer(ifk, quer.isBefore(decision) ? decision : quer, m.person(), Fixtures.vollstaendig()));
                    }
                }
            }
            // members drop out, cases end (R-L4)
            if (c.state instanceof CaseState.NachBewilligung a && a.members().size() > 1 && random.nextInt(10) == 0) {
                MemberQuer m = a.members().values().last();
                c.tryDo(new Command.RecordMemberExit(BI, decision, m.person(), later(decision, 0, 25), MemberExit.Reason.LEFT_BG));
            }
            if (random.nextInt(12) == 0) {
                c.tryDo(new Command.EndCase(BI, later(decision, 0, 30), CaseEndReason.RECEIPT_ENDED));
            }
            return c.state;
        }

        private Mitglied adult(PersonId id, LocalDate day) {
            var b = Mitglied.builder().id(id).geburtsdatum(day.minusYears(18 + random.nextInt(45)).minusDays(random.nextInt(365)));
            if (random.nextInt(10) == 0) {
                b.algAnspruch(true);
                if (random.nextBoolean()) {
                    b.algBezugBis(day.plusDays(random.nextInt(60)));
                }
            }
            return b.build();
        }

        /** Drives one case and leaves out what the decider refuses. */
        private final class Driver {
            CaseState state = QuerDecider.initialState();

            void tryDo(Command c) {
                Either<Rejection, Decision> r = decider.decide(state, c);
                if (r.isRight()) {
                    state = decider.evolve(state, r.get().events());
                }
            }
        }
    }
}
