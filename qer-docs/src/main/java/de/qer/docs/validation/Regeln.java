package de.qer.docs.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one class-level constraint of qer-docs: runs the {@link DocumentRules} of the annotated document or
 * part (a QuEr, a follow-up, a KP review, a plan, a note) and reports each {@link de.qer.core.rule.Problem}
 * as one constraint violation at its field, with its rule, severity and message.
 */
@Documented
@Constraint(validatedBy = {RegelnValidator.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Regeln {

    /**
     * The message template (each violation carries its own).
     *
     * @return the template
     */
    String message() default "{rules}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload (the severity comes from each rule's problem).
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
