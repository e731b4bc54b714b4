package de.qer.docs.validation;

import de.qer.core.Deadlines;
import de.qer.core.model.Mindeststandard;
import de.qer.docs.Folgegespraech;
import de.qer.docs.Gespraechsdokumentation;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link MindeststandardsVorhanden} (R-Q1, R-Q3) for the QuEr, and for a follow-up interview the
 * standards of the policy (R-L1, R-Q2).
 */
public final class MindeststandardsVorhandenValidator
        extends QerConstraintValidator<MindeststandardsVorhanden, Gespraechsdokumentation> {

    /** Creates the validator with the standard policy. */
    public MindeststandardsVorhandenValidator() {
        this(Deadlines.standard());
    }

    /**
     * Creates the validator.
     *
     * @param deadlines the policy and calendar, not null
     */
    public MindeststandardsVorhandenValidator(Deadlines deadlines) {
        super(deadlines);
    }

    @Override
    public boolean isValid(Gespraechsdokumentation d, ConstraintValidatorContext context) {
        if (d == null) {
            return true;
        }
        String template = d instanceof Folgegespraech ? "{de.qer.docs.mindeststandard.folge}" : "{de.qer.docs.mindeststandard}";
        boolean ok = true;
        for (Mindeststandard s : Mindeststandard.values()) {
            if (Standards.required(d, s, deadlines.policy()) && !Standards.present(d, s) && Standards.openUntil(d, s).isEmpty()) {
                report(context, template, Standards.property(s));
                ok = false;
            }
        }
        return ok;
    }
}
