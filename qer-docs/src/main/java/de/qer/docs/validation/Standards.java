package de.qer.docs.validation;

import de.qer.core.QuerPolicy;
import de.qer.core.model.Mindeststandard;
import de.qer.core.model.OffenerPunkt;
import de.qer.docs.Folgegespraech;
import de.qer.docs.Gespraechsdokumentation;
import de.qer.docs.QuerDokumentation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where each minimum standard of R-Q1 lives in a {@link QuerDokumentation}, and where the standards of a
 * follow-up interview (R-L1, {@link QuerPolicy#followUpStandards()}) live in a {@link Folgegespraech}.
 */
final class Standards {

    private Standards() {
    }

    /** The property of the documentation that documents a standard. */
    static String property(Mindeststandard s) {
        switch (s) {
            case FMG_DATEN:
                return "fmgDatenErfasst";
            case POTENZIALANALYSE:
                return "potenzialanalyse";
            case INTEGRATIONSPROGNOSE:
                return "integrationsprognose";
            case HANDLUNGSSTRATEGIE:
                return "handlungsstrategie";
            case SOFORTANGEBOT:
                return "sofortangebot";
            case KOOPERATIONSPLAN:
                return "kooperationsplan";
            case BERATUNGSVERMERK:
                return "beratungsvermerk";
            default:
                return "kundensteuerung";
        }
    }

    /** Whether a standard is there at all (its content is validated separately). */
    static boolean present(Gespraechsdokumentation g, Mindeststandard s) {
        if (g instanceof Folgegespraech f) {
            return present(f, s);
        }
        QuerDokumentation d = (QuerDokumentation) g;
        switch (s) {
            case FMG_DATEN:
                return d.isFmgDatenErfasst();
            case POTENZIALANALYSE:
                return d.getPotenzialanalyse() != null;
            case INTEGRATIONSPROGNOSE:
                return d.getIntegrationsprognose() != null;
            case HANDLUNGSSTRATEGIE:
                return d.getHandlungsstrategie() != null;
            case SOFORTANGEBOT:
                return d.getSofortangebot() != null;
            case KOOPERATIONSPLAN:
                return d.getKooperationsplan() != null;
            case BERATUNGSVERMERK:
                return d.getBeratungsvermerk() != null;
            default:
                return d.getKundensteuerung() != null;
        }
    }

    /**
     * R-L1: in a follow-up, the note, the KP updated or confirmed unchanged, the Potenzialanalyse updated or
     * confirmed unchanged (a confirmation counts as the standard met). A follow-up documents no other
     * standard: a policy that lists another one needs an open point for it.
     */
    private static boolean present(Folgegespraech f, Mindeststandard s) {
        switch (s) {
            case BERATUNGSVERMERK:
                return f.getBeratungsvermerk() != null;
            case KOOPERATIONSPLAN:
                return f.getKooperationsplan() != null || f.isKpUnveraendertBestaetigt();
            case POTENZIALANALYSE:
                return f.getPotenzialanalyse() != null || f.isPotenzialanalyseUnveraendertBestaetigt();
            default:
                return false;
        }
    }

    /** Whether a standard is required: in the QuEr by R-Q1, in a follow-up by the policy (R-L1). */
    static boolean required(Gespraechsdokumentation g, Mindeststandard s, QuerPolicy policy) {
        if (g instanceof QuerDokumentation d) {
            return s.alwaysRequired() || d.isKundensteuerungErforderlich();
        }
        return policy.followUpStandards().contains(s);
    }

    /** The catch-up date of the open point that stands in for a standard, if any (the earliest). */
    static Optional<LocalDate> openUntil(Gespraechsdokumentation d, Mindeststandard s) {
        return d.getOffenePunkte().stream().filter(p -> p.betrifft().equals(Optional.of(s)))
                .map(OffenerPunkt::nachholenBis).min(LocalDate::compareTo);
    }
}
