package de.qer.examples.store;

import java.util.Objects;

/**
 * What {@link EventStore#append} did: all events appended, or none because the case had moved on.
 */
public sealed interface AppendResult {

    /**
     * All events were appended in one transaction.
     *
     * @param caseId       the case, not null
     * @param lastSequence the sequence number of the last appended event
     */
    record Appended(String caseId, long lastSequence) implements AppendResult {
        /**
         * Creates the result.
         *
         * @throws NullPointerException if the case is null
         */
        public Appended {
            Objects.requireNonNull(caseId, "caseId");
        }
    }

    /**
     * Nothing was appended: the case's last sequence number was not the expected one (another writer
     * appended first). Load the case again, decide again and retry.
     *
     * @param caseId   the case, not null
     * @param expected the sequence number the caller expected
     * @param actual   the case's last sequence number as read after the failed append (0: no event)
     */
    record Conflict(String caseId, long expected, long actual) implements AppendResult {
        /**
         * Creates the result.
         *
         * @throws NullPointerException if the case is null
         */
        public Conflict {
            Objects.requireNonNull(caseId, "caseId");
        }
    }
}
