package de.qer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The policy holds every number of the rules, with the standard values, and refuses impossible ones. */
class QuerPolicyTest {

    @Test
    void standardValuesAreTheRules() {
        QuerPolicy p = QuerPolicy.standard();
        assertEquals(10, p.querDueWorkingDays());           // R-F1
        assertEquals(10, p.importDueWorkingDays());         // R-F2
        assertEquals(15, p.minimumAge());                   // R-F3
        assertEquals(Period.of(66, 4, 0), p.ageLimit().limitFor(1960)); // R-F3, § 7a
        assertEquals(3, p.earlyRequestWorkingDays());       // R-F4 assumption
        assertEquals(10, p.afterAlgWorkingDays());          // R-E2 assumption
        assertEquals(10, p.openPointCatchUpWorkingDays());  // R-Q3 assumption
        assertEquals(6, p.kpReviewMonths());                // R-K3
        assertFalse(p.kpSignatureAllowed());                // R-K1
        assertFalse(p.rechtsfolgenbelehrungWhileCooperating()); // R-K4
        assertEquals(20, p.minimumTextLength());            // R-N2
        assertTrue(p.placeholderTexts().contains("siehe oben"));
        assertEquals(KundensteuerungPolicy.standard(), p.kundensteuerung()); // R-S1
    }

    static Stream<Arguments> numbers() {
        Stream<Function<ImmutableQuerPolicy, ImmutableQuerPolicy>> zero = Stream.of(
                p -> p.withQuerDueWorkingDays(0), p -> p.withImportDueWorkingDays(0), p -> p.withMinimumAge(0),
                p -> p.withEarlyRequestWorkingDays(0), p -> p.withAfterAlgWorkingDays(0),
                p -> p.withOpenPointCatchUpWorkingDays(0), p -> p.withKpReviewMonths(0), p -> p.withMinimumTextLength(0));
        String[] names = {"querDueWorkingDays", "importDueWorkingDays", "minimumAge", "earlyRequestWorkingDays",
            "afterAlgWorkingDays", "openPointCatchUpWorkingDays", "kpReviewMonths", "minimumTextLength"};
        int[] i = {0};
        return zero.map(f -> Arguments.of(names[i[0]++], f));
    }

    @ParameterizedTest(name = "{0} = 0 is refused")
    @MethodSource("numbers")
    void everyNumberMustBePositive(String name, Function<ImmutableQuerPolicy, ImmutableQuerPolicy> set) {
        ImmutableQuerPolicy standard = ImmutableQuerPolicy.copyOf(QuerPolicy.standard());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> set.apply(standard));
        assertTrue(e.getMessage().startsWith(name + " must be at least 1"), e.getMessage());
        assertTrue(e.getMessage().contains("muss mindestens 1 sein"), e.getMessage());
    }

    @Test
    void importDueWorkingDaysFitsTheShortestMonth() {
        assertEquals(17, ImmutableQuerPolicy.copyOf(QuerPolicy.standard()).withImportDueWorkingDays(17).importDueWorkingDays());
        assertThrows(IllegalArgumentException.class, () -> QuerPolicy.builder().importDueWorkingDays(18).build());
    }
}
