package de.qer.core.rule;

import de.qer.core.model.Mindeststandard;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * R-Q1 (and R-L1 for a follow-up), R-Q3: which minimum standards an interview requires and which of them are
 * missing, that is neither documented nor an open point with a catch-up date. The one home of that rule: the
 * decider checks the evidence of a {@code RecordQuer} or {@code RecordFollowUp} with it, qer-docs the
 * documented interview.
 */
public final class Mindeststandards {

    private Mindeststandards() {
    }

    /**
     * R-Q1: the standards a QuEr requires: all but Kundensteuerung, which only where it is needed ("ggf.").
     *
     * @param kundensteuerungErforderlich whether the IFK found routing needed
     * @return the required standards, in the order of R-Q1; a new set
     */
    public static Set<Mindeststandard> requiredInQuer(boolean kundensteuerungErforderlich) {
        Set<Mindeststandard> required = EnumSet.noneOf(Mindeststandard.class);
        for (Mindeststandard s : Mindeststandard.values()) {
            if (s.alwaysRequired() || kundensteuerungErforderlich) {
                required.add(s);
            }
        }
        return required;
    }

    /**
     * R-Q1, R-Q3: the required standards that are neither documented nor an open point.
     *
     * @param required   the required standards, not null
     * @param documented whether a standard is documented (met or confirmed), not null
     * @param open       whether an open point with a catch-up date stands in for a standard, not null
     * @return the missing standards in the order of {@code required}, never null
     */
    public static List<Mindeststandard> missing(Iterable<Mindeststandard> required, Predicate<Mindeststandard> documented,
                                                Predicate<Mindeststandard> open) {
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(documented, "documented");
        Objects.requireNonNull(open, "open");
        List<Mindeststandard> missing = new ArrayList<>(0);
        for (Mindeststandard s : required) {
            if (!documented.test(s) && !open.test(s)) {
                missing.add(s);
            }
        }
        return missing;
    }
}
