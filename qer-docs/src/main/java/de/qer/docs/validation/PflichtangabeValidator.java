package de.qer.docs.validation;

import de.qer.core.rule.Problem;
import de.qer.core.rule.ProblemCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.Map;

/** Validates {@link Pflichtangabe}: not null, not blank, not empty; the problem names the constraint's rule. */
public final class PflichtangabeValidator implements ConstraintValidator<Pflichtangabe, Object> {

    private String rule = "?";

    /** Creates the validator. */
    public PflichtangabeValidator() {
    }

    @Override
    public void initialize(Pflichtangabe constraint) {
        rule = constraint.rule();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        boolean ok;
        if (value == null) {
            ok = false;
        } else if (value instanceof CharSequence s) {
            ok = !s.toString().isBlank();
        } else if (value instanceof Collection<?> c) {
            ok = !c.isEmpty();
        } else {
            ok = !(value instanceof Map<?, ?> m) || !m.isEmpty();
        }
        if (!ok) {
            ProblemTemplate.report(context, Problem.error(ProblemCode.MISSING, rule, "", "qer.required", rule));
        }
        return ok;
    }
}
