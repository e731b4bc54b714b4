package de.qer.docs.validation;

import de.qer.docs.Vermerkart;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link VermerkartQuer} (R-N1). */
public final class VermerkartQuerValidator implements ConstraintValidator<VermerkartQuer, Vermerkart> {

    /** Creates the validator. */
    public VermerkartQuerValidator() {
    }

    @Override
    public boolean isValid(Vermerkart value, ConstraintValidatorContext context) {
        return value == Vermerkart.QUER;
    }
}
