package de.qer.examples.store;

import java.sql.SQLException;

/**
 * The database failed (connection lost, server stopped, invalid JSON from a codec, ...). For an
 * append this means: nothing was appended, or, if the connection broke during the commit, the outcome
 * is unknown; the next append with the same expected sequence then tells (a {@link AppendResult.Conflict}
 * if it had been committed). The message names the operation, the case and the SQLState, never data.
 */
public final class EventStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The SQLState of the failure, or null. */
    private final String sqlState;

    /**
     * Creates the exception.
     *
     * @param what  the operation and the case, without data
     * @param cause the database's exception, not null
     */
    public EventStoreException(String what, SQLException cause) {
        super(what + " failed (SQLState " + cause.getSQLState() + ")", cause);
        this.sqlState = cause.getSQLState();
    }

    /**
     * The SQLState of the failure.
     *
     * @return the SQLState, or null if the driver gave none
     */
    public String sqlState() {
        return sqlState;
    }
}
