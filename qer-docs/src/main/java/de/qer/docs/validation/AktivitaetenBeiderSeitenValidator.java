package de.qer.docs.validation;

import de.qer.docs.Aktivitaet;
import de.qer.docs.Kooperationsplan;
import de.qer.docs.Seite;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link AktivitaetenBeiderSeiten} (R-K2). */
public final class AktivitaetenBeiderSeitenValidator
        implements ConstraintValidator<AktivitaetenBeiderSeiten, Kooperationsplan> {

    /** Creates the validator. */
    public AktivitaetenBeiderSeitenValidator() {
    }

    @Override
    public boolean isValid(Kooperationsplan kp, ConstraintValidatorContext context) {
        if (kp == null) {
            return true;
        }
        boolean ok = true;
        List<Aktivitaet> list = kp.getAktivitaeten();
        if (list.stream().noneMatch(a -> a.getSeite() == Seite.ELB)) {
            QerConstraintValidator.report(context, "{de.qer.docs.aktivitaeten.elb}", "aktivitaeten");
            ok = false;
        }
        if (list.stream().noneMatch(a -> a.getSeite() == Seite.JOBCENTER)) {
            QerConstraintValidator.report(context, "{de.qer.docs.aktivitaeten.jobcenter}", "aktivitaeten");
            ok = false;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getBisWann() != null && list.get(i).getBisWann().isBefore(kp.getErstelltAm())) {
                QerConstraintValidator.reportIndexed(context, "{de.qer.docs.aktivitaeten.termin}", null, "aktivitaeten", i, "bisWann");
                ok = false;
            }
        }
        return ok;
    }
}
