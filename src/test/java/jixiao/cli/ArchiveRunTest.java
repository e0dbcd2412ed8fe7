package jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.Samples;
import jixiao.TestPdfs;
import jixiao.export.JsonExporter;
import jixiao.model.Document;

/**
 * The batch at archive scale, end to end through the CLI, on the real sample PDFs: a corrupt file among good ones,
 * --resume, the SQLite dataset, a run killed with kill -9 in a child JVM, and a 400-page PDF under a 256 MB heap.
 */
class ArchiveRunTest {
    private static final List<String> TABLES = List.of("projects.csv", "indicators.csv", "department_goals.csv",
            "issues.csv");

    @TempDir
    Path tmp;

    @Test
    void aCorruptPdfFailsAloneAndResumeSkipsEveryConvertedFile() throws IOException, SQLException {
        Path in = Files.createDirectories(tmp.resolve("archive"));
        List<Path> good = new ArrayList<>();
        good.addAll(copy(Samples.list("dev/pdf", ".pdf"), in.resolve("dev")));
        good.addAll(copy(Samples.list("real", ".pdf"), in.resolve("real")));
        Path corrupt = in.resolve("copy/julu-2023.writer.pdf");
        Files.createDirectories(corrupt.getParent());
        byte[] whole = Files.readAllBytes(Samples.path("dev/pdf/julu-2023.writer.pdf"));
        Files.write(corrupt, java.util.Arrays.copyOf(whole, whole.length / 3)); // cut off: no xref, no trailer
        Path out = tmp.resolve("out");
        Path db = tmp.resolve("dataset.sqlite");

        ExtractCommandTest.Run first = ExtractCommandTest.run("extract", in.toString(), "-o", out.toString(),
                "--jobs", "2", "--sqlite", db.toString());
        assertEquals(ExitCode.SOME_FAILED, first.code(), first.err());
        Map<String, CSVRecord> manifest = manifest(out);
        assertEquals(good.size() + 1, manifest.size());
        CSVRecord bad = manifest.get(corrupt.toString());
        assertEquals("failed", bad.get("status"));
        assertEquals("DAMAGED_PDF", bad.get("error_code"));
        assertTrue(bad.get("message").startsWith("PDFBox could not open the file: ")
                && bad.get("message").endsWith("; the file is truncated or damaged; download it again"),
                bad.get("message"));
        assertTrue(first.err().contains("FAILED " + corrupt + ": julu-2023.writer.pdf: DAMAGED_PDF: "), first.err());
        for (Path g : good) {
            CSVRecord row = manifest.get(g.toString());
            assertEquals("ok", row.get("status"), g + ": " + row);
            assertEquals(64, row.get("sha256").length());
            assertTrue(Integer.parseInt(row.get("pages")) > 0, row.toString());
            Document d = JsonExporter.read(out.resolve(row.get("output")));
            assertEquals(g.toString(), d.source().path());
            assertEquals(d.indicatorCount(), Integer.parseInt(row.get("indicators")));
        }
        assertEquals("julu-2023.writer.pdf-2.json", manifest.get(in.resolve("dev/julu-2023.writer.pdf").toString())
                .get("output"), "the corrupt copy sorts first (copy/ < dev/) and took the plain name");
        assertFalse(Files.exists(out.resolve("julu-2023.writer.pdf.json")), "a failed file leaves no JSON");

        Map<String, Long> csvRows = new LinkedHashMap<>();
        for (String t : TABLES) {
            csvRows.put(t.replace(".csv", ""), (long) records(out.resolve(t)).size());
        }
        assertTrue(csvRows.get("indicators") > 900, csvRows.toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (Map.Entry<String, Long> e : csvRows.entrySet()) {
                assertEquals(e.getValue(), count(st, "SELECT count(*) FROM " + e.getKey()), e.getKey());
            }
            assertEquals(good.size(), count(st, "SELECT count(*) FROM documents"));
            try (ResultSet r = st.executeQuery("SELECT typeof(budget_total), typeof(fiscal_year), typeof(seq) "
                    + "FROM projects WHERE budget_total IS NOT NULL LIMIT 1")) {
                assertTrue(r.next());
                assertEquals(List.of("real", "integer", "integer"),
                        List.of(r.getString(1), r.getString(2), r.getString(3)));
            }
            // every indicator joins its project on the keys, and the CSV's numbers come back as numbers
            assertEquals(csvRows.get("indicators"), count(st, "SELECT count(*) FROM indicators i JOIN projects p "
                    + "ON p.source_path = i.source_path AND p.seq = i.project_seq"));
            assertEquals(0, count(st, "SELECT count(*) FROM indicators WHERE target_number IS NOT NULL "
                    + "AND typeof(target_number) <> 'real'"));
            assertTrue(count(st, "SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                    + "AND name IN ('projects_code', 'indicators_project_code', 'issues_project')") == 3);
        }

        String tables = tables(out);
        ExtractCommandTest.Run second = ExtractCommandTest.run("extract", in.toString(), "-o", out.toString(),
                "--jobs", "2", "--resume");
        assertEquals(ExitCode.SOME_FAILED, second.code(), second.err());
        assertTrue(second.out().contains(": 0 ok, " + good.size() + " skipped, 1 failed in "), second.out());
        Map<String, CSVRecord> again = manifest(out);
        for (Path g : good) {
            assertEquals("skipped", again.get(g.toString()).get("status"), g.toString());
            assertEquals(manifest.get(g.toString()).get("sha256"), again.get(g.toString()).get("sha256"));
        }
        assertEquals("failed", again.get(corrupt.toString()).get("status"));
        assertEquals(tables, tables(out), "the tables are rebuilt the same from the JSON files");
    }

    @Test
    void aRunKilledMidwayResumesToTheSameDataset() throws IOException, InterruptedException {
        List<Path> pdfs = Samples.list("dev/pdf", ".pdf").stream()
                .filter(p -> p.getFileName().toString().contains(".writer.")).toList(); // 9 files, 73 pages
        Path in = Files.createDirectories(tmp.resolve("in"));
        copy(pdfs, in);
        Path reference = tmp.resolve("reference");
        assertEquals(ExitCode.OK, ExtractCommandTest.run("extract", in.toString(), "-o", reference.toString(),
                "--quiet").code());

        Path out = tmp.resolve("out");
        Process child = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                "jixiao.cli.Main", "extract", in.toString(), "-o", out.toString(), "--jobs", "1", "--quiet")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (jsonFiles(out).size() < 3 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
        assertTrue(child.waitFor(1, TimeUnit.MINUTES));
        assertNotEquals(0, child.exitValue(), "killed, not finished: " + Files.readString(tmp.resolve("child.log")));
        assertFalse(Files.exists(out.resolve("manifest.csv")), "the manifest is written last: the run was cut short");
        List<Path> left = jsonFiles(out);
        assertTrue(left.size() >= 3 && left.size() < pdfs.size(), "converted before the kill: " + left);
        for (Path json : left) {
            JsonExporter.read(json); // every JSON that is there is whole
        }

        ExtractCommandTest.Run resumed = ExtractCommandTest.run("extract", in.toString(), "-o", out.toString(),
                "--resume", "--quiet");
        assertEquals(ExitCode.OK, resumed.code(), resumed.err());
        Map<String, CSVRecord> manifest = manifest(out);
        long skipped = manifest.values().stream().filter(r -> r.get("status").equals("skipped")).count();
        assertTrue(skipped >= 3, "the files converted before the kill were not converted again: " + manifest);
        assertEquals(pdfs.size() - skipped,
                manifest.values().stream().filter(r -> r.get("status").equals("ok")).count());
        assertEquals(tables(reference), tables(out), "the same four tables as the uninterrupted run");
        assertEquals(contents(jsonFiles(reference)), contents(jsonFiles(out)), "the same JSON files");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(),
                    "the killed run's temporary files are gone");
        }
    }

