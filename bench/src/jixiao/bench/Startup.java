package jixiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The start-up part of the benchmark alone (scripts/bench startup): a 25-page PDF merged from samples/dev/pdf,
 * converted by {@code scripts/jixiao} in fresh processes, beside what no one-file run can go below on this machine at
 * this moment: {@code scripts/jixiao version} (the JVM, the CDS archive and the CLI, no conversion) and the PDFBox
 * floor of the same file in a fresh JVM started with the same flags. The machine's parallel capacity is printed
 * first: on a 2-core machine whose second core is busy, wall time is about the CPU time.
 *
 * <pre>java -cp jixiao.jar:CLASSES jixiao.bench.Startup ROOT WORK RUNS</pre>
 */
public final class Startup {
    private Startup() {
    }

    public static void main(String[] args) throws Exception {
        Bench.quiet();
        Path root = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        int runs = Integer.parseInt(args[2]);
        System.out.printf(Locale.ROOT, "jixiao start-up benchmark: Java %s, %d processors, load average %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Bench.loadAverage());
        Report report = new Report(List.of());
        report.capacity("before", Bench.parallelCapacity());
        Path p25 = Pdfs.merged(root.resolve("samples/dev/pdf"), 25, work.resolve("25-pages.pdf"));
        measure(report, root, work, p25, runs);
        report.capacity("after", Bench.parallelCapacity());
        report.startupVerdict();
    }

    /** jixiao.jar on this JVM's class path (scripts/bench puts it first). */
    private static Path jixiaoJar() {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                return Path.of(entry);
            }
        }
        throw new IllegalStateException("no jar on the class path " + System.getProperty("java.class.path"));
    }

    /** The fresh-process lines of the report, the 25-page run last (the one the target is judged on). */
    static void measure(Report report, Path root, Path work, Path p25, int runs) throws Exception {
        Path launcher = root.resolve("scripts/jixiao");
        report.fresh(Children.freshVersion(launcher, work, runs));
        report.fresh(Children.freshFloor(jixiaoJar(), p25, work, runs));
        report.freshProcess(Children.freshProcess(launcher, p25, work, runs));
    }
}
