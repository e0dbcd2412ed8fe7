package jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;

import jixiao.review.ReviewOptions;
import jixiao.review.ReviewSummary;
import jixiao.review.ReviewWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao review OUT}: writes the review report (OUT/review/index.html) of an existing output folder. */
@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        sortOptions = false,
        description = {"Write OUT/review/: index.html (one row per document with its counts and issues) and one page "
                + "per document, where each project's rebuilt indicator table stands beside the PDF pages it came "
                + "from (or the text lines), every extracted cell outlined and linked both ways.",
            "The documents are the JSON files of OUT (those named in OUT/manifest.csv when it exists); their sources "
                + "are found by source.path, relative to the current folder (or --base). Static files: open "
                + "OUT/review/index.html in a browser, no server and no network needed."},
        footer = {"%nExit codes:", "  0   the review was written",
            "  1   usage error: OUT is not a folder, or holds no JSON output",
            "  2   written, but some inputs have no page (failed, or unreadable JSON)",
            "  3   the review could not be written",
            "%nExamples:%n  jixiao review out/samples", "  jixiao extract samples -o out/samples --review"},
        exitCodeOnInvalidInput = ExitCode.USAGE)
public final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT", description = "An output folder written by extract.")
    Path output;

    @Option(names = "--dpi", paramLabel = "N",
            description = "Resolution of the page images (default: ${DEFAULT-VALUE}).")
    float dpi = ReviewOptions.DEFAULT_DPI;

    @Mixin
    PasswordOptions passwordOptions = new PasswordOptions();

    @Option(names = "--base", paramLabel = "DIR",
            description = "Folder that relative source paths are resolved against (default: the current folder).")
    Path base;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(output)) {
            err.println("error: " + output + " is not a folder");
            return ExitCode.USAGE;
        }
        if (!(dpi >= 18 && dpi <= 600)) {
            err.println("error: --dpi must be between 18 and 600, got " + dpi);
            return ExitCode.USAGE;
        }
        if (!hasOutputs(output)) {
            err.println("error: no JSON output in " + output + "; run extract first");
            return ExitCode.USAGE;
        }
        Optional<List<String>> candidates = passwordOptions.candidates(err);
        if (candidates.isEmpty()) {
            return ExitCode.USAGE;
        }
        List<String> passwords = candidates.get();
        ReviewOptions options = ReviewOptions.defaults().withDpi(dpi).withPasswords(passwords)
                .withBase(base == null ? Path.of("") : base);
        return write(output, options, out, err);
    }

    /**
     * Writes the review of {@code output} and prints one summary line (and a note per document whose sources are
     * not shown); returns the exit code. {@code extract --review} calls this after its run.
     */
    public static int write(Path output, ReviewOptions options, PrintWriter out, PrintWriter err) {
        ReviewSummary s;
        try {
            s = ReviewWriter.write(output, options);
        } catch (IOException e) {
            err.println("FAILED " + output + ": cannot write the review: " + e);
            err.flush();
            return ExitCode.ALL_FAILED;
        }
        for (String note : s.notes()) {
            err.println("review: " + note);
        }
        out.println(String.format(Locale.ROOT, "review: %d document%s%s, %d page images, %.1f MB in %s",
                s.documents(), s.documents() == 1 ? "" : "s", s.unreadable() > 0 ? " (" + s.unreadable() + " without a page)" : "", s.pageImages(),
                s.bytes() / 1e6, s.index()));
        out.flush();
        err.flush();
        return s.unreadable() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }

    private static boolean hasOutputs(Path dir) {
        try (var files = Files.newDirectoryStream(dir, "*.{json,csv}")) {
            return files.iterator().hasNext();
        } catch (IOException e) {
            return false; // an unreadable folder: reported as a usage error like a missing one
        }
    }
}
