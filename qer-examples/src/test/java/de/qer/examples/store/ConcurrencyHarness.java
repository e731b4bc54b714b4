package de.qer.examples.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * The concurrency check of the store, for any codec and case logic: {@code threads} threads send
 * {@code operations} commands to the same cases at once (so their appends conflict), through a
 * {@link CommandHandler}; then every case in the store is compared with what the handlers reported.
 *
 * <p>Checked: each case's sequence numbers are 1..n without gap or duplicate; the accepted commands'
 * sequence ranges tile 1..n exactly (no lost, duplicated or phantom event); the stored events at each
 * accepted range decode to exactly the accepted events; the replay of each case equals the state the
 * handler reported after the case's last accepted command. Any exception of a handler fails the run.
 *
 * @param <S> the state of a case
 * @param <C> the commands
 * @param <E> the events
 * @param <R> the rejection of a command
 */
final class ConcurrencyHarness<S, C, E, R> {

    /** What a run did. */
    record Report(int operations, int accepted, int rejected, int gaveUp, int conflicts, long events, Duration elapsed) {
        @Override
        public String toString() {
            return operations + " commands (" + accepted + " accepted, " + rejected + " rejected, " + gaveUp + " gave up; "
                    + conflicts + " conflicts retried), " + events + " events, " + elapsed.toMillis() + " ms";
        }
    }

    private final EventStore store;
    private final EventCodec<E> codec;
    private final CaseLogic<S, C, E, R> logic;
    private final int maxAttempts;

    ConcurrencyHarness(EventStore store, EventCodec<E> codec, CaseLogic<S, C, E, R> logic, int maxAttempts) {
        this.store = store;
        this.codec = codec;
        this.logic = logic;
        this.maxAttempts = maxAttempts;
    }

    /**
     * Runs the commands and checks the store.
     *
     * @param cases      the case ids the threads share
     * @param threads    the number of threads
     * @param operations the number of commands in all
     * @param seed       the seed of the threads' random choices
     * @param commands   a command for a case (the random source is the thread's own)
     * @return what the run did
     * @throws AssertionError if the store lost, duplicated or reordered an event
     */
    Report run(List<String> cases, int threads, int operations, long seed,
            BiFunction<SplittableRandom, String, C> commands) throws Exception {
        CommandHandler<S, C, E, R> handler = new CommandHandler<>(store, codec, logic, maxAttempts);
        ConcurrentLinkedQueue<HandleResult<S, E, R>> results = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long began;
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                SplittableRandom random = new SplittableRandom(seed + t);
                workers.add(pool.submit(() -> {
                    start.await();
                    while (next.getAndIncrement() < operations) {
                        // one command in eight goes to a tenth of the cases: conflicts are certain
                        int bound = random.nextInt(8) == 0 ? Math.max(1, cases.size() / 10) : cases.size();
                        String caseId = cases.get(random.nextInt(bound));
                        results.add(handler.handle(caseId, commands.apply(random, caseId)));
                    }
                    return null;
                }));
            }
            began = System.nanoTime();
            start.countDown();
            for (Future<?> w : workers) {
                w.get(); // rethrows a handler's exception
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - began);

        int accepted = 0;
        int rejected = 0;
        int gaveUp = 0;
        int conflicts = 0;
        Map<String, List<HandleResult.Accepted<S, E, R>>> byCase = new HashMap<>();
        for (HandleResult<S, E, R> r : results) {
            conflicts += r instanceof HandleResult.GaveUp ? r.attempts() : r.attempts() - 1;
            if (r instanceof HandleResult.Accepted<S, E, R> a) {
                accepted++;
                byCase.computeIfAbsent(a.caseId(), k -> new ArrayList<>()).add(a);
            } else if (r instanceof HandleResult.Rejected) {
                rejected++;
            } else {
                gaveUp++;
            }
        }
        check(results.size() == operations, "results: " + results.size() + " of " + operations);
        long events = 0;
        for (String caseId : cases) {
            events += verify(caseId, byCase.getOrDefault(caseId, List.of()));
        }
        return new Report(operations, accepted, rejected, gaveUp, conflicts, events, elapsed);
    }

    /** Checks one case; returns its number of events. */
    private long verify(String caseId, List<HandleResult.Accepted<S, E, R>> accepted) {
        List<StoredEvent> rows = store.load(caseId);
        for (int i = 0; i < rows.size(); i++) {
            check(rows.get(i).seq() == i + 1, caseId + ": row " + i + " has sequence number " + rows.get(i).seq());
        }
        BitSet claimed = new BitSet();
        HandleResult.Accepted<S, E, R> last = null;
        for (HandleResult.Accepted<S, E, R> a : accepted) {
            check(a.lastSequence() <= rows.size(), caseId + ": accepted up to " + a.lastSequence() + ", stored " + rows.size());
            for (long seq = a.firstSequence(); seq <= a.lastSequence(); seq++) {
                check(!claimed.get((int) seq), caseId + ": sequence number " + seq + " accepted twice");
                claimed.set((int) seq);
                E stored = EventCodec.decodeRow(codec, rows.get((int) seq - 1));
                E reported = a.events().get((int) (seq - a.firstSequence()));
                check(Objects.equals(stored, reported), caseId + ": event #" + seq + " is not the accepted one");
            }
            if (last == null || a.lastSequence() > last.lastSequence()) {
                last = a;
            }
        }
        check(claimed.cardinality() == rows.size() && (rows.isEmpty() || claimed.nextClearBit(1) == rows.size() + 1),
                caseId + ": " + rows.size() + " stored events, " + claimed.cardinality() + " accepted");
        S replayed = new CommandHandler<>(store, codec, logic, 1).replay(caseId).state();
        check(Objects.equals(replayed, last == null ? logic.initialState() : last.state()),
                caseId + ": the replay differs from the state after the last accepted command");
        return rows.size();
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
