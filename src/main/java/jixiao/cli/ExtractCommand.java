package jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jixiao.Options;
import jixiao.batch.BatchRunner;
import jixiao.batch.BatchSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jixiao extract PATH... -o OUT}: converts files and folders into one output folder. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        sortOptions = false,
        description = {"Convert PDFs and extracted text files into OUT: one OUT/<file name>.json per input "
                + "(budget-targets/1) and four CSV tables covering all of them: projects.csv, indicators.csv, "
                + "department_goals.csv, issues.csv.",
            "Folders are searched recursively for *.pdf and *.txt; *.json files are never inputs. "
                + "A file that fails is reported and skipped; the others are still converted."},
        footer = {ExitCode.HELP_HEADING, ExitCode.HELP_OK, ExitCode.HELP_USAGE, ExitCode.HELP_SOME,
            ExitCode.HELP_ALL,
            "%nError codes (in FAILED lines):",
            "  NOT_FOUND           no such file",
            "  READ_FAILED         the file or folder cannot be read (permissions)",
            "  NOT_A_PDF           neither a PDF nor plain text (empty, HTML, Word ...)",
            "  DAMAGED_PDF         PDFBox cannot parse the file or one of its pages",
            "  PASSWORD_REQUIRED   encrypted PDF: pass --password",
            "  WRITE_FAILED        the JSON output cannot be written",
            "  INTERNAL_ERROR      a bug in jixiao: please report it with the file",
            "%nExample:%n  jixiao extract samples -o out/samples"},
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class ExtractCommand implements Callable<Integer> {
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

    @Option(names = "--password", paramLabel = "PW",
            description = "User password for encrypted PDFs (the same for every file).")
    String password;

    @Option(names = {"-q", "--quiet"},
            description = "No per-file progress; FAILED lines and the summary line are still printed.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(output) && !Files.isDirectory(output)) {
            err.println("error: -o " + output + " is a file; give a folder");
            return ExitCode.USAGE;
        }
        if (BatchRunner.inputFiles(inputs).isEmpty()) {
            err.println("error: no .pdf or .txt files found in " + inputs);
            return ExitCode.USAGE;
        }
        ProgressPrinter printer = new ProgressPrinter(err, mode());
        BatchSummary summary;
        try {
            summary = new BatchRunner(output, Options.defaults().withPassword(password), excel, printer)
                    .run(inputs);
        } catch (IOException e) {
            printer.done();
            err.println("FAILED " + output + ": cannot write the output folder: " + e);
            return ExitCode.ALL_FAILED;
        }
        printer.done();
        out.println(SummaryLine.format(summary, output));
        return exitCode(summary);
    }

    private ProgressPrinter.Mode mode() {
        if (quiet) {
            return ProgressPrinter.Mode.QUIET;
        }
        return parent != null && parent.terminal() ? ProgressPrinter.Mode.COUNTER : ProgressPrinter.Mode.LINES;
    }

    static int exitCode(BatchSummary s) {
        if (s.failed().isEmpty()) {
            return ExitCode.OK;
        }
        return s.ok() > 0 ? ExitCode.SOME_FAILED : ExitCode.ALL_FAILED;
    }
}
