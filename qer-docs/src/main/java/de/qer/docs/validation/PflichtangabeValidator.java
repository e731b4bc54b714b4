package de.qer.docs.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.Map;

/** Validates {@link Pflichtangabe}: not null, not blank, not empty. */
public final class PflichtangabeValidator implements ConstraintValidator<Pflichtangabe, Object> {

    /** Creates the validator. */
    public PflichtangabeValidator() {
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return false;
        }
        if (value instanceof CharSequence s) {
            return !s.toString().isBlank();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return !(value instanceof Map<?, ?> m) || !m.isEmpty();
    }
}
