package de.qer.core.lifecycle;

import de.qer.core.rule.ProblemCode;
import static de.qer.core.Fixtures.ANTRAG;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.F_IFK;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.IFK;
import static de.qer.core.Fixtures.KIND_16;
import static de.qer.core.Fixtures.PARTNER_ALG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.model.Antrag;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.Mitglied;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import de.qer.core.model.StatistikEintraege;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R-C6 for every date a command carries, beyond its business date: each date outside the supported range is
 * one problem naming exactly that field (with its index in a list), and nothing else is decided. The table
 * names, per command kind, the state it is decided in, the command and the fields that must be named.
 */
class EveryDateOfACommandTest {

    /** After the calendar's range (2200-12-31). */
    private static final LocalDate AFTER = LocalDate.of(2201, 1, 1);
    /** Before the earliest date of a life (1900-01-01). */
    private static final LocalDate BEFORE_LIFE = LocalDate.of(1899, 12, 31);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static Supplier<Run> none() {
        return () -> new Run(Fixtures.decider());
    }

    private static Supplier<Run> applied() {
        return () -> new Run(Fixtures.decider()).ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgFamilie())));
    }

    private static Supplier<Run> assigned() {
        return () -> Fixtures.assigned(Fixtures.bgFamilie());
    }

    private static Antrag antragWith(Mitglied second, Optional<LocalDate> beschaeftigungslosSeit) {
        Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of("BG-D")).haushaltsvorstand(HA)
                .addMitglieder(Fixtures.ha(), second).build();
        return Antrag.builder().from(Fixtures.antrag(bg)).beschaeftigungslosSeit(beschaeftigungslosSeit).build();
    }

    private static QuerNachweis withPoints(LocalDate first, LocalDate second) {
        return QuerNachweis.builder().from(Fixtures.vollstaendig())
                .addOffenePunkte(OffenerPunkt.zu("k1", "Zeugnisse", first), OffenerPunkt.zu("k2", "Lebenslauf", second)).build();
    }

    private static Mitglied newcomer(String id, LocalDate birth, Optional<LocalDate> algEnd, Optional<LocalDate> since) {
        return Mitglied.builder().id(PersonId.of(id)).geburtsdatum(birth).algAnspruch(algEnd.isPresent())
                .algBezugBis(algEnd).mitgliedSeit(since).build();
    }

    static Stream<Arguments> datesOutsideTheRange() {
        LocalDate ok = LocalDate.of(2026, 12, 10);
        return Stream.of(
                Arguments.of("the start of unemployment, a date of a life, not before 1900", none(),
                        new Command.TakeApplication(EZ, ANTRAG, antragWith(Fixtures.partnerAlg(), Optional.of(BEFORE_LIFE))),
                        Set.of("antrag.beschaeftigungslosSeit")),
                Arguments.of("the end of ALG and the joining day of a member of the application", none(),
                        new Command.TakeApplication(EZ, ANTRAG, antragWith(
                                newcomer(PARTNER_ALG.value(), LocalDate.of(1988, 3, 3), Optional.of(AFTER), Optional.of(AFTER)),
                                Optional.empty())),
                        Set.of("antrag.bedarfsgemeinschaft.mitglieder[1].algBezugBis",
                                "antrag.bedarfsgemeinschaft.mitglieder[1].mitgliedSeit")),
                Arguments.of("the three dates of the FMG.job entries", applied(),
                        new Command.ParkOnVm(F_IFK, ANTRAG, StatistikEintraege.builder().from(Fixtures.eintraege())
                                .vermittlungsprofilAb(AFTER).arbeitsucheAb(AFTER).arbeitslosAb(AFTER).build()),
                        Set.of("eintraege.vermittlungsprofilAb", "eintraege.arbeitsucheAb", "eintraege.arbeitslosAb")),
                Arguments.of("the catch-up date of the second open point of the QuEr", assigned(),
                        new Command.RecordQuer(IFK, DAY, HA, withPoints(ok, AFTER)),
                        Set.of("nachweis.offenePunkte[1].nachholenBis")),
                Arguments.of("the catch-up date of an open point recorded later", assigned(),
                        new Command.RecordOpenPoint(IFK, DAY, HA, OffenerPunkt.zu("k3", "Zeugnisse", AFTER)),
                        Set.of("punkt.nachholenBis")),
                Arguments.of("the dates of the members of an import", assigned(),
                        new Command.ImportMembers(Fixtures.BI, DAY, YearMonth.of(2026, 11), List.of(
                                newcomer("p7", LocalDate.of(2011, 11, 3), Optional.empty(), Optional.empty()),
                                newcomer("p8", BEFORE_LIFE, Optional.of(AFTER), Optional.of(AFTER)))),
                        Set.of("mitglieder[1].geburtsdatum", "mitglieder[1].algBezugBis", "mitglieder[1].mitgliedSeit")),
                Arguments.of("the appointment of a follow-up interview", assigned(),
                        new Command.ScheduleFollowUp(IFK, DAY, HA, AFTER), Set.of("termin")),
                Arguments.of("the open point and the next KP review of a follow-up interview", assigned(),
                        new Command.RecordFollowUp(IFK, DAY, HA, withPoints(AFTER, ok), Optional.of(AFTER)),
                        Set.of("nachweis.offenePunkte[0].nachholenBis", "nextKpReview")),
                Arguments.of("the next review of the Kooperationsplan", assigned(),
                        new Command.ReviewKp(IFK, DAY, HA, Optional.of(AFTER)), Set.of("nextReview")),
                Arguments.of("the missed appointment", assigned(),
                        new Command.RecordMissedAppointment(IFK, DAY, HA, AFTER, true), Set.of("termin")),
                Arguments.of("the day a member drops out", assigned(),
                        new Command.RecordMemberExit(Fixtures.BI, DAY, KIND_16, AFTER, MemberExit.Reason.LEFT_BG),
                        Set.of("from")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datesOutsideTheRange")
    void rC6_eachDateOutsideTheRange_isOneProblemNamingItsField(String what, Supplier<Run> state, Command command,
                                                                Set<String> fields) {
        Rejection r = state.get().rejected(command);
        assertEquals(Set.of("R-C6"), r.rules(), r::toString);
        assertEquals(Set.of(ProblemCode.OUT_OF_RANGE), r.codes(), r::toString);
        assertEquals(fields, r.fields(), what);
        assertEquals(fields.size(), r.problems().size(), "one problem per date: " + r);
    }

    @Test
    void rC6_aDateOfALife_mayLieBeforeTheCalendarsRange_aDateOfTheProcedureMayNot() {
        // unemployed since 1985: a fact of the person's life, before the calendar's range (1990) but after 1900
        Command lifeBefore1990 = new Command.TakeApplication(EZ, ANTRAG, antragWith(Fixtures.partnerAlg(),
                Optional.of(LocalDate.of(1985, 6, 30))));
        Either<Rejection, Decision> accepted = Fixtures.decider().decide(QuerDecider.initialState(), lifeBefore1990);
        assertFalse(accepted.isLeft() && accepted.getLeft().rules().contains("R-C6"),
                () -> "a date of a life before 1990 is not out of range: " + accepted.getLeft());
        // the same day as the appointment of a follow-up interview is outside the range of the procedure
        Rejection r = assigned().get().rejected(new Command.ScheduleFollowUp(IFK, DAY, HA, LocalDate.of(1985, 6, 30)));
        assertEquals(Set.of("termin"), r.fields(), r::toString);
    }
}
