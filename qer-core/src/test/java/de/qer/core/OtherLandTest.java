package de.qer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.calendar.Bundesland;
import de.qer.calendar.DeadlineExplanation;
import de.qer.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-F5, R-C2: the deadlines count with whatever calendar they are given, here those of other Länder. */
class OtherLandTest {

    private final Deadlines nrw = Deadlines.standard();
    private final Deadlines bayern = Deadlines.of(QuerPolicy.standard(), WorkingDayCalendar.of(Bundesland.BY));
    private final Deadlines sachsen = Deadlines.of(QuerPolicy.standard(), WorkingDayCalendar.of(Bundesland.SN));

    private static LocalDate date(String s) {
        return LocalDate.parse(s);
    }

    @Test
    @DisplayName("R-F1, R-C2: in Bavaria the QuEr deadline skips Heilige Drei Könige (6 Jan), in NRW it does not")
    void rF1_bavariaSkipsEpiphany() {
        assertEquals(date("2027-01-18"), nrw.applicantDeadline(date("2027-01-04")).due());
        assertEquals(date("2027-01-19"), bayern.applicantDeadline(date("2027-01-04")).due());
        assertEquals(Bundesland.BY, bayern.calendar().land());
        Deadline deadline = bayern.applicantDeadline(date("2027-01-04"));
        DeadlineExplanation why = deadline.explain(bayern.calendar());
        assertEquals(date("2027-01-19"), why.result());
        String text = why.format(Locale.GERMAN);
        assertTrue(text.contains("2027-01-06 Heilige Drei Könige (Feiertag)"), text);
        assertTrue(text.contains("Art. 1 FTG BY"), text);
    }

    @Test
    @DisplayName("R-F2, R-C5, R-C2: the first 10 working days of January 2027 end later in Bavaria")
    void rF2_importDeadline_bavaria() {
        assertEquals(date("2027-01-15"), nrw.importDeadline(YearMonth.of(2026, 12)).due());
        assertEquals(date("2027-01-18"), bayern.importDeadline(YearMonth.of(2026, 12)).due());
    }

    @Test
    @DisplayName("R-F1, R-C2: in Saxony Buß- und Bettag (18 Nov 2026) moves the deadline, in NRW it does not")
    void rF1_saxonySkipsBussUndBettag() {
        assertEquals(date("2026-11-27"), nrw.applicantDeadline(date("2026-11-13")).due());
        assertEquals(date("2026-11-30"), sachsen.applicantDeadline(date("2026-11-13")).due());
    }
}
