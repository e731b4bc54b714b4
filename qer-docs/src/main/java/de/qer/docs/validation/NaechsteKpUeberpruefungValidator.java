package de.qer.docs.validation;

import de.qer.core.Deadlines;
import de.qer.docs.Folgegespraech;
import de.qer.docs.Kooperationsplan;
import de.qer.docs.KpDokumentation;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/**
 * Validates {@link NaechsteKpUeberpruefung} (R-L2) with the policy's number of months and the same window as
 * R-K3 ({@link UeberpruefungFaelligValidator}). A date that R-K3 already reports on the plan is not reported twice.
 */
public final class NaechsteKpUeberpruefungValidator extends QerConstraintValidator<NaechsteKpUeberpruefung, KpDokumentation> {

    /** Creates the validator with the standard policy. */
    public NaechsteKpUeberpruefungValidator() {
        this(Deadlines.standard());
    }

    /**
     * Creates the validator.
     *
     * @param deadlines the policy and calendar, not null
     */
    public NaechsteKpUeberpruefungValidator(Deadlines deadlines) {
        super(deadlines);
    }

    @Override
    public boolean isValid(KpDokumentation d, ConstraintValidatorContext context) {
        if (d == null) {
            return true;
        }
        int months = deadlines.policy().kpReviewMonths();
        String late = "{de.qer.docs.kpueberpruefung.spaet} " + months;
        Kooperationsplan kp = d.getKooperationsplan();
        if (kp != null) {
            LocalDate next = kp.getNaechsteUeberpruefung();
            // missing or outside the plan's own window: R-K3 reports it on the plan
            if (next == null || !UeberpruefungFaelligValidator.fits(next, kp.getErstelltAm(), months)
                    || UeberpruefungFaelligValidator.fits(next, d.getDatum(), months)) {
                return true;
            }
            report(context, late, "kooperationsplan", "naechsteUeberpruefung");
            return false;
        }
        if (d instanceof Folgegespraech f && f.isKpUnveraendertBestaetigt()) {
            LocalDate next = f.getKpNaechsteUeberpruefung();
            if (next == null) {
                report(context, "{de.qer.docs.kpueberpruefung.fehlt}", "kpNaechsteUeberpruefung");
                return false;
            }
            if (!UeberpruefungFaelligValidator.fits(next, d.getDatum(), months)) {
                report(context, late, "kpNaechsteUeberpruefung");
                return false;
            }
        }
        return true;
    }
}
