package de.qer.core.lifecycle;

import de.qer.core.model.GstCode;
import de.qer.core.model.Role;
import de.qer.core.model.StaffId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A d.3 workflow that the host must send: a notification with attached documents (R-B2, R-B3).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param subject       what it is about, not null
 * @param gst           the GST, not null
 * @param recipientRole the role of the recipient, not null
 * @param recipient     the recipient, where the procedure names a person; empty for "the Experte*in of the GST"
 * @param attachments   the documents to attach, not null
 * @param rule          the rule ID, not null
 */
public record D3Workflow(String subject, GstCode gst, Role recipientRole, Optional<StaffId> recipient,
                         List<String> attachments, String rule) {

    /**
     * Creates a workflow; the attachments are copied.
     *
     * @param subject what it is about, not null
     * @param gst the GST, not null
     * @param recipientRole the role of the recipient, not null
     * @param recipient the recipient, where the procedure names a person; empty for "the Experte*in of the GST"
     * @param attachments the documents to attach, not null
     * @param rule the rule ID, not null
     * @throws NullPointerException if a component is null
     */
    public D3Workflow {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(gst, "gst");
        Objects.requireNonNull(recipientRole, "recipientRole");
        Objects.requireNonNull(recipient, "recipient");
        attachments = List.copyOf(Objects.requireNonNull(attachments, "attachments"));
        Objects.requireNonNull(rule, "rule");
    }

    @Override
    public String toString() {
        return "D3Workflow[subject=" + subject + ", gst=" + gst + ", recipientRole=" + recipientRole + ", recipient="
                + recipient + ", attachments=" + attachments.size() + ", rule=" + rule + "]";
    }
}
