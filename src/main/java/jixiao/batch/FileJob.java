package jixiao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jixiao.ConversionResult;
import jixiao.FileHash;
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

    /** Converts {@code in} outside any watchdog (tests, single files). */
    Outcome run(Input in, Path output) {
        return run(in, output, new Attempt(-1));
    }

    /**
     * Converts {@code in} as {@code attempt}: once the batch's watchdog has given up on it, its output is left
     * alone and the outcome returned is dropped by the batch.
     */
    Outcome run(Input in, Path output, Attempt attempt) {
        attempt.start();
        if (in.unpack() == null) {
            return run(in, in.path(), output, attempt, System.nanoTime());
        }
        long start = System.nanoTime();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("jixiao-entry-");
            return run(in, in.unpack().into(folder), output, attempt, start);
        } catch (IOException | RuntimeException e) {
            return failed(in, null, output, new JixiaoException(in.path(), null, "READ_FAILED",
                    "cannot unpack " + in.name() + ": " + e, "check that the .zip file is complete", e), start,
                    attempt);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** Converts {@code in}, read from {@code source} (the input itself, or its unpacked copy). */
    private Outcome run(Input in, Path source, Path output, Attempt attempt, long start) {
        String sha = null;
        try {
            sha = FileHash.sha256(source);
            attempt.sha256(sha);
        } catch (IOException | RuntimeException e) {
            // unreadable or missing: the converter reports it with the proper code (NOT_FOUND, READ_FAILED)
        }
        if (sha != null) {
            Optional<Outcome> reused = reuse(in, sha, output, start, attempt);
            if (reused.isPresent()) {
                return reused.get();
            }
        }
        try {
            Options opts = options.withSourcePath(in.name());
            ConversionResult result = converter.convert(source, sha == null ? opts : opts.withSha256(sha));
            Document d = result.document();
            if (!attempt.claimOutput()) {
                return abandoned(in, sha, start);
            }
            json.write(d, output);
            return new Outcome(in.name(), d.source() == null ? sha : d.source().sha256(), Outcome.Status.OK, null,
                    null, d.source() == null ? null : d.source().pages(), d.projects().size(), d.indicatorCount(),
                    millisSince(start), output);
        } catch (JixiaoException e) {
            return failed(in, sha, output, e, start, attempt);
        } catch (IOException e) {
            return failed(in, sha, output, new JixiaoException(in.path(), null, "WRITE_FAILED",
                    "cannot write " + output + ": " + e,
                    "check that the output folder is writable and the disk is not full", e), start, attempt);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(in, sha, output, new JixiaoException(in.path(), null, "INTERNAL_ERROR",
                    e.getClass().getName() + ": " + e.getMessage(),
                    "this is a bug in jixiao; please report it with the file", e), start, attempt);
        } catch (OutOfMemoryError e) { // the document is dropped with the stack, so the batch can go on
            return failed(in, sha, output, new JixiaoException(in.path(), null, "OUT_OF_MEMORY",
                    "the file needs more memory than the JVM may use (" + e.getMessage() + ")",
                    "raise the heap (JAVA_OPTS=-Xmx2g) or convert fewer files at once (--jobs 1)", null), start,
                    attempt);
        }
    }

    /** Removes an unpacked copy and its folder. */
    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException | RuntimeException e) {
            // a temporary folder left behind is the system's to clean
        }
    }

    /** The result of an input the watchdog gave up on: nothing written, and the batch drops it. */
    private static Outcome abandoned(Input in, String sha, long start) {
        return Outcome.failed(in.name(), sha, new JixiaoException(in.path(), null, "TIMEOUT",
                "finished after the batch had given up on it", null, null), millisSince(start));
    }

    /**
     * An earlier complete JSON of the same content, when resuming: the input's own output if it matches, else any
     * other (a file moved or copied within the archive), written again under this input's name and path.
     */
    private Optional<Outcome> reuse(Input in, String sha, Path output, long start, Attempt attempt) {
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
                if (!attempt.claimOutput()) {
                    return Optional.of(abandoned(in, sha, start));
                }
                try {
                    json.write(d, output);
                } catch (IOException e) {
                    attempt.releaseOutput();
                    continue; // converting it will meet the same problem and report it
                }
                note = "same content as " + candidate.getFileName() + " (" + s.path() + ")";
            }
            return Optional.of(new Outcome(in.name(), sha, Outcome.Status.SKIPPED, null, note, s.pages(),
                    d.projects().size(), d.indicatorCount(), millisSince(start), output));
        }
        return Optional.empty();
    }

    private static Outcome failed(Input in, String sha, Path output, JixiaoException error, long start,
                                  Attempt attempt) {
        if (attempt.claimOutput()) {
            removeOutput(output, error);
        }
        return Outcome.failed(in.name(), sha, error, millisSince(start));
    }

    /** A failed input leaves no JSON: an older one of the same name goes, so the folder matches the tables. */
    static void removeOutput(Path output, JixiaoException error) {
        try {
            Files.deleteIfExists(output);
        } catch (IOException e) {
            error.addSuppressed(e);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
