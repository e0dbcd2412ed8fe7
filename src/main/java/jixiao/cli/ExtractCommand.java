package jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import jixiao.Jixiao;
import jixiao.Options;
import jixiao.batch.BatchOptions;
import jixiao.batch.BatchRunner;
import jixiao.batch.BatchSummary;
import jixiao.review.ReviewOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jixiao extract PATH... -o OUT}: converts files and folders into one output folder. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        sortOptions = false,
        description = {"Convert PDFs and extracted text files into OUT: one OUT/<file name>.json per input "
                + "(budget-targets/1), four CSV tables covering all of them (projects.csv, indicators.csv, "
                + "department_goals.csv, issues.csv) and manifest.csv, one row per input with its status.",
            "Folders are searched recursively for *.pdf, *.txt and *.zip (whose PDF and text entries are read in "
                + "place, named archive.zip!/path/in/zip.pdf); *.json files are never inputs. "
                + "A file that fails is reported and skipped; the others are still converted."},
        footer = {ExitCode.HELP_HEADING, ExitCode.HELP_OK, ExitCode.HELP_USAGE, ExitCode.HELP_SOME,
            ExitCode.HELP_ALL,
            "%nError codes (in FAILED lines):",
            "  NOT_FOUND           no such file",
            "  READ_FAILED         the file or folder cannot be read (permissions)",
            "  NOT_A_PDF           neither a PDF nor plain text (empty, HTML, Word ...)",
            "  DAMAGED_PDF         PDFBox cannot parse the file, or none of its pages",
            "  NO_TEXT_LAYER       no page of the PDF has text (a scan): OCR it first",
            "  PASSWORD_REQUIRED   encrypted PDF: pass --password or --password-file",
            "  TIMEOUT             the file took longer than --timeout",
            "  WRITE_FAILED        the JSON output cannot be written",
            "  OUT_OF_MEMORY       the file needs a larger heap (JAVA_OPTS=-Xmx2g) or fewer --jobs",
            "  INTERNAL_ERROR      a bug in jixiao: please report it with the file",
            "%nExamples:%n  jixiao extract samples -o out/samples",
            "  jixiao extract archive/ -o out/archive --resume --sqlite out/archive.sqlite"},
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class ExtractCommand implements Callable<Integer> {
    /** Minutes for a file that converts in seconds, ample for a 400-page PDF; 0 lifts the limit. */
    static final String DEFAULT_TIMEOUT = "300";

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main parent;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "PDF or text files, or folders (searched recursively).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "Output folder, created if missing. Existing outputs of the same names are replaced.")
    Path output;

    @Option(names = "--excel",
            description = "Start the CSV files with a UTF-8 byte-order mark so that Excel opens them as UTF-8.")
    boolean excel;

    @Mixin
    PasswordOptions passwordOptions = new PasswordOptions();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = DEFAULT_TIMEOUT,
            description = "Time limit per file (default: ${DEFAULT-VALUE}; 0: none). A file that takes longer "
                    + "fails with TIMEOUT and leaves no output; the others go on.")
    double timeout;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files converted at once (default: the number of processors, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume",
            description = "Skip inputs whose content (sha256) already has a complete JSON in OUT; the tables are "
                    + "rebuilt from all the JSON files of this run's inputs.")
    boolean resume;

    @Option(names = "--sqlite", paramLabel = "FILE",
            description = "Also write the four tables (and a documents table) to this SQLite database, replaced "
                    + "whole at the end of the run.")
    Path sqlite;

    @Option(names = "--review",
            description = "Also write OUT/review/index.html: the extracted tables beside the PDF pages (or text "
                    + "lines) they came from, every cell outlined and linked, issues in place (see review --help).")
    boolean review;

    @Option(names = {"-q", "--quiet"},
            description = "No progress bar or status lines; FAILED lines and the summary line are still printed.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(output) && !Files.isDirectory(output)) {
            err.println("error: -o " + output + " is a file; give a folder");
            return ExitCode.USAGE;
        }
        if (jobs < 1) {
            err.println("error: --jobs must be at least 1, got " + jobs);
            return ExitCode.USAGE;
        }
        if (!(timeout >= 0) || Double.isInfinite(timeout)) {
            err.println("error: --timeout must be a number of seconds, 0 or more, got " + timeout);
            return ExitCode.USAGE;
        }
        Optional<List<String>> candidates = passwordOptions.candidates(err);
        if (candidates.isEmpty()) {
            return ExitCode.USAGE;
        }
        List<String> passwords = candidates.get();
        if (sqlite != null && Files.isDirectory(sqlite)) {
            err.println("error: --sqlite " + sqlite + " is a folder; give a file name");
            return ExitCode.USAGE;
        }
        try {
            if (BatchRunner.inputNames(inputs).isEmpty()) {
                err.println("error: no .pdf, .txt or .zip files found in " + inputs);
                return ExitCode.USAGE;
            }
        } catch (IOException e) {
            err.println("error: cannot close an archive: " + e);
            return ExitCode.USAGE;
        }
        // PDFBox's big tables are built on first use: do it on a spare core while the run starts
        Thread warmUp = new Thread(Jixiao::warmUp, "jixiao-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        ProgressPrinter printer = new ProgressPrinter(err, mode());
        Options convert = Options.defaults().withPasswords(passwords).withTimeout(timeLimit(timeout));
        BatchOptions options = BatchOptions.defaults().withConvert(convert)
                .withExcelBom(excel).withJobs(jobs).withResume(resume).withSqlite(sqlite);
        BatchSummary summary;
        try {
            summary = new BatchRunner(output, options, printer).run(inputs);
        } catch (IOException e) {
            printer.done();
            err.println("FAILED " + output + ": cannot write the output folder: " + e);
            return ExitCode.ALL_FAILED;
        }
        printer.done();
        out.println(SummaryLine.format(summary, output));
        int code = exitCode(summary);
        if (review) {
            code = Math.max(code, ReviewCommand.write(output, ReviewOptions.defaults().withPasswords(passwords), out,
                    err));
        }
        return code;
    }

    private ProgressPrinter.Mode mode() {
        if (quiet) {
            return ProgressPrinter.Mode.QUIET;
        }
        return parent != null && parent.terminal() ? ProgressPrinter.Mode.BAR : ProgressPrinter.Mode.LINES;
    }

    /** Seconds as a duration, at least a millisecond unless 0 (no limit: null). */
    static Duration timeLimit(double seconds) {
        return seconds == 0 ? null : Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }

    static int exitCode(BatchSummary s) {
        if (s.failed().isEmpty()) {
            return ExitCode.OK;
        }
        return s.ok() + s.skipped() > 0 ? ExitCode.SOME_FAILED : ExitCode.ALL_FAILED;
    }
}
