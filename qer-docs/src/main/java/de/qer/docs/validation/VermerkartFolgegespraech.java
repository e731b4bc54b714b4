package de.qer.docs.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R-L1: the note of a follow-up interview is of Vermerkart "Folgegespräch" (reported at
 * {@code beratungsvermerk.vermerkart}); the QuEr's note is of Vermerkart "QuEr" ({@link VermerkartQuer}).
 */
@Documented
@Constraint(validatedBy = {VermerkartFolgegespraechValidator.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface VermerkartFolgegespraech {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{de.qer.docs.vermerkart.folge}";

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
    String rule() default "R-L1";
}
