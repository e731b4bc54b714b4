package de.qer.json;

import de.qer.core.Deadlines;
import de.qer.core.lifecycle.CaseEndReason;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.ClarificationOutcome;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.MemberExit;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.lifecycle.Rejection;
import de.qer.core.model.Antrag;
import de.qer.core.model.Arbeitsuche;
import de.qer.core.model.Aufenthaltsstatus;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.FIfkDesignation;
import de.qer.core.model.GstCode;
import de.qer.core.model.Kundenstatus;
import de.qer.core.model.Kundensteuerung;
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
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Test cases of qer-json's own (qer-core publishes no test jar): GST 03 with its staff, a BG of four
 * applying on Monday 2 November 2026, whole case lives and a pool of commands for random sequences.
 */
final class Cases {

    static final GstCode GST = GstCode.of("03");
    static final StaffId EZ = StaffId.of("ez03");
    static final StaffId IFK = StaffId.of("ifk03a");
    static final StaffId F_IFK = StaffId.of("ifk03b");
    static final StaffId LG = StaffId.of("lg03");
    static final StaffId BI = StaffId.of("bi03");
    static final StaffId BI_05 = StaffId.of("bi05");
    static final StaffId IFK_05 = StaffId.of("ifk05");
    static final PersonId HA = PersonId.of("P-1");
    static final PersonId PARTNER = PersonId.of("P-2");
    static final PersonId KIND_16 = PersonId.of("P-3");
    static final PersonId KIND_14 = PersonId.of("P-4");
    static final CaseId CASE = CaseId.of("BG-4711");
    static final LocalDate ANTRAG = LocalDate.of(2026, 11, 2);
    static final LocalDate BEWILLIGUNG = LocalDate.of(2026, 11, 13);

