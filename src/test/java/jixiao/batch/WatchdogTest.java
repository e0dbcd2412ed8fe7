package jixiao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.ConversionResult;
import jixiao.FileHash;
import jixiao.JixiaoException;
import jixiao.Options;
import jixiao.model.Document;
import jixiao.model.Metadata;
import jixiao.model.Source;

/**
 * The batch's watchdog: a conversion stuck in code that never checks the time limit (PDFBox parsing a pathological
 * cross-reference table, say), simulated by a converter that ignores interrupts, is given up on as TIMEOUT; the
 * other files still convert, on a worker that takes the stuck one's place, and the stuck one leaves no output even
 * when it finishes later. And a file that exhausts the heap fails alone, as OUT_OF_MEMORY.
 */
class WatchdogTest {
    private static final Duration LIMIT = Duration.ofMillis(300);

    @TempDir
    Path tmp;

    @Test
    void aStuckFileIsReportedAsTimeoutAndTheOthersConvert() throws Exception {
        Path in = tmp.resolve("in");
        List<Path> files = List.of(in.resolve("1-ok.txt"), in.resolve("2-stuck.txt"), in.resolve("3-ok.txt"),
                in.resolve("4-ok.txt"));
        for (Path f : files) {
            Files.createDirectories(f.getParent());
            Files.writeString(f, f.getFileName().toString());
        }
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("2-stuck.txt.json"), "stale, from an earlier run");
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch stuckReturned = new CountDownLatch(1);
        Converter converter = (file, options) -> {
            if (file.getFileName().toString().contains("stuck")) {
                awaitUninterruptibly(release); // deaf to the watchdog's interrupt, like a parser in a loop
                stuckReturned.countDown();
            }
            return convertStub(file, options);
        };
        long start = System.nanoTime();
        BatchSummary s;
        try {
            // one job: the stuck file holds the only worker, so the others convert only if it is replaced
            s = new BatchRunner(out, BatchOptions.defaults().withJobs(1)
                    .withConvert(Options.defaults().withTimeout(LIMIT)), ProgressListener.SILENT, converter)
                    .run(List.of(in));
        } finally {
            release.countDown();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(3, s.ok(), s.outcomes().toString());
        assertEquals(1, s.failed().size());
        Outcome stuck = s.failed().get(0);
        assertEquals(files.get(1).toString(), stuck.path());
        assertEquals("TIMEOUT", stuck.errorCode());
        assertEquals(64, stuck.sha256().length(), "hashed before it got stuck");
        assertTrue(stuck.error().getMessage().contains("2-stuck.txt took longer than the time limit of 0.3 s"),
                stuck.error().getMessage());
        assertTrue(stuck.error().hint().contains("raise --timeout"), stuck.error().hint());
        assertTrue(stuck.millis() >= WorkerPool.grace(LIMIT).toMillis(), "given up after limit + grace");
        assertTrue(millis < 30_000, "the batch went on: " + millis + " ms");

        Map<String, CSVRecord> manifest = manifest(out.resolve(BatchRunner.MANIFEST));
        CSVRecord row = manifest.get(files.get(1).toString());
        assertEquals("failed", row.get("status"));
        assertEquals("TIMEOUT", row.get("error_code"));
        assertEquals("", row.get("output"));
        for (Path ok : List.of(files.get(0), files.get(2), files.get(3))) {
            assertEquals("ok", manifest.get(ok.toString()).get("status"));
            assertTrue(Files.exists(out.resolve(ok.getFileName() + ".json")));
        }
        assertFalse(Files.exists(out.resolve("2-stuck.txt.json")), "no output, and the stale one is gone");

        assertTrue(stuckReturned.await(10, TimeUnit.SECONDS), "the stuck conversion was released");
        Thread.sleep(300); // time for its worker to try to write
        assertFalse(Files.exists(out.resolve("2-stuck.txt.json")), "a late result is dropped, never written");
    }

    @Test
    void runningOutOfMemoryCostsThatFileOnly() throws IOException {
        Path in = tmp.resolve("in");
        for (String name : List.of("a-huge.txt", "b-ok.txt")) {
            Files.createDirectories(in);
            Files.writeString(in.resolve(name), name);
        }
        Converter converter = (file, options) -> {
            if (file.getFileName().toString().contains("huge")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return convertStub(file, options);
        };
        BatchSummary s = new BatchRunner(tmp.resolve("out"), BatchOptions.defaults().withJobs(1)
                .withConvert(Options.defaults().withTimeout(LIMIT)), ProgressListener.SILENT, converter)
                .run(List.of(in));
        assertEquals(1, s.ok());
        assertEquals("OUT_OF_MEMORY", s.failed().get(0).errorCode());
        assertTrue(s.failed().get(0).error().hint().contains("-Xmx"), s.failed().get(0).error().hint());
    }

    @Test
    void withoutALimitThereIsNoWatchdog() throws IOException {
        Path f = Files.writeString(tmp.resolve("slow.txt"), "slow");
        Converter slow = (file, options) -> {
            assertNull(options.timeout());
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                throw new IllegalStateException("interrupted", e);
            }
            return convertStub(file, options);
        };
        BatchSummary s = new BatchRunner(tmp.resolve("out"), BatchOptions.defaults().withJobs(1),
                ProgressListener.SILENT, slow).run(List.of(f));
        assertEquals(1, s.ok());
    }

    @Test
    void theGraceLeavesTheConversionTimeToReportItsOwnTimeout() {
        assertEquals(Duration.ofMillis(1330), WorkerPool.grace(LIMIT));
        assertEquals(Duration.ofSeconds(331), WorkerPool.grace(Duration.ofSeconds(300)));
    }

    private static ConversionResult convertStub(Path file, Options options) throws JixiaoException {
        try {
            String title = Files.readString(file, StandardCharsets.UTF_8);
            Document d = new Document(Document.SCHEMA, new Source(options.sourcePath(), FileHash.sha256(file), "text",
                    null), new Metadata(title, 2023, null, null, null, null, null), null, List.of(), List.of());
            return new ConversionResult(d, 1);
        } catch (IOException e) {
            throw new JixiaoException(file, null, "READ_FAILED", e.toString(), "", e);
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, CSVRecord> manifest(Path csv) throws IOException {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(csv)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().get().parse(r)) {
                rows.put(rec.get("path"), rec);
            }
        }
        return rows;
    }
}
