package de.qer.core.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Deadlines;
import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.QerContext;
import de.qer.core.QuerPolicy;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.model.Antrag;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.FIfkDesignation;
import de.qer.core.model.GstCode;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import de.qer.core.model.Role;
import de.qer.core.model.Staff;
import de.qer.core.model.StaffId;
import de.qer.core.model.Staffing;
import de.qer.core.model.StatistikEintraege;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * R-L6 across many groups: three GSTs, several IFKs each and the VM of each GST, over two months. The rows
 * come sorted by GST, responsible and month, and each row holds exactly the QuEr of its group (checked
 * against a recount of the items).
 */
class ControllingGroupsTest {

    private static final List<String> GSTS = List.of("11", "03", "07");
    /** IFK codes in no particular order, so that an unsorted report shows. */
    private static final List<String> IFKS = List.of("ifk-k", "ifk-b", "ifk-x", "ifk-a");
    private static final LocalDate ANTRAG = LocalDate.of(2026, 10, 5);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Staffing staffing() {
        List<Staff> staff = new ArrayList<>();
        List<FIfkDesignation> plan = new ArrayList<>();
        for (String g : GSTS) {
            staff.add(Staff.of("ez" + g, g, Role.EZ));
            staff.add(Staff.of("fifk" + g, g, Role.IFK));
            staff.add(Staff.of("lg" + g, g, Role.EXPERTE_LG));
            staff.add(Staff.of("bi" + g, g, Role.EXPERTE_BI));
            for (String i : IFKS) {
                staff.add(Staff.of(i + g, g, Role.IFK));
            }
            for (LocalDate day = ANTRAG; day.isBefore(d("2026-10-10")); day = day.plusDays(1)) {
                plan.add(new FIfkDesignation(GstCode.of(g), "BI", day, StaffId.of("fifk" + g)));
            }
        }
        return Staffing.of(staff, plan);
    }

