package de.qer.core.oversight;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;
import de.qer.core.Deadline;
import de.qer.core.model.CaseId;
import de.qer.core.model.PersonId;
import java.util.Objects;

/**
 * A member who needs a first interview after the monthly import, why, and by when (R-F2, R-E2).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param caseId   the BG's case, not null
 * @param member   the member, not null
 * @param reason   why, not null
 * @param deadline the due date with its derivation, not null
 */
public record ImportFinding(CaseId caseId, PersonId member, Reason reason, Deadline deadline) {

    /** Why a member needs a first interview. */
    public enum Reason implements Labelled {
        /** Completed the 15th year of life in the import month (R-F2, R-F3). */
        VOLLENDET_15("15. Lebensjahr vollendet", "turned 15"),
        /** Joined the BG in the import month (R-F2). */
        NEUES_MITGLIED("neues Mitglied der BG", "new member of the household unit"),
        /** The ALG receipt ended in the import month (R-E2). */
        ALG_BEENDET("ALG-Bezug beendet", "ALG receipt ended");

        private final Label label;

        Reason(String german, String english) {
            this.label = new Label(german, english);
        }

        /**
         * {@inheritDoc}
         */
        @Override
        public Label label() {
            return label;
        }
    }

    /** Rejects a null component with a {@link NullPointerException} that names it. */
    public ImportFinding {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(deadline, "deadline");
    }
}
