package de.qer.core.lifecycle;

import de.qer.calendar.Label;
import de.qer.calendar.Labelled;
import de.qer.core.model.CaseId;
import de.qer.core.model.GstCode;
import de.qer.core.model.Role;
import de.qer.core.model.StaffId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A d.3 workflow the host must send (R-B2, R-B3): a notification with attached documents. It holds
 * facts only (what kind, which case, to whom, which calculation record); its subject and the names of
 * its attachments are rendered when read, so the wording can change without touching stored events.
 *
 * <p>{@code toString} shows no attachment reference.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind                    what the workflow is about, not null
 * @param caseId                  the case, not null
 * @param gst                     the GST, not null
 * @param recipientRole           the role of the recipient, not null
 * @param recipient               the recipient, where the procedure names a person; empty for "the Experte*in of the GST"
 * @param berechnungsprotokollRef the reference of the LMG calculation record to attach, if any
 */
public record D3Workflow(Kind kind, CaseId caseId, GstCode gst, Role recipientRole, Optional<StaffId> recipient,
                         Optional<String> berechnungsprotokollRef) {

    /** Rejects a null component with a {@link NullPointerException} that names it. */
    public D3Workflow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(gst, "gst");
        Objects.requireNonNull(recipientRole, "recipientRole");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(berechnungsprotokollRef, "berechnungsprotokollRef");
    }

    /**
     * The rule that requires the workflow.
     *
     * @return R-B2 or R-B3, never null
     */
    public String rule() {
        return kind.rule;
    }

    /**
     * The subject in German, as FMG.job and d.3 show it.
     *
     * @return the subject, never null
     */
    public String subject() {
        return subject(Locale.GERMAN);
    }

    /**
     * The subject in a language.
     *
     * @param locale German for German, anything else for English; not null
     * @return the subject, never null
     */
    public String subject(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return kind.label.in(locale) + " " + caseId;
    }

    /**
     * The names of the documents to attach, in German.
     *
     * @return the attachments, never null
     */
    public List<String> attachments() {
        return berechnungsprotokollRef.map(r -> List.of("LMG-Berechnungsprotokoll " + r)).orElse(List.of());
    }

    @Override
    public String toString() {
        return "D3Workflow[kind=" + kind + ", caseId=" + caseId + ", gst=" + gst + ", recipientRole=" + recipientRole
                + ", recipient=" + recipient + ", attachments=" + attachments().size() + "]";
    }

    /** What a d.3 workflow is about. */
    public enum Kind implements Labelled {
        /** R-B2: the approval in principle, to the Experte*in BI with the calculation record. */
        APPROVAL_RELEASED("R-B2", "Bewilligung dem Grunde nach, Fall", "Approval in principle, case"),
        /** R-B3: a new case for the responsible IFK, whose QuEr is due. */
        CASE_ASSIGNED("R-B3", "Neuer Fall, QuEr fällig:", "New case, QuEr due:");

        private final String rule;
        private final Label label;

        Kind(String rule, String german, String english) {
            this.rule = rule;
            this.label = new Label(german, english);
        }

        /**
         * The opening of the workflow's subject, in German and English.
         *
         * @return the label, never null
         */
        @Override
        public Label label() {
            return label;
        }
    }
}