    private Cases() {
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static Staffing staffing() {
        List<FIfkDesignation> plan = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 10, 1); d.isBefore(LocalDate.of(2027, 6, 1)); d = d.plusDays(1)) {
            plan.add(new FIfkDesignation(GST, "BI-Team 1", d, F_IFK));
        }
        return Staffing.of(List.of(Staff.of("ez03", "03", Role.EZ), Staff.of("ifk03a", "03", Role.IFK),
                Staff.of("ifk03b", "03", Role.IFK), Staff.of("lg03", "03", Role.EXPERTE_LG),
                Staff.of("bi03", "03", Role.EXPERTE_BI), Staff.of("ifk05", "05", Role.IFK),
                Staff.of("bi05", "05", Role.EXPERTE_BI)), plan);
    }

    static QuerDecider decider() {
        return QuerDecider.of(Deadlines.standard(), staffing());
    }

    static Mitglied ha() {
        return Mitglied.builder().id(HA).geburtsdatum(d("1986-05-12")).berufsabschluss(true).mitgliedSeit(ANTRAG).build();
    }

    static Mitglied partner() {
        return Mitglied.builder().id(PARTNER).geburtsdatum(d("1988-03-03")).algAnspruch(true)
                .drittstaatsangehoerig(true).aufenthaltsstatus(Aufenthaltsstatus.NIEDERLASSUNGSERLAUBNIS).build();
    }

    static Mitglied kind16() {
        return Mitglied.builder().id(KIND_16).geburtsdatum(d("2010-06-10")).rehaBedarf(true).build();
    }

    static Mitglied kind14() {
        return Mitglied.builder().id(KIND_14).geburtsdatum(d("2012-01-20")).build();
    }

    static List<Mitglied> family() {
        return List.of(ha(), partner(), kind16(), kind14());
    }

    static Bedarfsgemeinschaft bg() {
        return Bedarfsgemeinschaft.builder().id(CASE).haushaltsvorstand(HA).mitglieder(family()).build();
    }

    static Antrag antrag() {
        return Antrag.builder().gst(GST).antragsdatum(ANTRAG).bedarfsgemeinschaft(bg())
                .ausgehaendigt(EnumSet.allOf(EzAushaendigung.class))
                .lgTermin(ANTRAG.plusDays(3)).beschaeftigungslosSeit(d("2026-09-30")).build();
    }

    static StatistikEintraege eintraege() {
        return StatistikEintraege.builder().kundenstatus(Kundenstatus.ANTRAG).vermittlungsprofilAb(ANTRAG)
                .arbeitsuche(Arbeitsuche.ASU).arbeitsucheAb(ANTRAG).arbeitslosAb(ANTRAG).build();
    }

    static QuerNachweis vollstaendig() {
        return QuerNachweis.builder().erfuellt(EnumSet.range(Mindeststandard.FMG_DATEN, Mindeststandard.BERATUNGSVERMERK)).build();
    }

    static QuerNachweis withOpenPoint(String key, LocalDate by) {
        return QuerNachweis.builder().from(vollstaendig())
                .addOffenePunkte(OffenerPunkt.fuer(key, Mindeststandard.POTENZIALANALYSE, by)).build();
    }

    static QuerNachweis followUp() {
        return QuerNachweis.builder().addErfuellt(Mindeststandard.BERATUNGSVERMERK, Mindeststandard.KOOPERATIONSPLAN)
                .addOffenePunkte(OffenerPunkt.zu("OP-9", "Zeugnisse", d("2027-01-29"))).build();
    }

    /**
     * A whole case life, accepted command by command: application, early request for support,
     * parking, approval, assignment, clarification, QuEr appointments and QuEr, open points, routing,
     * end of ALG, monthly import, follow-up, KP review, a missed appointment, a member's exit, a move to
     * another GST and the end of the case.
     */
    static List<Command> wholeLife() {
        return List.of(
                new Command.TakeApplication(EZ, ANTRAG, antrag()),
                new Command.RequestActiveSupport(EZ, d("2026-11-06"), HA, IFK, "Fahrkosten Vorstellungsgespräch"),
                new Command.ParkOnVm(F_IFK, ANTRAG, eintraege()),
                new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-4711"),
                new Command.AssignIfk(BI, d("2026-11-16"), IFK),
                new Command.RecordClarification(IFK, d("2026-11-18"), 1, ClarificationOutcome.GRANTED,
                        Optional.of("Fahrkosten übernommen")),
                new Command.ScheduleQuerAppointment(IFK, d("2026-11-18"), HA, d("2026-11-24")),
                new Command.RecordQuer(IFK, d("2026-11-24"), HA, withOpenPoint("OP-1", d("2026-12-08"))),
                new Command.RecordOpenPoint(IFK, d("2026-11-25"), HA, OffenerPunkt.zu("OP-2", "Lebenslauf", d("2026-12-09"))),
                new Command.ResolveOpenPoint(IFK, d("2026-11-30"), HA, "OP-1"),
                new Command.RouteElb(IFK, d("2026-11-25"), HA, Kundensteuerung.VERBLEIB_GST, "Vermittlung in Arbeit"),
                new Command.RecordQuer(IFK, d("2026-11-26"), KIND_16, vollstaendig()),
                new Command.EndAlg(BI, d("2026-11-27"), PARTNER, d("2026-12-31")),
                new Command.ImportMembers(BI, d("2026-12-15"), YearMonth.of(2026, 12), family()),
                new Command.ScheduleFollowUp(IFK, d("2026-12-16"), HA, d("2027-01-12")),
                new Command.ScheduleQuerAppointment(IFK, d("2027-01-04"), PARTNER, d("2027-01-08")),
                new Command.RecordMissedAppointment(IFK, d("2027-01-13"), HA, d("2027-01-12"), false),
                new Command.ScheduleFollowUp(IFK, d("2027-01-13"), HA, d("2027-01-19")),
                new Command.RecordFollowUp(IFK, d("2027-01-19"), HA, followUp(), Optional.of(d("2027-07-19"))),
                new Command.ReviewKp(IFK, d("2027-02-01"), HA, Optional.of(d("2027-08-01"))),
                new Command.RecordMemberExit(BI, d("2027-02-03"), KIND_14, d("2027-02-28"), MemberExit.Reason.LEFT_BG),
                new Command.MoveToGst(BI_05, d("2027-03-01"), GstCode.of("05"), IFK_05),
                new Command.EndCase(BI_05, d("2027-03-31"), CaseEndReason.RECEIPT_ENDED));
    }

    /** A short life that ends in a rejection. */
    static List<Command> rejected() {
        return List.of(new Command.TakeApplication(EZ, ANTRAG, antrag()),
                new Command.ParkOnVm(F_IFK, ANTRAG, eintraege()),
                new Command.RejectApplication(LG, d("2026-11-10")));
    }

    /** A short life that ends in a withdrawal. */
    static List<Command> withdrawn() {
        return List.of(new Command.TakeApplication(EZ, ANTRAG, antrag()),
                new Command.ParkOnVm(F_IFK, ANTRAG, eintraege()),
                new Command.WithdrawApplication(EZ, d("2026-11-10")));
    }

    /** Runs commands that must all be accepted; returns the events. */
    static List<Event> run(QuerDecider decider, List<Command> commands) {
        CaseState state = QuerDecider.initialState();
        List<Event> events = new ArrayList<>();
        for (Command c : commands) {
            Either<Rejection, QuerDecider.Outcome> r = decider.handle(state, c);
            if (r.isLeft()) {
                throw new AssertionError("rejected: " + c.kind() + ": " + r.getLeft().message(java.util.Locale.ENGLISH));
            }
            events.addAll(r.get().events());
            state = r.get().state();
        }
        return events;
    }
}
