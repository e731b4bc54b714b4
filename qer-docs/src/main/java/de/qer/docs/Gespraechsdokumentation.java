package de.qer.docs;

import de.qer.core.model.Bedarfsgemeinschaft;
import de.qer.core.model.Mitglied;
import de.qer.core.model.OffenerPunkt;
import de.qer.core.model.PersonId;
import java.util.List;

/**
 * The documentation of an interview with an eLb: the QuEr ({@link QuerDokumentation}) or a later
 * interview ({@link Folgegespraech}). The rules that apply to every interview (R-Q2: the size of the BG
 * in the note, R-N3; the residence status, R-N1; open points and their catch-up dates, R-Q3; no
 * Rechtsfolgenbelehrung, R-K4) are checked once, through this view.
 */
public interface Gespraechsdokumentation extends KpDokumentation {

    /**
     * The BG as the case knows it (R-Q2, R-N3).
     *
     * @return the BG, never null
     */
    Bedarfsgemeinschaft getBedarfsgemeinschaft();

    /**
     * The eLb.
     *
     * @return the person id, a member of the BG
     */
    PersonId getPerson();

    /**
     * The note of the interview.
     *
     * @return the note, or null
     */
    @Nullable
    Beratungsvermerk getBeratungsvermerk();

    /**
     * The open points of the interview, each with its catch-up date (R-Q3).
     *
     * @return the open points, unmodifiable
     */
    List<OffenerPunkt> getOffenePunkte();

    /**
     * The eLb as a member of the BG.
     *
     * @return the member, never null
     */
    default Mitglied mitglied() {
        return getBedarfsgemeinschaft().mitglied(getPerson()).orElseThrow();
    }
}
