package de.qer.docs;

import java.time.LocalDate;

/**
 * A document that carries a Kooperationsplan drawn up or reviewed on a day: the QuEr
 * ({@link QuerDokumentation}), a follow-up interview ({@link Folgegespraech}) or a KP review
 * ({@link KpUeberpruefung}). The KP rules that need more than the plan itself (R-K4, R-L2) read it
 * through this view, so that the same check serves every interview (R-Q2).
 */
public interface KpDokumentation {

    /**
     * The day of the interview or review.
     *
     * @return the date, never null
     */
    LocalDate getDatum();

    /**
     * The Kooperationsplan as drawn up or updated on that day.
     *
     * @return the plan, or null when there is none (missing, open or confirmed unchanged)
     */
    @Nullable
    Kooperationsplan getKooperationsplan();

    /**
     * Whether the case records that cooperation has failed (R-K4).
     *
     * @return true if it failed
     */
    boolean isKooperationGescheitert();
}
