package jixiao.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a batch.
 *
 * @param outcomes one per input (and per folder or archive that could not be read), in input order: the manifest
 * @param written  every output file written: one JSON per converted or skipped input, the four CSV tables, the
 *                 SQLite database if asked for, and the manifest
 * @param millis   wall time of the whole batch
 */
public record BatchSummary(List<Outcome> outcomes, List<Path> written, long millis) {
    public BatchSummary {
        outcomes = List.copyOf(outcomes);
        written = List.copyOf(written);
    }

    public int total() {
        return outcomes.size();
    }

    /** Inputs converted in this run. */
    public int ok() {
        return count(Outcome.Status.OK);
    }

    /** Inputs skipped because their JSON was already complete ({@code --resume}). */
    public int skipped() {
        return count(Outcome.Status.SKIPPED);
    }

    /** The failed inputs, in input order. */
    public List<Outcome> failed() {
        return outcomes.stream().filter(o -> o.status() == Outcome.Status.FAILED).toList();
    }

    private int count(Outcome.Status s) {
        return (int) outcomes.stream().filter(o -> o.status() == s).count();
    }
}
