package de.qer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.calendar.Bundesland;
import de.qer.calendar.Holiday;
import de.qer.calendar.LocalHoliday;
import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Deadline;
import de.qer.core.Deadlines;
import de.qer.core.KundensteuerungPolicy;
import de.qer.core.QuerPolicy;
import de.qer.core.lifecycle.CaseEndReason;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Decision;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.MemberExit;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.lifecycle.Rejection;
import de.qer.core.lifecycle.StateKind;
import de.qer.core.model.Antrag;
import de.qer.core.model.Arbeitsuche;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.FIfkDesignation;
import de.qer.core.model.GstCode;
import de.qer.core.model.Kundenstatus;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import de.qer.core.model.Role;
import de.qer.core.model.Staff;
import de.qer.core.model.StaffId;
import de.qer.core.model.Staffing;
import de.qer.core.model.StatistikEintraege;
import de.qer.core.oversight.DueItem;
import de.qer.core.oversight.Oversight;
import de.qer.core.oversight.OversightReport;
import de.qer.docs.Beratungsvermerk;
import de.qer.docs.Folgegespraech;
import de.qer.docs.Kooperationsplan;
import de.qer.docs.QuerDokumentation;
import de.qer.docs.Vermerkart;
import de.qer.docs.text.Textform;
import de.qer.docs.validation.FolgegespraechReport;
import de.qer.docs.validation.QuerReport;
import de.qer.docs.validation.QuerValidator;
import de.qer.core.rule.Problem;
import de.qer.json.EventEnvelope;
import de.qer.json.QerJson;
import de.qer.json.QerJsonModule;
import io.vavr.control.Either;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Java examples of the README, as code that compiles and runs. Each example lies between the markers
 * {@code // README:<name> BEGIN} and {@code // README:<name> END}; {@link ReadmeExamplesTest} checks that
 * README.md shows exactly that code under {@code <!-- example: <name> -->}. The variables an example uses
 * are defined above its markers, and what its comments claim is asserted below them.
 */
final class ReadmeExamples {

    private static final GstCode GST = GstCode.of("03");
    private static final StaffId EZ = StaffId.of("ez03");
    private static final StaffId IFK = StaffId.of("ifk03a");
    private static final StaffId F_IFK = StaffId.of("ifk03b");
    private static final StaffId LG = StaffId.of("lg03");
    private static final StaffId BI = StaffId.of("bi03");
    private static final StaffId BI_05 = StaffId.of("bi05");
    private static final StaffId IFK_05 = StaffId.of("ifk05");
    private static final PersonId HA = PersonId.of("p1");
    private static final LocalDate ANTRAG = LocalDate.of(2026, 11, 2);
    private static final LocalDate BEWILLIGUNG = LocalDate.of(2026, 11, 13);

    /** What the core example hands to the host's store. */
    private final List<Event> allEventsOfTheCase = new ArrayList<>();

    private void store(List<Event> events) {
        allEventsOfTheCase.addAll(events);
    }

    static Staffing staffing() {
        List<FIfkDesignation> plan = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 10, 1); d.isBefore(LocalDate.of(2027, 3, 1)); d = d.plusDays(1)) {
            plan.add(new FIfkDesignation(GST, "BI-Team 1", d, F_IFK));
        }
        return Staffing.of(List.of(Staff.of("ez03", "03", Role.EZ), Staff.of("ifk03a", "03", Role.IFK),
                Staff.of("ifk03b", "03", Role.IFK), Staff.of("lg03", "03", Role.EXPERTE_LG), Staff.of("bi03", "03", Role.EXPERTE_BI),
                Staff.of("ifk05", "05", Role.IFK), Staff.of("bi05", "05", Role.EXPERTE_BI)), plan);
    }

    static Mitglied haushaltsvorstand() {
        return Mitglied.builder().id(HA).geburtsdatum(LocalDate.of(1986, 5, 12)).berufsabschluss(true).build();
    }

    static Antrag antrag() {
        Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of("BG-1")).haushaltsvorstand(HA)
                .addMitglieder(haushaltsvorstand(), Mitglied.builder().id(PersonId.of("p2")).geburtsdatum(LocalDate.of(1988, 3, 3)).build())
                .build();
        return Antrag.builder().gst(GST).antragsdatum(ANTRAG).bedarfsgemeinschaft(bg)
                .ausgehaendigt(EnumSet.allOf(EzAushaendigung.class)).lgTermin(ANTRAG.plusDays(3)).build();
    }

    /** Applies the commands in turn; fails on the first rejection. */
    static CaseState run(QuerDecider decider, CaseState state, Command... commands) {
        for (Command c : commands) {
            Either<Rejection, Decision> r = decider.decide(state, c);
            assertTrue(r.isRight(), () -> c.kind() + ": " + r.getLeft().message(Locale.ENGLISH));
            state = decider.evolve(state, r.get().events());
        }
        return state;
    }

    /** The case of {@link #HA}, approved on 13 November 2026 and with its IFK. */
    static CaseState.NachBewilligung assigned(QuerDecider decider) {
        StatistikEintraege eintraege = StatistikEintraege.builder().kundenstatus(Kundenstatus.ANTRAG).vermittlungsprofilAb(ANTRAG)
                .arbeitsuche(Arbeitsuche.ASU).arbeitsucheAb(ANTRAG).arbeitslosAb(ANTRAG).build();
        return (CaseState.NachBewilligung) run(decider, QuerDecider.initialState(),
                new Command.TakeApplication(EZ, ANTRAG, antrag()),
                new Command.ParkOnVm(F_IFK, ANTRAG, eintraege),
                new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-4711"),
                new Command.AssignIfk(BI, BEWILLIGUNG.plusDays(3), IFK));
    }

    void calendarNrw() {
        // README:calendar-nrw BEGIN
        WorkingDayCalendar cal = WorkingDayCalendar.nrw();                          // shared, immutable
        LocalDate due = cal.plusWorkingDays(LocalDate.of(2026, 12, 18), 10);        // 2027-01-05 (R-C4)
        LocalDate next = LocalDate.of(2026, 12, 24).with(cal.nextWorkingDay());     // 2026-12-28
        LocalDate tenth = cal.nthWorkingDayOfMonth(YearMonth.of(2027, 1), 10);      // 2027-01-15 (R-C5)
        List<Holiday> holidays = cal.holidays(2008);                                // 1 May 2008: Tag der Arbeit and Christi Himmelfahrt

        WorkingDayCalendar jc = cal.withClosureDays(List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31))); // R-C3
        String explanation = jc.explain(LocalDate.of(2026, 12, 18), 10).format(Locale.GERMAN);
        // 10 Arbeitstage nach 2026-12-18 = 2027-01-07 (der Tag 2026-12-18 selbst zählt nicht, R-C4)
        // Übersprungen: 10 Tage
        //   2026-12-19 Samstag …
        //   2026-12-24 Schließtag (Schließtag)
        //   2026-12-25 1. Weihnachtstag (Feiertag) …
        try {
            cal.isWorkingDay(LocalDate.of(2201, 1, 1));
        } catch (DateTimeException e) {
            String why = e.getMessage();   // names the range 1990-01-01 to 2200-12-31 (R-C6)
        }
        // README:calendar-nrw END
        assertEquals(LocalDate.of(2027, 1, 5), due);
        assertEquals(LocalDate.of(2026, 12, 28), next);
        assertEquals(LocalDate.of(2027, 1, 15), tenth);
        assertEquals(2, holidays.stream().filter(h -> h.date().equals(LocalDate.of(2008, 5, 1))).count(), holidays::toString);
        assertTrue(explanation.startsWith("10 Arbeitstage nach 2026-12-18 = 2027-01-07 (der Tag 2026-12-18 selbst zählt nicht, R-C4)\n"
                + "Übersprungen: 10 Tage\n  2026-12-19 Samstag\n"), explanation);
        assertTrue(explanation.contains("\n  2026-12-24 Schließtag (Schließtag)\n  2026-12-25 1. Weihnachtstag (Feiertag)\n"), explanation);
        DateTimeException outOfRange = org.junit.jupiter.api.Assertions.assertThrows(DateTimeException.class,
                () -> cal.isWorkingDay(LocalDate.of(2201, 1, 1)));
        assertTrue(outOfRange.getMessage().contains("1990-01-01") && outOfRange.getMessage().contains("2200-12-31")
                && outOfRange.getMessage().contains("R-C6"), outOfRange.getMessage());
    }

    void calendarLaender() {
        // README:calendar-laender BEGIN
        WorkingDayCalendar by = WorkingDayCalendar.of(Bundesland.BY);               // shared, immutable
        LocalDate due = by.plusWorkingDays(LocalDate.of(2027, 1, 4), 10);           // 2027-01-19: skips Heilige Drei Könige
        String law = by.holiday(LocalDate.of(2027, 1, 6)).orElseThrow().law();      // "Art. 1 FTG BY"
        Deadlines bavarian = Deadlines.of(QuerPolicy.standard(), by);               // qer-core counts with it

        // holidays of single communes are no defaults: a host in Augsburg switches its own on
        WorkingDayCalendar augsburg = by.withLocalHolidays(Set.of(LocalHoliday.AUGSBURGER_FRIEDENSFEST));
        boolean working = augsburg.isWorkingDay(LocalDate.of(2025, 8, 8));          // false: Augsburger Hohes Friedensfest
        // README:calendar-laender END
        assertEquals(LocalDate.of(2027, 1, 19), due);
        assertEquals("Art. 1 FTG BY", law);
        assertEquals(by, bavarian.calendar());
        assertFalse(working);
        assertTrue(by.isWorkingDay(LocalDate.of(2025, 8, 8)));
    }

    void coreLifecycle() {
        Staffing staffing = staffing();
        StaffId ez = EZ;
        LocalDate today = ANTRAG;
        Antrag antrag = antrag();
        LocalDate birthDate = LocalDate.of(2011, 12, 3);
        List<CaseState> states = List.of(assigned(QuerDecider.of(Deadlines.standard(), staffing)));
        // README:core-lifecycle BEGIN
        QuerDecider decider = QuerDecider.of(Deadlines.standard(), staffing);   // staffing: roles and the F-IFK of each day
        CaseState state = QuerDecider.initialState();
        Either<Rejection, Decision> result = decider.decide(state, new Command.TakeApplication(ez, today, antrag));
        if (result.isLeft()) {
            result.getLeft().problems();                        // all problems at once: code, rule, field, German and English
        } else {
            store(result.get().events());                       // the host keeps the events
            state = decider.evolve(state, result.get().events());
        }
        CaseState same = decider.replay(allEventsOfTheCase);    // replay gives back the state

        Deadlines d = Deadlines.standard();
        Deadline querDue = d.applicantDeadline(LocalDate.of(2026, 11, 13));    // due 2026-11-27, rule R-F1
        Deadline memberDue = d.importDeadline(YearMonth.of(2026, 12));         // due 2027-01-15, rule R-F2
        boolean relevant = d.isQuerRelevant(birthDate, today);                         // R-F3 with the § 7a table
        OversightReport morning = Oversight.of(d).morningList(states, today, 3);   // overdue, today, soon; per GST and IFK
        // README:core-lifecycle END
        assertTrue(result.isRight(), result::toString);
        assertEquals(StateKind.BEANTRAGT, state.kind());
        assertEquals(state, same);
        assertEquals(LocalDate.of(2026, 11, 27), querDue.due());
        assertEquals("R-F1", querDue.rule());
        assertEquals(LocalDate.of(2027, 1, 15), memberDue.due());
        assertEquals("R-F2", memberDue.rule());
        assertFalse(relevant, "14 years old on the day of the application");
        assertTrue(d.isQuerRelevant(LocalDate.of(2011, 11, 1), today), "15 years old");
        assertEquals(List.of(), morning.items(), "nothing is due on the day of the application");
        List<DueItem> soon = Oversight.of(d).morningList(states, LocalDate.of(2026, 11, 25), 3).items();
        assertEquals(List.of(LocalDate.of(2026, 11, 27)), soon.stream().map(i -> i.deadline().due()).toList(), soon::toString);
    }

    void afterTheFirstInterview() {
        QuerDecider decider = QuerDecider.of(Deadlines.standard(), staffing());
        StaffId ifk = IFK;
        PersonId person = HA;
        LocalDate today = LocalDate.of(2026, 11, 24);
        CaseState state = run(decider, assigned(decider), new Command.RecordQuer(ifk, today, person,
                QuerNachweis.builder().erfuellt(EnumSet.range(Mindeststandard.FMG_DATEN, Mindeststandard.BERATUNGSVERMERK)).build()));
        LocalDate termin = LocalDate.of(2026, 12, 8);
        QuerNachweis nachweis = QuerNachweis.builder().addErfuellt(Mindeststandard.BERATUNGSVERMERK, Mindeststandard.KOOPERATIONSPLAN).build();
        LocalDate missedTermin = LocalDate.of(2026, 11, 23);
        LocalDate from = LocalDate.of(2026, 12, 1);
        StaffId expertBiOfNewGst = BI_05;
        StaffId ifkThere = IFK_05;
        LocalDate lastDay = LocalDate.of(2026, 12, 31);
        // README:after-first-interview BEGIN
        var scheduled = decider.decide(state, new Command.ScheduleFollowUp(ifk, today, person, termin));               // R-L1
        var followUp = decider.decide(state, new Command.RecordFollowUp(ifk, termin, person, nachweis, Optional.empty())); // KP reviewed: next review in 6 months
        var reviewed = decider.decide(state, new Command.ReviewKp(ifk, today, person, Optional.empty()));              // R-L2
        var missed = decider.decide(state, new Command.RecordMissedAppointment(ifk, today, person, missedTermin, false)); // R-L3: the deadline stays
        var exit = decider.decide(state, new Command.RecordMemberExit(ifk, today, person, from, MemberExit.Reason.LEFT_BG)); // R-L4
        var moved = decider.decide(state, new Command.MoveToGst(expertBiOfNewGst, today, GstCode.of("05"), ifkThere)); // R-L4
        var ended = decider.decide(state, new Command.EndCase(ifk, lastDay, CaseEndReason.RECEIPT_ENDED));             // R-L4: terminal
        // README:after-first-interview END
        for (var r : List.of(scheduled, followUp, reviewed, missed, exit, moved, ended)) {
            assertTrue(r.isRight(), () -> r.getLeft().message(Locale.ENGLISH));
        }
        assertEquals(StateKind.BEENDET, decider.evolve(state, ended.get().events()).kind());
    }

    void docs() {
        QuerDecider decider = QuerDecider.of(Deadlines.standard(), staffing());
        CaseState.NachBewilligung approved = assigned(decider);
        PersonId person = HA;
        LocalDate today = LocalDate.of(2026, 11, 24);
        QuerDokumentation complete = new Documents(1L, KundensteuerungPolicy.standard()).complete(approved, person, today);
        var pa = complete.getPotenzialanalyse();
        var ip = complete.getIntegrationsprognose();
        var hs = complete.getHandlungsstrategie();
        var sa = complete.getSofortangebot();
        Kooperationsplan kp = complete.getKooperationsplan();
        Beratungsvermerk note = Beratungsvermerk.builder().from(complete.getBeratungsvermerk()).gespraechszusammenfassung("siehe oben").build();
        // README:docs BEGIN
        QuerReport report;
        try (QuerValidator validator = QuerValidator.create()) {                 // create once, share
            report = validator.validate(QuerDokumentation.fuer(approved, person)   // approved: the case's CaseState.NachBewilligung
                    .datum(today).fmgDatenErfasst(true).potenzialanalyse(pa).integrationsprognose(ip)
                    .handlungsstrategie(hs).sofortangebot(sa).kooperationsplan(kp).beratungsvermerk(note).build());
        }
        report.standards();          // R-Q1: each minimum standard met, deficient, missing or open with its date
        report.errors();             // [R-N2] beratungsvermerk.gespraechszusammenfassung: Platzhalter statt Inhalt (R-N2)
        report.toNachweis();         // the evidence for qer-core's RecordQuer command
        String text = Textform.kooperationsplan(kp);   // the text form (R-K1): plain UTF-8, deterministic
        // README:docs END
        assertTrue(report.errors().stream().anyMatch(v -> v.rule().equals("R-N2")
                && v.field().equals("beratungsvermerk.gespraechszusammenfassung")), report::toString);
        assertFalse(report.toNachweis().erfuellt().contains(Mindeststandard.BERATUNGSVERMERK), report::toString);
        assertEquals(text, Textform.kooperationsplan(kp));
        assertTrue(text.contains(kp.getEingliederungsziel()), text);
    }

    void followUp() {
        QuerDecider decider = QuerDecider.of(Deadlines.standard(), staffing());
        StaffId ifk = IFK;
        PersonId person = HA;
        LocalDate today = LocalDate.of(2026, 12, 8);
        QuerDokumentation complete = new Documents(1L, KundensteuerungPolicy.standard())
                .complete(assigned(decider), person, LocalDate.of(2026, 11, 24));
        CaseState.NachBewilligung approved = (CaseState.NachBewilligung) run(decider, assigned(decider),
                new Command.RecordQuer(ifk, LocalDate.of(2026, 11, 24), person, QuerNachweis.builder()
                        .erfuellt(EnumSet.range(Mindeststandard.FMG_DATEN, Mindeststandard.BERATUNGSVERMERK)).build()));
        Beratungsvermerk note = Beratungsvermerk.builder().from(complete.getBeratungsvermerk()).vermerkart(Vermerkart.FOLGEGESPRAECH)
                .datum(today).build();
        Kooperationsplan updatedKp = complete.getKooperationsplan();
        try (QuerValidator validator = QuerValidator.create()) {
            // README:follow-up BEGIN
            FolgegespraechReport report = validator.validate(Folgegespraech.fuer(approved, person).datum(today)
                    .beratungsvermerk(note)                                             // Vermerkart.FOLGEGESPRAECH
                    .kpUnveraendertBestaetigt(true).kpNaechsteUeberpruefung(today.plusMonths(6)).build());
            var recorded = decider.decide(approved, new Command.RecordFollowUp(ifk, today, person, report.toNachweis(), report.nextKpReview()));
            List<Problem> review = validator.validateKpReview(updatedKp, today);   // R-L2 with R-K1 … R-K4
            // README:follow-up END
            assertTrue(report.errors().isEmpty(), report::toString);
            assertEquals(Optional.of(today.plusMonths(6)), report.nextKpReview());
            assertTrue(recorded.isRight(), () -> recorded.getLeft().message(Locale.ENGLISH));
            assertTrue(review.isEmpty(), review::toString);
        }
    }

    void json() throws Exception {
        QuerDecider decider = QuerDecider.of(Deadlines.standard(), staffing());
        CaseState state = assigned(decider);
        CaseId caseId = CaseId.of("BG-1");
        List<Event> eventsOfTheCase = new ArrayList<>();
        CaseState s = QuerDecider.initialState();
        for (Command c : List.of(new Command.TakeApplication(EZ, ANTRAG, antrag()), new Command.WithdrawApplication(EZ, ANTRAG.plusDays(1)))) {
            List<Event> e = decider.decide(s, c).get().events();
            eventsOfTheCase.addAll(e);
            s = decider.evolve(s, e);
        }
        Event event = eventsOfTheCase.get(0);
        // README:json BEGIN
        JsonMapper mapper = JsonMapper.builder().addModule(new QerJsonModule()).build();  // like jackson-datatype-jsr310
        String json = mapper.writeValueAsString(state);                  // any command, event, state, model, report
        CaseState again = mapper.readValue(json, CaseState.class);       // strict: a missing or unknown property fails

        EventEnvelope row = QerJson.writeEnvelope(caseId, 1, event);     // type, version, caseId, seq, businessDate, data
        // the host stores row.type(), row.version(), …, and row.data() as jsonb; reading it back:
        Event read = QerJson.readEvent(row);                             // an older version is upcast first
        List<EventEnvelope> rows = new ArrayList<>();
        for (int i = 0; i < eventsOfTheCase.size(); i++) {
            rows.add(QerJson.writeEnvelope(caseId, i + 1, eventsOfTheCase.get(i)));
        }
        CaseState replayed = decider.replay(QerJson.readEvents(rows));   // the case as it was decided
        // README:json END
        assertEquals(state, again);
        assertEquals(event, read);
        assertEquals("ApplicationTaken", row.type());
        assertEquals(s, replayed);
        assertEquals(StateKind.ZURUECKGENOMMEN, replayed.kind());
    }
}
