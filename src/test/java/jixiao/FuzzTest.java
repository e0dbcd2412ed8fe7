package jixiao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated PDFs ({@link PdfMutator}) through {@link Jixiao#convert}: every case must end in a result or a
 * {@link JixiaoException} with a documented code. Another exception or error, {@code INTERNAL_ERROR}, or a
 * conversion that does not return although it had a time limit fails the test, naming the seed, the case and its
 * mutations. {@code -Djixiao.fuzz.cases=N} runs more cases (default 500), {@code -Djixiao.fuzz.seed=S} another seed
 * and {@code -Djixiao.fuzz.case=I} that case only, to reproduce it.
 */
class FuzzTest {
    private static final long DEFAULT_SEED = 20261129L;
    private static final Duration LIMIT = Duration.ofSeconds(10);
    /** Past this a case counts as a hang: the limit was not enforced. */
    private static final long HANG_MILLIS = LIMIT.toMillis() + 20_000;
    private static final Set<String> DOCUMENTED = Set.of("DAMAGED_PDF", "NOT_A_PDF", "NO_TEXT_LAYER",
            "PASSWORD_REQUIRED", "TIMEOUT", "READ_FAILED");
    /** Held strongly while the test runs: java.util.logging forgets the level of a logger it collected. */
    private static final Logger[] LIBRARIES = {Logger.getLogger("org.apache.pdfbox"),
        Logger.getLogger("org.apache.fontbox")};
    private static final Level[] LEVELS = new Level[LIBRARIES.length];

    @TempDir
    static Path tmp;

    /** A PDF to mutate. */
    record Base(String name, byte[] bytes) {
    }

    /** How one case ended: a result ("ok"), an error code, or something that fails the test. */
    record Verdict(String outcome, long millis, Throwable failure) {
    }

    @BeforeAll
    static void quietLibraries() {
        for (int i = 0; i < LIBRARIES.length; i++) {
            LEVELS[i] = LIBRARIES[i].getLevel();
            LIBRARIES[i].setLevel(Level.OFF); // PDFBox logs every piece of damage it works around
        }
    }

    @AfterAll
    static void restoreLogging() {
        for (int i = 0; i < LIBRARIES.length; i++) {
            LIBRARIES[i].setLevel(LEVELS[i]);
        }
    }

    @Test
    void mutatedPdfsEndInAResultOrADocumentedError() throws Exception {
        List<Base> bases = bases();
        long seed = Long.getLong("jixiao.fuzz.seed", DEFAULT_SEED);
        int cases = Integer.getInteger("jixiao.fuzz.cases", 500);
        int only = Integer.getInteger("jixiao.fuzz.case", -1);
        long start = System.nanoTime();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "fuzz");
                    t.setDaemon(true);
                    return t;
                });
        String[] described = new String[cases];
        AtomicLong[] started = new AtomicLong[cases];
        List<Future<Verdict>> futures = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            int index = i;
            started[i] = new AtomicLong();
            futures.add(only >= 0 && only != i ? null : pool.submit(() -> run(bases, seed, index, described,
                    started[index])));
        }
        Map<String, Integer> byOutcome = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long slowest = -1;
        int slowestCase = -1;
        try {
            for (int i = 0; i < cases; i++) {
                if (futures.get(i) == null) {
                    continue;
                }
                Verdict v = await(futures.get(i), started[i], pool);
                byOutcome.merge(v.outcome(), 1, Integer::sum);
                if (v.failure() != null) {
                    failures.add("case " + i + " (-Djixiao.fuzz.seed=" + seed + " -Djixiao.fuzz.case=" + i + "): "
                            + described[i] + " -> " + v.outcome() + ": " + stack(v.failure()));
                }
                if (v.millis() > slowest) {
                    slowest = v.millis();
                    slowestCase = i;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        int run = byOutcome.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("fuzz: " + run + " cases (seed " + seed + ") in " + seconds + " s: "
                + byOutcome.getOrDefault("ok", 0) + " results, errors " + errors(byOutcome)
                + " (*: PDFBox threw an unchecked exception or error); slowest case "
                + slowestCase + ", " + slowest + " ms (" + (slowestCase < 0 ? "" : described[slowestCase]) + ")");
        assertEquals(List.of(), failures, failures.size() + " of " + run + " cases failed");
        assertTrue(run == cases || only >= 0, "every case ran");
    }

    /** Waits for one case; one that runs well past its limit is a hang, and its thread is replaced. */
    private static Verdict await(Future<Verdict> f, AtomicLong started, ThreadPoolExecutor pool)
            throws InterruptedException {
        while (true) {
            try {
                return f.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                long since = started.get();
                if (since != 0 && (System.nanoTime() - since) / 1_000_000 > HANG_MILLIS) {
                    f.cancel(true);
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    return new Verdict("HANG", HANG_MILLIS, new AssertionError("no result after " + HANG_MILLIS
                            + " ms although the time limit was " + LIMIT.toMillis() + " ms"));
                }
            } catch (ExecutionException e) {
                return new Verdict("CRASH", 0, e.getCause());
            }
        }
    }

    /** Mutates and converts case {@code index}. */
    private static Verdict run(List<Base> bases, long seed, int index, String[] described, AtomicLong started)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        Base base = bases.get(random.nextInt(bases.size()));
        PdfMutator.Mutation m = PdfMutator.mutate(base.bytes(), random);
        described[index] = base.name() + ": " + m.description();
        Path file = Files.write(tmp.resolve("case-" + index + ".pdf"), m.bytes());
        started.set(System.nanoTime());
        try {
            Jixiao.convert(file, Options.defaults().withTimeout(LIMIT));
            return new Verdict("ok", millisSince(started), null);
        } catch (JixiaoException e) {
            String code = e.code() + (unchecked(e) ? "*" : "");
            return new Verdict(code, millisSince(started), DOCUMENTED.contains(e.code()) ? null : e);
        } catch (Throwable t) { // NOPMD: anything else is what this test looks for
            return new Verdict(t.getClass().getSimpleName(), millisSince(started), t);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Whether PDFBox failed with an unchecked exception or an error, which convert turned into its code. */
    private static boolean unchecked(Throwable t) {
        for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
            if (c instanceof RuntimeException || c instanceof Error) {
                return true;
            }
        }
        return false;
    }

    private static long millisSince(AtomicLong started) {
        return (System.nanoTime() - started.get()) / 1_000_000;
    }

    private static String errors(Map<String, Integer> byOutcome) {
        StringBuilder sb = new StringBuilder();
        byOutcome.forEach((k, v) -> {
            if (!k.equals("ok")) {
                sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v);
            }
        });
        return sb.length() == 0 ? "none" : sb.toString();
    }

    private static String stack(Throwable t) {
        StringBuilder sb = new StringBuilder(t.toString());
        Throwable cause = t instanceof JixiaoException && t.getCause() != null ? t.getCause() : t;
        StackTraceElement[] trace = cause.getStackTrace();
        for (int i = 0; i < Math.min(8, trace.length); i++) {
            sb.append("\n    at ").append(trace[i]);
        }
        return sb.toString();
    }

    /**
     * Two small samples as published (compressed content streams), and the first page of one rewritten without any
     * compression and with a classic cross-reference table, so that mutations hit its content operators,
     * {@code /Length} values and xref offsets directly.
     */
    private static List<Base> bases() throws IOException {
        List<Base> bases = new ArrayList<>();
        bases.add(new Base("small", HostileInputs.small()));
        Path pidu = Samples.path("dev/pdf/c-sichuan-pidu-2021-xiangcun.chrome.pdf");
        bases.add(new Base("pidu", Files.readAllBytes(pidu)));
        Path plain = tmp.resolve("plain.pdf");
        try (PDDocument doc = Loader.loadPDF(Samples.path(HostileInputs.SMALL).toFile())) {
            while (doc.getNumberOfPages() > 1) {
                doc.removePage(doc.getNumberOfPages() - 1);
            }
            PDPage page = doc.getPage(0);
            byte[] content;
            try (InputStream in = page.getContents()) {
                content = in.readAllBytes();
            }
            PDStream raw = new PDStream(doc);
            try (OutputStream out = raw.createOutputStream()) {
                out.write(content);
            }
            page.setContents(raw);
            doc.save(plain.toFile(), CompressParameters.NO_COMPRESSION);
        }
        bases.add(new Base("plain", Files.readAllBytes(plain)));
        return bases;
    }
}
