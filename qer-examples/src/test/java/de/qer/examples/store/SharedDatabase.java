package de.qer.examples.store;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One PostgreSQL for all test classes of the JVM (embedded, or the one given by {@code -Dqer.jdbc.url}):
 * started by the first class that asks for an {@link EmbeddedDatabase} parameter, closed by JUnit when
 * the run ends. Tests keep apart by their case ids (see {@link #prefix}), never by deleting rows: the
 * table is append-only.
 */
public final class SharedDatabase implements ParameterResolver {

    /** Created by JUnit. */
    public SharedDatabase() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(SharedDatabase.class))
                .getOrComputeIfAbsent(EmbeddedDatabase.class, k -> EmbeddedDatabase.start(), EmbeddedDatabase.class);
    }

    /**
     * A prefix for the case ids of one test run, so that runs against the same external database do not
     * meet.
     *
     * @param test the test's name
     * @return {@code test-<nanos>-}
     */
    public static String prefix(String test) {
        return test + "-" + Long.toString(System.nanoTime(), 36) + "-";
    }
}
