package de.qer.core.lifecycle;

import static de.qer.core.Fixtures.ANTRAG;
import static de.qer.core.Fixtures.BEWILLIGUNG;
import static de.qer.core.Fixtures.BI;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.F_IFK;
import static de.qer.core.Fixtures.IFK;
import static de.qer.core.Fixtures.LG;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import de.qer.core.Deadlines;
import de.qer.core.Fixtures;
import de.qer.core.model.Antrag;
import de.qer.core.model.Aufenthaltsstatus;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.Kundensteuerung;
import de.qer.core.model.Mitglied;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import de.qer.core.oversight.Oversight;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * No {@code toString}, problem or message contains any free text or personal datum that went into a
 * command: random markers in every free-text field (the request, the clarification note, the routing
 * reason, open points' keys and topics, the calculation record's reference) and random birth dates,
 * residence status and Reha need, through accepted and rejected commands, events, states, rejections
 * and the morning list.
 */
class PrivacyPropertiesTest {

    private static String marker(SplittableRandom r) {
        StringBuilder sb = new StringBuilder("Zq");
        for (int i = 0; i < 10; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    @Test
    void noFreeTextOrPersonalDatumReachesToStringProblemsOrMessages() {
        QuerDecider decider = Fixtures.decider();
        qt().withExamples(200).forAll(longs().all(), integers().between(1940, 1999)).checkAssert((seed, year) -> {
            SplittableRandom r = new SplittableRandom(seed);
            List<String> secrets = new ArrayList<>();
            LocalDate birth = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
            secrets.add(birth.toString());
            secrets.add(Aufenthaltsstatus.DULDUNG.name());
            PersonId p = PersonId.of("p1");
            Mitglied m = Mitglied.builder().id(p).geburtsdatum(birth).drittstaatsangehoerig(true)
                    .aufenthaltsstatus(Aufenthaltsstatus.DULDUNG).rehaBedarf(true).build();
            Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of("BG-P")).haushaltsvorstand(p).addMitglieder(m).build();
            Antrag antrag = Fixtures.antrag(bg);
            String request = marker(r);
            String note = marker(r);
            String reason = marker(r);
            String key = marker(r);
            String topic = marker(r);
            String ref = marker(r);
            secrets.addAll(List.of(request, note, reason, key, topic, ref));
            LocalDate quer = LocalDate.of(2026, 11, 20);
            List<Command> commands = List.of(
                    new Command.TakeApplication(EZ, ANTRAG, antrag),
                    new Command.RequestActiveSupport(EZ, ANTRAG, p, IFK, request),
                    new Command.RequestActiveSupport(EZ, ANTRAG, PersonId.of("nobody"), EZ, request),
                    new Command.RecordClarification(EZ, ANTRAG, 1, ClarificationOutcome.OTHER, Optional.of(note)),
                    new Command.RecordClarification(IFK, ANTRAG.plusDays(1), 1, ClarificationOutcome.OTHER, Optional.of(note)),
                    new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()),
                    new Command.ReleaseApproval(LG, BEWILLIGUNG, ref),
                    new Command.AssignIfk(BI, BEWILLIGUNG.plusDays(3), IFK),
                    new Command.RecordQuer(IFK, quer, p, QuerNachweis.builder().from(Fixtures.vollstaendig())
                            .addOffenePunkte(OffenerPunkt.zu(key, topic, LocalDate.of(2027, 3, 1))).build()),
                    new Command.RecordQuer(IFK, quer, p, QuerNachweis.builder().from(Fixtures.vollstaendig())
                            .addOffenePunkte(OffenerPunkt.zu(key, topic, quer.plusDays(5))).build()),
                    new Command.RecordOpenPoint(IFK, quer, p, OffenerPunkt.zu(key, topic, quer.plusDays(5))),
                    new Command.ResolveOpenPoint(IFK, quer, p, key + "x"),
                    new Command.ResolveOpenPoint(IFK, quer, p, key),
                    new Command.RouteElb(IFK, quer, p, Kundensteuerung.SONDERTEAM_REHA_SB, reason),
                    new Command.RouteElb(IFK, quer, PersonId.of("nobody"), Kundensteuerung.SONDERTEAM_REHA_SB, reason),
                    new Command.ImportMembers(BI, LocalDate.of(2026, 11, 30), YearMonth.of(2026, 11), List.of(m)));
            List<String> texts = new ArrayList<>();
            CaseState state = QuerDecider.initialState();
            for (Command c : commands) {
                texts.add(c.toString());
                Either<Rejection, Decision> result = decider.decide(state, c);
                if (result.isLeft()) {
                    Rejection rejection = result.getLeft();
                    texts.add(rejection.toString());
                    texts.add(rejection.message(Locale.GERMAN));
                    texts.add(rejection.message(Locale.ENGLISH));
                    rejection.problems().forEach(x -> texts.add(x.field()));
                } else {
                    result.get().events().forEach(e -> texts.add(e.toString()));
                    texts.add(result.get().toString());
                    state = decider.evolve(state, result.get().events());
                    texts.add(state.toString());
                }
            }
            texts.add(Oversight.of(Deadlines.standard()).morningList(List.of(state), ANTRAG.plusDays(3), 5).format(Locale.GERMAN));
            texts.add(Oversight.of(Deadlines.standard()).morningList(List.of(state), quer, 5).toString());
            assertTrue(state instanceof CaseState.InBetreuung, state::toString);
            for (String text : texts) {
                for (String secret : secrets) {
                    assertFalse(text.contains(secret), () -> "'" + secret + "' in: " + text);
                }
            }
        });
    }
}
