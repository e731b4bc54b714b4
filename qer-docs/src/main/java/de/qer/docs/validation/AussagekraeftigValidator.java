package de.qer.docs.validation;

import de.qer.core.Deadlines;
import de.qer.core.QuerPolicy;
import de.qer.core.rule.Problem;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates {@link Aussagekraeftig} (R-N2): the text has visible content, is no placeholder and reaches
 * the minimum length; and, like every free text ({@link Texthygiene}), it is not longer than the
 * policy's maximum and holds no control or bidi characters. Each problem is its own violation.
 */
public final class AussagekraeftigValidator implements ConstraintValidator<Aussagekraeftig, String> {

    private final QuerPolicy policy;
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
        this.policy = Objects.requireNonNull(deadlines, "deadlines").policy();
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
        List<Problem> problems = new ArrayList<>(Texte.hygiene(value, policy));
        Texte.problem(value, kurz, policy).ifPresent(problems::add);
        problems.forEach(p -> ProblemTemplate.report(context, p));
        return problems.isEmpty();
    }
}
