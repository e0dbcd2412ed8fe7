/**
 * Owns the command line: picocli commands ({@link jixiao.cli.Main}, {@link jixiao.cli.ExtractCommand},
 * {@link jixiao.cli.VersionCommand}), one per class, the exit codes ({@link jixiao.cli.ExitCode}), {@code --help}
 * and the progress printing. It only parses arguments and reports: the work is done by {@code jixiao.batch} and the
 * facade. The only package that imports picocli; nothing imports it.
 */
package jixiao.cli;
