package jixiao.batch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jixiao.JixiaoException;
import jixiao.export.AtomicFiles;
import jixiao.export.CsvExporter;
import jixiao.export.OutputNames;

/**
 * Converts many files into one output folder, in parallel: {@code OUT/<input file name>.json} per converted file (a
 * numeric suffix, {@code name.pdf-2.json}, when two inputs share a name), then, built from those JSON files in input
 * order, the four CSV tables (and the SQLite database, if asked for) and {@code OUT/manifest.csv}, one row per input.
 *
 * <p>Each file is isolated ({@link FileJob}): a failure fails that file only, and a file stuck past the time limit
 * of {@link BatchOptions#convert()} is given up on as {@code TIMEOUT} while the others go on ({@link WorkerPool}).
 * Files are converted by {@link BatchOptions#jobs()} worker threads, largest first, so that a big file does not run
 * alone at the end; memory holds at most one document per worker, since each JSON is written as soon as its file is
 * converted and the tables are streamed from the JSON files at the end. Every file is written under a temporary
 * name and renamed, so a run that is killed leaves complete files only; with {@link BatchOptions#resume()} the next
 * run skips the inputs whose JSON is complete and rebuilds the same tables. The output folder is locked for the run
 * ({@link OutputLock}). Holds no state between runs.
 */
public final class BatchRunner {
    /** The manifest's columns: one row per input. */
    public static final List<String> MANIFEST_COLUMNS = List.of("path", "sha256", "status", "error_code", "message",
            "pages", "projects", "indicators", "millis", "output");
    public static final String MANIFEST = "manifest.csv";
    private static final long TICK_MILLIS = 500;

    private final Path outputDir;
    private final BatchOptions options;
    private final ProgressListener listener;
    private final Converter converter;

    public BatchRunner(Path outputDir, BatchOptions options, ProgressListener listener) {
        this(outputDir, options, listener, Converter.FACADE);
    }

    BatchRunner(Path outputDir, BatchOptions options, ProgressListener listener, Converter converter) {
        this.outputDir = outputDir;
        this.options = options;
        this.listener = listener;
        this.converter = converter;
    }

    /** The inputs the given paths expand to (see {@link InputFinder}), as named in the manifest; nothing converted. */
    public static List<String> inputNames(List<Path> inputs) throws IOException {
        try (Archives archives = new Archives()) {
            return InputFinder.find(inputs, archives).files().stream().map(Input::name).toList();
        }
    }

