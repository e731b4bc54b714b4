package de.qer.docs.validation;

import de.qer.docs.Beratungsvermerk;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Massnahmezusammenfassung} (R-N1). */
public final class MassnahmezusammenfassungValidator
        implements ConstraintValidator<Massnahmezusammenfassung, Beratungsvermerk> {

    /** Creates the validator. */
    public MassnahmezusammenfassungValidator() {
    }

    @Override
    public boolean isValid(Beratungsvermerk v, ConstraintValidatorContext context) {
        if (v == null || !v.isMassnahmenKombiniert() || v.getBegruendungMassnahmezusammenfassung() != null) {
            return true;
        }
        QerConstraintValidator.report(context, "{de.qer.docs.massnahmezusammenfassung}", "begruendungMassnahmezusammenfassung");
        return false;
    }
}
