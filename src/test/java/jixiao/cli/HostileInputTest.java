package jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.HostileInputs;
import jixiao.Jixiao;
import jixiao.JixiaoException;
import jixiao.Options;
import jixiao.Samples;
import jixiao.TestPdfs;
import jixiao.export.JsonExporter;
import jixiao.model.Document;
import jixiao.model.Issue;

/**
 * Broken and hostile input, end to end through the CLI: one batch over every case {@link HostileInputs} builds,
 * among good samples. Each case must end as documented (README, "Broken and hostile input"): the error code and
 * manifest row of a failure, which leaves no output, or the issues of a file that converts; the good files all
 * convert; the exit status is 2; and nothing is written outside the output folder.
 */
class HostileInputTest {
    @TempDir
    static Path tmp;
    static Path in;

    /** What one case must come to: {@code ok} with these issue codes among its issues, or failed with a code. */
    record Expect(String status, String code, List<String> issues) {
        static Expect ok(String... issues) {
            return new Expect("ok", "", List.of(issues));
        }

        static Expect failed(String code) {
            return new Expect("failed", code, List.of());
        }
    }

    static final Map<String, Expect> CASES = new LinkedHashMap<>();

    @BeforeAll
    static void buildInputs() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        Path small = Samples.path(HostileInputs.SMALL);
        byte[] bytes = HostileInputs.small();
        put("good/" + small.getFileName(), Files.copy(small, dir("good").resolve(small.getFileName())), Expect.ok());
        Path other = Samples.path("dev/pdf/c-sichuan-pidu-2021-xiangcun.chrome.pdf");
        put("good/" + other.getFileName(), Files.copy(other, dir("good").resolve(other.getFileName())), Expect.ok());
        Path text = Samples.path("dev/text/h-hebei-jingxian-2024-shichang.writer.txt");
        put("good/" + text.getFileName(), Files.copy(text, dir("good").resolve(text.getFileName())), Expect.ok());
        Path real = Samples.path("real/putuo-zhengfuban-dept-2025.pdf");
        put("real/no-target-tables.pdf", Files.copy(real, dir("real").resolve("no-target-tables.pdf")),
                Expect.ok("NO_TARGET_TABLE"));

        // cut short: without the trailer PDFBox finds no catalog, until the cut spares everything but the last bytes
        for (int percent : new int[] {1, 10, 50, 90, 99}) {
            put("cut/truncated-" + percent + ".pdf", HostileInputs.truncated(bytes, percent / 100.0,
                    dir("cut").resolve("truncated-" + percent + ".pdf")),
                    percent < 99 ? Expect.failed("DAMAGED_PDF") : Expect.ok());
        }
        // the middle of this sample is font data: the junk costs nothing that is read
        put("bad/corrupt-middle.pdf", HostileInputs.corruptMiddle(bytes, 4096,
                dir("bad").resolve("corrupt-middle.pdf")), Expect.ok());
        put("bad/random.pdf", HostileInputs.randomBytes(65536, false, dir("bad").resolve("random.pdf")),
                Expect.failed("NOT_A_PDF"));
        put("bad/random-with-header.pdf", HostileInputs.randomBytes(65536, true,
                dir("bad").resolve("random-with-header.pdf")), Expect.failed("DAMAGED_PDF"));
        put("bad/empty.pdf", HostileInputs.empty(dir("bad").resolve("empty.pdf")), Expect.failed("NOT_A_PDF"));
        put("bad/html.pdf", HostileInputs.html(dir("bad").resolve("html.pdf")), Expect.failed("NOT_A_PDF"));
        put("bad/word-ole.pdf", HostileInputs.oleWord(dir("bad").resolve("word-ole.pdf")), Expect.failed("NOT_A_PDF"));
        put("bad/word-docx.pdf", HostileInputs.docx(dir("bad").resolve("word-docx.pdf")), Expect.failed("NOT_A_PDF"));

        put("locked/user-password.pdf", HostileInputs.userPassword(small, dir("locked").resolve("user-password.pdf")),
                Expect.failed("PASSWORD_REQUIRED"));
        put("locked/owner-password.pdf", HostileInputs.ownerPasswordOnly(small,
                dir("locked").resolve("owner-password.pdf")), Expect.ok());

