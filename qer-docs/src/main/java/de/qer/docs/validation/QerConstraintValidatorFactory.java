package de.qer.docs.validation;

import de.qer.core.Deadlines;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import java.util.Objects;

/**
 * Creates qer's constraint validators with the {@link Deadlines} (policy and calendar) in force: the one
 * class-level constraint ({@link RegelnValidator}, the {@link DocumentRules}) and the two text constraints
 * that read the policy. Every other validator is left to the provider's default factory.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QerConstraintValidatorFactory implements ConstraintValidatorFactory {

    private final Deadlines deadlines;
    private final DocumentRules rules;
    private final ConstraintValidatorFactory delegate;

    /**
     * Creates the factory.
     *
     * @param deadlines the policy and calendar, not null
     * @param delegate  the provider's default factory, not null
     */
    public QerConstraintValidatorFactory(Deadlines deadlines, ConstraintValidatorFactory delegate) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.rules = DocumentRules.of(deadlines);
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
        if (key == RegelnValidator.class) {
            return key.cast(new RegelnValidator(rules));
        }
        if (key == AussagekraeftigValidator.class) {
            return key.cast(new AussagekraeftigValidator(deadlines));
        }
        if (key == TexthygieneValidator.class) {
            return key.cast(new TexthygieneValidator(deadlines));
        }
        return delegate.getInstance(key);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {
        if (!(instance instanceof RegelnValidator || instance instanceof AussagekraeftigValidator
                || instance instanceof TexthygieneValidator)) {
            delegate.releaseInstance(instance);
        }
    }
}
