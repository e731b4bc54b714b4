package de.qer.docs.validation;

import de.qer.core.Deadlines;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Objects;

/**
 * Base of qer's constraint validators: holds the {@link Deadlines} (policy and calendar) that the
 * {@link QerConstraintValidatorFactory} passes in, or the standard ones when a provider creates the
 * validator itself.
 *
 * @param <A> the constraint
 * @param <T> the validated type
 */
abstract class QerConstraintValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {

    /** The deadlines with the policy in force. */
    protected final Deadlines deadlines;

    QerConstraintValidator(Deadlines deadlines) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    /** Reports a violation at a (possibly nested) property; the first call replaces the default violation. */
    static void report(ConstraintValidatorContext ctx, String template, String... path) {
        ctx.disableDefaultConstraintViolation();
        ConstraintValidatorContext.ConstraintViolationBuilder b = ctx.buildConstraintViolationWithTemplate(template);
        if (path.length == 0) {
            b.addConstraintViolation();
            return;
        }
        ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext n = b.addPropertyNode(path[0]);
        for (int i = 1; i < path.length; i++) {
            n = n.addPropertyNode(path[i]);
        }
        n.addConstraintViolation();
    }

    /** Reports a violation at {@code list[index].property} below an optional parent. */
    static void reportIndexed(ConstraintValidatorContext ctx, String template, String parent, String list, int index,
                              String property) {
        ctx.disableDefaultConstraintViolation();
        ConstraintValidatorContext.ConstraintViolationBuilder b = ctx.buildConstraintViolationWithTemplate(template);
        ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext n =
                parent == null ? b.addPropertyNode(list) : b.addPropertyNode(parent).addPropertyNode(list);
        n.addPropertyNode(property).inIterable().atIndex(index).addConstraintViolation();
    }
}
