package de.qer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Rules that are settings of a policy (R-F1's 10 AT, R-S1's criteria) and change by date: a host switches
 * the policy from a day on, and the deadlines of each day follow the policy in force then.
 */
class PolicyChangeTest {

    @Test
    void rF1_aPolicyFromADay_setsTheDeadlinesFromThatDay_notBefore() {
        QuerPolicy fifteen = QuerPolicy.builder().from(QuerPolicy.standard()).querDueWorkingDays(15).build();
        LocalDate from = LocalDate.of(2027, 7, 1);
        QerContext context = QerContext.of(WorkingDayCalendar.nrw()).withPolicyFrom(from, fifteen);
        assertSame(fifteen, context.policies().on(from));
        assertEquals(QuerPolicy.standard(), context.policies().on(from.minusDays(1)));
        assertEquals(15, context.deadlinesOn(from).policy().querDueWorkingDays());
        assertEquals(10, context.deadlinesOn(from.minusDays(1)).policy().querDueWorkingDays());
        // approved on Thursday 1 July 2027: due on the 15th working day after it, Thursday 22 July
        assertEquals(LocalDate.of(2027, 7, 22), context.deadlinesOn(from).applicantDeadline(from).due());
        assertEquals(2, context.allDeadlines().size());
    }

    @Test
    void rS1_theDefaultCriteria_routeUnder25ToStartKlar_from25OnTheyStayAtTheGst() {
        KundensteuerungPolicy standard = QuerPolicy.standard().kundensteuerung();
        Mitglied born = Mitglied.builder().id(PersonId.of("p1")).geburtsdatum(LocalDate.of(2001, 12, 1)).build();
        assertEquals(Kundensteuerung.START_KLAR, standard.suggest(born, LocalDate.of(2026, 11, 30)).target(), "24 years old");
        assertEquals(Kundensteuerung.VERBLEIB_GST, standard.suggest(born, LocalDate.of(2026, 12, 1)).target(), "25 on that day");
        Mitglied reha = Mitglied.builder().from(born).rehaBedarf(true).build();
        assertEquals(Kundensteuerung.SONDERTEAM_REHA_SB, standard.suggest(reha, LocalDate.of(2026, 12, 1)).target());
    }

    @Test
    void rN1_aResidenceStatus_isRecordedOnlyForAThirdCountryNational() {
        var b = Mitglied.builder().id(PersonId.of("p1")).geburtsdatum(LocalDate.of(1990, 1, 1))
                .aufenthaltsstatus(de.qer.core.model.Aufenthaltsstatus.values()[0]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertEquals(true, e.getMessage().contains("R-N1"), e.getMessage());
        assertEquals(true, b.drittstaatsangehoerig(true).build().aufenthaltsstatus().isPresent());
    }
}
