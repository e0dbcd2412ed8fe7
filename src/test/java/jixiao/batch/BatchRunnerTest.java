package jixiao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.ConversionResult;
import jixiao.JixiaoException;
import jixiao.Options;
import jixiao.export.JsonExporter;
import jixiao.model.Document;
import jixiao.model.Metadata;
import jixiao.model.Source;

class BatchRunnerTest {
    /** Converts anything except names containing "bad" (JixiaoException) or "bug" (RuntimeException). */
    private static final Converter STUB = (file, options) -> {
        String name = file.getFileName().toString();
        if (name.contains("bad")) {
            throw new JixiaoException(file, null, "NOT_A_PDF", "not a PDF", "convert it first", null);
        }
        if (name.contains("bug")) {
            throw new IllegalStateException("boom");
        }
        Document d = new Document(Document.SCHEMA, new Source(file.toString(), "0".repeat(64), "text", null),
                new Metadata(null, 2023, null, null, null, null, null), null, List.of(), List.of());
        return new ConversionResult(d, 1);
    };

    @TempDir
    Path tmp;

    @Test
    void walksFoldersSortedAndSkipsJson() throws IOException {
        Path in = tmp.resolve("in");
        touch(in.resolve("b/z.PDF"), in.resolve("a.txt"), in.resolve("b/a.pdf"), in.resolve("a.gold.json"),
                in.resolve("x.pdf.json"), in.resolve("notes.md"));
        List<Path> files = BatchRunner.inputFiles(List.of(in, in.resolve("a.txt")));
        assertEquals(List.of(in.resolve("a.txt"), in.resolve("b/a.pdf"), in.resolve("b/z.PDF")), files);
        assertEquals(List.of(), BatchRunner.inputFiles(List.of(in.resolve("a.gold.json"))));
        Path missing = tmp.resolve("missing.pdf");
        assertEquals(List.of(missing), BatchRunner.inputFiles(List.of(missing)), "kept, to fail as NOT_FOUND");
    }

    @Test
    void oneBadFileNeverStopsTheBatch() throws IOException {
        Path in = tmp.resolve("in");
        touch(in.resolve("1-bad.pdf"), in.resolve("2-bug.pdf"), in.resolve("3-ok.pdf"));
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("1-bad.pdf.json"), "stale from an earlier run");
        Recorder events = new Recorder();
        BatchSummary s = new BatchRunner(out, Options.defaults(), false, events, STUB).run(List.of(in));

        assertEquals(3, s.total());
        assertEquals(1, s.ok());
        assertEquals(List.of("NOT_A_PDF", "INTERNAL_ERROR"), s.failed().stream().map(f -> f.code()).toList());
        assertEquals(in.resolve("1-bad.pdf"), s.failed().get(0).file());
        assertTrue(s.failed().get(1).description().contains("java.lang.IllegalStateException: boom"),
                s.failed().get(1).description());
        assertFalse(Files.exists(out.resolve("1-bad.pdf.json")), "a failed file leaves no output");
        assertFalse(Files.exists(out.resolve("2-bug.pdf.json")));
        assertTrue(Files.exists(out.resolve("3-ok.pdf.json")));
        for (String csv : List.of("projects.csv", "indicators.csv", "department_goals.csv", "issues.csv")) {
            assertTrue(Files.exists(out.resolve(csv)), csv);
        }
        assertEquals(List.of("started 1/3", "failed 1/3 ok=0 failed=1", "started 2/3", "failed 2/3 ok=0 failed=2",
                "started 3/3", "finished 3/3 ok=1 failed=2"), events.lines);
    }

    @Test
    void sameFileNamesAreDisambiguated() throws IOException {
        touch(tmp.resolve("x/a.pdf"), tmp.resolve("y/a.pdf"));
        Path out = tmp.resolve("out");
        BatchSummary s = new BatchRunner(out, Options.defaults(), false, ProgressListener.SILENT, STUB)
                .run(List.of(tmp.resolve("x"), tmp.resolve("y")));
        assertEquals(2, s.ok());
        assertEquals(tmp.resolve("y/a.pdf").toString(), JsonExporter.read(out.resolve("a.pdf-2.json")).source().path());
        assertEquals(List.of(out.resolve("a.pdf.json"), out.resolve("a.pdf-2.json"), out.resolve("projects.csv"),
                out.resolve("indicators.csv"), out.resolve("department_goals.csv"), out.resolve("issues.csv")),
                s.written());
    }

    private static void touch(Path... files) throws IOException {
        for (Path f : files) {
            Files.createDirectories(f.getParent());
            Files.writeString(f, "x");
        }
    }

    private static final class Recorder implements ProgressListener {
        final List<String> lines = new ArrayList<>();

        @Override
        public void started(Progress p, Path file) {
            lines.add("started " + p.index() + "/" + p.total());
        }

        @Override
        public void finished(Progress p, Path file, ConversionResult result, Path output) {
            lines.add("finished " + p.index() + "/" + p.total() + " ok=" + p.ok() + " failed=" + p.failed());
        }

        @Override
        public void failed(Progress p, Path file, JixiaoException error) {
            lines.add("failed " + p.index() + "/" + p.total() + " ok=" + p.ok() + " failed=" + p.failed());
        }
    }
}
