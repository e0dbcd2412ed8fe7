package jixiao.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker threads of one batch, and its watchdog. Inputs are converted on the workers in the order submitted;
 * {@link #next} hands their outcomes, one at a time, to the batch's thread. With a time limit, an input still running
 * {@link #grace(Duration) well past it} (stuck in code that never checks the limit, such as PDFBox parsing a
 * pathological cross-reference table) is given up on: its outcome is made by the batch's thread, its worker is
 * interrupted and, since it may not listen, a new thread takes its place so that the other inputs go on; whatever the
 * stuck worker returns later is dropped ({@link Attempt} keeps it from touching the output meanwhile).
 */
final class WorkerPool implements AutoCloseable {
    /** An input's outcome, with its index in the batch. */
    record Finished(int index, Outcome outcome) {
    }

    /** Converts one input as the given attempt. */
    @FunctionalInterface
    interface Task {
        Outcome run(Attempt attempt);
    }

    /** Makes the outcome of an input the watchdog gave up on. */
    @FunctionalInterface
    interface GiveUp {
        Outcome outcome(int index, Attempt attempt);
    }

    private final ThreadPoolExecutor pool;
    private final CompletionService<Finished> done;
    private final Duration limit;
    private final Set<Attempt> running = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Future<Finished>> futures = new HashMap<>();
    private final Set<Integer> reported = ConcurrentHashMap.newKeySet();

    /** {@code limit}: null for none (no watchdog). */
    WorkerPool(int threads, Duration limit) {
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                daemons());
        this.done = new ExecutorCompletionService<>(pool);
        this.limit = limit;
    }

    /**
     * How long the watchdog waits before giving up on an input: the limit, which the conversion itself checks between
     * pages, plus a tenth of it and a second, so that a conversion that checks in time reports its own TIMEOUT (with
     * the page).
     */
    static Duration grace(Duration limit) {
        return limit.plus(limit.dividedBy(10)).plusSeconds(1);
    }

    void submit(int index, Task task) {
        Attempt attempt = new Attempt(index);
        futures.put(index, done.submit(() -> {
            running.add(attempt);
            try {
                return new Finished(index, task.run(attempt));
            } finally {
                running.remove(attempt);
            }
        }));
    }

    /**
     * The next outcome: of an input that finished, or of one given up on (made by {@code giveUp}); null when
     * neither came within {@code tickMillis}. Each input's outcome is handed out once.
     */
    Finished next(long tickMillis, GiveUp giveUp) throws InterruptedException {
        Future<Finished> f = done.poll(tickMillis, TimeUnit.MILLISECONDS);
        if (f != null && !f.isCancelled()) {
            Finished finished = result(f);
            if (reported.add(finished.index())) {
                return finished;
            }
        }
        if (limit == null) {
            return null;
        }
        for (Attempt a : new ArrayList<>(running)) {
            if (a.abandonIfOver(grace(limit).toNanos()) && reported.add(a.index())) {
                running.remove(a);
                futures.get(a.index()).cancel(true); // interrupt it, in case it listens
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1); // a thread in its place
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                return new Finished(a.index(), giveUp.outcome(a.index(), a));
            }
        }
        return null;
    }

    private static Finished result(Future<Finished> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) { // FileJob catches everything a file can cause; this is a JVM error
            throw new IllegalStateException("a worker died: " + e.getCause(), e.getCause());
        }
    }

    /** Stops the workers; a stuck one is interrupted and, being a daemon, never keeps the JVM alive. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "jixiao-worker-" + n.incrementAndGet());
            t.setDaemon(true); // never keeps the JVM alive after the batch's thread gave up
            return t;
        };
    }
}
