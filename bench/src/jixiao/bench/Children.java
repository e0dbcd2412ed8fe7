package jixiao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The measurements that run in other processes: tabula's JVM, and scripts/jixiao from a cold start. */
final class Children {
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern VM_HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");
    /** The JIT and GC flags scripts/jixiao adds for a one-file extract run. */
    private static final String ONE_FILE_FLAGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private Children() {
    }

    /** Round wall and CPU times of tabula per set name, and its page counts. */
    record Tabula(Map<String, long[]> millis, Map<String, long[]> cpu, Map<String, Integer> pages, String error) {
    }

    /**
     * Wall and CPU (user + system, all threads) times of one command run in fresh processes, the first run (which may
     * build a CDS archive) dropped; {@code exit} is the highest exit code seen.
     */
    record Fresh(String what, long[] millis, long[] cpuMillis, int exit) {
    }

    /** One scripts/jixiao run on a big file under a heap limit. */
    record Big(Path file, String javaOpts, int exit, long millis, long peakHeapMb, long peakLiveMb, long heapMaxMb,
               long peakRssMb, String log) {
    }

    static Tabula tabula(String classpath, int warmup, int rounds, List<Bench.FileSet> sets)
            throws IOException, InterruptedException {
        if (classpath.isEmpty()) {
            return new Tabula(Map.of(), Map.of(), Map.of(), "no tabula classpath given");
        }
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                "-cp", classpath, "TabulaBench", String.valueOf(warmup), String.valueOf(rounds)));
        for (Bench.FileSet s : sets) {
            cmd.add(s.name() + "=" + s.files().stream().map(Path::toString).collect(Collectors.joining(",")));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        Map<String, long[]> millis = new HashMap<>();
        Map<String, long[]> cpu = new HashMap<>();
        Map<String, Integer> pages = new HashMap<>();
        for (String line : out.lines().filter(l -> l.startsWith("tabula ")).toList()) {
            String[] f = line.split(" ");
            pages.put(f[1], Integer.parseInt(f[2]));
            millis.put(f[1], Arrays.stream(f, 3, f.length).mapToLong(x -> part(x, 0)).toArray());
            cpu.put(f[1], Arrays.stream(f, 3, f.length).mapToLong(x -> part(x, 1)).toArray());
        }
        return new Tabula(millis, cpu, pages, exit == 0 ? null : "tabula exited " + exit + ":\n" + out);
    }

    /** {@code 1234/1300} → 1234 (part 0) or 1300 (part 1). */
    private static long part(String wallSlashCpu, int i) {
        return Long.parseLong(wallSlashCpu.split("/")[i]);
    }

    /** {@code scripts/jixiao extract PDF -o OUT --quiet}; a run that writes no JSON counts as exit 1. */
    static Fresh freshProcess(Path launcher, Path pdf, Path work, int runs) throws IOException, InterruptedException {
        Path out = work.resolve("fresh-out");
        List<String> command = List.of(launcher.toString(), "extract", pdf.toString(), "-o", out.toString(), "--quiet");
        return fresh("scripts/jixiao extract " + pdf.getFileName(), command, Map.of(), out,
                out.resolve(pdf.getFileName() + ".json"), work, runs);
    }

    /**
     * {@code scripts/jixiao version} with the JIT and GC of a one-file extract run (which the launcher gives extract
     * only): the JVM, the CDS archive and the CLI, no conversion.
     */
    static Fresh freshVersion(Path launcher, Path work, int runs) throws IOException, InterruptedException {
        return fresh("scripts/jixiao version (JAVA_OPTS='" + ONE_FILE_FLAGS + "')",
                List.of(launcher.toString(), "version"), Map.of("JAVA_OPTS", ONE_FILE_FLAGS), null, null, work, runs);
    }

    /**
     * The PDFBox floor of the same file in a fresh JVM ({@link FreshFloor}: load plus PDFTextStripper, nothing of
     * jixiao), started as scripts/jixiao starts a one-file run: C1 only, the serial GC, and a class-data sharing
     * archive of its own, made by a training run first (its class path must hold jars only: FreshFloor is put in
     * one).
     */
    static Fresh freshFloor(Path jixiaoJar, Path pdf, Path work, int runs) throws IOException, InterruptedException {
        Path jar = work.resolve("floor.jar");
        try (InputStream in = FreshFloor.class.getResourceAsStream("FreshFloor.class");
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("jixiao/bench/FreshFloor.class"));
            in.transferTo(out);
        }
        String classpath = jixiaoJar + ":" + jar;
        Path jsa = work.resolve("floor.jsa");
        Files.deleteIfExists(jsa);
        List<String> train = List.of(java(), "-XX:ArchiveClassesAtExit=" + jsa, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-Dfile.encoding=UTF-8", "-cp", classpath, "jixiao.bench.FreshFloor",
                pdf.toString());
        if (new ProcessBuilder(train).redirectErrorStream(true).redirectOutput(work.resolve("floor.log").toFile())
                .start().waitFor() != 0) {
            throw new IllegalStateException("the floor's training run failed:\n"
                    + Files.readString(work.resolve("floor.log")));
        }
        return fresh("PDFBox floor (load + PDFTextStripper) of " + pdf.getFileName(), List.of(java(),
                "-XX:SharedArchiveFile=" + jsa, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", classpath,
                "jixiao.bench.FreshFloor", pdf.toString()), Map.of(), null, null, work, runs);
    }

    /**
     * Runs {@code command} {@code runs} times under bash's {@code time}, which adds up the CPU time of the process
     * and its children; {@code out} (if given) is deleted before each run, and {@code expected} must exist after it.
     */
    private static Fresh fresh(String what, List<String> command, Map<String, String> env, Path out, Path expected,
                               Path work, int runs) throws IOException, InterruptedException {
        long[] millis = new long[runs - 1];
        long[] cpu = new long[runs - 1];
        int exit = 0;
        Path times = work.resolve("fresh-times.txt");
        for (int i = 0; i < runs; i++) {
            if (out != null) {
                Bench.deleteTree(out);
            }
            List<String> cmd = new ArrayList<>(List.of("bash", "-c", "TIMEFORMAT='%R %U %S'; { time \"$@\" "
                    + ">/dev/null 2>&1; } 2>" + times, "bash"));
            cmd.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(work.resolve("fresh.log").toFile());
            pb.environment().put("JIXIAO_NO_BUILD", "1"); // never rebuild the jar under this JVM
            pb.environment().putAll(env);
            exit = Math.max(exit, pb.start().waitFor());
            if (expected != null && !Files.exists(expected)) {
                exit = Math.max(exit, 1);
            }
            String[] t = Files.readString(times).strip().split("\\s+");
            if (i > 0) {
                millis[i - 1] = Math.round(Double.parseDouble(t[0]) * 1000);
                cpu[i - 1] = Math.round((Double.parseDouble(t[1]) + Double.parseDouble(t[2])) * 1000);
            }
        }
        return new Fresh(what, millis, cpu, exit);
    }

    static Big bigFile(Path launcher, Path pdf, Path work, String heap) throws IOException, InterruptedException {
        Path out = work.resolve("big-out");
        Bench.deleteTree(out);
        Path gcLog = work.resolve("big-gc.log");
        Files.deleteIfExists(gcLog);
        String javaOpts = heap + " -Xlog:gc:file=" + gcLog;
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "extract", pdf.toString(), "-o", out.toString(),
                "--quiet").redirectErrorStream(true).redirectOutput(work.resolve("big.log").toFile());
        pb.environment().put("JAVA_OPTS", javaOpts);
        pb.environment().put("JIXIAO_NO_BUILD", "1");
        long start = System.nanoTime();
        Process p = pb.start(); // the launcher execs java: this pid is the JVM's
        long rssKb = 0;
        Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
        while (p.isAlive()) {
            rssKb = Math.max(rssKb, vmHwmKb(status));
            Thread.sleep(10);
        }
        long millis = Bench.millisSince(start);
        int exit = p.waitFor();
        long before = 0;
        long after = 0;
        long max = 0;
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_LINE.matcher(line);
                if (m.find()) {
                    before = Math.max(before, Long.parseLong(m.group(1)));
                    after = Math.max(after, Long.parseLong(m.group(2)));
                    max = Math.max(max, Long.parseLong(m.group(3)));
                }
            }
        }
        return new Big(pdf, javaOpts, exit, millis, before, after, max, rssKb / 1024,
                Files.readString(work.resolve("big.log")).strip());
    }

    /** The process's peak resident set so far (Linux); 0 when unknown or gone. */
    private static long vmHwmKb(Path status) {
        try {
            Matcher m = VM_HWM.matcher(Files.readString(status, StandardCharsets.US_ASCII));
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
