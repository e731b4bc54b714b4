package de.qer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.QuerDecider;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void wholeLife() {
        QuerDecider decider = Cases.decider();
        List<Event> events = Cases.run(decider, Cases.wholeLife());
        List<EventEnvelope> envs = new ArrayList<>();
        for (Event e : events) {
            envs.add(QerJson.writeEnvelope(Cases.CASE, envs.size() + 1, e));
            System.out.println(QerJson.envelopeToJson(envs.get(envs.size() - 1)));
        }
        assertEquals(events, QerJson.readEvents(envs));
        System.out.println(QerJson.write(decider.replay(events)));
    }
}
