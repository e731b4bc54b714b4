package de.qer.docs.validation;

import de.qer.docs.QuerDokumentation;
import de.qer.docs.Vermerkart;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link VermerkartQuer} (R-N1). */
public final class VermerkartQuerValidator implements ConstraintValidator<VermerkartQuer, QuerDokumentation> {

    /** Creates the validator. */
    public VermerkartQuerValidator() {
    }

    @Override
    public boolean isValid(QuerDokumentation d, ConstraintValidatorContext context) {
        return d == null || hasKind(d.getBeratungsvermerk(), Vermerkart.QUER, context);
    }

    /** Whether a note, if there is one, is of the kind its document requires; reports it at its Vermerkart. */
    static boolean hasKind(de.qer.docs.Beratungsvermerk note, Vermerkart kind, ConstraintValidatorContext context) {
        if (note == null || note.getVermerkart() == kind) {
            return true;
        }
        QerConstraintValidator.report(context, context.getDefaultConstraintMessageTemplate(), "beratungsvermerk", "vermerkart");
        return false;
    }
}
