package de.qer.examples.store;

import java.util.Objects;

/**
 * A stored event that cannot be read back, or that does not apply to the case's state: its codec
 * failed (corrupt data, unknown type, unknown version) or the replay rejected it. Names the case and
 * the sequence number; the host must never go on with a silently wrong state.
 *
 * <p>The message shows the cause's message only where that carries no data by contract: an
 * {@link EventCodecException} of the codec, or an {@link IllegalArgumentException} /
 * {@link IllegalStateException} of the case logic's replay. Of any other cause (a JSON parser's,
 * say, which may quote the data) it shows only the class. The cause itself stays attached.
 */
public final class CorruptEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The case. */
    private final String caseId;
    /** The sequence number of the event. */
    private final long seq;

    private CorruptEventException(StoredEvent row, String what, String why, RuntimeException cause) {
        super("case " + row.caseId() + ", event #" + row.seq() + " (" + row.type() + " v" + row.version() + ") " + what
                + ": " + why, cause);
        this.caseId = row.caseId();
        this.seq = row.seq();
    }

    /**
     * The codec could not decode a stored event.
     *
     * @param row   the stored event, not null
     * @param cause what the codec threw, not null
     * @return the exception, never null
     */
    public static CorruptEventException undecodable(StoredEvent row, RuntimeException cause) {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(cause, "cause");
        String why = cause instanceof EventCodecException ? cause.getMessage() : cause.getClass().getName();
        return new CorruptEventException(row, "cannot be decoded / ist nicht lesbar", why, cause);
    }

    /**
     * A decoded event does not apply to the state of its case (the replay threw).
     *
     * @param row   the stored event, not null
     * @param cause what the case logic threw, not null
     * @return the exception, never null
     */
    public static CorruptEventException notApplicable(StoredEvent row, RuntimeException cause) {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(cause, "cause");
        String why = cause instanceof EventCodecException || cause instanceof IllegalArgumentException
                || cause instanceof IllegalStateException ? cause.getMessage() : cause.getClass().getName();
        return new CorruptEventException(row, "does not apply to the case's state / passt nicht zum Zustand des Falls",
                why, cause);
    }

    /**
     * The case of the event.
     *
     * @return the case id, never null
     */
    public String caseId() {
        return caseId;
    }

    /**
     * The sequence number of the event.
     *
     * @return the sequence number
     */
    public long seq() {
        return seq;
    }
}
