package jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.ConversionResult;
import jixiao.JixiaoException;
import jixiao.batch.Progress;
import jixiao.model.Document;
import jixiao.model.Metadata;
import jixiao.model.Source;

class ProgressPrinterTest {
    private static final Path FILE = Path.of("in", "julu-2023.writer.pdf");
    private static final ConversionResult RESULT = new ConversionResult(new Document(Document.SCHEMA,
            new Source("julu-2023.writer.pdf", "0".repeat(64), "pdf", 14),
            new Metadata(null, null, null, null, null, null, null), null, List.of(), List.of()), 812);
    private static final JixiaoException ERROR = new JixiaoException(FILE, 7, "DAMAGED_PDF", "bad xref",
            "download it again", null);

    @Test
    void linesModePrintsOneLinePerFile() {
        StringWriter err = new StringWriter();
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(err), ProgressPrinter.Mode.LINES);
        p.started(new Progress(3, 22, 2, 0), FILE);
        p.finished(new Progress(3, 22, 3, 0), FILE, RESULT, Path.of("out"));
        p.failed(new Progress(4, 22, 3, 1), FILE, ERROR);
        assertEquals("[3/22] ok julu-2023.writer.pdf 14 pages 0 projects 0 indicators 812 ms\n"
                + "FAILED " + FILE + ": julu-2023.writer.pdf p.7: DAMAGED_PDF: bad xref; download it again\n",
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void quietModePrintsOnlyFailures() {
        StringWriter err = new StringWriter();
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(err), ProgressPrinter.Mode.QUIET);
        p.started(new Progress(1, 2, 0, 0), FILE);
        p.finished(new Progress(1, 2, 1, 0), FILE, RESULT, Path.of("out"));
        p.failed(new Progress(2, 2, 1, 1), FILE, ERROR);
        p.done();
        assertTrue(err.toString().startsWith("FAILED "), err.toString());
        assertEquals(1, err.toString().lines().count());
    }

    @Test
    void counterModeRedrawsOneLineAndClearsItBeforeAFailure() {
        StringWriter err = new StringWriter();
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(err), ProgressPrinter.Mode.COUNTER);
        p.started(new Progress(1, 2, 0, 0), FILE);
        p.failed(new Progress(1, 2, 0, 1), FILE, ERROR);
        p.started(new Progress(2, 2, 0, 1), FILE);
        p.done();
        String s = err.toString();
        assertTrue(s.startsWith("\r\033[K[1/2] 0 ok, 0 failed; converting julu-2023.writer.pdf"), s);
        assertTrue(s.contains("\r\033[KFAILED "), s);
        assertTrue(s.endsWith("\r\033[K"), s);
    }

    @Test
    void longNamesKeepTheirTail() {
        String name = "预算".repeat(40) + ".pdf";
        String shown = ProgressPrinter.shortName(Path.of(name));
        assertEquals(30, shown.codePointCount(0, shown.length()));
        assertTrue(shown.startsWith("…") && shown.endsWith("预算.pdf"), shown);
    }
}
