package jixiao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jixiao version}: prints the jixiao and Java versions. */
@Command(name = "version", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Print the version of jixiao and of the Java runtime.",
        footer = {ExitCode.HELP_HEADING, "  0   always", ExitCode.HELP_USAGE}, exitCodeOnInvalidInput = ExitCode.USAGE)
final class VersionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String line : VersionInfo.lines()) {
            out.println(line);
        }
        out.flush();
        return ExitCode.OK;
    }
}
