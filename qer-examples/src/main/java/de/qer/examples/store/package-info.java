/**
 * The reference host's event store on PostgreSQL: one append-only table, plain JDBC.
 *
 * <p>{@link de.qer.examples.store.EventStore} appends a case's events in one transaction with an
 * expected sequence (optimistic concurrency: a concurrent append is a typed
 * {@link de.qer.examples.store.AppendResult.Conflict}, never a lost or duplicated event) and loads them
 * in order. {@link de.qer.examples.store.EventCodec} is the seam to the JSON contract of the events;
 * {@link de.qer.examples.store.CommandHandler} loads a case, replays it, decides a command with a
 * {@link de.qer.examples.store.CaseLogic} (for qer: {@code QuerDecider}), appends and retries on a
 * conflict. {@link de.qer.examples.store.EmbeddedDatabase} starts a PostgreSQL from Maven Central
 * artifacts, or connects to one given by a JDBC URL.
 */
package de.qer.examples.store;
