package de.qer.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.qer.docs.validation.QuerReport;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The sample documents as editable copies, and what a report found, for the per-rule tests. */
final class Reports {

    private Reports() {
    }

    static ImmutableQuerDokumentation doc() {
        return ImmutableQuerDokumentation.copyOf(Beispiele.vollstaendig());
    }

    static ImmutableBeratungsvermerk note() {
        return ImmutableBeratungsvermerk.copyOf(Beispiele.vermerk());
    }

    static ImmutableKooperationsplan kp() {
        return ImmutableKooperationsplan.copyOf(Beispiele.kooperationsplan());
    }

    /** Each violation as "rule field". */
    static Set<String> found(QuerReport r) {
        return r.violations().stream().map(v -> v.rule() + " " + v.field()).collect(Collectors.toSet());
    }

    /** The report found exactly these violations ("rule field" each). */
    static void assertOnly(QuerReport r, String... ruleAndField) {
        assertEquals(Set.of(ruleAndField), found(r), () -> r.format(Locale.GERMAN));
    }
}
