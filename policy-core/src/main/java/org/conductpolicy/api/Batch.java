package org.conductpolicy.api;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * How {@link PolicyEngine#decideAll} spreads a batch over the cores: a pool of one thread per processor
 * decides the cases, while the calling thread takes the next case from the input and hands each result,
 * in input order, to the consumer. At most {@link #IN_FLIGHT_PER_THREAD} cases per thread are read ahead
 * of the last result delivered, so memory stays bounded however long the input is.
 */
final class Batch {
    /** Cases read ahead per deciding thread: enough to keep the threads busy while one case runs long. */
    static final int IN_FLIGHT_PER_THREAD = 16;

    private Batch() {}

    static void decideAll(
            PolicyEngine engine, Iterator<? extends Case> cases, Consumer<? super BatchResult> results, int threads) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(results, "results");
        if (threads < 1) {
            throw new IllegalArgumentException("a batch needs at least one thread, not " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, new DaemonThreads());
        ArrayDeque<Future<BatchResult>> inFlight = new ArrayDeque<>();
        int window = threads * IN_FLIGHT_PER_THREAD;
        try {
            long index = 0;
            while (cases.hasNext()) {
                if (inFlight.size() == window) {
                    results.accept(next(inFlight));
                }
                Case aCase = Objects.requireNonNull(cases.next(), "a batch's case");
                long at = index++;
                inFlight.add(pool.submit(() -> decideOne(engine, at, aCase)));
            }
            while (!inFlight.isEmpty()) {
                results.accept(next(inFlight));
            }
        } finally {
            inFlight.forEach(pending -> pending.cancel(true));
            pool.shutdownNow();
        }
    }

    /** One case's result: its decision, or the {@link PolicyException} that says why it has none. */
    static BatchResult decideOne(PolicyEngine engine, long index, Case aCase) {
        try {
            return BatchResult.decided(index, engine.decide(aCase.asOf(), aCase.facts()));
        } catch (PolicyException invalid) {
            return BatchResult.failed(index, invalid);
        }
    }

    /** The oldest case's result, once decided; anything but a {@link PolicyException} stops the batch. */
    private static BatchResult next(ArrayDeque<Future<BatchResult>> inFlight) {
        try {
            return inFlight.remove().get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the batch was interrupted");
        } catch (ExecutionException broken) {
            if (broken.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            if (broken.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(broken.getCause());
        }
    }

    /** Deciding threads that never keep the JVM alive and say what they are in a thread dump. */
    private static final class DaemonThreads implements java.util.concurrent.ThreadFactory {
        private static final AtomicInteger BATCHES = new AtomicInteger();
        private final int batch = BATCHES.incrementAndGet();
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "policy-batch-" + batch + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
