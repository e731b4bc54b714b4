package de.qer.docs.validation;

import de.qer.core.Deadlines;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Validates {@link Aussagekraeftig} (R-N2) with the policy's minimum length and placeholders. */
public final class AussagekraeftigValidator extends QerConstraintValidator<Aussagekraeftig, String> {

    private boolean kurz;

    /** Creates the validator with the standard policy. */
    public AussagekraeftigValidator() {
        this(Deadlines.standard());
    }

    /**
     * Creates the validator.
     *
     * @param deadlines the policy and calendar, not null
     */
    public AussagekraeftigValidator(Deadlines deadlines) {
        super(deadlines);
    }

    @Override
    public void initialize(Aussagekraeftig constraint) {
        kurz = constraint.kurz();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<String> problem = Texte.problem(value, kurz, deadlines.policy());
        problem.ifPresent(t -> report(context, t));
        return problem.isEmpty();
    }
}
