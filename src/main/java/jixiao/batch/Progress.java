package jixiao.batch;

/**
 * Where a batch stands when an event is reported.
 *
 * @param index  1-based position of the file the event is about
 * @param total  number of files in the batch
 * @param ok     files converted so far (including this one, on {@code finished})
 * @param failed files failed so far (including this one, on {@code failed})
 */
public record Progress(int index, int total, int ok, int failed) {
}
