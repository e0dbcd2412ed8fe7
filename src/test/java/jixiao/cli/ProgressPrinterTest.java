package jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import jixiao.JixiaoException;
import jixiao.batch.Outcome;
import jixiao.batch.Progress;

class ProgressPrinterTest {
    private static final Path FILE = Path.of("in", "julu-2023.writer.pdf");
    private static final Outcome OK = new Outcome(FILE.toString(), "0".repeat(64), Outcome.Status.OK, null, null, 14,
            11, 77, 812, Path.of("out", "julu-2023.writer.pdf.json"));
    private static final Outcome FAILED = new Outcome(FILE.toString(), null, Outcome.Status.FAILED,
            new JixiaoException(FILE, 7, "DAMAGED_PDF", "bad xref", "download it again", null), null, null, 0, 0, 5,
            null);

    /** done of 22, ok, failed, 14 pages per ok file, {@code seconds} elapsed, 100 bytes per file. */
    private static Progress at(int done, int ok, int failed, double seconds) {
        return new Progress(done, 22, ok, 0, failed, 14L * ok, (long) (seconds * 1000), 100L * done, 2200);
    }

    @Test
    void linesModePrintsAStatusLineEveryIntervalAndAtTheEnd() {
        StringWriter err = new StringWriter();
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(err), ProgressPrinter.Mode.LINES, 10_000);
        p.finished(at(1, 1, 0, 2), OK);
        p.tick(at(1, 1, 0, 9.9));
        p.tick(at(1, 1, 0, 10));
        p.finished(at(2, 1, 1, 12), FAILED);
        p.tick(at(2, 1, 1, 19));
        p.finished(at(3, 2, 1, 21), OK);
        p.done();
        assertEquals("1/22 files (1 ok, 0 skipped, 0 failed), 14 pages, 1.4 pages/s, 0m10s elapsed, ETA 3m30s\n"
                + "FAILED " + FILE + ": julu-2023.writer.pdf p.7: DAMAGED_PDF: bad xref; download it again\n"
                + "3/22 files (2 ok, 0 skipped, 1 failed), 28 pages, 1.3 pages/s, 0m21s elapsed, ETA 2m13s\n",
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void quietModePrintsOnlyFailures() {
        StringWriter err = new StringWriter();
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(err), ProgressPrinter.Mode.QUIET);
        p.finished(at(1, 1, 0, 1), OK);
        p.tick(at(1, 1, 0, 60));
        p.finished(at(2, 1, 1, 61), FAILED);
        p.done();
        assertTrue(err.toString().startsWith("FAILED "), err.toString());
        assertEquals(1, err.toString().lines().count());
    }

    @Test
    void barModeRedrawsOneLineAtMost5TimesASecondAndClearsItBeforeAFailure() {
        StringWriter err = new StringWriter();
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(err), ProgressPrinter.Mode.BAR);
        p.finished(at(1, 1, 0, 1), OK);
        p.tick(at(1, 1, 0, 1.1)); // too soon: not drawn
        p.finished(at(2, 1, 1, 2), FAILED);
        p.done();
        String s = err.toString();
        assertTrue(s.startsWith("\r\033[K[................] 1/22 files  14.0 pages/s  ETA 0m21s"), s);
        assertEquals(3, s.split("\r\033\\[K\\[").length, "drawn twice: " + s);
        assertTrue(s.contains("\r\033[KFAILED "), s);
        assertTrue(s.contains("1 failed"), s);
        assertTrue(s.endsWith("\r\033[K"), s);
    }

    @Test
    void barFitsAnEightyColumnTerminal() {
        Progress big = new Progress(123_456, 234_567, 120_000, 3_000, 456, 9_999_999, 3_600_000L * 30, 1, 2);
        String bar = ProgressPrinter.bar(big);
        assertTrue(bar.length() < 80, bar.length() + ": " + bar);
        assertEquals("[########........] 123456/234567 files  92.6 pages/s  456 failed  ETA 30h00m",
                bar);
    }

    @Test
    void durations() {
        assertEquals("0m00s", ProgressPrinter.duration(0));
        assertEquals("0m52s", ProgressPrinter.duration(52_400));
        assertEquals("12m03s", ProgressPrinter.duration(723_000));
        assertEquals("3h07m", ProgressPrinter.duration(3 * 3_600_000 + 7 * 60_000));
    }
}
