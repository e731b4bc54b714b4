package de.qer.docs.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R-N2: a text that is given must be "umfangreich und aussagekräftig": it has visible content, is not a
 * placeholder and is not shorter than the policy's minimum, counting visible characters only (see
 * {@code de.qer.core.Freitext}: spaces of any kind, zero-width and format characters, braille blanks
 * and Hangul fillers are not content). Like every free text ({@link Texthygiene}) it is also no longer
 * than the policy's maximum and holds no control or bidi characters. On a getter, or on the element type
 * of a list ({@code List<@Aussagekraeftig String>}), where each entry is reported with its index.
 * {@code null} is left to the completeness rules (R-N3).
 */
@Documented
@Constraint(validatedBy = {AussagekraeftigValidator.class})
@Target({ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Aussagekraeftig {

    /**
     * The message template (each violation carries its own).
     *
     * @return the template
     */
    String message() default "{R-N2.short}";

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
     * A short text such as a job title: only the placeholder check and at least 3 characters, not the policy's minimum.
     *
     * @return true for a short text
     */
    boolean kurz() default false;
}
