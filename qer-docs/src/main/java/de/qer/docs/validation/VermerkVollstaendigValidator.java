package de.qer.docs.validation;

import de.qer.docs.Beratungsvermerk;
import de.qer.docs.OffenerVermerkpunkt;
import de.qer.docs.Vermerkpunkt;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link VermerkVollstaendig} (R-N3): every item that the note's Vermerkart requires
 * ({@link de.qer.docs.Vermerkart#pflichtpunkte()}: all of R-N1 in the QuEr, the summary and the next steps
 * in a follow-up) is there or open. The residence
 * status depends on the person and is checked on {@link de.qer.docs.QuerDokumentation}.
 */
public final class VermerkVollstaendigValidator implements ConstraintValidator<VermerkVollstaendig, Beratungsvermerk> {

    /** Creates the validator. */
    public VermerkVollstaendigValidator() {
    }

    /** The value of an item in a note. */
    static Object value(Beratungsvermerk v, Vermerkpunkt p) {
        switch (p) {
            case GRUND_DER_ANTRAGSTELLUNG:
                return v.getGrundDerAntragstellung();
            case BG_GROESSE:
                return v.getBgGroesse();
            case AUFENTHALTSSTATUS:
                return v.getAufenthaltsstatus();
            case ERGEBNIS_POTENZIALANALYSE:
                return v.getErgebnisPotenzialanalyse();
            case ZIELBERUF:
                return v.getZielberuf();
            case GEPLANTE_STRATEGIEN:
                return v.getGeplanteStrategien();
            case GESPRAECHSZUSAMMENFASSUNG:
                return v.getGespraechszusammenfassung();
            default:
                return v.getWeiteresVorgehen();
        }
    }

    /** Whether the note's Vermerkart requires the item (R-N1 for the QuEr, R-L1 for a follow-up). */
    static boolean required(Beratungsvermerk v, Vermerkpunkt p) {
        return v.getVermerkart() == null || v.getVermerkart().pflichtpunkte().contains(p);
    }

    static boolean isOpen(Beratungsvermerk v, Vermerkpunkt p) {
        for (OffenerVermerkpunkt o : v.getOffenePunkte()) {
            if (o.punkt() == p) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isValid(Beratungsvermerk v, ConstraintValidatorContext context) {
        if (v == null) {
            return true;
        }
        boolean ok = true;
        for (Vermerkpunkt p : Vermerkpunkt.values()) {
            if (p != Vermerkpunkt.AUFENTHALTSSTATUS && required(v, p) && value(v, p) == null && !isOpen(v, p)) {
                QerConstraintValidator.report(context, "{de.qer.docs.fehlt}", p.property());
                ok = false;
            }
        }
        return ok;
    }
}
