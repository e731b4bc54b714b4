package de.qer.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.model.Antrag;
import de.qer.core.model.Aufenthaltsstatus;
import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.CaseId;
import de.qer.core.model.Mitglied;
import de.qer.core.model.PersonId;
import de.qer.core.model.QuerNachweis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** toString of every model shows ids, never birth dates, residence status or health hints. */
class PrivacyTest {

    private static final LocalDate BIRTH = LocalDate.of(1979, 8, 17);

    private static void assertNoPersonalData(String text) {
        assertFalse(text.contains("1979-08-17"), text);
        assertFalse(text.contains("DULDUNG"), text);
        assertFalse(text.contains("rehaBedarf=true"), text);
        assertFalse(text.contains("drittstaatsangehoerig=true"), text);
    }

    @Test
    void modelsEventsStatesAndRejections_showIdsOnly() {
        Mitglied m = Mitglied.builder().id(PersonId.of("p9")).geburtsdatum(BIRTH).drittstaatsangehoerig(true)
                .aufenthaltsstatus(Aufenthaltsstatus.DULDUNG).rehaBedarf(true).build();
        Bedarfsgemeinschaft bg = Bedarfsgemeinschaft.builder().id(CaseId.of("BG-9")).haushaltsvorstand(m.id()).addMitglieder(m).build();
        Antrag a = Fixtures.antrag(bg);
        Run run = Fixtures.assigned(bg);
        List<String> texts = new ArrayList<>();
        texts.add(m.toString());
        texts.add(bg.toString());
        texts.add(a.toString());
        texts.add(run.state.toString());
        run.events.forEach(e -> texts.add(e.toString()));
        texts.add(run.rejected(new Command.RecordQuer(Fixtures.IFK, LocalDate.of(2026, 11, 20), m.id(),
                QuerNachweis.builder().build())).message(Locale.GERMAN));
        texts.add(run.rejected(new Command.RecordQuer(Fixtures.IFK, LocalDate.of(2026, 11, 20), PersonId.of("zz"),
                QuerNachweis.builder().build())).message(Locale.ENGLISH));
        for (String t : texts) {
            assertNoPersonalData(t);
        }
        assertTrue(m.toString().contains("p9"), m::toString);
    }
}