        put("scan/scanned.pdf", HostileInputs.imageOnly(small, dir("scan").resolve("scanned.pdf")),
                Expect.failed("NO_TEXT_LAYER"));
        put("scan/one-scanned-page.pdf", HostileInputs.withScannedPage(small,
                dir("scan").resolve("one-scanned-page.pdf")), Expect.ok("NO_TEXT_LAYER"));
        put("damaged/one-damaged-page.pdf", HostileInputs.undecodablePages(small,
                dir("damaged").resolve("one-damaged-page.pdf"), 2), Expect.ok("PAGE_UNREADABLE"));
        put("damaged/all-pages-damaged.pdf", HostileInputs.undecodablePages(small,
                dir("damaged").resolve("all-pages-damaged.pdf"), 1, 2), Expect.failed("DAMAGED_PDF"));

        put("damaged/page-tree-cycle.pdf", HostileInputs.pageTreeCycle(dir("damaged").resolve("page-tree-cycle.pdf")),
                Expect.failed("DAMAGED_PDF"));
        put("damaged/negative-key-length.pdf", HostileInputs.negativeKeyLength(
                dir("damaged").resolve("negative-key-length.pdf")), Expect.failed("DAMAGED_PDF"));
        put("damaged/huge-page-count.pdf", HostileInputs.hugePageCount(bytes,
                dir("damaged").resolve("huge-page-count.pdf")), Expect.ok());

        for (int degrees : new int[] {90, 180, 270}) {
            put("turned/rotate-" + degrees + ".pdf", HostileInputs.rotated(small, degrees,
                    dir("turned").resolve("rotate-" + degrees + ".pdf")), Expect.ok());
        }
        put("turned/landscape.pdf", HostileInputs.landscape(small, dir("turned").resolve("landscape.pdf")),
                Expect.ok());

        byte[] other2 = Files.readAllBytes(other);
        HostileInputs.zip(dir("zips").resolve("slip.zip"), new String[] {"../../evil.pdf", "inside/kept.pdf"},
                new byte[][] {bytes, other2});
        CASES.put("zips/slip.zip!/../../evil.pdf", Expect.ok());
        CASES.put("zips/slip.zip!/inside/kept.pdf", Expect.ok());
        HostileInputs.zip(dir("zips").resolve("good.zip"), new String[] {"budgets/in-zip.pdf"},
                new byte[][] {bytes});
        CASES.put("zips/good.zip!/budgets/in-zip.pdf", Expect.ok());

