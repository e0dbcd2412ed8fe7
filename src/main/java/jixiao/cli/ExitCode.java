package jixiao.cli;

/**
 * The process exit codes. The {@code HELP_*} lines document them in every command's {@code --help} footer
 * (annotation values must be compile-time constants, hence one constant a line).
 */
public final class ExitCode {
    /** Every file converted. */
    public static final int OK = 0;
    /** Bad arguments, or no input files found. */
    public static final int USAGE = 1;
    /** Some files failed, others converted. */
    public static final int SOME_FAILED = 2;
    /** No file converted: every file failed, or the output folder could not be written. */
    public static final int ALL_FAILED = 3;

    static final String HELP_HEADING = "%nExit codes:";
    static final String HELP_OK = "  0   every file converted";
    static final String HELP_USAGE = "  1   usage error: bad option or argument, no input files found";
    static final String HELP_SOME = "  2   some files failed (see the FAILED lines), the others converted";
    static final String HELP_ALL = "  3   no file converted: all failed, or the output folder is not writable";

    private ExitCode() {
    }
}
