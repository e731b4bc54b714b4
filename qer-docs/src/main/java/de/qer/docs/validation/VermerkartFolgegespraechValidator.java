package de.qer.docs.validation;

import de.qer.docs.Folgegespraech;
import de.qer.docs.Vermerkart;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link VermerkartFolgegespraech} (R-L1) with the same check as {@link VermerkartQuerValidator}. */
public final class VermerkartFolgegespraechValidator implements ConstraintValidator<VermerkartFolgegespraech, Folgegespraech> {

    /** Creates the validator. */
    public VermerkartFolgegespraechValidator() {
    }

    @Override
    public boolean isValid(Folgegespraech d, ConstraintValidatorContext context) {
        return d == null || VermerkartQuerValidator.hasKind(d.getBeratungsvermerk(), Vermerkart.FOLGEGESPRAECH, context);
    }
}
