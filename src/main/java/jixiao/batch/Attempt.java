package jixiao.batch;

import java.util.concurrent.atomic.AtomicReference;

/**
 * One input's turn on a worker, shared by the worker ({@link FileJob}) and the batch's watchdog
 * ({@link BatchRunner}). The watchdog gives up on an input that runs past its limit; from then on the worker, which
 * may still be stuck in code that cannot be interrupted, must not touch the output: it asks
 * {@link #claimOutput()} before writing or deleting it, and a worker that is writing is never given up on.
 */
final class Attempt {
    private enum State { WAITING, RUNNING, WRITING, ABANDONED }

    private final int index;
    private final AtomicReference<State> state = new AtomicReference<>(State.WAITING);
    private volatile long startNanos;
    private volatile String sha256;

    Attempt(int index) {
        this.index = index;
    }

    /** The input's position in the batch's file list. */
    int index() {
        return index;
    }

    /** The worker starts on the input. */
    void start() {
        startNanos = System.nanoTime();
        state.compareAndSet(State.WAITING, State.RUNNING);
    }

    /** The input's hash, once the worker has it (for the watchdog's manifest row). */
    void sha256(String sha) {
        sha256 = sha;
    }

    String sha256() {
        return sha256;
    }

    /** Before the worker writes or deletes the output: false when the input was given up on. */
    boolean claimOutput() {
        return state.compareAndSet(State.RUNNING, State.WRITING) || state.get() == State.WRITING;
    }

    /** After a write that failed, when the worker goes on converting: the watchdog may give up on it again. */
    void releaseOutput() {
        state.compareAndSet(State.WRITING, State.RUNNING);
    }

    /** Gives up on the input if it has been running (not writing) for longer than {@code limitNanos}. */
    boolean abandonIfOver(long limitNanos) {
        return state.get() == State.RUNNING && System.nanoTime() - startNanos > limitNanos
                && state.compareAndSet(State.RUNNING, State.ABANDONED);
    }

    long millisRunning() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
