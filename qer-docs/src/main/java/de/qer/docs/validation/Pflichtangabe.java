package de.qer.docs.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A required item: not null, not blank, not empty. Names its rule.
 */
@Documented
@Constraint(validatedBy = {PflichtangabeValidator.class})
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Pflichtangabe {

    /**
     * The message template (each violation carries its own).
     *
     * @return the template
     */
    String message() default "{qer.required}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload (qer's problems are errors).
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * The rule this constraint implements.
     *
     * @return the rule ID
     */
    String rule();
}
