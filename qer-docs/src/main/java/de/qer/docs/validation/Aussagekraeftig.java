package de.qer.docs.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R-N2: a text that is given must be "umfangreich und aussagekräftig": not blank, not a placeholder, not shorter than the policy's minimum. {@code null} is left to the completeness rules (R-N3).
 */
@Documented
@Constraint(validatedBy = {AussagekraeftigValidator.class})
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Aussagekraeftig {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{de.qer.docs.aussagekraeftig}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload; {@link Warnung} marks a warning, anything else an error.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * The rule this constraint implements.
     *
     * @return the rule ID
     */
    String rule() default "R-N2";
    /**
     * A short text such as a job title: only the placeholder check and at least 3 characters, not the policy's minimum.
     *
     * @return true for a short text
     */
    boolean kurz() default false;
}
