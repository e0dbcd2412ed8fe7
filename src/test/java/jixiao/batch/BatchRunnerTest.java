package jixiao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.ConversionResult;
import jixiao.FileHash;
import jixiao.JixiaoException;
import jixiao.export.JsonExporter;
import jixiao.model.Document;
import jixiao.model.Metadata;
import jixiao.model.Source;

class BatchRunnerTest {
    /**
     * Converts anything except names containing "bad" (JixiaoException) or "bug" (RuntimeException); the document
     * records the file's first line as its title, so that a test can tell which content was converted.
     */
    private static final Converter STUB = (file, options) -> {
        String name = file.getFileName().toString();
        if (name.contains("bad")) {
            throw new JixiaoException(file, null, "NOT_A_PDF", "not a PDF", "convert it first", null);
        }
        if (name.contains("bug")) {
            throw new IllegalStateException("boom");
        }
        String text;
        String sha;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
            sha = FileHash.sha256(file);
        } catch (IOException e) {
            throw new JixiaoException(file, null, "NOT_FOUND", "no such file", "check the path", e);
        }
        String path = options.sourcePath() != null ? options.sourcePath() : file.toString();
        Document d = new Document(Document.SCHEMA, new Source(path, sha, "text", null),
                new Metadata(text, 2023, null, null, null, null, null), null, List.of(), List.of());
        return new ConversionResult(d, 1);
    };

    @TempDir
    Path tmp;

    @Test
    void walksFoldersSortedAndSkipsJson() throws IOException {
        Path in = tmp.resolve("in");
        touch(in.resolve("b/z.PDF"), in.resolve("a.txt"), in.resolve("b/a.pdf"), in.resolve("a.gold.json"),
                in.resolve("x.pdf.json"), in.resolve("notes.md"));
        List<String> files = BatchRunner.inputNames(List.of(in, in.resolve("a.txt")));
        assertEquals(List.of(in.resolve("a.txt").toString(), in.resolve("b/a.pdf").toString(),
                in.resolve("b/z.PDF").toString()), files);
        assertEquals(List.of(), BatchRunner.inputNames(List.of(in.resolve("a.gold.json"))));
        Path missing = tmp.resolve("missing.pdf");
        assertEquals(List.of(missing.toString()), BatchRunner.inputNames(List.of(missing)), "kept, to fail");
    }

    @Test
    void oneBadFileNeverStopsTheBatch() throws IOException {
        Path in = tmp.resolve("in");
        touch(in.resolve("1-bad.pdf"), in.resolve("2-bug.pdf"), in.resolve("3-ok.pdf"));
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("1-bad.pdf.json"), "stale from an earlier run");
        Recorder events = new Recorder();
        BatchSummary s = new BatchRunner(out, BatchOptions.defaults().withJobs(1), events, STUB).run(List.of(in));

        assertEquals(3, s.total());
        assertEquals(1, s.ok());
        assertEquals(List.of("NOT_A_PDF", "INTERNAL_ERROR"), s.failed().stream().map(Outcome::errorCode).toList());
        assertEquals(in.resolve("1-bad.pdf").toString(), s.failed().get(0).path());
        assertTrue(s.failed().get(1).error().describe().contains("java.lang.IllegalStateException: boom"),
                s.failed().get(1).error().describe());
        assertFalse(Files.exists(out.resolve("1-bad.pdf.json")), "a failed file leaves no output");
        assertFalse(Files.exists(out.resolve("2-bug.pdf.json")));
        assertTrue(Files.exists(out.resolve("3-ok.pdf.json")));
        for (String csv : List.of("projects.csv", "indicators.csv", "department_goals.csv", "issues.csv")) {
            assertTrue(Files.exists(out.resolve(csv)), csv);
        }
        // largest first: all three are one byte, so input order
        assertEquals(List.of("failed 1/3 ok=0 failed=1", "failed 2/3 ok=0 failed=2", "ok 3/3 ok=1 failed=2"),
                events.lines);
    }

    @Test
    void manifestHasOneRowPerInputInInputOrder() throws IOException {
        Path in = tmp.resolve("in");
        touch(in.resolve("a-bad.pdf"), in.resolve("b.txt"), in.resolve("c-bug.txt"));
        Path out = tmp.resolve("out");
        BatchSummary s = new BatchRunner(out, BatchOptions.defaults().withJobs(2), ProgressListener.SILENT, STUB)
                .run(List.of(in));
        assertEquals(out.resolve(BatchRunner.MANIFEST), s.written().get(s.written().size() - 1));
        assertEquals(String.join(",", BatchRunner.MANIFEST_COLUMNS),
                Files.readAllLines(out.resolve(BatchRunner.MANIFEST)).get(0));
        List<CSVRecord> rows = csv(out.resolve(BatchRunner.MANIFEST));
        assertEquals(3, rows.size());
        CSVRecord bad = rows.get(0);
        assertEquals(List.of(in.resolve("a-bad.pdf").toString(), FileHash.sha256(in.resolve("a-bad.pdf")), "failed",
                "NOT_A_PDF", "not a PDF; convert it first", "", "", ""), bad.toList().subList(0, 8));
        assertEquals("", bad.get("output"));
        CSVRecord ok = rows.get(1);
        assertEquals(List.of("ok", "", "", "", "0", "0"), ok.toList().subList(2, 8));
        assertEquals("b.txt.json", ok.get("output"));
        assertTrue(Long.parseLong(ok.get("millis")) >= 0);
        assertEquals("INTERNAL_ERROR", rows.get(2).get("error_code"));
    }

    @Test
    void sameFileNamesAreDisambiguated() throws IOException {
        touch(tmp.resolve("x/a.pdf"), tmp.resolve("y/a.pdf"));
        Path out = tmp.resolve("out");
        BatchSummary s = new BatchRunner(out, BatchOptions.defaults(), ProgressListener.SILENT, STUB)
                .run(List.of(tmp.resolve("x"), tmp.resolve("y")));
        assertEquals(2, s.ok());
        assertEquals(tmp.resolve("y/a.pdf").toString(), JsonExporter.read(out.resolve("a.pdf-2.json")).source().path());
        assertEquals(List.of(out.resolve("a.pdf.json"), out.resolve("a.pdf-2.json"), out.resolve("projects.csv"),
                out.resolve("indicators.csv"), out.resolve("department_goals.csv"), out.resolve("issues.csv"),
                out.resolve("manifest.csv")), s.written());
    }

    @Test
    void jobsRunFilesAtTheSameTimeAndTablesKeepInputOrder() throws IOException {
        Path in = tmp.resolve("in");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            files.add(in.resolve("f" + i + ".txt"));
        }
        write(files, i -> "doc " + i);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch two = new CountDownLatch(2);
        Converter slow = (file, options) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            two.countDown();
            try {
                two.await(5, TimeUnit.SECONDS); // the first two files wait for each other: proof of two workers
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                return STUB.convert(file, options);
            } finally {
                running.decrementAndGet();
            }
        };
        Path out = tmp.resolve("out");
        BatchSummary s = new BatchRunner(out, BatchOptions.defaults().withJobs(2), ProgressListener.SILENT, slow)
                .run(List.of(in));
        assertEquals(6, s.ok());
        assertEquals(2, most.get(), "two files at once");
        List<String> paths = csv(out.resolve(BatchRunner.MANIFEST)).stream().map(r -> r.get("path")).toList();
        assertEquals(files.stream().map(Path::toString).toList(), paths);
    }

    @Test
    void largestFilesStartFirst() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a-small.txt"), "x");
        Files.writeString(in.resolve("b-large.txt"), "x".repeat(1000));
        Files.writeString(in.resolve("c-medium.txt"), "x".repeat(100));
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        Converter recording = (file, options) -> {
            started.add(file.getFileName().toString());
            return STUB.convert(file, options);
        };
        new BatchRunner(tmp.resolve("out"), BatchOptions.defaults().withJobs(1), ProgressListener.SILENT, recording)
                .run(List.of(in));
        assertEquals(List.of("b-large.txt", "c-medium.txt", "a-small.txt"), started);
    }

    @Test
    void resumeSkipsCompleteJsonAndRedoesTheRest() throws IOException {
        Path in = tmp.resolve("in");
        List<Path> files = List.of(in.resolve("a.txt"), in.resolve("b.txt"), in.resolve("c.txt"), in.resolve("d.txt"));
        write(files, i -> "content " + i);
        Path out = tmp.resolve("out");
        BatchOptions resume = BatchOptions.defaults().withJobs(2).withResume(true);
        new BatchRunner(out, resume, ProgressListener.SILENT, STUB).run(List.of(in));
        String tables = tables(out);

        Files.writeString(out.resolve("b.txt.json"), "{\"schema\": \"budget-targets/1\", \"source\": {"); // cut short
        Files.writeString(files.get(2), "content changed");
        Files.delete(out.resolve("d.txt.json"));
        Set<String> converted = ConcurrentHashMap.newKeySet();
        Converter recording = (file, options) -> {
            converted.add(file.getFileName().toString());
            return STUB.convert(file, options);
        };
        BatchSummary s = new BatchRunner(out, resume, ProgressListener.SILENT, recording).run(List.of(in));
        assertEquals(Set.of("b.txt", "c.txt", "d.txt"), converted, "a.txt's JSON is complete and current");
        assertEquals(1, s.skipped());
        assertEquals(3, s.ok());
        Files.writeString(files.get(2), "content 2");
        recordingRunAgain(out, resume);
        assertEquals(tables, tables(out), "the same tables as the first run");
    }

    private void recordingRunAgain(Path out, BatchOptions resume) throws IOException {
        BatchSummary s = new BatchRunner(out, resume, ProgressListener.SILENT, STUB).run(List.of(tmp.resolve("in")));
        assertEquals(1, s.ok(), "only the changed file");
        assertEquals(3, s.skipped());
        List<CSVRecord> manifest = csv(out.resolve(BatchRunner.MANIFEST));
        assertEquals("skipped", manifest.get(0).get("status"));
        assertEquals("already converted: a.txt.json", manifest.get(0).get("message"));
    }

    @Test
    void resumeReusesTheJsonOfAMovedFile() throws IOException {
        Path in = tmp.resolve("in");
        write(List.of(in.resolve("old/a.txt")), i -> "same");
        Path out = tmp.resolve("out");
        BatchOptions resume = BatchOptions.defaults().withResume(true);
        new BatchRunner(out, resume, ProgressListener.SILENT, STUB).run(List.of(in));
        Files.createDirectories(in.resolve("new"));
        Files.move(in.resolve("old/a.txt"), in.resolve("new/renamed.txt"));
        Converter never = (file, options) -> {
            throw new AssertionError("converted " + file);
        };
        BatchSummary s = new BatchRunner(out, resume, ProgressListener.SILENT, never).run(List.of(in));
        assertEquals(1, s.skipped());
        Document moved = JsonExporter.read(out.resolve("renamed.txt.json"));
        assertEquals(in.resolve("new/renamed.txt").toString(), moved.source().path());
        String note = s.outcomes().get(0).message();
        assertTrue(note.startsWith("same content as a.txt.json"), note);
    }

    @Test
    void zipEntriesAreInputsNamedWithBang() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path zip = in.resolve("archive.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("2023/b.txt", "2023/a.pdf", "notes.md", "x.json")) {
                z.putNextEntry(new ZipEntry(name));
                z.write(("entry " + name).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        touch(in.resolve("z.txt"));
        Path out = tmp.resolve("out");
        BatchSummary s = new BatchRunner(out, BatchOptions.defaults(), ProgressListener.SILENT, STUB)
                .run(List.of(in));
        assertEquals(List.of(zip + "!/2023/a.pdf", zip + "!/2023/b.txt", in.resolve("z.txt").toString()),
                s.outcomes().stream().map(Outcome::path).toList());
        Document a = JsonExporter.read(out.resolve("a.pdf.json"));
        assertEquals(zip + "!/2023/a.pdf", a.source().path());
        assertEquals("entry 2023/a.pdf", a.document().title(), "read from the archive");
        assertFalse(Files.exists(in.resolve("2023")), "nothing unpacked beside the archive");
    }

    @Test
    void zipEntryNamesInTheChineseWindowsCodePageAreRead() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path zip = in.resolve("gbk.zip");
        // no UTF-8 flag: names in GBK, as Windows' built-in zip and many Chinese tools write them
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip), Charset.forName("GBK"))) {
            z.putNextEntry(new ZipEntry("预算/巨鹿县2023.txt"));
            z.write("巨鹿".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        BatchSummary s = new BatchRunner(tmp.resolve("out"), BatchOptions.defaults(), ProgressListener.SILENT, STUB)
                .run(List.of(in));
        assertEquals(List.of(zip + "!/预算/巨鹿县2023.txt"), s.outcomes().stream().map(Outcome::path).toList());
        assertEquals(1, s.ok());
        assertTrue(Files.exists(tmp.resolve("out/巨鹿县2023.txt.json")));
    }

    @Test
    void aDamagedZipIsOneFailure() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("broken.zip"), "PK not really");
        touch(in.resolve("ok.txt"));
        BatchSummary s = new BatchRunner(tmp.resolve("out"), BatchOptions.defaults(), ProgressListener.SILENT, STUB)
                .run(List.of(in));
        assertEquals(1, s.ok());
        assertEquals(1, s.failed().size());
        assertEquals("READ_FAILED", s.failed().get(0).errorCode());
        assertTrue(s.failed().get(0).path().endsWith("broken.zip"), s.failed().get(0).path());
    }

    @Test
    void staleTemporaryFilesAreRemovedAndASecondRunIsLockedOut() throws IOException {
        touch(tmp.resolve("in/a.txt"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path stale = out.resolve(".projects.csv.0123456789abcdef.tmp");
        Files.writeString(stale, "half a table");
        Converter nested = (file, options) -> {
            IOException e = assertThrows(IOException.class, () -> new BatchRunner(out, BatchOptions.defaults(),
                    ProgressListener.SILENT, STUB).run(List.of(file)));
            assertTrue(e.getMessage().contains("another jixiao run is writing to"), e.getMessage());
            return STUB.convert(file, options);
        };
        BatchSummary s = new BatchRunner(out, BatchOptions.defaults(), ProgressListener.SILENT, nested)
                .run(List.of(tmp.resolve("in")));
        assertEquals(1, s.ok(), s.failed().toString());
        assertFalse(Files.exists(stale));
    }

    @Test
    void progressCountsPagesAndEstimatesTheTimeLeft() {
        Progress p = new Progress(1, 4, 1, 0, 0, 30, 2000, 100, 400);
        assertEquals(15.0, p.pagesPerSecond(), 1e-9);
        assertEquals(6000, p.etaMillis().getAsLong());
        assertTrue(new Progress(0, 4, 0, 0, 0, 0, 10, 0, 400).etaMillis().isEmpty());
    }

    private static String tables(Path out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String t : List.of("projects.csv", "indicators.csv", "department_goals.csv", "issues.csv")) {
            sb.append(Files.readString(out.resolve(t)));
        }
        return sb.toString();
    }

    /** The data rows, addressable by column name. */
    private static List<CSVRecord> csv(Path file) throws IOException {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().get().parse(Files.newBufferedReader(file))) {
            return parser.getRecords();
        }
    }

    private interface Content {
        String of(int i);
    }

    private static void write(List<Path> files, Content content) throws IOException {
        for (int i = 0; i < files.size(); i++) {
            Files.createDirectories(files.get(i).getParent());
            Files.writeString(files.get(i), content.of(i));
        }
    }

    private static void touch(Path... files) throws IOException {
        for (Path f : files) {
            Files.createDirectories(f.getParent());
            try (OutputStream out = Files.newOutputStream(f)) {
                out.write('x');
            }
        }
    }

    private static final class Recorder implements ProgressListener {
        final List<String> lines = new ArrayList<>();

        @Override
        public void finished(Progress p, Outcome o) {
            lines.add(o.status().label() + " " + p.done() + "/" + p.total() + " ok=" + p.ok() + " failed="
                    + p.failed());
        }
    }
}
