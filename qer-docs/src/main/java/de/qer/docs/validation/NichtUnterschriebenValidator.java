package de.qer.docs.validation;

import de.qer.core.Deadlines;
import de.qer.docs.Kooperationsplan;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link NichtUnterschrieben} (R-K1) with the policy. */
public final class NichtUnterschriebenValidator extends QerConstraintValidator<NichtUnterschrieben, Kooperationsplan> {

    /** Creates the validator with the standard policy. */
    public NichtUnterschriebenValidator() {
        this(Deadlines.standard());
    }

    /**
     * Creates the validator.
     *
     * @param deadlines the policy and calendar, not null
     */
    public NichtUnterschriebenValidator(Deadlines deadlines) {
        super(deadlines);
    }

    @Override
    public boolean isValid(Kooperationsplan kp, ConstraintValidatorContext context) {
        if (kp == null || !kp.isUnterschrieben() || deadlines.policy().kpSignatureAllowed()) {
            return true;
        }
        report(context, "{de.qer.docs.unterschrieben}", "unterschrieben");
        return false;
    }
}
