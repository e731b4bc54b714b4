package de.qer.docs.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R-K4: no Rechtsfolgenbelehrung on the plan or an activity while cooperation works (unless the policy allows it).
 */
@Documented
@Constraint(validatedBy = {KeineRechtsfolgenbelehrungValidator.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KeineRechtsfolgenbelehrung {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{de.qer.docs.rechtsfolgen}";

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
    String rule() default "R-K4";
}
