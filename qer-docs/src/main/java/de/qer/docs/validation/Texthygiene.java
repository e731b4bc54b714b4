package de.qer.docs.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R-N2, text hygiene: a free text that need not be {@link Aussagekraeftig meaningful} (a name, a list
 * entry, a hint) must still be no longer than the policy's {@code maximumTextLength()} and hold no
 * control or bidi characters (see {@code de.qer.core.Freitext}). On a getter, or on the element type of
 * a list ({@code List<@Texthygiene String>}), where each entry is reported with its index.
 * {@link Aussagekraeftig} includes these checks. {@code null} is left to the completeness rules.
 */
@Documented
@Constraint(validatedBy = {TexthygieneValidator.class})
@Target({ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Texthygiene {

    /**
     * The message template (each violation carries its own).
     *
     * @return the template
     */
    String message() default "{R-N2.long}";

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

}
