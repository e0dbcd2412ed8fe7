package jixiao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jixiao.ConversionResult;
import jixiao.JixiaoException;
import jixiao.Options;
import jixiao.export.JsonExporter;
import jixiao.model.Document;
import jixiao.model.Source;

/**
 * Turns one input into its JSON, on a worker thread: hash it, reuse an earlier JSON of the same content when
 * resuming, otherwise convert it and write the JSON atomically. Never throws: every failure of the file, including
 * a bug ({@code INTERNAL_ERROR}) and running out of memory on it ({@code OUT_OF_MEMORY}), becomes its
 * {@link Outcome}, and a failed file leaves no JSON (a stale one from an earlier run is removed, so the output folder
 * always matches the tables). Immutable; one instance serves all workers.
 */
final class FileJob {
    private final Converter converter;
    private final Options options;
    private final ResumeIndex resume;
    private final JsonExporter json = new JsonExporter();

    FileJob(Converter converter, Options options, ResumeIndex resume) {
        this.converter = converter;
        this.options = options;
        this.resume = resume;
    }

    Outcome run(Input in, Path output) {
        long start = System.nanoTime();
        String sha = null;
        try {
            sha = Hashes.sha256(in.path());
        } catch (IOException | RuntimeException e) {
            // unreadable or missing: the converter reports it with the proper code (NOT_FOUND, READ_FAILED)
        }
        if (sha != null) {
            Optional<Outcome> reused = reuse(in, sha, output, start);
            if (reused.isPresent()) {
                return reused.get();
            }
        }
        try {
            ConversionResult result = converter.convert(in.path(), options.withSourcePath(in.name()));
            Document d = result.document();
            json.write(d, output);
            return new Outcome(in.name(), d.source() == null ? sha : d.source().sha256(), Outcome.Status.OK, null,
                    null, d.source() == null ? null : d.source().pages(), d.projects().size(), d.indicatorCount(),
                    millisSince(start), output);
        } catch (JixiaoException e) {
            return failed(in, sha, output, e, start);
        } catch (IOException e) {
            return failed(in, sha, output, new JixiaoException(in.path(), null, "WRITE_FAILED",
                    "cannot write " + output + ": " + e,
                    "check that the output folder is writable and the disk is not full", e), start);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(in, sha, output, new JixiaoException(in.path(), null, "INTERNAL_ERROR",
                    e.getClass().getName() + ": " + e.getMessage(),
                    "this is a bug in jixiao; please report it with the file", e), start);
        } catch (OutOfMemoryError e) { // the document is dropped with the stack, so the batch can go on
            return failed(in, sha, output, new JixiaoException(in.path(), null, "OUT_OF_MEMORY",
                    "the file needs more memory than the JVM may use (" + e.getMessage() + ")",
                    "raise the heap (JAVA_OPTS=-Xmx2g) or convert fewer files at once (--jobs 1)", null), start);
        }
    }

    /**
     * An earlier complete JSON of the same content, when resuming: the input's own output if it matches, else any
     * other (a file moved or copied within the archive), written again under this input's name and path.
     */
    private Optional<Outcome> reuse(Input in, String sha, Path output, long start) {
        for (Path candidate : resume.candidates(sha, output)) {
            Document d;
            try {
                d = JsonExporter.read(candidate); // whole: a JSON that does not parse is not complete
            } catch (IOException | RuntimeException e) {
                continue;
            }
            Source s = d.source();
            if (!Document.SCHEMA.equals(d.schema()) || s == null || !sha.equals(s.sha256())) {
                continue;
            }
            String note = "already converted: " + output.getFileName();
            if (!candidate.equals(output) || !in.name().equals(s.path())) {
                d = new Document(d.schema(), new Source(in.name(), s.sha256(), s.format(), s.pages()), d.document(),
                        d.departmentGoals(), d.projects(), d.issues());
                try {
                    json.write(d, output);
                } catch (IOException e) {
                    continue; // converting it will meet the same problem and report it
                }
                note = "same content as " + candidate.getFileName() + " (" + s.path() + ")";
            }
            return Optional.of(new Outcome(in.name(), sha, Outcome.Status.SKIPPED, null, note, s.pages(),
                    d.projects().size(), d.indicatorCount(), millisSince(start), output));
        }
        return Optional.empty();
    }

    private static Outcome failed(Input in, String sha, Path output, JixiaoException error, long start) {
        try {
            Files.deleteIfExists(output);
        } catch (IOException e) {
            error.addSuppressed(e);
        }
        return Outcome.failed(in.name(), sha, error, millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
