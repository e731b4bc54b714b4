package de.qer.core.lifecycle;

import static de.qer.core.Fixtures.ANTRAG;
import static de.qer.core.Fixtures.BEWILLIGUNG;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.F_IFK;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.IFK;
import static de.qer.core.Fixtures.LG;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a host's log shows of commands, events and rejections: enough to find the step (its type, day,
 * actor, member, case), and never the free text a caseworker typed (the request, the reason, the keys of
 * open points, the reference of the calculation record).
 */
class TextFormTest {

    private static final String SECRET = "Geheimnis-4711";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static void identifiesButHides(Object o, String type, String... shown) {
        String s = o.toString();
        assertTrue(s.startsWith(type + "["), s);
        for (String x : shown) {
            assertTrue(s.contains(x), () -> x + " not in " + s);
        }
        assertTrue(s.contains("***"), s);
        assertFalse(s.contains(SECRET), s);
    }

    @Test
    void theCommandsWithFreeText_showWhoAndWhen_butNotTheText() {
        identifiesButHides(new Command.RequestActiveSupport(EZ, ANTRAG, HA, IFK, SECRET), "RequestActiveSupport",
                "ez03", "2026-11-02", "p1", "ifk03a");
        identifiesButHides(new Command.ReleaseApproval(LG, BEWILLIGUNG, SECRET), "ReleaseApproval", "lg03", "2026-11-13");
        identifiesButHides(new Command.ResolveOpenPoint(IFK, DAY, HA, SECRET), "ResolveOpenPoint", "ifk03a", "2026-11-20", "p1");
        identifiesButHides(new Command.RouteElb(IFK, DAY, HA, Kundensteuerung.START_KLAR, SECRET), "RouteElb", "ifk03a",
                "2026-11-20", "START_KLAR");
        identifiesButHides(new Command.RecordClarification(IFK, DAY, 1, ClarificationOutcome.GRANTED, Optional.of(SECRET)),
                "RecordClarification", "ifk03a", "2026-11-20", "GRANTED");
        String none = new Command.RecordClarification(IFK, DAY, 1, ClarificationOutcome.GRANTED, Optional.empty()).toString();
        assertFalse(none.contains("***"), "without a note there is nothing to hide: " + none);
        identifiesButHides(OffenerPunkt.zu(SECRET, SECRET, DAY), "OffenerPunkt", "2026-11-20");
    }

    @Test
    void theEventsWithFreeText_andTheD3Workflow_showWhatHappened_butNotTheText() {
        Run run = new Run(Fixtures.decider())
                .ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgFamilie())))
                .ok(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()))
                .ok(new Command.RequestActiveSupport(EZ, ANTRAG, HA, IFK, SECRET))
                .ok(new Command.ReleaseApproval(LG, BEWILLIGUNG, SECRET))
                .ok(new Command.AssignIfk(Fixtures.BI, BEWILLIGUNG, IFK))
                .ok(new Command.RecordQuer(IFK, DAY, HA, QuerNachweis.builder().from(Fixtures.vollstaendig())
                        .addOffenePunkte(OffenerPunkt.zu(SECRET, "Zeugnisse", DAY.plusDays(3))).build()))
                .ok(new Command.ResolveOpenPoint(IFK, DAY.plusDays(1), HA, SECRET))
                .ok(new Command.RouteElb(IFK, DAY.plusDays(1), HA, Kundensteuerung.VERBLEIB_GST, SECRET));
        List<Event> events = run.events;
        identifiesButHides(find(events, Event.ActiveSupportRequested.class), "ActiveSupportRequested", "2026-11-02", "p1");
        identifiesButHides(find(events, Event.OpenPointResolved.class), "OpenPointResolved", "2026-11-21", "p1");
        identifiesButHides(find(events, Event.ElbRouted.class), "ElbRouted", "2026-11-21", "p1", "VERBLEIB_GST");
        String workflow = find(events, Event.ApprovalReleased.class).workflow().toString();
        assertTrue(workflow.startsWith("D3Workflow[") && workflow.contains("BG-2") && workflow.contains("EXPERTE_BI"), workflow);
        assertFalse(workflow.contains(SECRET), workflow);
    }

    @Test
    void aRejection_showsTheRuleFieldAndMessageOfEachProblem_andNamesTheBg() {
        Rejection r = Fixtures.assigned(Fixtures.bgFamilie())
                .rejected(new Command.RecordQuer(IFK, DAY, PersonId.of("fremd"), Fixtures.vollstaendig()));
        String s = r.toString();
        assertTrue(s.startsWith("Rejection[") && s.contains("[R-Q2] member: "), s);
        assertTrue(r.problems().get(0).toString().equals(r.problems().get(0).message(Locale.ENGLISH)), r::toString);
        assertTrue(r.message(Locale.ENGLISH).contains("not a member of BG BG-2"), () -> r.message(Locale.ENGLISH));
    }

    private static <E extends Event> E find(List<Event> events, Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow(() -> new AssertionError(type));
    }
}
