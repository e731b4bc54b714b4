package de.qer.docs.validation;

import de.qer.core.Deadlines;
import de.qer.core.QuerPolicy;
import de.qer.core.rule.Problem;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Objects;

/** Validates {@link Texthygiene} (R-N2): not longer than the policy's maximum, no control or bidi characters. */
public final class TexthygieneValidator implements ConstraintValidator<Texthygiene, String> {

    private final QuerPolicy policy;

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
        this.policy = Objects.requireNonNull(deadlines, "deadlines").policy();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<Problem> problems = Texte.hygiene(value, policy);
        problems.forEach(p -> ProblemTemplate.report(context, p));
        return problems.isEmpty();
    }
}