    @Test
    void aFourHundredPagePdfConvertsInA256MegabyteHeap() throws IOException, InterruptedException {
        Path big = TestPdfs.merged(400, tmp.resolve("400-pages.pdf"));
        Path out = tmp.resolve("out");
        Process child = new ProcessBuilder(java(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "jixiao.cli.Main", "extract", big.toString(), "-o", out.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        assertTrue(child.waitFor(Duration.ofMinutes(5).toMillis(), TimeUnit.MILLISECONDS), "timed out");
        String log = Files.readString(tmp.resolve("child.log"));
        assertEquals(ExitCode.OK, child.exitValue(), log);
        Document d = JsonExporter.read(out.resolve("400-pages.pdf.json"));
        assertEquals(400, d.source().pages());
        assertTrue(d.projects().size() > 100, "projects: " + d.projects().size());
    }

    /** The java launcher of this JVM, so that the child runs the same Java. */
    private static String java() {
        return ProcessHandle.current().info().command().orElseThrow(() ->
                new IllegalStateException("cannot tell which java runs the tests"));
    }

    private static List<Path> copy(List<Path> files, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> copies = new ArrayList<>();
        for (Path f : files) {
            copies.add(Files.copy(f, dir.resolve(f.getFileName().toString())));
        }
        return copies;
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Map<String, String> contents(List<Path> files) throws IOException {
        Map<String, String> byName = new TreeMap<>();
        for (Path f : files) {
            byName.put(f.getFileName().toString(), Files.readString(f));
        }
        return byName;
    }

    private static String tables(Path out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String t : TABLES) {
            sb.append("== ").append(t).append('\n').append(Files.readString(out.resolve(t)));
        }
        return sb.toString();
    }

    /** The manifest's rows by input path, in file order. */
    private static Map<String, CSVRecord> manifest(Path out) throws IOException {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        for (CSVRecord r : records(out.resolve("manifest.csv"))) {
            rows.put(r.get("path"), r);
        }
        return rows;
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().get().parse(r).getRecords();
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
