package de.qer.docs.validation;

import de.qer.core.QuerPolicy;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.OffenerPunkt;
import de.qer.docs.Folgegespraech;
import de.qer.docs.Gespraechsdokumentation;
import de.qer.docs.QuerDokumentation;
import de.qer.core.rule.Mindeststandards;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.Optional;

/**
 * Where each minimum standard of R-Q1 lives in a {@link QuerDokumentation}, and where the standards of a
 * follow-up interview (R-L1, {@link QuerPolicy#followUpStandards()}) live in a {@link Folgegespraech}.
 */
final class Standards {

    private Standards() {
    }

    /** The property of the documentation that documents a standard; the compiler checks that every standard has one. */
    static String property(Mindeststandard s) {
        return switch (s) {
            case FMG_DATEN -> "fmgDatenErfasst";
            case POTENZIALANALYSE -> "potenzialanalyse";
            case INTEGRATIONSPROGNOSE -> "integrationsprognose";
            case HANDLUNGSSTRATEGIE -> "handlungsstrategie";
            case SOFORTANGEBOT -> "sofortangebot";
            case KOOPERATIONSPLAN -> "kooperationsplan";
            case BERATUNGSVERMERK -> "beratungsvermerk";
            case KUNDENSTEUERUNG -> "kundensteuerung";
        };
    }

    /** Whether a standard is there at all (its content is validated separately). */
    static boolean present(Gespraechsdokumentation g, Mindeststandard s) {
        if (g instanceof Folgegespraech f) {
            return present(f, s);
        }
        QuerDokumentation d = (QuerDokumentation) g;
        return switch (s) {
            case FMG_DATEN -> d.isFmgDatenErfasst();
            case POTENZIALANALYSE -> d.getPotenzialanalyse() != null;
            case INTEGRATIONSPROGNOSE -> d.getIntegrationsprognose() != null;
            case HANDLUNGSSTRATEGIE -> d.getHandlungsstrategie() != null;
            case SOFORTANGEBOT -> d.getSofortangebot() != null;
            case KOOPERATIONSPLAN -> d.getKooperationsplan() != null;
            case BERATUNGSVERMERK -> d.getBeratungsvermerk() != null;
            case KUNDENSTEUERUNG -> d.getKundensteuerung() != null;
        };
    }

    /**
     * R-L1: in a follow-up, the note, the KP updated or confirmed unchanged, the Potenzialanalyse updated or
     * confirmed unchanged (a confirmation counts as the standard met). A follow-up documents no other
     * standard: a policy that lists another one needs an open point for it.
     */
    private static boolean present(Folgegespraech f, Mindeststandard s) {
        return switch (s) {
            case BERATUNGSVERMERK -> f.getBeratungsvermerk() != null;
            case KOOPERATIONSPLAN -> f.getKooperationsplan() != null || f.isKpUnveraendertBestaetigt();
            case POTENZIALANALYSE -> f.getPotenzialanalyse() != null || f.isPotenzialanalyseUnveraendertBestaetigt();
            case FMG_DATEN, INTEGRATIONSPROGNOSE, HANDLUNGSSTRATEGIE, SOFORTANGEBOT, KUNDENSTEUERUNG -> false;
        };
    }

    /**
     * The standards an interview requires, in the order of R-Q1: in the QuEr by R-Q1
     * ({@link Mindeststandards#requiredInQuer}), in a follow-up by the policy (R-L1).
     */
    static Set<Mindeststandard> required(Gespraechsdokumentation g, QuerPolicy policy) {
        if (g instanceof QuerDokumentation d) {
            return Mindeststandards.requiredInQuer(d.isKundensteuerungErforderlich());
        }
        Set<Mindeststandard> required = EnumSet.noneOf(Mindeststandard.class);
        required.addAll(policy.followUpStandards());
        return required;
    }

    /** The catch-up date of the open point that stands in for a standard, if any (the earliest). */
    static Optional<LocalDate> openUntil(Gespraechsdokumentation d, Mindeststandard s) {
        return d.getOffenePunkte().stream().filter(p -> p.betrifft().equals(Optional.of(s)))
                .map(OffenerPunkt::nachholenBis).min(LocalDate::compareTo);
    }
}
