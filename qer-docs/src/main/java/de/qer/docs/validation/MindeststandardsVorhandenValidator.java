package de.qer.docs.validation;

import de.qer.core.model.Mindeststandard;
import de.qer.docs.QuerDokumentation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link MindeststandardsVorhanden} (R-Q1, R-Q3). */
public final class MindeststandardsVorhandenValidator
        implements ConstraintValidator<MindeststandardsVorhanden, QuerDokumentation> {

    /** Creates the validator. */
    public MindeststandardsVorhandenValidator() {
    }

    @Override
    public boolean isValid(QuerDokumentation d, ConstraintValidatorContext context) {
        if (d == null) {
            return true;
        }
        boolean ok = true;
        for (Mindeststandard s : Mindeststandard.values()) {
            if (Standards.required(d, s) && !Standards.present(d, s) && Standards.openUntil(d, s).isEmpty()) {
                QerConstraintValidator.report(context, "{de.qer.docs.mindeststandard}", Standards.property(s));
                ok = false;
            }
        }
        return ok;
    }
}
