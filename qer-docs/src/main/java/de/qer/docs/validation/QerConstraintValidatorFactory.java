package de.qer.docs.validation;

import de.qer.core.Deadlines;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ValidationException;
import java.util.Objects;

/**
 * Creates qer's constraint validators with the {@link Deadlines} (policy and calendar) in force, and
 * leaves every other validator to the provider's default factory.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QerConstraintValidatorFactory implements ConstraintValidatorFactory {

    private final Deadlines deadlines;
    private final ConstraintValidatorFactory delegate;

    /**
     * Creates the factory.
     *
     * @param deadlines the policy and calendar, not null
     * @param delegate  the provider's default factory, not null
     */
    public QerConstraintValidatorFactory(Deadlines deadlines, ConstraintValidatorFactory delegate) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
        if (QerConstraintValidator.class.isAssignableFrom(key)) {
            try {
                return key.getConstructor(Deadlines.class).newInstance(deadlines);
            } catch (ReflectiveOperationException e) {
                throw new ValidationException("cannot create " + key.getName(), e);
            }
        }
        return delegate.getInstance(key);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {
        if (!(instance instanceof QerConstraintValidator)) {
            delegate.releaseInstance(instance);
        }
    }
}
