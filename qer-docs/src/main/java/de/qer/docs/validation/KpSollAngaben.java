package de.qer.docs.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R-K2 (§ 15 Abs. 2 SGB II "soll"): integration services, own efforts and how they are shown, course priority and
 * targeted jobs. Used with {@code payload = Warnung.class}, so that missing ones are warnings.
 */
@Documented
@Constraint(validatedBy = {KpSollAngabenValidator.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KpSollAngaben {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{de.qer.docs.soll}";

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