    /** A case of one person at GST g, approved on the given day, assigned to the IFK if one is given. */
    private static CaseState approved(QuerDecider decider, String id, String g, LocalDate approval, String ifk) {
        Mitglied m = Mitglied.builder().id(PersonId.of("p-" + id)).geburtsdatum(d("1980-01-01")).build();
        Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of(id)).haushaltsvorstand(m.id()).addMitglieder(m).build();
        Antrag a = Antrag.builder().gst(GstCode.of(g)).antragsdatum(ANTRAG).bedarfsgemeinschaft(bg)
                .ausgehaendigt(EnumSet.allOf(EzAushaendigung.class)).lgTermin(ANTRAG.plusDays(3)).build();
        Run run = new Run(decider)
                .ok(new Command.TakeApplication(StaffId.of("ez" + g), ANTRAG, a))
                .ok(new Command.ParkOnVm(StaffId.of("fifk" + g), ANTRAG, StatistikEintraege.builder().from(Fixtures.eintraege())
                        .vermittlungsprofilAb(ANTRAG).arbeitsucheAb(ANTRAG).arbeitslosAb(ANTRAG).build()))
                .ok(new Command.ReleaseApproval(StaffId.of("lg" + g), approval, "LMG"));
        if (ifk != null) {
            run.ok(new Command.AssignIfk(StaffId.of("bi" + g), approval, StaffId.of(ifk + g)));
        }
        return run.state;
    }

    /** Per GST, per IFK and for the VM: a QuEr due in November and one due in December. */
    private static List<CaseState> cases() {
        QuerDecider decider = QuerDecider.of(Deadlines.standard(), staffing());
        List<CaseState> cases = new ArrayList<>();
        int n = 0;
        for (String g : GSTS) {
            List<String> responsible = new ArrayList<>(IFKS);
            responsible.add(null);
            for (String ifk : responsible) {
                cases.add(approved(decider, "BG-" + n++, g, d("2026-11-02"), ifk)); // due 16 Nov
                cases.add(approved(decider, "BG-" + n++, g, d("2026-11-23"), ifk)); // due 7 Dec
            }
        }
        return cases;
    }

    @Test
    void rL6_rowsAreSortedByGstResponsibleAndMonth_andEachHoldsTheQuerOfItsGroup() {
        List<CaseState> cases = cases();
        Controlling controlling = Controlling.of(Deadlines.standard());
        LocalDate today = d("2026-12-01");
        ControllingReport r = controlling.report(cases, YearMonth.of(2026, 11), YearMonth.of(2026, 12), today);

        Comparator<ControllingRow> order = Comparator.comparing((ControllingRow x) -> x.gst().value())
                .thenComparing(x -> x.zustaendigkeit().code()).thenComparing(x -> x.month().toString());
        List<ControllingRow> sorted = new ArrayList<>(r.rows());
        sorted.sort(order);
        assertEquals(sorted, r.rows(), "rows sorted by GST, responsible and month");
        assertEquals(GSTS.size() * (IFKS.size() + 1) * 2, r.rows().size());

        // the reference: the items, grouped by hand
        Map<String, int[]> byGroup = new TreeMap<>();
        for (ControllingItem i : controlling.items(cases, today)) {
            String key = i.gst().value() + "|" + i.zustaendigkeit().code() + "|" + YearMonth.from(i.deadline().due());
            int[] c = byGroup.computeIfAbsent(key, k -> new int[4]);
            c[i.outcome().ordinal()]++;
        }
        Map<String, int[]> fromRows = new TreeMap<>();
        for (ControllingRow row : r.rows()) {
            ControllingFigures f = row.figures();
            fromRows.put(row.gst().value() + "|" + row.zustaendigkeit().code() + "|" + row.month(),
                    new int[] {f.heldInTime(), f.heldLate(), f.open(), f.overdue()});
        }
        assertEquals(byGroup.keySet(), fromRows.keySet());
        byGroup.forEach((k, v) -> assertEquals(List.of(v[0], v[1], v[2], v[3]),
                List.of(fromRows.get(k)[0], fromRows.get(k)[1], fromRows.get(k)[2], fromRows.get(k)[3]), k));
        // November's QuEr are overdue on 1 December, December's are open
        assertEquals(new ControllingFigures(15, 0, 0, 0, 15, OptionalDouble.empty()), r.totals().get(YearMonth.of(2026, 11)));
        assertEquals(new ControllingFigures(15, 0, 0, 15, 0, OptionalDouble.empty()), r.totals().get(YearMonth.of(2026, 12)));
        assertEquals(new TreeSet<>(List.of("QuEr.03, VM", "QuEr.07, VM", "QuEr.11, VM")), new TreeSet<>(
                r.rows().stream().map(x -> x.zustaendigkeit().code()).filter(c -> c.startsWith("QuEr.")).toList()));
    }

    @Test
    void rL6_aRangeOfAtMost1200Months_isAccepted_oneMoreIsNot() {
        Controlling controlling = Controlling.of(Deadlines.standard());
        List<CaseState> none = List.of();
        YearMonth from = YearMonth.of(2000, 1);
        ControllingReport longest = controlling.report(none, from, from.plusMonths(1199), d("2026-12-01"));
        assertEquals(1200, longest.totals().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> controlling.report(none, from, from.plusMonths(1200), d("2026-12-01")));
        assertTrue(e.getMessage().startsWith("R-L6"), e::getMessage);
        assertThrows(IllegalArgumentException.class, () -> controlling.report(none, from, from.minusMonths(1), d("2026-12-01")));
    }

    @Test
    void rL6_theMedianWorkingDays_countWithTheCalendarOfTheContext() {
        // approved 2 Nov (R-F1: due 16 Nov), QuEr held on 13 Nov: 9 working days in NRW
        Run run = new Run(Fixtures.decider())
                .ok(new Command.TakeApplication(Fixtures.EZ, Fixtures.ANTRAG, Fixtures.antrag(Fixtures.bgAllein())))
                .ok(new Command.ParkOnVm(Fixtures.F_IFK, Fixtures.ANTRAG, Fixtures.eintraege()))
                .ok(new Command.ReleaseApproval(Fixtures.LG, d("2026-11-02"), "LMG"))
                .ok(new Command.AssignIfk(Fixtures.BI, d("2026-11-02"), Fixtures.IFK))
                .ok(new Command.RecordQuer(Fixtures.IFK, d("2026-11-13"), Fixtures.HA, Fixtures.vollstaendig()));
        List<CaseState> cases = List.of(run.state);
        YearMonth nov = YearMonth.of(2026, 11);
        ControllingFigures standard = Controlling.of(QerContext.standard()).report(cases, nov, nov, d("2026-12-01")).total();
        assertEquals(OptionalDouble.of(9), standard.medianWorkingDays());
        // a host that closes on two of those days counts two working days fewer
        QerContext closed = QerContext.of(WorkingDayCalendar.nrw().withClosureDays(List.of(d("2026-11-05"), d("2026-11-06"))),
                de.qer.core.PolicyTimeline.of(QuerPolicy.standard()));
        ControllingFigures withClosures = Controlling.of(closed).report(cases, nov, nov, d("2026-12-01")).total();
        assertEquals(OptionalDouble.of(7), withClosures.medianWorkingDays());
        assertEquals(1, withClosures.heldInTime());
    }
}
