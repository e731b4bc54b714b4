package de.qer.docs.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R-Q1: every minimum standard is documented, or it is an open point (R-Q3). On a follow-up interview
 * ({@code rule = "R-L1"}): every standard of the policy's {@code followUpStandards()} is documented, confirmed
 * unchanged, or an open point.
 */
@Documented
@Constraint(validatedBy = {MindeststandardsVorhandenValidator.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MindeststandardsVorhanden {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{de.qer.docs.mindeststandard}";

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
    String rule() default "R-Q1";
}
