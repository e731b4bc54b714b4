package de.qer.docs.validation;

import de.qer.docs.Kooperationsplan;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link KpSollAngaben} (R-K2, warnings). */
public final class KpSollAngabenValidator implements ConstraintValidator<KpSollAngaben, Kooperationsplan> {

    /** Creates the validator. */
    public KpSollAngabenValidator() {
    }

    @Override
    public boolean isValid(Kooperationsplan kp, ConstraintValidatorContext context) {
        if (kp == null) {
            return true;
        }
        boolean ok = true;
        if (kp.getEingliederungsleistungen().isEmpty()) {
            QerConstraintValidator.report(context, "{de.qer.docs.soll}", "eingliederungsleistungen");
            ok = false;
        }
        if (kp.getEigenbemuehungen() == null) {
            QerConstraintValidator.report(context, "{de.qer.docs.soll}", "eigenbemuehungen");
            ok = false;
        }
        if (kp.getKursVorrang() == null) {
            QerConstraintValidator.report(context, "{de.qer.docs.soll}", "kursVorrang");
            ok = false;
        }
        if (kp.getZiele().isEmpty()) {
            QerConstraintValidator.report(context, "{de.qer.docs.soll}", "ziele");
            ok = false;
        }
        return ok;
    }
}
