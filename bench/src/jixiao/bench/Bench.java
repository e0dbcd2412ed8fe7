package jixiao.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import jixiao.Jixiao;
import jixiao.JixiaoException;
import jixiao.Options;
import jixiao.batch.BatchOptions;
import jixiao.batch.BatchRunner;
import jixiao.batch.BatchSummary;
import jixiao.batch.ProgressListener;

/**
 * The benchmark of scripts/bench (a plain harness, not JMH: every figure is a whole-corpus wall time, long enough that
 * timer resolution does not matter, taken as the median of interleaved rounds after warm-up rounds).
 *
 * <p>Per file set, in milliseconds per page: (a) the PDFBox floor, {@code Loader.loadPDF} plus {@code PDFTextStripper}
 * over every page in this JVM; (b) {@code Jixiao.convert} file after file on one thread, and the batch (JSON, CSV
 * tables, manifest) with {@code --jobs 1}; (c) the batch with {@code --jobs 2}; (d) tabula-java 1.0.5 lattice mode in
 * its own JVM ({@code TabulaBench}). Then a 25-page PDF converted by {@code scripts/jixiao} in fresh processes (JVM
 * start included) beside {@code scripts/jixiao version} and the PDFBox floor of that PDF in fresh JVMs
 * ({@link Startup}), and a 400-page PDF with {@code JAVA_OPTS=-Xmx256m}: its wall time, peak heap (from the GC log)
 * and peak resident memory (VmHWM). Both PDFs are merged from samples/dev/pdf here, never committed.
 *
 * <pre>java -cp jixiao.jar:CLASSES jixiao.bench.Bench ROOT WORK TABULA_CP WARMUP ROUNDS NAME=DIR ...</pre>
 */
public final class Bench {
    private static final Logger[] QUIET = {Logger.getLogger("org.apache.pdfbox"),
        Logger.getLogger("org.apache.fontbox")};

    /** One file set and its page count. */
    record FileSet(String name, List<Path> files, int pages) {
    }

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        quiet();
        Path root = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        String tabulaClasspath = args[2];
        int warmup = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        List<FileSet> sets = new ArrayList<>();
        for (String a : Arrays.asList(args).subList(5, args.length)) {
            String[] nameDir = a.split("=", 2);
            List<Path> pdfs = pdfs(Path.of(nameDir[1]));
            if (!pdfs.isEmpty()) {
                sets.add(new FileSet(nameDir[0], pdfs, pages(pdfs)));
            }
        }
        Report report = new Report(sets);
        report.header(warmup, rounds);
        report.capacity("before", parallelCapacity());

        Map<String, long[][]> wall = new LinkedHashMap<>(); // measure → [set][round], ms
        Map<String, long[][]> cpu = new LinkedHashMap<>(); // measure → [set][round], ms of this process's CPU
        for (String m : Report.IN_JVM) {
            wall.put(m, new long[sets.size()][rounds]);
            cpu.put(m, new long[sets.size()][rounds]);
        }
        for (int r = 0; r < warmup + rounds; r++) {
            System.err.printf(Locale.ROOT, "round %d/%d%s, load average %s%n", r + 1, warmup + rounds,
                    r < warmup ? " (warm-up)" : "", loadAverage());
            for (int s = 0; s < sets.size(); s++) {
                FileSet set = sets.get(s);
                for (String m : Report.IN_JVM) {
                    long cpuStart = processCpuNanos();
                    long start = System.nanoTime();
                    switch (m) {
                        case "floor" -> floor(set);
                        case "convert" -> convertEach(set);
                        case "jobs1" -> batch(set, 1, work);
                        case "jobs2" -> batch(set, 2, work);
                        default -> throw new IllegalStateException(m);
                    }
                    if (r >= warmup) {
                        wall.get(m)[s][r - warmup] = millisSince(start);
                        cpu.get(m)[s][r - warmup] = (processCpuNanos() - cpuStart) / 1_000_000;
                    }
                }
            }
        }
        report.inJvm(wall, cpu);
        report.capacity("after", parallelCapacity());
        report.tabula(Children.tabula(tabulaClasspath, warmup, rounds, sets));

        Path launcher = root.resolve("scripts/jixiao");
        Path p25 = Pdfs.merged(root.resolve("samples/dev/pdf"), 25, work.resolve("25-pages.pdf"));
        Startup.measure(report, root, work, p25, 6);
        Path p400 = Pdfs.merged(root.resolve("samples/dev/pdf"), 400, work.resolve("400-pages.pdf"));
        report.bigFile(Children.bigFile(launcher, p400, work, "-Xmx256m"));
        report.verdicts();
    }

    /** Only PDFBox's SEVERE messages (font warnings, merge notes), as the CLI does. */
    static void quiet() {
        for (Logger l : QUIET) {
            l.setLevel(Level.SEVERE);
        }
    }

    static void floor(FileSet set) throws IOException {
        long chars = 0;
        for (Path f : set.files()) {
            try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                chars += new PDFTextStripper().getText(doc).length();
            }
        }
        keep(chars);
    }

    static void convertEach(FileSet set) throws JixiaoException {
        long indicators = 0;
        for (Path f : set.files()) {
            indicators += Jixiao.convert(f, Options.defaults()).document().indicatorCount();
        }
        keep(indicators);
    }

    /** The batch into a fresh folder (its deletion is not timed: it happens before the timer starts). */
    static void batch(FileSet set, int jobs, Path work) throws IOException {
        BatchSummary s = new BatchRunner(freshFolder(work), BatchOptions.defaults().withJobs(jobs),
                ProgressListener.SILENT).run(set.files());
        if (!s.failed().isEmpty()) {
            throw new IllegalStateException("the benchmark files must convert: " + s.failed());
        }
    }

    private static int batches;

    private static Path freshFolder(Path work) {
        return work.resolve("batch-out-" + ++batches); // the work folder is deleted by scripts/bench
    }

    /** Uses a result so that the JIT cannot drop the work that made it. */
    private static void keep(long result) {
        if (result == Long.MIN_VALUE) {
            System.out.println(result);
        }
    }

    private static volatile long sink;

    /**
     * How much faster two CPU-bound threads finish two units of pure arithmetic than one thread does: about 2.0 on an
     * idle 2-core machine, less when other processes hold the cores. The speed-up of --jobs 2 cannot exceed it, so
     * the report shows it beside that speed-up. The median of 3 tries of about 1 s each.
     */
    static double parallelCapacity() throws InterruptedException {
        double[] tries = new double[3];
        for (int t = 0; t < tries.length; t++) {
            long start = System.nanoTime();
            spin();
            spin();
            long serial = System.nanoTime() - start;
            start = System.nanoTime();
            Thread other = new Thread(Bench::spin);
            other.start();
            spin();
            other.join();
            tries[t] = (double) serial / (System.nanoTime() - start);
        }
        Arrays.sort(tries);
        return tries[1];
    }

    private static void spin() {
        long x = 0;
        for (long i = 0; i < 300_000_000L; i++) {
            x += i * 31 ^ (x >>> 3);
        }
        sink = x;
    }

    /** CPU time of this whole process (all threads: GC and JIT included). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static List<Path> pdfs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                    .sorted().toList();
        }
    }

    static int pages(List<Path> pdfs) throws IOException {
        int pages = 0;
        for (Path f : pdfs) {
            try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                pages += doc.getNumberOfPages();
            }
        }
        return pages;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
