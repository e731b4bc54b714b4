package de.qer.examples;

import de.qer.calendar.DeadlineExplanation;
import de.qer.calendar.WorkingDayCalendar;
import de.qer.core.Deadline;
import de.qer.core.Deadlines;
import de.qer.core.KundensteuerungPolicy;
import de.qer.core.QuerPolicy;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.ClarificationOutcome;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Decision;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.MemberQuer;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.lifecycle.QuerStatus;
import de.qer.core.lifecycle.Rejection;
import de.qer.core.lifecycle.Transitions;
import de.qer.core.model.Antrag;
import de.qer.core.model.Arbeitsuche;
import de.qer.core.model.EzAushaendigung;
import de.qer.core.model.FIfkDesignation;
import de.qer.core.model.GstCode;
import de.qer.core.model.Kundenstatus;
import de.qer.core.model.Mitglied;
import de.qer.core.model.Role;
import de.qer.core.model.Staff;
import de.qer.core.model.StaffId;
import de.qer.core.model.Staffing;
import de.qer.core.model.StatistikEintraege;
import de.qer.core.oversight.Controlling;
import de.qer.core.oversight.ControllingReport;
import de.qer.core.oversight.DueCategory;
import de.qer.core.oversight.ImportCheck;
import de.qer.core.oversight.ImportFinding;
import de.qer.core.oversight.Oversight;
import de.qer.core.oversight.OversightReport;
import de.qer.docs.ImmutableBeratungsvermerk;
import de.qer.docs.ImmutableQuerDokumentation;
import de.qer.docs.QuerDokumentation;
import de.qer.docs.text.Textform;
import de.qer.docs.validation.QuerReport;
import de.qer.docs.validation.QuerValidator;
import de.qer.examples.store.AppendResult;
import de.qer.examples.store.EmbeddedDatabase;
import de.qer.examples.store.EventCodec;
import de.qer.examples.store.EventStore;
import de.qer.examples.store.NewEvent;
import de.qer.examples.store.StoredEvent;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The walkthrough: a month of applications at one Geschäftsstelle, driven through the QuEr lifecycle
 * with the correct roles, using only the public API of qer-calendar, qer-core and qer-docs. Prints in
 * German with English headings. Exits with status 1 if the procedure rejects anything that it should
 * have accepted.
 *
 * <pre>
 * mvn -q -B -ntp -pl qer-examples -am -DskipTests package exec:java
 * </pre>
 *
 * Options (system properties): {@code -Dqer.seed=20261224}, {@code -Dqer.month=2026-12},
 * {@code -Dqer.cases=200}, {@code -Dqer.out=target/qer-ablauf.mmd}, {@code -Dqer.dir=target/walkthrough} (where the
 * controlling report goes as {@code controlling.csv} and {@code controlling.svg}).
 */
public final class Walkthrough {

    /** The settings of one run. */
    record Config(long seed, YearMonth month, int cases, Path mermaidFile, Path outputDir, boolean storeEvents) {
        static Config fromSystemProperties() {
            return new Config(Long.getLong("qer.seed", 20261224L), YearMonth.parse(System.getProperty("qer.month", "2026-12")),
                    Integer.getInteger("qer.cases", 200), Path.of(System.getProperty("qer.out", "target/qer-ablauf.mmd")),
                    Path.of(System.getProperty("qer.dir", "target/walkthrough")),
                    Boolean.parseBoolean(System.getProperty("qer.store", "true")));
        }
    }

    /** What the event store held after the month, and whether the morning list read back from it is the same. */
    record StoreFigures(String server, long cases, long events, long jsonBytes, long tableBytes, long appendMillis,
                        long replayMillis, boolean sameMorningList) {
    }

