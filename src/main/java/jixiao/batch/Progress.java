package jixiao.batch;

import java.util.OptionalLong;

/**
 * Where a batch stands when an event is reported.
 *
 * @param done      inputs finished so far (converted, failed or skipped)
 * @param total     inputs in the batch
 * @param ok        inputs converted so far
 * @param skipped   inputs skipped so far (already converted, {@code --resume})
 * @param failed    inputs failed so far
 * @param pages     PDF pages converted so far (skipped inputs not counted)
 * @param elapsedMillis time since the batch started
 * @param workDone  bytes of the inputs finished so far, not counting skipped ones
 * @param workTotal bytes of all inputs, less those skipped so far: the work this run has to do
 */
public record Progress(int done, int total, int ok, int skipped, int failed, long pages, long elapsedMillis,
                       long workDone, long workTotal) {
    /** Pages converted per second of wall time; 0 at the start. */
    public double pagesPerSecond() {
        return elapsedMillis <= 0 ? 0 : pages * 1000.0 / elapsedMillis;
    }

    /**
     * The time left, extrapolated from the bytes converted so far (file sizes predict the work better than file
     * counts, since one archive mixes 2-page and 400-page PDFs); empty until something was converted.
     */
    public OptionalLong etaMillis() {
        if (workDone <= 0 || elapsedMillis <= 0) {
            return OptionalLong.empty();
        }
        long left = Math.max(0, workTotal - workDone);
        return OptionalLong.of(Math.round(elapsedMillis * (double) left / workDone));
    }
}
