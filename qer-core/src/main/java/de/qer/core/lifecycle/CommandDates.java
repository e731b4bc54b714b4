package de.qer.core.lifecycle;

import de.qer.core.rule.Problem;
import de.qer.core.rule.ProblemCode;
import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Deadlines;
import de.qer.core.model.Antrag;
import de.qer.core.model.Mitglied;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.StatistikEintraege;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-C6: every date a command carries, checked against the supported range before anything is decided,
 * each problem naming its field. Dates of the procedure must lie in the calendar's range; dates of a
 * life (birth, start of unemployment) may lie before it, but not before {@link Deadlines#EARLIEST_LIFE_DATE} nor
 * after the range.
 */
final class CommandDates {

    private final WorkingDayCalendar calendar;
    private List<Problem> problems = List.of();

    private CommandDates(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The problems of the dates of a command.
     *
     * @param command  the command, not null
     * @param calendar the calendar whose range applies, not null
     * @return one R-C6 problem per date outside its range, empty if all are inside
     */
    static List<Problem> outOfRange(Command command, WorkingDayCalendar calendar) {
        CommandDates d = new CommandDates(calendar);
        d.procedure("on", command.on());
        if (command instanceof Command.TakeApplication c) {
            d.antrag(c.antrag());
        } else if (command instanceof Command.ParkOnVm c) {
            d.eintraege(c.eintraege());
        } else if (command instanceof Command.ScheduleQuerAppointment c) {
            d.procedure("termin", c.termin());
        } else if (command instanceof Command.RecordQuer c) {
            List<OffenerPunkt> points = c.nachweis().offenePunkte();
            for (int i = 0; i < points.size(); i++) {
                d.procedure("nachweis.offenePunkte[" + i + "].nachholenBis", points.get(i).nachholenBis());
            }
        } else if (command instanceof Command.RecordOpenPoint c) {
            d.procedure("punkt.nachholenBis", c.punkt().nachholenBis());
        } else if (command instanceof Command.ImportMembers c) {
            d.month("month", c.month());
            d.members("mitglieder", c.mitglieder());
        } else if (command instanceof Command.EndAlg c) {
            d.procedure("lastDayOfAlg", c.lastDayOfAlg());
        } else if (command instanceof Command.ScheduleFollowUp c) {
            d.procedure("termin", c.termin());
        } else if (command instanceof Command.RecordFollowUp c) {
            List<OffenerPunkt> points = c.nachweis().offenePunkte();
            for (int i = 0; i < points.size(); i++) {
                d.procedure("nachweis.offenePunkte[" + i + "].nachholenBis", points.get(i).nachholenBis());
            }
            d.optional("nextKpReview", c.nextKpReview());
        } else if (command instanceof Command.ReviewKp c) {
            d.optional("nextReview", c.nextReview());
        } else if (command instanceof Command.RecordMissedAppointment c) {
            d.procedure("termin", c.termin());
        } else if (command instanceof Command.RecordMemberExit c) {
            d.procedure("from", c.from());
        }
        return d.problems;
    }

    private void antrag(Antrag a) {
        procedure("antrag.antragsdatum", a.antragsdatum());
        a.lgTermin().ifPresent(t -> procedure("antrag.lgTermin", t));
        a.beschaeftigungslosSeit().ifPresent(t -> life("antrag.beschaeftigungslosSeit", t));
        members("antrag.bedarfsgemeinschaft.mitglieder", a.bedarfsgemeinschaft().mitglieder());
    }

    private void eintraege(StatistikEintraege e) {
        e.vermittlungsprofilAb().ifPresent(t -> procedure("eintraege.vermittlungsprofilAb", t));
        e.arbeitsucheAb().ifPresent(t -> procedure("eintraege.arbeitsucheAb", t));
        e.arbeitslosAb().ifPresent(t -> procedure("eintraege.arbeitslosAb", t));
    }

    private void members(String field, List<Mitglied> members) {
        for (int i = 0; i < members.size(); i++) {
            Mitglied m = members.get(i);
            String f = field + "[" + i + "]";
            life(f + ".geburtsdatum", m.geburtsdatum());
            optional(f + ".algBezugBis", m.algBezugBis());
            optional(f + ".mitgliedSeit", m.mitgliedSeit());
        }
    }

    private void optional(String field, Optional<LocalDate> date) {
        date.ifPresent(t -> procedure(field, t));
    }

    private void month(String field, YearMonth month) {
        LocalDate min = calendar.minSupported();
        LocalDate max = calendar.maxSupported();
        if (month.isBefore(YearMonth.from(min)) || month.isAfter(YearMonth.from(max))) {
            add(problem(field, min, max));
        }
    }

    private void add(Problem p) {
        if (problems.isEmpty()) {
            problems = new ArrayList<>(2);
        }
        problems.add(p);
    }

    private void procedure(String field, LocalDate date) {
        check(field, date, calendar.minSupported());
    }

    private void life(String field, LocalDate date) {
        check(field, date, Deadlines.EARLIEST_LIFE_DATE);
    }

    private void check(String field, LocalDate date, LocalDate min) {
        LocalDate max = calendar.maxSupported();
        if (date.isBefore(min) || date.isAfter(max)) {
            add(problem(field, min, max));
        }
    }

    private static Problem problem(String field, LocalDate min, LocalDate max) {
        return Problem.error(ProblemCode.OUT_OF_RANGE, "R-C6", field, "R-C6.dateOutOfRange", min, max);
    }
}