    /** The counts of one run, printed as the last line. */
    record Summary(int bgs, int persons, int approved, int rejected, int withdrawn, int pending, int querRecorded,
                   int querInTime, int overdue, int dueSoon, int importFindings, int unexpectedRejections,
                   int expectedRejections, ControllingReport controlling, Optional<StoreFigures> store, long millis) {
        String line() {
            return String.format(Locale.ROOT, "Summary: %d BGs, %d Personen, %d bewilligt, %d abgelehnt, %d zurückgenommen, "
                            + "%d offen auf VM; %d QuEr erfasst (%d fristgerecht), %d überfällig, %d bald fällig; "
                            + "%d Importbefunde; %d erwartete und %d unerwartete Ablehnungen; %d ms",
                    bgs, persons, approved, rejected, withdrawn, pending, querRecorded, querInTime, overdue, dueSoon,
                    importFindings, expectedRejections, unexpectedRejections, millis);
        }
    }

    /** Thrown when the procedure rejects a command that the walkthrough expects to be accepted. */
    static final class UnexpectedRejection extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnexpectedRejection(String caseId, Command c, Rejection r) {
            super("Unerwartete Ablehnung / unexpected rejection in " + caseId + " (" + c.kind() + "):\n"
                    + r.message(Locale.GERMAN) + "\n" + r.message(Locale.ENGLISH));
        }
    }

    private static final GstCode GST = GstCode.of("03");
    private static final StaffId[] EZ = {StaffId.of("ez03-1"), StaffId.of("ez03-2")};
    private static final StaffId[] IFK = {StaffId.of("ifk03-1"), StaffId.of("ifk03-2"), StaffId.of("ifk03-3"),
        StaffId.of("ifk03-4"), StaffId.of("ifk03-5"), StaffId.of("ifk03-6")};
    private static final StaffId LG = StaffId.of("lg03");
    private static final StaffId BI = StaffId.of("bi03");
    private static final StaffId EXPERTE_GST = StaffId.of("gst03");

    private final Config config;
    private final PrintStream out;
    private final WorkingDayCalendar calendar;
    private final Deadlines deadlines;
    private final QuerDecider decider;
    private int unexpected;
    private int expectedRejections;

    private Walkthrough(Config config, PrintStream out) {
        this.config = config;
        this.out = out;
        // the host's closure days (R-C3): Christmas Eve and New Year's Eve
        LocalDate end = config.month().atEndOfMonth();
        this.calendar = WorkingDayCalendar.nrw().withClosureDays(List.of(LocalDate.of(end.getYear(), 12, 24),
                LocalDate.of(end.getYear(), 12, 31)));
        this.deadlines = Deadlines.of(QuerPolicy.standard(), calendar);
        this.decider = QuerDecider.of(deadlines, staffing(config.month()));
    }

    /**
     * Runs the walkthrough with the settings of the system properties.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true"); // the controlling chart is drawn without a display
        // the provider's start-up notice is not part of the walkthrough
        java.util.logging.Logger.getLogger("org.hibernate.validator").setLevel(java.util.logging.Level.WARNING);
        try {
            run(Config.fromSystemProperties(), System.out);
        } catch (UnexpectedRejection | UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Runs the walkthrough and returns its summary. */
    static Summary run(Config config, PrintStream out) {
        return new Walkthrough(config, out).run();
    }

    private static Staffing staffing(YearMonth month) {
        List<Staff> staff = new ArrayList<>();
        for (StaffId id : EZ) {
            staff.add(new Staff(id, GST, EnumSet.of(Role.EZ)));
        }
        for (StaffId id : IFK) {
            staff.add(new Staff(id, GST, EnumSet.of(Role.IFK)));
        }
        staff.add(new Staff(LG, GST, EnumSet.of(Role.EXPERTE_LG)));
        staff.add(new Staff(BI, GST, EnumSet.of(Role.EXPERTE_BI)));
        staff.add(new Staff(EXPERTE_GST, GST, EnumSet.of(Role.EXPERTE_GST)));
        List<FIfkDesignation> plan = new ArrayList<>();
        LocalDate from = month.atDay(1).minusMonths(1);
        for (LocalDate d = from; d.isBefore(month.plusMonths(3).atDay(1)); d = d.plusDays(1)) {
            plan.add(new FIfkDesignation(GST, "BI-Team 1", d, fIfk(d)));
        }
        return Staffing.of(staff, plan);
    }

    private static StaffId fIfk(LocalDate d) {
        return IFK[(int) Math.floorMod(d.toEpochDay(), (long) IFK.length)];
    }

    /** A case being driven: its id, events and state. */
    private final class Case {
        final String id;
        final List<Event> events = new ArrayList<>();
        CaseState state = QuerDecider.initialState();

        Case(String id) {
            this.id = id;
        }

        void ok(Command c) {
            Either<Rejection, Decision> r = decider.decide(state, c);
            if (r.isLeft()) {
                unexpected++;
                throw new UnexpectedRejection(id, c, r.getLeft());
            }
            events.addAll(r.get().events());
            state = decider.evolve(state, r.get().events());
        }

        /** A command the procedure must refuse; shows that it does. */
        Rejection refused(Command c) {
            Either<Rejection, Decision> r = decider.decide(state, c);
            if (r.isRight()) {
                throw new IllegalStateException(id + ": " + c.kind() + " should have been refused");
            }
            expectedRejections++;
            return r.getLeft();
        }
    }

    private Summary run() {
        long started = System.nanoTime();
        YearMonth month = config.month();
        LocalDate monthEnd = month.atEndOfMonth();
        LocalDate morning = calendar.plusWorkingDays(monthEnd, 1);
        out.println("qer walkthrough: GST " + GST.value() + ", " + month + ", " + config.cases() + " Anträge, Seed "
                + config.seed() + " (Schließtage 24.12. und 31.12., R-C3)");

        out.println("\n== [1/4] Generating applications ==");
        MonthGenerator gen = new MonthGenerator(config.seed(), month, calendar);
        List<MonthGenerator.Application> apps = gen.generate(config.cases());
        int persons = apps.stream().mapToInt(a -> a.bedarfsgemeinschaft().groesse()).sum();
        out.println(apps.size() + " Bedarfsgemeinschaften mit " + persons + " Personen");

        out.println("\n== [2/4] Driving every case through the lifecycle ==");
        Documents documents = new Documents(config.seed() + 1, deadlines.policy().kundensteuerung());
        Map<String, Case> cases = new LinkedHashMap<>();
        int approved = 0;
        int rejected = 0;
        int withdrawn = 0;
        int pending = 0;
        int querRecorded = 0;
        int querInTime = 0;
        Rejection r6 = null;
        Rejection r2 = null;
        try (QuerValidator validator = QuerValidator.create(deadlines)) {
            for (MonthGenerator.Application app : apps) {
                Case c = new Case(app.bedarfsgemeinschaft().id().value());
                cases.put(c.id, c);
                LocalDate day = app.date();
                c.ok(new Command.TakeApplication(EZ[cases.size() % 2], day, antrag(app)));
                c.ok(new Command.ParkOnVm(fIfk(day), day, eintraege(day)));
                Mitglied ha = app.bedarfsgemeinschaft().haushaltsvorstandMitglied();
                StaffId ifk = IFK[Math.floorMod(c.id.hashCode(), IFK.length)];
                if (app.earlyRequest() && !ha.isAufstockerOn(day)) {
                    // R-F4: the responsible IFK is informed and settles the request in a short-term appointment
                    c.ok(new Command.RequestActiveSupport(EZ[0], day, ha.id(), ifk, "Fahrkosten zum Vorstellungsgespräch (VB)"));
                    c.ok(new Command.RecordClarification(ifk, calendar.plusWorkingDays(day, 2), c.state.requests().size(),
                            ClarificationOutcome.GRANTED, java.util.Optional.empty()));
                }
                if (r6 == null) {
                    r6 = c.refused(new Command.RecordQuer(IFK[0], day, ha.id(), de.qer.core.model.QuerNachweis.builder().build()));
                }
                LocalDate decision = calendar.plusWorkingDays(day, app.workingDaysToDecision());
                if (app.outcome() == MonthGenerator.Outcome.WITHDRAWN) {
                    c.ok(new Command.WithdrawApplication(EZ[1], decision.isAfter(monthEnd) ? monthEnd : decision));
                    withdrawn++;
                    continue;
                }
                if (decision.isAfter(monthEnd)) {
                    pending++;
                    continue;
                }
                if (app.outcome() == MonthGenerator.Outcome.REJECTED) {
                    c.ok(new Command.RejectApplication(LG, decision));
                    rejected++;
                    continue;
                }
                c.ok(new Command.ReleaseApproval(LG, decision, "LMG-" + c.id));
                approved++;
                LocalDate assign = calendar.plusWorkingDays(decision, 1);
                if (assign.isAfter(monthEnd)) {
                    continue;
                }
                c.ok(new Command.AssignIfk(BI, assign, ifk));
                for (Mitglied m : app.bedarfsgemeinschaft().mitglieder()) {
                    boolean blocked = ((CaseState.NachBewilligung) c.state).members().get(m.id())
                            .map(q -> q.status() instanceof QuerStatus.GesperrtAlg).getOrElse(false);
                    if (blocked && m.algBezugBis().filter(d -> d.isBefore(assign)).isPresent()) {
                        c.ok(new Command.EndAlg(ifk, assign, m.id(), m.algBezugBis().get()));
                    }
                }
                if (r2 == null && app.bedarfsgemeinschaft().mitglieder().stream().anyMatch(m -> m.isAufstockerOn(assign))) {
                    Mitglied alg = app.bedarfsgemeinschaft().mitglieder().stream().filter(m -> m.isAufstockerOn(assign)).findFirst().orElseThrow();
                    r2 = c.refused(new Command.ScheduleQuerAppointment(ifk, assign, alg.id(), calendar.plusWorkingDays(assign, 2)));
                }
                CaseState.InBetreuung s = (CaseState.InBetreuung) c.state;
                for (MemberQuer mq : s.members().values()) {
                    if (!(mq.status() instanceof QuerStatus.Faellig f) || app.querPostponed()
                            || s.bedarfsgemeinschaft().mitglied(mq.person()).map(m -> m.isAufstockerOn(assign)).orElse(false)) {
                        continue; // R-E2: no appointment before the end of ALG receipt
                    }
                    LocalDate termin = calendar.plusWorkingDays(f.deadline().due(), -Math.floorMod(mq.person().hashCode(), 4));
                    if (termin.isBefore(assign)) {
                        termin = calendar.plusWorkingDays(assign, 1);
                    }
                    if (termin.isAfter(monthEnd)) {
                        continue;
                    }
                    c.ok(new Command.ScheduleQuerAppointment(ifk, assign, mq.person(), termin));
                    QuerDokumentation doc = documents.complete((CaseState.NachBewilligung) c.state, mq.person(), termin);
                    QuerReport report = validator.validate(doc);
                    if (!report.isComplete()) {
                        unexpected++;
                        throw new IllegalStateException(c.id + ": generated QuEr incomplete\n" + report.format(Locale.GERMAN));
                    }
                    c.ok(new Command.RecordQuer(ifk, termin, mq.person(), report.toNachweis()));
                    querRecorded++;
                    if (!termin.isAfter(f.deadline().due())) {
                        querInTime++;
                    }
                    KundensteuerungPolicy.Suggestion sug = deadlines.policy().kundensteuerung()
                            .suggest(app.bedarfsgemeinschaft().mitglied(mq.person()).orElseThrow(), termin);
                    c.ok(new Command.RouteElb(ifk, termin, mq.person(), sug.target(), sug.reason()));
                }
                if (cases.size() % 50 == 0) {
                    out.println("  " + cases.size() + "/" + apps.size() + " Fälle");
                }
            }

            // the monthly import of the month, reviewed on its last working day
            LocalDate importDay = calendar.plusWorkingDays(monthEnd.plusDays(1), -1);
            for (MonthGenerator.Application app : apps) {
                Case c = cases.get(app.bedarfsgemeinschaft().id().value());
                if (!(c.state instanceof CaseState.NachBewilligung a)) {
                    continue;
                }
                List<Mitglied> members = new ArrayList<>(a.bedarfsgemeinschaft().mitglieder());
                if (app.newMemberInMonth()) {
                    members.add(gen.newcomer(app.bedarfsgemeinschaft().id(), month.atDay(15)));
                }
                c.ok(new Command.ImportMembers(BI, importDay, month, members));
            }

            out.println("\n== [3/4] One case: timeline ==");
            Case shown = cases.values().stream().filter(c -> c.state instanceof CaseState.InBetreuung
                    && ((CaseState.InBetreuung) c.state).bedarfsgemeinschaft().groesse() >= 3
                    && c.events.stream().anyMatch(e -> e instanceof Event.QuerRecorded)).findFirst()
                    .orElse(cases.values().iterator().next());
            out.println("Fall " + shown.id + ":");
            for (Event e : shown.events) {
                out.println("  " + e.on() + "  " + String.format(Locale.ROOT, "%-5s", rule(e)) + " " + describe(e));
            }

            out.println("\n== Deadline explanation (R-F1, across Christmas) ==");
            Deadline christmas = deadlines.applicantDeadline(LocalDate.of(monthEnd.getYear(), 12, 18));
            DeadlineExplanation x = christmas.explain(calendar);
            out.print(x.format(Locale.GERMAN));

            out.println("\n== Refused on purpose ==");
            out.println(r6 == null ? "(keine)" : r6.message(Locale.GERMAN));
            out.println(r2 == null ? "(keine Aufstocker*in in diesem Monat)" : r2.message(Locale.GERMAN));

            out.println("\n== Validation report: deficient QuEr ==");
            CaseState.NachBewilligung example = (CaseState.NachBewilligung) shown.state;
            LocalDate sampleDay = monthEnd.minusDays(7).with(calendar.previousOrSameWorkingDay());
            QuerDokumentation good = documents.complete(example, example.bedarfsgemeinschaft().haushaltsvorstand(), sampleDay);
            QuerDokumentation bad = ImmutableQuerDokumentation.copyOf(good).withSofortangebot(null)
                    .withBeratungsvermerk(ImmutableBeratungsvermerk.copyOf(good.getBeratungsvermerk())
                            .withGespraechszusammenfassung("siehe oben").withBgGroesse(example.bedarfsgemeinschaft().groesse() + 1).withZielberuf(null));
            out.print(validator.validate(bad).format(Locale.GERMAN));
            out.println("\n== Validation report: complete QuEr ==");
            out.print(validator.validate(good).format(Locale.GERMAN));

            out.println("\n== Kooperationsplan (Textform, R-K1) ==");
            out.print(Textform.kooperationsplan(good.getKooperationsplan()));
        }

        out.println("\n== [4/4] Morning oversight list, " + morning + " ==");
        List<CaseState> states = cases.values().stream().map(c -> c.state).toList();
        OversightReport oversight = Oversight.of(deadlines).morningList(states, morning, 3);
        out.print(oversight.format(Locale.GERMAN));
        oversight.items().stream().filter(i -> i.category() == DueCategory.OVERDUE).findFirst().ifPresent(i -> {
            out.println("Warum ist " + i.caseId() + " am " + i.deadline().due() + " fällig?");
            out.print(i.explanation().format(Locale.GERMAN));
        });

        Optional<StoreFigures> stored = config.storeEvents()
                ? Optional.of(storeAndReload(cases, morning, oversight)) : Optional.empty();

        out.println("\n== Monthly import " + month + " (R-F2, R-E2) ==");
        List<ImportFinding> findings = ImportCheck.of(deadlines).runOnCases(states.stream()
                .filter(s -> s instanceof CaseState.NachBewilligung).map(s -> (CaseState.NachBewilligung) s).toList(), month);
        for (ImportFinding f : findings) {
            out.println(String.format(Locale.ROOT, "  %-10s %-12s %-15s fällig bis %s (%s)", f.caseId(), f.member(), f.reason(),
                    f.deadline().due(), f.deadline().rule()));
        }

        out.println("\n== Flow of the lifecycle (Mermaid) ==");
        try {
            Path file = config.mermaidFile().toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, Transitions.mermaid(), StandardCharsets.UTF_8);
            out.println("Mermaid-Ablauf geschrieben nach " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Mermaid file " + config.mermaidFile(), e);
        }

        ControllingReport controlling = controlling(cases, documents);

        Summary summary = new Summary(apps.size(), persons, approved, rejected, withdrawn, pending, querRecorded, querInTime,
                oversight.items(DueCategory.OVERDUE).size(), oversight.items(DueCategory.DUE_SOON).size(), findings.size(),
                unexpected, expectedRejections, controlling, stored, (System.nanoTime() - started) / 1_000_000);
        out.println("\n" + summary.line());
        return summary;
    }

    /**
     * R-L6: the weeks after the month, then its controlling. In the following month the Experte*in BI
     * assigns the cases still on the VM (a few stay there), and the IFKs hold the remaining QuEr: most in
     * time, some late, some not at all. The report covers the QuEr due in the month and the next (where
     * the month's last approvals fall due), as of the first working day after that; it is printed and
     * written as CSV and as a chart for the team lead.
     */
    private ControllingReport controlling(Map<String, Case> cases, Documents documents) {
        YearMonth month = config.month();
        YearMonth next = month.plusMonths(1);
        LocalDate nextEnd = next.atEndOfMonth();
        LocalDate firstOfNext = calendar.plusWorkingDays(month.atEndOfMonth(), 1);
        LocalDate asOf = calendar.plusWorkingDays(nextEnd, 1);
        try (QuerValidator validator = QuerValidator.create(deadlines)) {
            for (Case c : cases.values()) {
                int h = Math.floorMod(c.id.hashCode(), 100);
                if (c.state instanceof CaseState.Bewilligt && h >= 10) {
                    c.ok(new Command.AssignIfk(BI, calendar.plusWorkingDays(firstOfNext, h % 3), IFK[h % IFK.length]));
                }
                if (!(c.state instanceof CaseState.InBetreuung s)) {
                    continue;
                }
                for (MemberQuer mq : s.members().values()) {
                    int k = Math.floorMod(mq.person().hashCode(), 100);
                    if (!(mq.status() instanceof QuerStatus.Faellig f) || k < 8) {
                        continue; // not due, or not held by the end of the following month
                    }
                    LocalDate due = f.deadline().due();
                    LocalDate termin = k < 22 ? calendar.plusWorkingDays(due, 1 + k % 7) : calendar.plusWorkingDays(due, -(k % 4));
                    if (termin.isBefore(firstOfNext)) {
                        termin = calendar.plusWorkingDays(firstOfNext, k % 3); // the month is over: after it
                    }
                    LocalDate day = termin;
                    if (termin.isAfter(nextEnd) || termin.isBefore(s.bewilligungsdatum())
                            || s.bedarfsgemeinschaft().mitglied(mq.person()).map(m -> m.isAufstockerOn(day)).orElse(true)) {
                        continue; // R-E2: no QuEr before the end of ALG receipt
                    }
                    QuerReport report = validator.validate(documents.complete((CaseState.NachBewilligung) c.state, mq.person(), termin));
                    c.ok(new Command.RecordQuer(s.ifk(), termin, mq.person(), report.toNachweis()));
                }
            }
        }
        List<CaseState> states = cases.values().stream().map(c -> c.state).toList();
        out.println("\n== Controlling " + month + " to " + next + " (R-L6), " + asOf + " ==");
        Controlling controlling = Controlling.of(deadlines);
        ControllingReport report = controlling.report(states, month, next, asOf);
        out.print(report.format(Locale.GERMAN));
        String svg = ControllingChart.svg(controlling.items(states, asOf), month.atDay(1), nextEnd, asOf,
                "GST " + GST.value() + ", QuEr fällig " + month + " bis " + next + ", Stand " + asOf + ", "
                        + config.cases() + " Anträge (Seed " + config.seed() + ")");
        Path dir = config.outputDir().toAbsolutePath();
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("controlling.csv"), report.toCsv(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("controlling.svg"), svg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the controlling report to " + dir, e);
        }
        out.println("Controlling geschrieben nach " + dir.resolve("controlling.csv") + " und " + dir.resolve("controlling.svg"));
        return report;
    }

    /**
     * The host's side of persistence: every event of the month into PostgreSQL (embedded, or the one
     * given by {@code -Dqer.jdbc.url}) through the JSON contract, then the morning list again from the
     * stored events alone. The host's clock stamps the rows; here it is fixed to the morning, 07:00.
     */
    private StoreFigures storeAndReload(Map<String, Case> cases, LocalDate morning, OversightReport expected) {
        out.println("\n== Event store: PostgreSQL, events as JSON (qer-json) ==");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Clock hostClock = Clock.fixed(morning.atTime(7, 0).atZone(berlin).toInstant(), berlin);
        try (EmbeddedDatabase db = EmbeddedDatabase.start()) {
            EventStore store = EventStore.create(db.dataSource(), hostClock);
            long t0 = System.nanoTime();
            for (Case c : cases.values()) {
                List<NewEvent> rows = c.events.stream().map(e -> QerEventCodec.INSTANCE.encode(c.id, e)).toList();
                if (store.append(c.id, 0, rows) instanceof AppendResult.Conflict) {
                    throw new IllegalStateException("The database already holds case " + c.id
                            + ": the walkthrough needs an empty table qer_event / Die Datenbank enthält den Fall schon");
                }
            }
            long appendMillis = (System.nanoTime() - t0) / 1_000_000;
            t0 = System.nanoTime();
            Map<String, List<Event>> byCase = new LinkedHashMap<>();
            try (Stream<StoredEvent> all = store.loadAll()) {
                all.forEach(row -> {
                    List<Event> earlier = byCase.computeIfAbsent(row.caseId(), k -> new ArrayList<>());
                    earlier.add(EventCodec.decodeRow(QerEventCodec.INSTANCE, row, earlier));
                });
            }
            List<CaseState> states = byCase.values().stream().map(decider::replay).toList();
            long replayMillis = (System.nanoTime() - t0) / 1_000_000;
            OversightReport fromStore = Oversight.of(deadlines).morningList(states, morning, 3);
            EventStore.Stats stats = store.stats();
            StoreFigures f = new StoreFigures(db.serverVersion(), stats.cases(), stats.events(), stats.jsonBytes(),
                    stats.tableBytes(), appendMillis, replayMillis, fromStore.items().equals(expected.items()));
            out.println((db.isEmbedded() ? "eingebettet, " : "") + f.server());
            out.println(String.format(Locale.ROOT, "  %d Fälle, %d Ereignisse, %,d Bytes JSON (%,d Bytes Tabelle)",
                    f.cases(), f.events(), f.jsonBytes(), f.tableBytes()));
            out.println(String.format(Locale.ROOT, "  gespeichert in %d ms, alle gelesen und nachgespielt in %d ms",
                    f.appendMillis(), f.replayMillis()));
            out.println("  Morgenliste aus den gespeicherten Ereignissen: " + (f.sameMorningList()
                    ? "gleich (" + fromStore.items().size() + " Einträge)" : "ABWEICHEND"));
            return f;
        }
    }

    private Antrag antrag(MonthGenerator.Application app) {
        return Antrag.builder().gst(GST).antragsdatum(app.date()).bedarfsgemeinschaft(app.bedarfsgemeinschaft())
                .ausgehaendigt(EnumSet.allOf(EzAushaendigung.class)).lgTermin(calendar.plusWorkingDays(app.date(), 2)).build();
    }

    private static StatistikEintraege eintraege(LocalDate day) {
        return StatistikEintraege.builder().kundenstatus(Kundenstatus.ANTRAG).vermittlungsprofilAb(day)
                .arbeitsuche(Arbeitsuche.ASU).arbeitsucheAb(day).arbeitslosAb(day).build();
    }

    private static String rule(Event e) {
        return e instanceof Event.QuerStatusSet s ? s.rule() : e.rule();
    }

    private static String describe(Event e) {
        if (e instanceof Event.ApplicationTaken x) {
            return "Antrag aufgenommen (EZ " + x.actor() + "), BG-Größe " + x.antrag().bedarfsgemeinschaft().groesse();
        }
        if (e instanceof Event.ParkedOnVm x) {
            return "auf " + x.virtualEmployee() + " gestellt von F-IFK " + x.fIfk() + ", Statistik-Mindeststandard erfasst";
        }
        if (e instanceof Event.ApprovalReleased x) {
            return "Bewilligung dem Grunde nach; d.3-Workflow an " + x.workflow().recipientRole().label().german() + " mit "
                    + x.workflow().attachments();
        }
        if (e instanceof Event.IfkAssigned x) {
            return "auf IFK " + x.ifk() + " umgestellt; d.3-Workflow an die IFK";
        }
        if (e instanceof Event.QuerStatusSet x) {
            return x.member() + ": " + status(x.status());
        }
        if (e instanceof Event.QuerAppointmentScheduled x) {
            return x.member() + ": QuEr-Termin am " + x.termin() + (x.afterDueDate() ? " (nach Fristende)" : "");
        }
        if (e instanceof Event.QuerRecorded x) {
            return x.member() + ": QuEr durchgeführt" + (x.inTime() ? ", fristgerecht" : ", verspätet")
                    + (x.offenePunkte().isEmpty() ? "" : ", offene Punkte: " + x.offenePunkte().size());
        }
        if (e instanceof Event.ElbRouted x) {
            return x.member() + ": Kundensteuerung " + x.target().label().german() + " (" + x.reason() + ")";
        }
        if (e instanceof Event.MembersImported x) {
            return "monatlicher Import " + x.month() + ": " + x.mitglieder().size() + " Mitglieder";
        }
        if (e instanceof Event.AlgEnded x) {
            return x.member() + ": ALG-Bezug endete am " + x.lastDayOfAlg();
        }
        if (e instanceof Event.ActiveSupportRequested x) {
            return x.member() + ": aktive Förderung beantragt, Klärungstermin bis " + x.task().deadline().due();
        }
        return e.getClass().getSimpleName();
    }

    private static String status(QuerStatus s) {
        if (s instanceof QuerStatus.Faellig f) {
            return "QuEr fällig bis " + f.deadline().due();
        }
        if (s instanceof QuerStatus.NichtRelevant n) {
            return "nicht QuEr-relevant (" + n.grund() + ")";
        }
        if (s instanceof QuerStatus.GesperrtAlg) {
            return "kein QuEr bis Ende des ALG-Bezugs";
        }
        if (s instanceof QuerStatus.WartetAufImport) {
            return "Erstgespräch nach dem monatlichen Import";
        }
        return String.valueOf(s);
    }
}
