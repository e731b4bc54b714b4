package de.qer.docs.validation;

import de.qer.core.Deadlines;
import de.qer.core.rule.Problem;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Objects;

/** Validates {@link Regeln}: runs the document rules of the object, one violation per problem. */
public final class RegelnValidator implements ConstraintValidator<Regeln, Object> {

    private final DocumentRules rules;

    /** Creates the validator with the standard policy (when a provider creates it itself). */
    public RegelnValidator() {
        this(DocumentRules.of(Deadlines.standard()));
    }

    /**
     * Creates the validator.
     *
     * @param rules the rules with the policy in force, not null
     */
    public RegelnValidator(DocumentRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<Problem> problems = rules.check(value);
        for (Problem p : problems) {
            ProblemTemplate.report(context, p);
        }
        return problems.isEmpty();
    }
}
