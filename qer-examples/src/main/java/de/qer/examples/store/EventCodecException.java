package de.qer.examples.store;

/**
 * What an {@link EventCodec} throws for an event it cannot read or write: an unknown type, an unknown
 * schema version, data that does not fit. Its message is shown in {@link CorruptEventException}'s, so it
 * names the problem (type, version, field) and never the data, which may be personal.
 */
public class EventCodecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the problem, without data
     */
    public EventCodecException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause (e.g. the JSON parser's exception).
     *
     * @param message the problem, without data
     * @param cause   the cause
     */
    public EventCodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