        put("big/400-pages.pdf", TestPdfs.merged(400, dir("big").resolve("400-pages.pdf")), Expect.ok());
    }

    private static Path dir(String name) throws IOException {
        return Files.createDirectories(in.resolve(name));
    }

    private static void put(String name, Path file, Expect expect) {
        assertEquals(in.resolve(name), file);
        CASES.put(name, expect);
    }

    @Test
    void everyCaseEndsAsDocumentedAndNothingIsWrittenOutsideOut() throws IOException {
        Map<String, Long> before = tree(tmp);
        Path out = tmp.resolve("run/out");
        ExtractCommandTest.Run r = ExtractCommandTest.run("extract", in.toString(), "-o", out.toString(), "--jobs",
                "2", "--quiet");
        Map<String, CSVRecord> manifest = manifest(out);
        System.out.println(observed(out, manifest));

        assertEquals(CASES.keySet().stream().map(n -> in + "/" + n).sorted().toList(),
                manifest.keySet().stream().sorted().toList(), "one row per case");
        long failed = 0;
        for (Map.Entry<String, Expect> c : CASES.entrySet()) {
            CSVRecord row = manifest.get(in + "/" + c.getKey());
            Expect want = c.getValue();
            String what = c.getKey() + ": " + row;
            assertEquals(want.status(), row.get("status"), what);
            assertEquals(want.code(), row.get("error_code"), what);
            if (want.status().equals("ok")) {
                assertEquals(want.issues(), issueCodes(out, row), what);
                assertTrue(Integer.parseInt(row.get("projects")) > 0 || !want.issues().isEmpty(), what);
            } else {
                failed++;
                assertEquals("", row.get("output"), what);
                assertTrue(r.err().contains("FAILED " + in + "/" + c.getKey() + ": "), "a FAILED line for " + what);
            }
        }
        assertEquals(ExitCode.SOME_FAILED, r.code(), r.err());
        assertEquals(failed, r.err().lines().filter(l -> l.startsWith("FAILED ")).count(), r.err());

        // derived from the small sample and converted: the same project and indicators as the sample itself
        CSVRecord reference = manifest.get(in + "/good/" + Path.of(HostileInputs.SMALL).getFileName());
        for (String same : List.of("locked/owner-password.pdf", "turned/rotate-90.pdf", "turned/rotate-180.pdf",
                "turned/rotate-270.pdf", "turned/landscape.pdf", "cut/truncated-99.pdf", "bad/corrupt-middle.pdf",
                "damaged/huge-page-count.pdf",
                "zips/slip.zip!/../../evil.pdf", "zips/good.zip!/budgets/in-zip.pdf")) {
            CSVRecord row = manifest.get(in + "/" + same);
            assertEquals(List.of(reference.get("projects"), reference.get("indicators")),
                    List.of(row.get("projects"), row.get("indicators")), same);
        }
        CSVRecord big = manifest.get(in + "/big/400-pages.pdf");
        assertEquals("400", big.get("pages"));

        // nothing outside OUT changed; OUT holds the tables, the manifest and the converted files' JSON only
        Map<String, Long> after = tree(tmp);
        after.keySet().removeIf(f -> f.startsWith("run/"));
        assertEquals(before, after, "files outside OUT");
        List<String> expected = new ArrayList<>(List.of(".jixiao.lock", "department_goals.csv", "indicators.csv",
                "issues.csv", "manifest.csv", "projects.csv"));
        manifest.values().stream().map(row -> row.get("output")).filter(o -> !o.isEmpty()).forEach(expected::add);
        try (Stream<Path> listing = Files.walk(tmp.resolve("run"))) {
            assertEquals(expected.stream().sorted().toList(), listing.filter(p -> !p.equals(tmp.resolve("run"))
                    && !p.equals(out)).map(p -> out.relativize(p).toString()).sorted().toList(),
                    "OUT holds no stray, temporary or unpacked file");
        }
    }

    @Test
    void passwordsComeFromTheOptionAndTheFileAndAreNeverPrinted() throws IOException {
        Path pwFile = Files.writeString(tmp.resolve("passwords.txt"), "\uFEFF# passwords for 2024\n\n   \n"
                + "not-this-one\n#" + HostileInputs.USER_PASSWORD + "\n" + HostileInputs.USER_PASSWORD + "\n");
        List<String> locked = List.of("locked/user-password.pdf", "locked/owner-password.pdf",
                "good/" + Path.of(HostileInputs.SMALL).getFileName());
        String[] inputs = locked.stream().map(n -> in.resolve(n).toString()).toArray(String[]::new);

        ExtractCommandTest.Run wrong = run(inputs, "pw-wrong", "--password", "wrong-one");
        assertEquals(ExitCode.SOME_FAILED, wrong.code(), wrong.err());
        assertTrue(wrong.err().contains("user-password.pdf: PASSWORD_REQUIRED: the PDF is encrypted with a user "
                + "password, and the password given does not open it; pass the password with --password, or list "
                + "the candidates in --password-file"), wrong.err());
        assertEquals(1, wrong.err().lines().filter(l -> l.startsWith("FAILED ")).count(),
                "the owner-password-only PDF opens although the password given is not its own: " + wrong.err());

        ExtractCommandTest.Run fromFile = run(inputs, "pw-file", "--password", "wrong-one", "--password-file",
                pwFile.toString());
        assertEquals(ExitCode.OK, fromFile.code(), fromFile.err());
        for (ExtractCommandTest.Run r : List.of(wrong, fromFile)) {
            String printed = r.out() + r.err() + Files.readString(tmp.resolve("pw-file/manifest.csv"));
            assertFalse(printed.contains(HostileInputs.USER_PASSWORD) || printed.contains("wrong-one")
                    || printed.contains("not-this-one"), printed);
        }

        ExtractCommandTest.Run missing = run(inputs, "pw-missing", "--password-file",
                tmp.resolve("no-such-file.txt").toString());
        assertEquals(ExitCode.USAGE, missing.code());
        assertTrue(missing.err().startsWith("error: cannot read --password-file "), missing.err());
    }

    @Test
    void aFileOverTheTimeLimitFailsAsTimeoutAndLeavesNoOutput() throws IOException {
        Path small = in.resolve("good/" + Path.of(HostileInputs.SMALL).getFileName());
        ExtractCommandTest.Run r = run(new String[] {small.toString()}, "timeout", "--timeout", "0.001");
        assertEquals(ExitCode.ALL_FAILED, r.code(), r.err());
        assertTrue(r.err().contains(": TIMEOUT: " + small.getFileName() + " took longer than the time limit of "
                + "0.001 s"), r.err());
        assertTrue(r.err().contains("; raise --timeout (0: no limit), or check the file"), r.err());
        assertFalse(Files.exists(tmp.resolve("timeout/" + small.getFileName() + ".json")));
        assertEquals("TIMEOUT", manifest(tmp.resolve("timeout")).get(small.toString()).get("error_code"));

        assertEquals(ExitCode.OK, run(new String[] {small.toString()}, "no-limit", "--timeout", "0").code());
        assertEquals(ExitCode.USAGE, run(new String[] {small.toString()}, "negative", "--timeout", "-1").code());
        assertEquals(ExitCode.USAGE, run(new String[] {small.toString()}, "nan", "--timeout", "soon").code());
    }

    /** The 400-page PDF stops between pages once its limit has passed, well before its end. */
    @Test
    void aLongPdfStopsAtTheTimeLimitBetweenPages() {
        Path big = in.resolve("big/400-pages.pdf");
        Duration limit = Duration.ofMillis(400); // far below the time its 400 pages take, however fast the machine
        long start = System.nanoTime();
        JixiaoException e = assertThrows(JixiaoException.class,
                () -> Jixiao.convert(big, Options.defaults().withTimeout(limit)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("TIMEOUT", e.code(), e.describe());
        assertNotNull(e.page(), "stopped at a page: " + e.describe());
        assertTrue(e.page() < 400, e.describe());
        assertTrue(millis < limit.toMillis() + 10_000, "stopped soon after the limit: " + millis + " ms");
        assertEquals("400-pages.pdf p." + e.page() + ": TIMEOUT: 400-pages.pdf took longer than the time limit of "
                + "0.4 s (stopped at page " + e.page() + "); raise --timeout (0: no limit), or check the file: a "
                + "damaged or extremely complex PDF can take very long", e.describe());
    }

    private static ExtractCommandTest.Run run(String[] inputs, String out, String... options) {
        List<String> args = new ArrayList<>(List.of("extract"));
        args.addAll(List.of(inputs));
        args.addAll(List.of("-o", tmp.resolve(out).toString(), "--quiet"));
        args.addAll(List.of(options));
        return ExtractCommandTest.run(args.toArray(String[]::new));
    }

    /** A line per input: status, code, issue codes, counts and message, for the log and the README table. */
    private static String observed(Path out, Map<String, CSVRecord> manifest) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, CSVRecord> e : manifest.entrySet()) {
            CSVRecord row = e.getValue();
            sb.append(e.getKey().substring(in.toString().length() + 1)).append(" -> ").append(row.get("status"))
                    .append(' ').append(row.get("error_code")).append(' ').append(issueCodes(out, row))
                    .append(" projects=").append(row.get("projects")).append(" indicators=")
                    .append(row.get("indicators")).append(" | ").append(row.get("message")).append('\n');
        }
        return sb.toString();
    }

    private static List<String> issueCodes(Path out, CSVRecord row) throws IOException {
        if (row.get("output").isEmpty()) {
            return List.of();
        }
        Document d = JsonExporter.read(out.resolve(row.get("output")));
        return d.issues().stream().map(Issue::code).distinct().toList();
    }

    /** Every file under {@code root} with its size, but the output folder's. */
    private static Map<String, Long> tree(Path root) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.size(p));
            }
        }
        return files;
    }

    private static Map<String, CSVRecord> manifest(Path out) throws IOException {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(out.resolve("manifest.csv"))) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
                rows.put(rec.get("path"), rec);
            }
        }
        return rows;
    }
}
