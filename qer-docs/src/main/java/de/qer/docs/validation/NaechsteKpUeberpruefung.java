package de.qer.docs.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R-L2 (R-K3): the KP review date that a follow-up interview or a KP review sets is after that day and at
 * the latest the policy's number of months later (at {@code kooperationsplan.naechsteUeberpruefung} for an
 * updated plan, at {@code kpNaechsteUeberpruefung} for a plan confirmed unchanged).
 */
@Documented
@Constraint(validatedBy = {NaechsteKpUeberpruefungValidator.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NaechsteKpUeberpruefung {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{de.qer.docs.kpueberpruefung}";

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
    String rule() default "R-L2";
}
