package de.qer.docs.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R-Q3: every open point has a catch-up date after the interview (the QuEr or a follow-up, R-Q2) and at the latest the
 * policy's number of working days later.
 */
@Documented
@Constraint(validatedBy = {OffenePunkteTerminValidator.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OffenePunkteTermin {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{de.qer.docs.nachholen}";

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
    String rule() default "R-Q3";
}
