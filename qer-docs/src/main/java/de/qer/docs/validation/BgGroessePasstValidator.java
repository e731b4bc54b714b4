package de.qer.docs.validation;

import de.qer.docs.Gespraechsdokumentation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link BgGroessePasst} (R-N3) in every interview (R-Q2). */
public final class BgGroessePasstValidator implements ConstraintValidator<BgGroessePasst, Gespraechsdokumentation> {

    /** Creates the validator. */
    public BgGroessePasstValidator() {
    }

    @Override
    public boolean isValid(Gespraechsdokumentation d, ConstraintValidatorContext context) {
        if (d == null || d.getBeratungsvermerk() == null || d.getBeratungsvermerk().getBgGroesse() == null
                || d.getBeratungsvermerk().getBgGroesse() == d.getBedarfsgemeinschaft().groesse()) {
            return true;
        }
        QerConstraintValidator.report(context, "{de.qer.docs.bggroesse} " + d.getBedarfsgemeinschaft().groesse(),
                "beratungsvermerk", "bgGroesse");
        return false;
    }
}
