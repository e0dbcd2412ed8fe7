package jixiao.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a batch.
 *
 * @param total   files attempted (including unreadable folders found while walking)
 * @param ok      files converted and written
 * @param failed  the files that failed, in order
 * @param written every output file written: one JSON per converted file, then the four CSV tables
 * @param millis  wall time of the whole batch
 */
public record BatchSummary(int total, int ok, List<Failure> failed, List<Path> written, long millis) {
    public BatchSummary {
        failed = List.copyOf(failed);
        written = List.copyOf(written);
    }

    /** One failed file: its path, the stable error code and {@code JixiaoException.describe()}. */
    public record Failure(Path file, String code, String description) {
    }
}
