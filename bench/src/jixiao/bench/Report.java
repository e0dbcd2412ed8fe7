package jixiao.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the benchmark's figures side by side per file set, the ratios, and each target with its verdict. */
final class Report {
    static final List<String> IN_JVM = List.of("floor", "convert", "jobs1", "jobs2");
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("floor", "(a) PDFBox floor: load + PDFTextStripper");
        LABELS.put("convert", "(b) jixiao Jixiao.convert, 1 thread");
        LABELS.put("jobs1", "    jixiao batch --jobs 1 (JSON+CSV)");
        LABELS.put("jobs2", "(c) jixiao batch --jobs 2 (JSON+CSV)");
        LABELS.put("tabula", "(d) tabula-java 1.0.5 lattice");
    }

    private final List<Bench.FileSet> sets;
    private final Map<String, double[]> msPerPage = new LinkedHashMap<>(); // measure → per set, wall
    private final Map<String, double[]> cpuPerPage = new LinkedHashMap<>(); // measure → per set, process CPU
    private final List<String> verdicts = new ArrayList<>();
    private final List<Double> capacity = new ArrayList<>();
    private Children.Fresh fresh;
    private Children.Big big;

    Report(List<Bench.FileSet> sets) {
        this.sets = sets;
    }

    void header(int warmup, int rounds) {
        System.out.printf(Locale.ROOT, "jixiao benchmark: Java %s, %d processors, load average %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Bench.loadAverage());
        System.out.printf(Locale.ROOT, "%d warm-up and %d measured rounds, interleaved; each figure is the median "
                + "round, in ms per page%n", warmup, rounds);
        for (Bench.FileSet s : sets) {
            System.out.printf(Locale.ROOT, "  %-8s %3d PDFs, %4d pages%n", s.name(), s.files().size(), s.pages());
        }
        System.out.flush();
    }

    void capacity(String when, double c) {
        capacity.add(c);
        System.out.printf(Locale.ROOT, "parallel capacity %s the rounds: 2 CPU-bound threads run %.2fx as fast as 1 "
                + "(about 2.0 on an idle 2-core machine), load average %s%n", when, c, Bench.loadAverage());
        System.out.flush();
    }

    void inJvm(Map<String, long[][]> wall, Map<String, long[][]> cpu) {
        for (String m : wall.keySet()) {
            msPerPage.put(m, perPage(wall.get(m), null));
            cpuPerPage.put(m, perPage(cpu.get(m), null));
        }
    }

    private double[] perPage(long[][] rounds, Map<String, Integer> pages) {
        double[] v = new double[sets.size()];
        for (int s = 0; s < sets.size(); s++) {
            int p = pages == null ? sets.get(s).pages() : pages.getOrDefault(sets.get(s).name(), 0);
            v[s] = rounds[s] == null || p == 0 ? Double.NaN : (double) median(rounds[s]) / p;
        }
        return v;
    }

    void tabula(Children.Tabula t) {
        long[][] wall = new long[sets.size()][];
        long[][] cpu = new long[sets.size()][];
        for (int s = 0; s < sets.size(); s++) {
            wall[s] = t.millis().get(sets.get(s).name());
            cpu[s] = t.cpu().get(sets.get(s).name());
        }
        msPerPage.put("tabula", perPage(wall, t.pages()));
        cpuPerPage.put("tabula", perPage(cpu, t.pages()));
        if (t.error() != null) {
            System.out.println("tabula: " + t.error());
        }
        printTable("wall ms per page", msPerPage);
        printTable("CPU ms per page (whole process: GC, JIT)", cpuPerPage);
        System.out.println();
        row("jixiao/floor (b/a), wall", ratio(msPerPage, "convert", "floor"));
        row("jixiao/floor (b/a), CPU", ratio(cpuPerPage, "convert", "floor"));
        row("jixiao batch --jobs 1 / floor, wall", ratio(msPerPage, "jobs1", "floor"));
        row("tabula/jixiao (d/b), wall", ratio(msPerPage, "tabula", "convert"));
        row("tabula/jixiao (d/b), CPU", ratio(cpuPerPage, "tabula", "convert"));
        row("jobs2/jobs1 speed-up (jobs1/jobs2 wall)", ratio(msPerPage, "jobs1", "jobs2"));
        System.out.flush();
    }

    private void printTable(String title, Map<String, double[]> values) {
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%n%-42s", title));
        for (Bench.FileSet s : sets) {
            head.append(String.format(Locale.ROOT, "%12s", s.name()));
        }
        System.out.println(head);
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            row(LABELS.get(e.getKey()), e.getValue());
        }
    }

    /** The run the 25-page target is judged on. */
    void freshProcess(Children.Fresh f) {
        this.fresh = f;
        fresh(f);
    }

    void fresh(Children.Fresh f) {
        System.out.printf(Locale.ROOT, "%nfresh process, %s (JVM start included): wall median %d ms (min %d, "
                        + "runs %s), CPU user+sys median %d ms (min %d, runs %s), exit %d%n", f.what(),
                median(f.millis()), Arrays.stream(f.millis()).min().orElse(0), Arrays.toString(f.millis()),
                median(f.cpuMillis()), Arrays.stream(f.cpuMillis()).min().orElse(0), Arrays.toString(f.cpuMillis()),
                f.exit());
        System.out.flush();
    }

    void bigFile(Children.Big b) {
        this.big = b;
        System.out.printf(Locale.ROOT, "400 pages, JAVA_OPTS='%s': exit %d, %d ms, peak heap %d MB before GC "
                        + "(%d MB live after GC, heap limit %d MB), peak RSS %d MB%n", b.javaOpts(), b.exit(),
                b.millis(), b.peakHeapMb(), b.peakLiveMb(), b.heapMaxMb(), b.peakRssMb());
        if (b.exit() != 0) {
            System.out.println(b.log());
        }
    }

    /**
     * The single-threaded ratios are judged on CPU time, which another process on the machine does not inflate (on
     * an idle machine it equals the wall time); the speed-up of --jobs 2 can only be judged on wall time, so it is
     * trustworthy only when the load average before and after is below 1.
     */
    void verdicts() {
        System.out.println();
        double[] jf = ratio(cpuPerPage, "convert", "floor");
        double[] jfWall = ratio(msPerPage, "convert", "floor");
        double[] tj = ratio(cpuPerPage, "tabula", "convert");
        double[] tjWall = ratio(msPerPage, "tabula", "convert");
        double[] sp = ratio(msPerPage, "jobs1", "jobs2");
        for (int s = 0; s < sets.size(); s++) {
            String n = sets.get(s).name();
            target("jixiao <= 1.5x the PDFBox floor per page, " + n, jf[s] <= 1.5, "CPU %.2fx (wall %.2fx)", jf[s],
                    jfWall[s]);
            target("tabula lattice >= 2x jixiao per page, " + n, tj[s] >= 2.0, "CPU %.2fx (wall %.2fx)", tj[s],
                    tjWall[s]);
            target("--jobs 2 >= 1.6x one job, " + n, sp[s] >= 1.6, "wall %.2fx (machine capacity %s)", sp[s],
                    capacity.stream().map(c -> String.format(Locale.ROOT, "%.2fx", c)).toList());
        }
        freshTarget();
        if (big != null) {
            target("400-page PDF converts with JAVA_OPTS=-Xmx256m", big.exit() == 0, "exit %d, %d ms", big.exit(),
                    big.millis());
        }
        System.out.println("load average at the end: " + Bench.loadAverage());
        System.out.flush();
    }

    /** The start-up benchmark's only target (scripts/bench startup). */
    void startupVerdict() {
        System.out.println();
        freshTarget();
        System.out.println("load average at the end: " + Bench.loadAverage());
        System.out.flush();
    }

    private void freshTarget() {
        if (fresh != null) {
            long m = median(fresh.millis());
            target("25-page PDF in a fresh process <= 800 ms wall", m <= 800 && fresh.exit() == 0, "%d ms", m);
        }
    }

    private void target(String what, boolean met, String format, Object... values) {
        System.out.printf(Locale.ROOT, "%-4s %-52s %s%n", met ? "MET" : "MISS", what,
                String.format(Locale.ROOT, format, values));
    }

    private double[] ratio(Map<String, double[]> values, String a, String b) {
        double[] x = values.get(a);
        double[] y = values.get(b);
        double[] r = new double[sets.size()];
        for (int s = 0; s < r.length; s++) {
            r[s] = x[s] / y[s];
        }
        return r;
    }

    private void row(String label, double[] values) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-42s", label));
        for (double v : values) {
            sb.append(String.format(Locale.ROOT, "%12.2f", v));
        }
        System.out.println(sb);
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
