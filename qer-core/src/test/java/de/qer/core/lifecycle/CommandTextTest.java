package de.qer.core.lifecycle;

import static de.qer.core.Fixtures.ANTRAG;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.F_IFK;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.IFK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.model.Kundensteuerung;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The free texts of commands (R-N2 hygiene under the command's own rule): invisible text is blank, an
 * overlong text and control or bidi characters are problems of their field, never exceptions.
 */
class CommandTextTest {

    private static final List<String> BAD = List.of("", " ", "\u200B".repeat(21), "\u00A0".repeat(25), "\u2800".repeat(21),
            "Fahrkosten\u001B[2J", "Fahr\u202Ekosten", "x".repeat(20_001));

    @Test
    void rF4_rN2_theRequestMustBeVisibleTextOfBoundedLengthWithoutControlCharacters() {
        Run run = new Run(Fixtures.decider()).ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgAllein())));
        for (String bad : BAD) {
            Rejection r = run.rejected(new Command.RequestActiveSupport(EZ, ANTRAG, HA, IFK, bad));
            assertEquals(Set.of("R-F4"), r.rules(), () -> "'" + bad.length() + "'");
            assertEquals(Set.of("anliegen"), r.fields());
        }
        run.ok(new Command.RequestActiveSupport(EZ, ANTRAG, HA, IFK, "Fahrkosten\tVorstellungsgespräch\n(VB)"));
        for (String bad : List.of("Vermerk\u001B[31m", "x".repeat(20_001))) {
            assertEquals(Set.of("note"), run.rejected(new Command.RecordClarification(IFK, ANTRAG, 1,
                    ClarificationOutcome.GRANTED, Optional.of(bad))).fields());
        }
    }

    @Test
    void rS1_rN2_theRoutingReasonLikewise() {
        Run run = Fixtures.assigned(Fixtures.bgAllein())
                .ok(new Command.RecordQuer(IFK, ANTRAG.plusDays(18), HA, Fixtures.vollstaendig()));
        for (String bad : BAD) {
            Rejection r = run.rejected(new Command.RouteElb(IFK, ANTRAG.plusDays(18), HA, Kundensteuerung.VERBLEIB_GST, bad));
            assertEquals(Set.of("R-S1"), r.rules());
            assertEquals(Set.of("reason"), r.fields());
        }
        assertEquals(Set.of("R-B4"), run.rejected(new Command.RouteElb(F_IFK, ANTRAG.plusDays(18), HA,
                Kundensteuerung.VERBLEIB_GST, "Vermittlung")).rules());
    }
}
