package jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the CLI in-process with captured output. */
class ExtractCommandTest {
    @TempDir
    Path tmp;

    /** The captured result of one run. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void anEmptyPdfFailsWithExitCode3AndLeavesNoJson() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path bad = Files.createFile(in.resolve("bad.pdf"));
        Path out = tmp.resolve("out");
        Run r = run("extract", in.toString(), "-o", out.toString());
        assertEquals(ExitCode.ALL_FAILED, r.code(), r.err());
        assertTrue(r.err().contains("FAILED " + bad + ": bad.pdf: NOT_A_PDF: "), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("FAILED ")).count(), r.err());
        assertFalse(Files.exists(out.resolve("bad.pdf.json")));
        assertTrue(r.out().contains("1 file: 0 ok, 1 failed"), r.out());
    }

    @Test
    void quietStillPrintsFailures() throws IOException {
        Path bad = Files.createFile(tmp.resolve("bad.pdf"));
        Run r = run("extract", "--quiet", bad.toString(), "-o", tmp.resolve("out").toString());
        assertEquals(ExitCode.ALL_FAILED, r.code());
        assertEquals("FAILED " + bad + ": " + "bad.pdf: NOT_A_PDF: neither a PDF (no %PDF- header) nor a text file "
                + "(the file is empty); convert it to PDF or plain text first, or remove it from the input",
                r.err().strip());
    }

    @Test
    void missingOutputIsAUsageError() {
        Run r = run("extract", tmp.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("Missing required option: '--output=OUT'"), r.err());
    }

    @Test
    void noInputFilesIsAUsageError() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Run r = run("extract", empty.toString(), "-o", tmp.resolve("out").toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("no .pdf, .txt or .zip files found"), r.err());
    }

    @Test
    void helpDocumentsEveryOptionAndTheExitCodes() {
        Run r = run("extract", "--help");
        assertEquals(ExitCode.OK, r.code());
        for (String s : new String[] {"PATH...", "-o, --output=OUT", "--excel", "--password=PW", "-j, --jobs=N",
            "--resume", "--sqlite=FILE", "-q, --quiet", "--password-file=FILE", "--timeout=SECONDS", "default: 300",
            "-h, --help", "-V, --version", "Exit codes:", "  0 ", "  1 ", "  2 ", "  3 ", "NOT_FOUND", "READ_FAILED",
            "NOT_A_PDF", "DAMAGED_PDF", "NO_TEXT_LAYER", "PASSWORD_REQUIRED", "TIMEOUT", "INTERNAL_ERROR"}) {
            assertTrue(r.out().contains(s), "--help lacks " + s + ":\n" + r.out());
        }
        Run top = run("--help");
        assertTrue(top.out().contains("extract") && top.out().contains("version") && top.out().contains("Exit codes:"),
                top.out());
    }

    @Test
    void versionAndNoSubcommand() {
        Run v = run("version");
        assertEquals(ExitCode.OK, v.code());
        assertTrue(v.out().startsWith("jixiao "), v.out());
        Run none = run();
        assertEquals(ExitCode.USAGE, none.code());
        assertTrue(none.err().contains("Usage: jixiao"), none.err());
        assertEquals(ExitCode.USAGE, run("extract", "--no-such-option").code());
    }
}
