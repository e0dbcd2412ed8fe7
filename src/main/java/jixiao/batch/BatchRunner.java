package jixiao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jixiao.ConversionResult;
import jixiao.JixiaoException;
import jixiao.Options;
import jixiao.export.CsvExporter;
import jixiao.export.JsonExporter;
import jixiao.export.OutputNames;
import jixiao.model.Document;

/**
 * Converts many files into one output folder: {@code OUT/<input file name>.json} per converted file (a numeric
 * suffix, {@code name.pdf-2.json}, when two inputs share a name) and, at the end, the four CSV tables covering
 * every converted document. Each file is isolated: a {@link JixiaoException} or any {@link RuntimeException}
 * (reported as INTERNAL_ERROR) fails that file only. A failed file leaves no JSON in the output folder (a stale one
 * from an earlier run is removed), so the folder always matches the CSV tables. Holds no state between runs.
 */
public final class BatchRunner {
    private final Path outputDir;
    private final Options options;
    private final CsvExporter csv;
    private final ProgressListener listener;
    private final Converter converter;
    private final JsonExporter json = new JsonExporter();

    public BatchRunner(Path outputDir, Options options, boolean excelBom, ProgressListener listener) {
        this(outputDir, options, excelBom, listener, Converter.FACADE);
    }

    BatchRunner(Path outputDir, Options options, boolean excelBom, ProgressListener listener, Converter converter) {
        this.outputDir = outputDir;
        this.options = options;
        this.csv = new CsvExporter(excelBom);
        this.listener = listener;
        this.converter = converter;
    }

    /** Files the given inputs expand to (see {@link InputFinder}), without converting anything. */
    public static List<Path> inputFiles(List<Path> inputs) {
        return InputFinder.find(inputs).files();
    }

    /**
     * Runs the batch.
     *
     * @throws IOException when the output folder cannot be created or the CSV tables cannot be written; a file
     *                     that cannot be read or converted is a {@link BatchSummary.Failure} instead
     */
    public BatchSummary run(List<Path> inputs) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(outputDir);
        InputFinder.Found found = InputFinder.find(inputs);
        List<String> names = allocateNames(found.files());
        int total = found.files().size() + found.unreadable().size();
        Tally tally = new Tally(total);
        for (JixiaoException e : found.unreadable()) {
            tally.next(); // a folder that could not be listed: no "started" event, only "failed"
            tally.fail(e.file(), e);
        }
        for (int i = 0; i < found.files().size(); i++) {
            convertOne(found.files().get(i), outputDir.resolve(names.get(i)), tally);
        }
        tally.written.addAll(csv.export(tally.documents, outputDir));
        return new BatchSummary(total, tally.documents.size(), tally.failures, tally.written,
                (System.nanoTime() - start) / 1_000_000);
    }

    private void convertOne(Path file, Path output, Tally tally) {
        listener.started(tally.next(), file);
        ConversionResult result;
        try {
            result = converter.convert(file, options);
            json.write(result.document(), output);
        } catch (JixiaoException e) {
            failed(file, output, e, tally);
            return;
        } catch (IOException e) {
            failed(file, output, new JixiaoException(file, null, "WRITE_FAILED", "cannot write " + output + ": " + e,
                    "check that the output folder is writable and the disk is not full", e), tally);
            return;
        } catch (RuntimeException e) {
            failed(file, output, new JixiaoException(file, null, "INTERNAL_ERROR",
                    e.getClass().getName() + ": " + e.getMessage(),
                    "this is a bug in jixiao; please report it with the file", e), tally);
            return;
        }
        tally.ok(file, result, output); // outside the try: a listener's bug is not the file's failure
    }

    private static void failed(Path file, Path output, JixiaoException error, Tally tally) {
        removeStale(output, error);
        tally.fail(file, error);
    }

    /** An output left by an earlier run would contradict this run's CSV tables. */
    private static void removeStale(Path output, JixiaoException error) {
        try {
            Files.deleteIfExists(output);
        } catch (IOException e) {
            error.addSuppressed(e);
        }
    }

    /** Output names for all files up front, so a file's name never depends on which other files failed. */
    private static List<String> allocateNames(List<Path> files) {
        OutputNames.Allocator allocator = new OutputNames.Allocator();
        List<String> names = new ArrayList<>(files.size());
        for (Path f : files) {
            Path name = f.getFileName();
            names.add(allocator.jsonName(name == null ? f.toString() : name.toString()));
        }
        return names;
    }

    /** The running counts of one {@link #run}; local to it. */
    private final class Tally {
        final int total;
        final List<Document> documents = new ArrayList<>();
        final List<BatchSummary.Failure> failures = new ArrayList<>();
        final List<Path> written = new ArrayList<>();
        int index;

        Tally(int total) {
            this.total = total;
        }

        Progress next() {
            index++;
            return progress();
        }

        void ok(Path file, ConversionResult result, Path output) {
            documents.add(result.document());
            written.add(output);
            listener.finished(progress(), file, result, output);
        }

        void fail(Path file, JixiaoException e) {
            failures.add(new BatchSummary.Failure(file, e.code(), e.describe()));
            listener.failed(progress(), file, e);
        }

        private Progress progress() {
            return new Progress(index, total, documents.size(), failures.size());
        }
    }
}
