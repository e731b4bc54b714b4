package de.qer.docs.validation;

import de.qer.docs.Beratungsvermerk;
import de.qer.docs.Gespraechsdokumentation;
import de.qer.docs.Vermerkpunkt;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link AufenthaltsstatusNurBeiDrittstaat} (R-N1) in every interview (R-Q2): only for third-country
 * nationals, and always in the QuEr's note (a follow-up's note may leave it out). Never names the status itself.
 */
public final class AufenthaltsstatusValidator
        implements ConstraintValidator<AufenthaltsstatusNurBeiDrittstaat, Gespraechsdokumentation> {

    /** Creates the validator. */
    public AufenthaltsstatusValidator() {
    }

    @Override
    public boolean isValid(Gespraechsdokumentation d, ConstraintValidatorContext context) {
        if (d == null || d.getBeratungsvermerk() == null) {
            return true;
        }
        Beratungsvermerk v = d.getBeratungsvermerk();
        boolean drittstaat = d.mitglied().drittstaatsangehoerig();
        if (drittstaat && v.getAufenthaltsstatus() == null && VermerkVollstaendigValidator.required(v, Vermerkpunkt.AUFENTHALTSSTATUS)
                && !VermerkVollstaendigValidator.isOpen(v, Vermerkpunkt.AUFENTHALTSSTATUS)) {
            QerConstraintValidator.report(context, "{de.qer.docs.aufenthaltsstatus.fehlt}", "beratungsvermerk", "aufenthaltsstatus");
            return false;
        }
        if (!drittstaat && v.getAufenthaltsstatus() != null) {
            QerConstraintValidator.report(context, "{de.qer.docs.aufenthaltsstatus.nur}", "beratungsvermerk", "aufenthaltsstatus");
            return false;
        }
        return true;
    }
}
