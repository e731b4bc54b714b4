package de.qer.core.rule;

import de.qer.core.model.Mindeststandard;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.QuerNachweis;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * R-Q1 (and R-L1 for a follow-up), R-Q3: which minimum standards an interview requires and which of them are
 * missing, that is neither documented nor an open point with a catch-up date. The one home of that rule: the
 * decider checks the evidence of a {@code RecordQuer} or {@code RecordFollowUp} with it, qer-docs the
 * documented interview ({@link #IM_QUER}, {@link #imFolgegespraech} are the decider's rules; qer-docs has its own
 * rule over the documents, with the fields of the documents, that calls {@link #missing}).
 */
public final class Mindeststandards {

    /**
     * R-Q1, R-Q3 as a rule on the evidence of a recorded QuEr ({@code Command.RecordQuer}): each required
     * standard that is neither met nor an open point is a problem at {@code nachweis.<STANDARD>}.
     */
    public static final Rule<QuerNachweis> IM_QUER = Rule.of("R-Q1", "MindeststandardsImQuer", QuerNachweis.class,
            (n, found) -> {
                Set<Mindeststandard> open = openIn(n.offenePunkte());
                for (Mindeststandard st : missing(requiredInQuer(n.kundensteuerungErforderlich()), n.erfuellt()::contains,
                        open::contains)) {
                    found.error(ProblemCode.MISSING, "nachweis." + st.name(), "R-Q1.standardMissing", st.label());
                }
            });

    private Mindeststandards() {
    }

    /**
     * R-L1, R-Q3 as a rule on the evidence of a follow-up interview ({@code Command.RecordFollowUp}): each standard
     * the policy requires of a follow-up that is neither met nor an open point is a problem at
     * {@code nachweis.<STANDARD>}.
     *
     * @param followUpStandards the standards of a follow-up ({@code QuerPolicy.followUpStandards()}), not null
     * @return the rule, never null
     */
    public static Rule<QuerNachweis> imFolgegespraech(Collection<Mindeststandard> followUpStandards) {
        List<Mindeststandard> required = List.copyOf(Objects.requireNonNull(followUpStandards, "followUpStandards"));
        return Rule.of("R-L1", "StandardsImFolgegespraech", QuerNachweis.class, (n, found) -> {
            Set<Mindeststandard> open = openIn(n.offenePunkte());
            for (Mindeststandard st : missing(required, n.erfuellt()::contains, open::contains)) {
                found.error(ProblemCode.MISSING, "nachweis." + st.name(), "R-L1.standardMissing", st.label());
            }
        });
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
     * R-Q3: the standards for which an open point with a catch-up date stands in.
     *
     * @param offenePunkte the open points of the interview, not null
     * @return the standards they concern; a new set
     */
    public static Set<Mindeststandard> openIn(List<OffenerPunkt> offenePunkte) {
        Set<Mindeststandard> open = EnumSet.noneOf(Mindeststandard.class);
        for (OffenerPunkt p : Objects.requireNonNull(offenePunkte, "offenePunkte")) {
            p.betrifft().ifPresent(open::add);
        }
        return open;
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
