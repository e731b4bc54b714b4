package de.qer.core.lifecycle;

import static de.qer.core.Fixtures.ANTRAG;
import static de.qer.core.Fixtures.BEWILLIGUNG;
import static de.qer.core.Fixtures.BI;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.F_IFK;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.IFK;
import static de.qer.core.Fixtures.KIND_14;
import static de.qer.core.Fixtures.KIND_16;
import static de.qer.core.Fixtures.LG;
import static de.qer.core.Fixtures.PARTNER_ALG;
import static de.qer.core.Fixtures.STRANGER;

import de.qer.core.Fixtures;
import de.qer.core.model.GstCode;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.Mitglied;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import de.qer.core.model.StatistikEintraege;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Commands for the table test and the random sequences: one valid command per kind, plus invalid variants. */
final class CommandPool {

    private CommandPool() {
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static List<Mitglied> family() {
        return List.of(Fixtures.ha(), Fixtures.partnerAlg(), Fixtures.kind16(), Fixtures.kind14());
    }

    static QuerNachweis withOpenPoint(String key, LocalDate by) {
        return QuerNachweis.builder().from(Fixtures.vollstaendig()).addOffenePunkte(OffenerPunkt.zu(key, "Zeugnisse", by)).build();
    }

    /** The standards of a follow-up interview (R-L1): the note and the KP reviewed. */
    static QuerNachweis followUp() {
        return QuerNachweis.builder().addErfuellt(Mindeststandard.BERATUNGSVERMERK, Mindeststandard.KOOPERATIONSPLAN).build();
    }

    /** A command of each kind that is valid in the representative state where the table allows it. */
    static Map<CommandKind, Command> valid() {
        Map<CommandKind, Command> m = new EnumMap<>(CommandKind.class);
        m.put(CommandKind.TAKE_APPLICATION, new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgFamilie())));
        m.put(CommandKind.PARK_ON_VM, new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()));
        m.put(CommandKind.REQUEST_ACTIVE_SUPPORT, new Command.RequestActiveSupport(EZ, d("2026-11-06"), HA, IFK, "Fahrkosten"));
        m.put(CommandKind.RECORD_CLARIFICATION, new Command.RecordClarification(IFK, d("2026-11-20"), 1,
                ClarificationOutcome.GRANTED, Optional.of("Fahrkosten übernommen")));
        m.put(CommandKind.REJECT_APPLICATION, new Command.RejectApplication(LG, d("2026-11-10")));
        m.put(CommandKind.WITHDRAW_APPLICATION, new Command.WithdrawApplication(EZ, d("2026-11-10")));
        m.put(CommandKind.RELEASE_APPROVAL, new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-1"));
        m.put(CommandKind.ASSIGN_IFK, new Command.AssignIfk(BI, d("2026-11-16"), F_IFK));
        m.put(CommandKind.SCHEDULE_QUER_APPOINTMENT, new Command.ScheduleQuerAppointment(IFK, d("2026-11-20"), KIND_16, d("2026-11-25")));
        m.put(CommandKind.RECORD_QUER, new Command.RecordQuer(IFK, d("2026-11-20"), KIND_16, Fixtures.vollstaendig()));
        m.put(CommandKind.RECORD_OPEN_POINT, new Command.RecordOpenPoint(IFK, d("2026-11-20"), HA,
                OffenerPunkt.zu("OP-2", "Lebenslauf", d("2026-11-27"))));
        m.put(CommandKind.RESOLVE_OPEN_POINT, new Command.ResolveOpenPoint(IFK, d("2026-11-20"), HA, "OP-1"));
        m.put(CommandKind.IMPORT_MEMBERS, new Command.ImportMembers(BI, d("2026-12-15"), YearMonth.of(2026, 12), family()));
        m.put(CommandKind.END_ALG, new Command.EndAlg(BI, d("2026-11-20"), PARTNER_ALG, d("2026-11-30")));
        m.put(CommandKind.ROUTE_ELB, new Command.RouteElb(IFK, d("2026-11-20"), HA, Kundensteuerung.VERBLEIB_GST, "Vermittlung"));
        m.put(CommandKind.SCHEDULE_FOLLOW_UP, new Command.ScheduleFollowUp(IFK, d("2026-11-20"), HA, d("2026-12-01")));
        m.put(CommandKind.RECORD_FOLLOW_UP, new Command.RecordFollowUp(IFK, d("2026-11-20"), HA, followUp(), Optional.empty()));
        m.put(CommandKind.REVIEW_KP, new Command.ReviewKp(IFK, d("2026-11-20"), HA, Optional.empty()));
        m.put(CommandKind.RECORD_MISSED_APPOINTMENT, new Command.RecordMissedAppointment(IFK, d("2026-11-20"), HA, d("2026-11-18"), true));
        m.put(CommandKind.RECORD_MEMBER_EXIT, new Command.RecordMemberExit(BI, d("2026-11-20"), KIND_14, d("2026-12-01"),
                MemberExit.Reason.LEFT_BG));
        m.put(CommandKind.END_CASE, new Command.EndCase(BI, d("2026-11-30"), CaseEndReason.RECEIPT_ENDED));
        m.put(CommandKind.MOVE_TO_GST, new Command.MoveToGst(Fixtures.BI_05, d("2026-11-20"), GstCode.of("05"), Fixtures.IFK_05));
        return m;
    }

    /** The pool of the random sequences: valid commands several times, and invalid variants of many kinds. */
    static List<Command> pool() {
        Map<CommandKind, Command> v = valid();
        List<Command> p = new ArrayList<>(v.values());
        p.addAll(v.values());
        // weight the main path so that random sequences often get past the approval
        for (int i = 0; i < 4; i++) {
            for (CommandKind k : List.of(CommandKind.TAKE_APPLICATION, CommandKind.PARK_ON_VM, CommandKind.RELEASE_APPROVAL,
                    CommandKind.ASSIGN_IFK, CommandKind.RECORD_QUER, CommandKind.IMPORT_MEMBERS)) {
                p.add(v.get(k));
            }
        }
        p.add(new Command.AssignIfk(BI, d("2026-11-16"), IFK));
        p.add(new Command.AssignIfk(BI, d("2026-11-16"), IFK));
        p.add(new Command.ParkOnVm(IFK, ANTRAG, Fixtures.eintraege()));
        p.add(new Command.ParkOnVm(F_IFK, ANTRAG, StatistikEintraege.builder().build()));
        p.add(new Command.ReleaseApproval(STRANGER, BEWILLIGUNG, ""));
        p.add(new Command.ReleaseApproval(LG, d("2301-01-01"), "LMG-2"));
        p.add(new Command.AssignIfk(BI, d("2026-11-17"), IFK));
        p.add(new Command.AssignIfk(LG, d("2026-11-17"), IFK));
        p.add(new Command.RecordQuer(IFK, d("2026-11-24"), HA, Fixtures.vollstaendig()));
        p.add(new Command.RecordQuer(IFK, d("2026-11-24"), HA, withOpenPoint("OP-1", d("2026-12-01"))));
        p.add(new Command.RecordQuer(F_IFK, d("2026-11-24"), HA, withOpenPoint("OP-1", d("2026-12-01"))));
        p.add(new Command.RecordQuer(IFK, d("2026-11-24"), PARTNER_ALG, Fixtures.vollstaendig()));
        p.add(new Command.RecordQuer(IFK, d("2026-11-24"), KIND_14, Fixtures.vollstaendig()));
        p.add(new Command.RecordQuer(IFK, d("2026-11-24"), PersonId.of("x"), QuerNachweis.builder().build()));
        p.add(new Command.RecordQuer(IFK, d("2027-02-02"), PARTNER_ALG, Fixtures.vollstaendig()));
        p.add(new Command.ScheduleQuerAppointment(IFK, d("2026-11-20"), PARTNER_ALG, d("2026-11-25")));
        p.add(new Command.ImportMembers(IFK, d("2027-01-15"), YearMonth.of(2027, 1), family()));
        p.add(new Command.ImportMembers(BI, d("2027-01-15"), YearMonth.of(2027, 1), List.of(Fixtures.kind16())));
        p.add(new Command.EndAlg(BI, d("2027-01-20"), PARTNER_ALG, d("2027-01-31")));
        p.add(new Command.EndAlg(BI, d("2027-01-20"), HA, d("2027-01-31")));
        p.add(new Command.RouteElb(IFK, d("2026-11-25"), HA, Kundensteuerung.START_KLAR, ""));
        p.add(new Command.RouteElb(IFK, d("2026-11-25"), HA, Kundensteuerung.SONDERTEAM_REHA_SB, "Reha"));
        p.add(new Command.ResolveOpenPoint(IFK, d("2026-11-26"), HA, "OP-1"));
        p.add(new Command.RequestActiveSupport(EZ, d("2026-11-06"), PARTNER_ALG, IFK, "Fahrkosten"));
        p.add(new Command.RejectApplication(BI, d("2026-11-10")));
        p.add(new Command.RecordFollowUp(IFK, d("2026-11-25"), HA, QuerNachweis.builder().build(), Optional.empty()));
        p.add(new Command.ReviewKp(IFK, d("2026-11-25"), HA, Optional.of(d("2027-12-01"))));
        p.add(new Command.RecordMissedAppointment(IFK, d("2026-11-20"), HA, d("2026-11-27"), false));
        p.add(new Command.RecordMemberExit(IFK, d("2026-11-20"), HA, d("2026-11-21"), MemberExit.Reason.RECEIPT_ENDED));
        p.add(new Command.EndCase(EZ, d("2026-11-30"), CaseEndReason.OTHER_JOBCENTER));
        p.add(new Command.MoveToGst(BI, d("2026-11-20"), GstCode.of("05"), Fixtures.IFK_05));
        p.add(new Command.RecordClarification(EZ, d("2026-11-09"), 1, ClarificationOutcome.REFUSED, Optional.empty()));
        p.add(new Command.RecordClarification(IFK, d("2026-11-09"), 2, ClarificationOutcome.OTHER, Optional.empty()));
        p.add(new Command.RequestActiveSupport(EZ, d("2026-11-09"), HA, EZ, "Fahrkosten"));
        p.add(new Command.WithdrawApplication(LG, d("2026-11-10")));
        p.add(new Command.RecordQuer(IFK, d("2026-11-24"), HA, QuerNachweis.builder()
                .addErfuellt(Mindeststandard.FMG_DATEN).kundensteuerungErforderlich(true).build()));
        return p;
    }
}
