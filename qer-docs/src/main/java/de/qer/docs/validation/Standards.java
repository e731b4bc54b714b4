package de.qer.docs.validation;

import de.qer.core.model.Mindeststandard;
import de.qer.core.model.OffenerPunkt;
import de.qer.docs.QuerDokumentation;
import java.time.LocalDate;
import java.util.Optional;

/** Where each minimum standard of R-Q1 lives in a {@link QuerDokumentation}. */
final class Standards {

    private Standards() {
    }

    /** The property of {@link QuerDokumentation} that documents a standard. */
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
    static boolean present(QuerDokumentation d, Mindeststandard s) {
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

    /** Whether a standard is required in this QuEr. */
    static boolean required(QuerDokumentation d, Mindeststandard s) {
        return s.alwaysRequired() || d.isKundensteuerungErforderlich();
    }

    /** The catch-up date of the open point that stands in for a standard, if any (the earliest). */
    static Optional<LocalDate> openUntil(QuerDokumentation d, Mindeststandard s) {
        return d.getOffenePunkte().stream().filter(p -> p.betrifft().equals(Optional.of(s)))
                .map(OffenerPunkt::nachholenBis).min(LocalDate::compareTo);
    }
}
