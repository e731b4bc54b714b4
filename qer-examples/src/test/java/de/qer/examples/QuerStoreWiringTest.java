package de.qer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Deadline;
import de.qer.core.Deadlines;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.QuerDecider;
import de.qer.core.lifecycle.QuerStatus;
import de.qer.core.lifecycle.Rejection;
import de.qer.core.model.Arbeitsuche;
import de.qer.core.model.Kundenstatus;
import de.qer.core.model.PersonId;
import de.qer.core.model.StaffId;
import de.qer.core.model.StatistikEintraege;
import de.qer.examples.store.CaseLogic;
import de.qer.examples.store.CommandHandler;
import de.qer.examples.store.CorruptEventException;
import de.qer.examples.store.EmbeddedDatabase;
import de.qer.examples.store.EventCodec;
import de.qer.examples.store.EventStore;
import de.qer.examples.store.HandleResult;
import de.qer.examples.store.NewEvent;
import de.qer.examples.store.SharedDatabase;
import de.qer.examples.store.StoredEvent;
import de.qer.json.QerJson;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * qer's own decider behind the store's {@link CommandHandler}, its events stored as JSON through the
 * contract of qer-json ({@link QerEventCodec}): the wiring is the three lines of {@link CaseLogic}'s
 * example.
 */
@ExtendWith(SharedDatabase.class)
class QuerStoreWiringTest {

    private static final StaffId EZ = StaffId.of("ez03");
    private static final StaffId IFK = StaffId.of("ifk03a");
    private static final StaffId F_IFK = StaffId.of("ifk03b");
    private static final StaffId LG = StaffId.of("lg03");
    private static final StaffId BI = StaffId.of("bi03");
    private static final LocalDate ANTRAG = LocalDate.of(2026, 11, 2);
    private static final LocalDate BEWILLIGUNG = LocalDate.of(2026, 11, 13);

