package de.qer.docs.validation;

import de.qer.docs.QuerDokumentation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link SofortangebotUnverzueglich} (R-Q5). */
public final class SofortangebotUnverzueglichValidator
        implements ConstraintValidator<SofortangebotUnverzueglich, QuerDokumentation> {

    /** Creates the validator. */
    public SofortangebotUnverzueglichValidator() {
    }

    @Override
    public boolean isValid(QuerDokumentation d, ConstraintValidatorContext context) {
        if (d == null || d.getSofortangebot() == null || d.getSofortangebot().getAngebotenAm() == null
                || d.getSofortangebot().getAngebotenAm().equals(d.getDatum())) {
            return true;
        }
        QerConstraintValidator.report(context, "{de.qer.docs.sofortangebot}", "sofortangebot", "angebotenAm");
        return false;
    }
}