    /**
     * Runs the batch.
     *
     * @throws IOException when the output folder cannot be created or locked, or the tables or the manifest cannot
     *                     be written; a file that cannot be read or converted is a failed {@link Outcome} instead
     */
    public BatchSummary run(List<Path> inputs) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(outputDir);
        try (OutputLock lock = OutputLock.acquire(outputDir); Archives archives = new Archives()) {
            AtomicFiles.removeStale(outputDir); // left by a run that was killed; the lock says none is running
            InputFinder.Found found = InputFinder.find(inputs, archives);
            List<Input> files = found.files();
            List<Path> outputs = allocateOutputs(files);
            ResumeIndex resume = options.resume() ? ResumeIndex.scan(outputDir) : ResumeIndex.EMPTY;
            int unreadable = found.unreadable().size();
            Outcome[] outcomes = new Outcome[unreadable + files.size()];
            Tally tally = new Tally(outcomes.length, files.stream().mapToLong(Input::size).sum(), start);
            for (int i = 0; i < unreadable; i++) { // a folder or archive that could not be read
                JixiaoException e = found.unreadable().get(i);
                outcomes[i] = Outcome.failed(String.valueOf(e.file()), null, e, 0);
                listener.finished(tally.add(outcomes[i], 0), outcomes[i]);
            }
            convertAll(files, outputs, new FileJob(converter, options.convert(), resume), outcomes, unreadable,
                    tally);
            List<Path> written = new ArrayList<>();
            for (Outcome o : outcomes) {
                if (o.output() != null) {
                    written.add(o.output());
                }
            }
            CsvExporter csv = new CsvExporter(options.excelBom());
            written.addAll(Dataset.rebuild(outcomes, csv, outputDir, options.sqlite()));
            Path manifest = outputDir.resolve(MANIFEST);
            csv.writeFile(manifest, MANIFEST_COLUMNS, Arrays.stream(outcomes).map(BatchRunner::manifestRow).toList());
            written.add(manifest);
            return new BatchSummary(List.of(outcomes), written, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * Runs the files on the worker pool, largest first, and reports each outcome, on this thread, as it arrives; a
     * file stuck past the time limit is given up on as {@code TIMEOUT} ({@link WorkerPool}).
     */
    private void convertAll(List<Input> files, List<Path> outputs, FileJob job, Outcome[] outcomes, int offset,
                            Tally tally) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        Duration limit = options.convert().limited() ? options.convert().timeout() : null;
        try (WorkerPool pool = new WorkerPool(Math.min(options.jobs(), files.size()), limit)) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingLong((Integer i) -> files.get(i).size()).reversed()); // stable for ties
            for (int i : order) {
                pool.submit(i, attempt -> job.run(files.get(i), outputs.get(i), attempt));
            }
            for (int left = files.size(); left > 0; ) {
                WorkerPool.Finished f = pool.next(TICK_MILLIS,
                        (i, attempt) -> abandon(files.get(i), outputs.get(i), attempt, limit));
                if (f == null) {
                    listener.tick(tally.progress());
                    continue;
                }
                left--;
                outcomes[offset + f.index()] = f.outcome();
                listener.finished(tally.add(f.outcome(), files.get(f.index()).size()), f.outcome());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while converting");
        }
    }

    /** The outcome of a file given up on: TIMEOUT, and no JSON (its worker no longer touches it). */
    private static Outcome abandon(Input in, Path output, Attempt a, Duration limit) {
        JixiaoException e = JixiaoException.timeout(in.path(), null, limit);
        FileJob.removeOutput(output, e);
        return Outcome.failed(in.name(), a.sha256(), e, a.millisRunning());
    }

    /** Output names for all files up front, so a file's name never depends on which other files failed. */
    private List<Path> allocateOutputs(List<Input> files) {
        OutputNames.Allocator allocator = new OutputNames.Allocator();
        List<Path> names = new ArrayList<>(files.size());
        for (Input f : files) {
            names.add(outputDir.resolve(allocator.jsonName(f.fileName())));
        }
        return names;
    }

    private static List<Object> manifestRow(Outcome o) {
        return Arrays.asList(o.path(), o.sha256(), o.status().label(), o.errorCode(), o.manifestMessage(),
                o.pages(), o.status() == Outcome.Status.FAILED ? null : o.projects(),
                o.status() == Outcome.Status.FAILED ? null : o.indicators(), o.millis(),
                o.output() == null ? null : String.valueOf(o.output().getFileName()));
    }

    /** The running counts of one {@link #run}; touched by the batch's thread only. */
    private static final class Tally {
        final int total;
        final long start;
        long workTotal;
        long workDone;
        int done;
        int ok;
        int skipped;
        int failed;
        long pages;

        Tally(int total, long workTotal, long start) {
            this.total = total;
            this.workTotal = workTotal;
            this.start = start;
        }

        Progress add(Outcome o, long size) {
            done++;
            switch (o.status()) {
                case OK -> {
                    ok++;
                    pages += o.pages() == null ? 0 : o.pages();
                    workDone += size;
                }
                case SKIPPED -> {
                    skipped++;
                    workTotal -= size;
                }
                case FAILED -> {
                    failed++;
                    workDone += size;
                }
            }
            return progress();
        }

        Progress progress() {
            return new Progress(done, total, ok, skipped, failed, pages, (System.nanoTime() - start) / 1_000_000,
                    workDone, workTotal);
        }
    }
}
