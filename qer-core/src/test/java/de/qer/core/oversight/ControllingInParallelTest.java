package de.qer.core.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.qer.core.Deadlines;
import de.qer.core.Fixtures;
import de.qer.core.lifecycle.CaseState;
import de.qer.core.lifecycle.Command;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * R-L6: a collection of more than {@link Controlling#PARALLEL_THRESHOLD} states is counted in parallel; the
 * report is the same as when the states are counted one by one.
 */
class ControllingInParallelTest {

    @Test
    void rL6_aLargeCollectionCountedInParallel_givesTheReportOfTheSameStatesCountedOneByOne() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        CaseState held = Fixtures.assigned(Fixtures.bgAllein())
                .ok(new Command.RecordQuer(Fixtures.IFK, day, Fixtures.HA, Fixtures.vollstaendig())).state;
        CaseState open = Fixtures.assigned(Fixtures.bgFamilie()).state;
        int n = Controlling.PARALLEL_THRESHOLD + 1;
        List<CaseState> many = new ArrayList<>(Collections.nCopies(n, held));
        many.addAll(Collections.nCopies(n, open));
        Iterable<CaseState> oneByOne = many::iterator; // not a collection: counted sequentially
        Controlling controlling = Controlling.of(Deadlines.standard());
        YearMonth nov = YearMonth.of(2026, 11);
        ControllingReport parallel = controlling.report(many, nov, nov, LocalDate.of(2026, 12, 1));
        ControllingReport sequential = controlling.report(oneByOne, nov, nov, LocalDate.of(2026, 12, 1));
        assertEquals(sequential, parallel);
        // each held QuEr 7 AT after the approval of 13 Nov, in time; each open one overdue (due 27 Nov)
        assertEquals(2 * n, parallel.total().due());
        assertEquals(n, parallel.total().heldInTime());
        assertEquals(n, parallel.total().overdue());
        assertEquals(n, parallel.total().held());
        assertEquals(7.0, parallel.total().medianWorkingDays().getAsDouble());
    }
}
