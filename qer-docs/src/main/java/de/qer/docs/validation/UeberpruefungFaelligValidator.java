package de.qer.docs.validation;

import de.qer.core.Deadlines;
import de.qer.docs.Kooperationsplan;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Validates {@link UeberpruefungFaellig} (R-K3) with the policy's number of months. */
public final class UeberpruefungFaelligValidator extends QerConstraintValidator<UeberpruefungFaellig, Kooperationsplan> {

    /** Creates the validator with the standard policy. */
    public UeberpruefungFaelligValidator() {
        this(Deadlines.standard());
    }

    /**
     * Creates the validator.
     *
     * @param deadlines the policy and calendar, not null
     */
    public UeberpruefungFaelligValidator(Deadlines deadlines) {
        super(deadlines);
    }

    /**
     * The one window of a KP review date (R-K3, R-L2): after the day {@code from} and at the latest
     * {@code months} months later.
     */
    static boolean fits(LocalDate next, LocalDate from, int months) {
        return next.isAfter(from) && !next.isAfter(from.plusMonths(months));
    }

    @Override
    public boolean isValid(Kooperationsplan kp, ConstraintValidatorContext context) {
        if (kp == null) {
            return true;
        }
        LocalDate next = kp.getNaechsteUeberpruefung();
        if (next == null) {
            report(context, "{de.qer.docs.ueberpruefung.fehlt}", "naechsteUeberpruefung");
            return false;
        }
        int months = deadlines.policy().kpReviewMonths();
        if (!fits(next, kp.getErstelltAm(), months)) {
            report(context, "{de.qer.docs.ueberpruefung.spaet} " + months, "naechsteUeberpruefung");
            return false;
        }
        return true;
    }
}
