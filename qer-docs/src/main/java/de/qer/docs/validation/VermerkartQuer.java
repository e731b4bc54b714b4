package de.qer.docs.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R-N1: the note of the QuEr's documentation is of Vermerkart "QuEr" (reported at
 * {@code beratungsvermerk.vermerkart}). Only the QuEr requires it: a follow-up's note is of Vermerkart
 * "Folgegespräch" ({@link VermerkartFolgegespraech}).
 */
@Documented
@Constraint(validatedBy = {VermerkartQuerValidator.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface VermerkartQuer {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{de.qer.docs.vermerkart}";

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
    String rule() default "R-N1";
}
