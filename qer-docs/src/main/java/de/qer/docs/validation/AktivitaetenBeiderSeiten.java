package de.qer.docs.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R-K2: the plan schedules activities of the eLb and of the IFK/JC, each with who, what and by when, not before the plan.
 */
@Documented
@Constraint(validatedBy = {AktivitaetenBeiderSeitenValidator.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AktivitaetenBeiderSeiten {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{de.qer.docs.aktivitaeten}";

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
    String rule() default "R-K2";
}
