package de.qer.docs.validation;

import de.qer.docs.Handlungsstrategie;
import de.qer.docs.QuerDokumentation;
import de.qer.docs.Strategie;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link AusbildungBegruendet} (R-Q5). */
public final class AusbildungBegruendetValidator implements ConstraintValidator<AusbildungBegruendet, QuerDokumentation> {

    /** Creates the validator. */
    public AusbildungBegruendetValidator() {
    }

    @Override
    public boolean isValid(QuerDokumentation d, ConstraintValidatorContext context) {
        Handlungsstrategie h = d == null ? null : d.getHandlungsstrategie();
        if (h == null || d.mitglied().berufsabschluss() || h.getStrategien().contains(Strategie.AUSBILDUNG)
                || h.getBegruendungOhneAusbildung() != null) {
            return true;
        }
        QerConstraintValidator.report(context, "{de.qer.docs.ausbildung}", "handlungsstrategie", "begruendungOhneAusbildung");
        return false;
    }
}
