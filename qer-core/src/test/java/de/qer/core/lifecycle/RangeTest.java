package de.qer.core.lifecycle;

import de.qer.core.rule.ProblemCode;
import static de.qer.core.Fixtures.ANTRAG;
import static de.qer.core.Fixtures.BI;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.F_IFK;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.IFK;
import static de.qer.core.Fixtures.LG;
import static de.qer.core.Fixtures.PARTNER_ALG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Deadlines;
import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.model.Antrag;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.Mitglied;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** R-C6: every date a command carries is inside the supported range, and a date outside names its field. */
class RangeTest {

    private static final LocalDate AFTER = LocalDate.of(2201, 1, 1);

    private static void assertOutOfRange(Rejection r, String... fields) {
        assertEquals(Set.of("R-C6"), r.rules(), r::toString);
        assertEquals(Set.of(ProblemCode.OUT_OF_RANGE), r.codes());
        assertEquals(Set.of(fields), r.fields());
        assertTrue(r.message(java.util.Locale.ENGLISH).contains("1990-01-01") || r.message(java.util.Locale.ENGLISH).contains("1900-01-01"));
    }

    @Test
    void rC6_theBusinessDateOfEveryCommand() {
        Run parked = new Run(Fixtures.decider()).ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgFamilie())))
                .ok(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()));
        assertOutOfRange(parked.rejected(new Command.WithdrawApplication(EZ, LocalDate.of(2201, 1, 7))), "on");
        assertOutOfRange(parked.rejected(new Command.RejectApplication(LG, LocalDate.MAX)), "on");
        Run assigned = Fixtures.assigned(Fixtures.bgFamilie());
        assertOutOfRange(assigned.rejected(new Command.AssignIfk(BI, LocalDate.MAX, F_IFK)), "on");
        assertOutOfRange(assigned.rejected(new Command.RecordQuer(IFK, AFTER, HA, Fixtures.vollstaendig())), "on");
        assertOutOfRange(assigned.rejected(new Command.EndAlg(BI, AFTER, PARTNER_ALG, AFTER)), "on", "lastDayOfAlg");
        assertOutOfRange(assigned.rejected(new Command.ImportMembers(BI, ANTRAG.plusDays(30), YearMonth.of(999_999_999, 12),
                CommandPool.family())), "month");
        assertOutOfRange(assigned.rejected(new Command.ScheduleQuerAppointment(IFK, ANTRAG.plusDays(16), HA, AFTER)), "termin");
        assertOutOfRange(new Run(Fixtures.decider()).ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgFamilie())))
                .rejected(new Command.ParkOnVm(F_IFK, AFTER, Fixtures.eintraege())), "on");
    }

    @Test
    void rC6_theDatesInsideTheApplication_nameTheirField() {
        Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of("BG-R")).haushaltsvorstand(HA)
                .addMitglieder(Fixtures.ha(), Mitglied.builder().id(PARTNER_ALG).geburtsdatum(LocalDate.MAX).build()).build();
        Antrag a = Antrag.builder().from(Fixtures.antrag(bg)).antragsdatum(LocalDate.MIN).lgTermin(LocalDate.MAX).build();
        Rejection r = new Run(Fixtures.decider()).rejected(new Command.TakeApplication(EZ, ANTRAG, a));
        assertOutOfRange(r, "antrag.antragsdatum", "antrag.lgTermin", "antrag.bedarfsgemeinschaft.mitglieder[1].geburtsdatum");
    }

    @Test
    void rC6_aBirthDateMayLieBeforeTheCalendarsRange_butNotBefore1900() {
        Bedarfsgemeinschaft old = Bedarfsgemeinschaft.builder().id(CaseId.of("BG-O")).haushaltsvorstand(HA)
                .addMitglieder(Mitglied.builder().id(HA).geburtsdatum(LocalDate.of(1960, 4, 1)).build()).build();
        new Run(Fixtures.decider()).ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(old)));
        Bedarfsgemeinschaft tooOld = Bedarfsgemeinschaft.builder().id(CaseId.of("BG-O")).haushaltsvorstand(HA)
                .addMitglieder(Mitglied.builder().id(HA).geburtsdatum(LocalDate.of(1899, 12, 31)).build()).build();
        assertOutOfRange(new Run(Fixtures.decider()).rejected(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(tooOld))),
                "antrag.bedarfsgemeinschaft.mitglieder[0].geburtsdatum");
    }

    @Test
    void rC6_deadlinesOfALife_nameTheRange_notJavaTimesYear() {
        Deadlines d = Deadlines.standard();
        DateTimeException e = assertThrows(DateTimeException.class, () -> d.relevantFrom(LocalDate.MAX));
        assertTrue(e.getMessage().startsWith("R-C6") && e.getMessage().contains("birthDate"), e::getMessage);
        assertThrows(DateTimeException.class, () -> d.lastDayAsElb(LocalDate.MIN));
        assertThrows(DateTimeException.class, () -> d.isQuerRelevant(LocalDate.MAX, ANTRAG));
        assertEquals(List.of(), CommandDates.outOfRange(new Command.RejectApplication(LG, ANTRAG), d.calendar()));
    }
}
