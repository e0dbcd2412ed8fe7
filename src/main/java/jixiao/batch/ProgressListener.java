package jixiao.batch;

/**
 * Hears about a batch as it runs. All calls come from the thread that called {@link BatchRunner#run}, one at a time,
 * so a listener needs no locking even when files are converted in parallel. Every method defaults to doing nothing.
 */
public interface ProgressListener {
    ProgressListener SILENT = new ProgressListener() {
    };

    /** One input is finished: converted, failed or skipped (see {@link Outcome#status()}), in completion order. */
    default void finished(Progress progress, Outcome outcome) {
    }

    /** About once a second while files are being converted, so that a display can update its clock. */
    default void tick(Progress progress) {
    }
}
