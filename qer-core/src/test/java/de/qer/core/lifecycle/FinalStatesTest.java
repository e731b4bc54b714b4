package de.qer.core.lifecycle;

import static de.qer.core.Fixtures.ANTRAG;
import static de.qer.core.Fixtures.BEWILLIGUNG;
import static de.qer.core.Fixtures.EZ;
import static de.qer.core.Fixtures.F_IFK;
import static de.qer.core.Fixtures.HA;
import static de.qer.core.Fixtures.IFK;
import static de.qer.core.Fixtures.LG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.Fixtures;
import de.qer.core.Fixtures.Run;
import de.qer.core.model.Antrag;
import org.junit.jupiter.api.Test;

/**
 * R-B1, R-L4: a case that ended (rejected, withdrawn or ended after the approval) still tells which
 * application it was; a case ended before the approval has no clarification task left, one ended after it
 * keeps the tasks it had. No case yet has neither.
 */
class FinalStatesTest {

    private static Run parkedWithRequest() {
        return new Run(Fixtures.decider())
                .ok(new Command.TakeApplication(EZ, ANTRAG, Fixtures.antrag(Fixtures.bgFamilie())))
                .ok(new Command.ParkOnVm(F_IFK, ANTRAG, Fixtures.eintraege()))
                .ok(new Command.RequestActiveSupport(EZ, ANTRAG.plusDays(1), HA, IFK, "Fahrkosten"));
    }

    @Test
    void rB1_aRejectedOrWithdrawnCase_keepsItsApplication_andHasNoOpenTask() {
        Antrag antrag = Fixtures.antrag(Fixtures.bgFamilie());
        CaseState rejected = parkedWithRequest().ok(new Command.RejectApplication(LG, ANTRAG.plusDays(5))).state;
        assertInstanceOf(CaseState.Abgelehnt.class, rejected);
        assertEquals(antrag, rejected.findAntrag().orElseThrow());
        assertTrue(rejected.requests().isEmpty() && rejected.openRequests().isEmpty());
        CaseState withdrawn = parkedWithRequest().ok(new Command.WithdrawApplication(EZ, ANTRAG.plusDays(5))).state;
        assertInstanceOf(CaseState.Zurueckgenommen.class, withdrawn);
        assertEquals(antrag, withdrawn.findAntrag().orElseThrow());
        assertTrue(withdrawn.requests().isEmpty() && withdrawn.openRequests().isEmpty());
        CaseState none = QuerDecider.initialState();
        assertTrue(none.findAntrag().isEmpty() && none.requests().isEmpty());
    }

    @Test
    void rL4_anEndedCase_keepsItsApplicationAndItsTasks() {
        CaseState ended = parkedWithRequest()
                .ok(new Command.ReleaseApproval(LG, BEWILLIGUNG, "LMG-4711"))
                .ok(new Command.AssignIfk(Fixtures.BI, BEWILLIGUNG, IFK))
                .ok(new Command.EndCase(Fixtures.BI, BEWILLIGUNG.plusDays(10), CaseEndReason.OTHER_JOBCENTER)).state;
        assertInstanceOf(CaseState.Beendet.class, ended);
        assertEquals(Fixtures.antrag(Fixtures.bgFamilie()), ended.findAntrag().orElseThrow());
        assertEquals(1, ended.requests().size());
        assertEquals(HA, ended.requests().get(0).member());
    }
}