    @Test
    void quersDeciderRunsBehindTheStore(EmbeddedDatabase db) {
        QuerDecider decider = QuerDecider.of(Deadlines.standard(), ReadmeExamples.staffing());
        CaseLogic<CaseState, Command, Event, Rejection> logic = QuerStore.logic(decider);
        QerEventCodec codec = QerEventCodec.INSTANCE;
        EventStore store = EventStore.create(db.dataSource(), Clock.systemUTC());
        CommandHandler<CaseState, Command, Event, Rejection> handler = new CommandHandler<>(store, codec, logic, 5);
        String c = SharedDatabase.prefix("quer") + "BG-1";

        Command take = new Command.TakeApplication(EZ, ANTRAG, ReadmeExamples.antrag());
        assertInstanceOf(HandleResult.Accepted.class, handler.handle(c, take));
        HandleResult<CaseState, Event, Rejection> again = handler.handle(c, take);
        assertInstanceOf(HandleResult.Rejected.class, again);
        HandleResult.Rejected<CaseState, Event, Rejection> rejected = (HandleResult.Rejected<CaseState, Event, Rejection>) again;
        assertEquals(1, rejected.sequence());
        assertEquals(java.util.Set.of("R-E1"), rejected.rejection().rules()); // an application is taken once

        StatistikEintraege eintraege = StatistikEintraege.builder().kundenstatus(Kundenstatus.ANTRAG).vermittlungsprofilAb(ANTRAG)
                .arbeitsuche(Arbeitsuche.ASU).arbeitsucheAb(ANTRAG).arbeitslosAb(ANTRAG).build();
        HandleResult<CaseState, Event, Rejection> last = null;
        for (Command command : List.of(new Command.ParkOnVm(F_IFK, ANTRAG, eintraege),
                new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-4711"), new Command.AssignIfk(BI, BEWILLIGUNG.plusDays(3), IFK))) {
            last = handler.handle(c, command);
            assertInstanceOf(HandleResult.Accepted.class, last, () -> command.kind().toString());
        }
        CaseState decided = ((HandleResult.Accepted<CaseState, Event, Rejection>) last).state();
        assertEquals(ReadmeExamples.assigned(decider), decided);
        assertEquals(decided, handler.replay(c).state());

        List<StoredEvent> rows = store.load(c);
        assertEquals(rows.size(), handler.replay(c).sequence());
        for (StoredEvent row : rows) {
            Event e = EventCodec.decodeRow(codec, row);
            assertEquals(QerJson.typeName(e), row.type());
            assertEquals(QerJson.eventVersions().get(row.type()), row.version());
            assertEquals(e.on(), row.businessDate());
        }

        // a stream the decider cannot apply (events of another case appended here) names case and number
        String other = SharedDatabase.prefix("quer") + "BG-2";
        store.append(other, 0, List.of(codec.encode(other, EventCodec.decodeRow(codec, rows.get(rows.size() - 1)))));
        CorruptEventException e = assertThrows(CorruptEventException.class, () -> handler.replay(other));
        assertEquals(1, e.seq());
        assertEquals(other, e.caseId());
    }

    @Test
    void aRowThatBreaksTheContract_namesCaseAndSequence_andNoData(EmbeddedDatabase db) {
        QuerDecider decider = QuerDecider.of(Deadlines.standard(), ReadmeExamples.staffing());
        CaseLogic<CaseState, Command, Event, Rejection> logic = QuerStore.logic(decider);
        EventStore store = EventStore.create(db.dataSource(), Clock.systemUTC());
        CommandHandler<CaseState, Command, Event, Rejection> handler =
                new CommandHandler<>(store, QerEventCodec.INSTANCE, logic, 5);
        String c = SharedDatabase.prefix("json") + "BG-1";
        assertInstanceOf(HandleResult.Accepted.class,
                handler.handle(c, new Command.TakeApplication(EZ, ANTRAG, ReadmeExamples.antrag())));
        NewEvent taken = QerEventCodec.INSTANCE.encode(c, EventCodec.decodeRow(QerEventCodec.INSTANCE, store.load(c).get(0)));

        // an unknown property holding personal data, a type nobody knows, a version from the future
        String secret = "Erika Mustermann, geboren 12.08.1964";
        store.append(c, 1, List.of(new NewEvent("ApplicationWithdrawn", 1, ANTRAG.plusDays(1),
                "{\"on\": \"2026-11-03\", \"grund\": \"" + secret + "\"}")));
        CorruptEventException unknownProperty = assertThrows(CorruptEventException.class, () -> handler.replay(c));
        assertEquals(c, unknownProperty.caseId());
        assertEquals(2, unknownProperty.seq());
        assertFalse(unknownProperty.getMessage().contains("Erika") || unknownProperty.getMessage().contains("1964"),
                unknownProperty::getMessage);

        String c2 = SharedDatabase.prefix("json") + "BG-2";
        store.append(c2, 0, List.of(taken, new NewEvent("SomethingNew", 1, ANTRAG, "{\"on\": \"2026-11-02\"}")));
        assertEquals(2, assertThrows(CorruptEventException.class, () -> handler.replay(c2)).seq());

        String c3 = SharedDatabase.prefix("json") + "BG-3";
        store.append(c3, 0, List.of(new NewEvent(taken.type(), 99, taken.businessDate(), taken.data())));
        CorruptEventException future = assertThrows(CorruptEventException.class, () -> handler.replay(c3));
        assertEquals(1, future.seq());
        assertTrue(future.getMessage().contains(c3), future::getMessage);
    }

    @Test
    void anOldAppointmentTakesTheRuleOfTheMembersDeadline_fromTheEarlierEventsOfItsCase() {
        PersonId partner = PersonId.of("p2");
        LocalDate on = LocalDate.of(2026, 12, 1);
        Event statusSet = new Event.QuerStatusSet(on, partner,
                new QuerStatus.Faellig(new Deadline(LocalDate.of(2026, 12, 15), LocalDate.of(2026, 11, 30), 10, "R-E2")), "R-E2");
        // version 1 of QuerAppointmentScheduled had no rule (see docs/json.md)
        StoredEvent v1 = new StoredEvent("BG-1", 2, "QuerAppointmentScheduled", 1, on, java.time.Instant.EPOCH,
                "{\"on\": \"2026-12-01\", \"member\": \"p2\", \"termin\": \"2026-12-04\", \"afterDueDate\": false}");
        Event inItsCase = EventCodec.decodeRow(QerEventCodec.INSTANCE, v1, List.of(statusSet));
        Event alone = EventCodec.decodeRow(QerEventCodec.INSTANCE, v1);
        assertEquals("R-E2", ((Event.QuerAppointmentScheduled) inItsCase).rule());
        assertEquals("R-F1", ((Event.QuerAppointmentScheduled) alone).rule());
    }
}
