package de.qer.docs.validation;

import de.qer.core.Deadlines;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link Texthygiene} (R-N2): not longer than the policy's maximum, no control or bidi characters. */
public final class TexthygieneValidator extends QerConstraintValidator<Texthygiene, String> {

    /** Creates the validator with the standard policy. */
    public TexthygieneValidator() {
        this(Deadlines.standard());
    }

    /**
     * Creates the validator.
     *
     * @param deadlines the policy and calendar, not null
     */
    public TexthygieneValidator(Deadlines deadlines) {
        super(deadlines);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<String> problems = Texte.hygiene(value, deadlines.policy());
        problems.forEach(t -> report(context, t));
        return problems.isEmpty();
    }
}
