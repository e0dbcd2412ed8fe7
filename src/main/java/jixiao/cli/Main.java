package jixiao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jixiao}: the top command. It only registers the subcommands; run without one, it prints the usage. */
@Command(name = "jixiao", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        subcommands = {ExtractCommand.class, ReviewCommand.class, VersionCommand.class},
        description = {"Convert Chinese budget performance-target documents (绩效目标表, PDF or extracted text) "
                + "into JSON and CSV following the budget-targets/1 contract."},
        footer = {"%nRun 'jixiao extract --help' for the options of extract and the error codes.",
            ExitCode.HELP_HEADING, ExitCode.HELP_OK, ExitCode.HELP_USAGE, ExitCode.HELP_SOME, ExitCode.HELP_ALL},
        exitCodeOnInvalidInput = ExitCode.USAGE)
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final boolean terminal;

    /**
     * Progress as a bar redrawn in place when stderr is a terminal, plain status lines otherwise. Java cannot ask
     * whether stderr is a terminal, so the launcher tells it ({@code -Djixiao.stderr.tty=true|false}, from
     * {@code [ -t 2 ]}); without that, a console (stdin and stdout are terminals) is taken as the answer.
     */
    public Main() {
        this(stderrIsTerminal());
    }

    private static boolean stderrIsTerminal() {
        String told = System.getProperty("jixiao.stderr.tty");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    Main(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether progress may redraw one line (stderr is an interactive terminal). */
    boolean terminal() {
        return terminal;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    public static void main(String[] args) {
        LibraryLogging.quiet();
        System.exit(new CommandLine(new Main()).execute(args));
    }

    /** Runs the CLI in-process with the given writers and no terminal (plain progress lines): for tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        int code = new CommandLine(new Main(false)).setOut(out).setErr(err).execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
