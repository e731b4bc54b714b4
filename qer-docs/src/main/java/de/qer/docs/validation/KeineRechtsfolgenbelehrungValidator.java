package de.qer.docs.validation;

import de.qer.core.Deadlines;
import de.qer.docs.Kooperationsplan;
import de.qer.docs.KpDokumentation;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link KeineRechtsfolgenbelehrung} (R-K4) with the policy, for the QuEr, follow-ups and KP reviews alike (R-Q2). */
public final class KeineRechtsfolgenbelehrungValidator
        extends QerConstraintValidator<KeineRechtsfolgenbelehrung, KpDokumentation> {

    /** Creates the validator with the standard policy. */
    public KeineRechtsfolgenbelehrungValidator() {
        this(Deadlines.standard());
    }

    /**
     * Creates the validator.
     *
     * @param deadlines the policy and calendar, not null
     */
    public KeineRechtsfolgenbelehrungValidator(Deadlines deadlines) {
        super(deadlines);
    }

    @Override
    public boolean isValid(KpDokumentation d, ConstraintValidatorContext context) {
        Kooperationsplan kp = d == null ? null : d.getKooperationsplan();
        if (kp == null || d.isKooperationGescheitert() || deadlines.policy().rechtsfolgenbelehrungWhileCooperating()) {
            return true;
        }
        boolean ok = true;
        if (kp.isRechtsfolgenbelehrung()) {
            report(context, "{de.qer.docs.rechtsfolgen}", "kooperationsplan", "rechtsfolgenbelehrung");
            ok = false;
        }
        for (int i = 0; i < kp.getAktivitaeten().size(); i++) {
            if (kp.getAktivitaeten().get(i).isRechtsfolgenbelehrung()) {
                reportIndexed(context, "{de.qer.docs.rechtsfolgen}", "kooperationsplan", "aktivitaeten", i, "rechtsfolgenbelehrung");
                ok = false;
            }
        }
        return ok;
    }
}
