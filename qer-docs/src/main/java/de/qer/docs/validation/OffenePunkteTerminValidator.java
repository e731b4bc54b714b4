package de.qer.docs.validation;

import de.qer.core.Deadlines;
import de.qer.docs.Gespraechsdokumentation;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Validates {@link OffenePunkteTermin} (R-Q3) in every interview (R-Q2) with the policy's catch-up period and the calendar. */
public final class OffenePunkteTerminValidator extends QerConstraintValidator<OffenePunkteTermin, Gespraechsdokumentation> {

    /** Creates the validator with the standard policy. */
    public OffenePunkteTerminValidator() {
        this(Deadlines.standard());
    }

    /**
     * Creates the validator.
     *
     * @param deadlines the policy and calendar, not null
     */
    public OffenePunkteTerminValidator(Deadlines deadlines) {
        super(deadlines);
    }

    private boolean fits(LocalDate date, LocalDate querDate, LocalDate latest) {
        return date.isAfter(querDate) && !date.isAfter(latest);
    }

    @Override
    public boolean isValid(Gespraechsdokumentation d, ConstraintValidatorContext context) {
        if (d == null) {
            return true;
        }
        LocalDate latest = deadlines.catchUpDeadline(d.getDatum()).due();
        String template = "{de.qer.docs.nachholen} " + latest;
        boolean ok = true;
        for (int i = 0; i < d.getOffenePunkte().size(); i++) {
            if (!fits(d.getOffenePunkte().get(i).nachholenBis(), d.getDatum(), latest)) {
                reportIndexed(context, template, null, "offenePunkte", i, "nachholenBis");
                ok = false;
            }
        }
        if (d.getBeratungsvermerk() != null) {
            for (int i = 0; i < d.getBeratungsvermerk().getOffenePunkte().size(); i++) {
                if (!fits(d.getBeratungsvermerk().getOffenePunkte().get(i).nachholenBis(), d.getDatum(), latest)) {
                    reportIndexed(context, template, "beratungsvermerk", "offenePunkte", i, "nachholenBis");
                    ok = false;
                }
            }
        }
        return ok;
    }
}
