package de.qer.examples;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.model.Aufenthaltsstatus;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic month of applications at one Geschäftsstelle from a fixed seed: household
 * sizes and ages, children turning 15, Aufstocker*innen, third-country nationals, Reha needs, and
 * the outcome each application will have (approved after some working days, rejected, withdrawn).
 */
final class MonthGenerator {

    /** What will happen to an application in the walkthrough. */
    enum Outcome {
        APPROVED, REJECTED, WITHDRAWN
    }

    /** One generated application. */
    record Application(Bedarfsgemeinschaft bedarfsgemeinschaft, LocalDate date, Outcome outcome, int workingDaysToDecision,
                       boolean earlyRequest, boolean querPostponed, boolean newMemberInMonth) {
    }

    private final Random random;
    private final YearMonth month;
    private final WorkingDayCalendar calendar;

    MonthGenerator(long seed, YearMonth month, WorkingDayCalendar calendar) {
        this.random = new Random(seed);
        this.month = month;
        this.calendar = calendar;
    }

    List<Application> generate(int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        List<Application> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            CaseId id = CaseId.of(String.format("BG-%04d", i + 1));
            LocalDate date = days.get(random.nextInt(days.size()));
            List<Mitglied> members = new ArrayList<>();
            PersonId ha = PersonId.of(id.value() + "-1");
            members.add(adult(ha, date, 0.08));
            int size = size();
            boolean partner = size >= 2 && random.nextDouble() < 0.6;
            if (partner) {
                members.add(adult(PersonId.of(id.value() + "-2"), date, 0.12));
            }
            for (int k = members.size(); k < size; k++) {
                members.add(child(PersonId.of(id.value() + "-" + (k + 1))));
            }
            boolean newMember = random.nextDouble() < 0.03;
            Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(id).haushaltsvorstand(ha).mitglieder(members).build();
            double o = random.nextDouble();
            Outcome outcome = o < 0.05 ? Outcome.WITHDRAWN : o < 0.10 ? Outcome.REJECTED : Outcome.APPROVED;
            list.add(new Application(bg, date, outcome, 2 + random.nextInt(7), random.nextDouble() < 0.04,
                    random.nextDouble() < 0.08, newMember));
        }
        return list;
    }

    /** A member who joins during the month (found by the monthly import). */
    Mitglied newcomer(CaseId bg, LocalDate since) {
        return Mitglied.builder().id(PersonId.of(bg.value() + "-9")).geburtsdatum(LocalDate.of(1995 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                .berufsabschluss(random.nextBoolean()).mitgliedSeit(since).build();
    }

    private int size() {
        double r = random.nextDouble();
        return r < 0.40 ? 1 : r < 0.65 ? 2 : r < 0.80 ? 3 : r < 0.92 ? 4 : 5;
    }

    private Mitglied adult(PersonId id, LocalDate applicationDate, double aufstockerShare) {
        int age = 18 + random.nextInt(47);
        LocalDate birth = applicationDate.minusYears(age).minusDays(random.nextInt(365));
        boolean drittstaat = random.nextDouble() < 0.20;
        var b = Mitglied.builder().id(id).geburtsdatum(birth).drittstaatsangehoerig(drittstaat)
                .berufsabschluss(random.nextDouble() < 0.55).rehaBedarf(random.nextDouble() < 0.05)
                .erwerbsfaehig(random.nextDouble() < 0.95);
        if (drittstaat) {
            Aufenthaltsstatus[] s = Aufenthaltsstatus.values();
            b.aufenthaltsstatus(s[random.nextInt(s.length)]);
        }
        if (random.nextDouble() < aufstockerShare) {
            b.algAnspruch(true);
            double end = random.nextDouble();
            if (end < 0.3) {
                b.algBezugBis(month.atDay(15));          // ends this month: QuEr due 10 AT later (R-E2)
            } else if (end < 0.6) {
                b.algBezugBis(month.plusMonths(2).atDay(1).minusDays(1));
            }
        }
        return b.build();
    }

    private Mitglied child(PersonId id) {
        LocalDate birth;
        double r = random.nextDouble();
        if (r < 0.15) {
            birth = month.atDay(1 + random.nextInt(month.lengthOfMonth())).minusYears(15);          // turns 15 this month
        } else if (r < 0.25) {
            birth = month.plusMonths(1).atDay(1 + random.nextInt(28)).minusYears(15);                 // turns 15 next month
        } else {
            birth = month.atDay(1).minusYears(random.nextInt(18)).minusDays(random.nextInt(365));
        }
        return Mitglied.builder().id(id).geburtsdatum(birth).build();
    }
}
