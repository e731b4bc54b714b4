package de.qer.core;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Policies by date: a host that expects a law change (the reported 2026 reform, R-K1/R-K4) registers
 * the new policy from its start date and asks for the policy in force on a business date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyTimeline {

    private final NavigableMap<LocalDate, QuerPolicy> from;
    private final QuerPolicy initial;

    private PolicyTimeline(QuerPolicy initial, NavigableMap<LocalDate, QuerPolicy> from) {
        this.initial = initial;
        this.from = from;
    }

    /**
     * A timeline with one policy for every date.
     *
     * @param initial the policy in force before any later change, not null
     * @return the timeline, never null
     */
    public static PolicyTimeline of(QuerPolicy initial) {
        return new PolicyTimeline(Objects.requireNonNull(initial, "initial"), new TreeMap<>());
    }

    /**
     * Returns a timeline in which {@code policy} is in force from {@code start} on (inclusive).
     *
     * @param start  the first day of the new policy, not null
     * @param policy the policy, not null
     * @return a new timeline; this one is unchanged
     */
    public PolicyTimeline from(LocalDate start, QuerPolicy policy) {
        TreeMap<LocalDate, QuerPolicy> copy = new TreeMap<>(from);
        copy.put(Objects.requireNonNull(start, "start"), Objects.requireNonNull(policy, "policy"));
        return new PolicyTimeline(initial, copy);
    }

    /**
     * The policy in force on a date.
     *
     * @param date the business date, not null
     * @return the policy, never null
     */
    public QuerPolicy on(LocalDate date) {
        Map.Entry<LocalDate, QuerPolicy> e = from.floorEntry(Objects.requireNonNull(date, "date"));
        return e == null ? initial : e.getValue();
    }

    /** The policy in force before any change. */
    QuerPolicy initial() {
        return initial;
    }

    /** The changes by start date, unmodifiable. */
    NavigableMap<LocalDate, QuerPolicy> changes() {
        return java.util.Collections.unmodifiableNavigableMap(from);
    }
}
