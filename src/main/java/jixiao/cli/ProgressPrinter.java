package jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import jixiao.ConversionResult;
import jixiao.JixiaoException;
import jixiao.batch.Progress;
import jixiao.batch.ProgressListener;

/**
 * Prints a batch's progress on stderr. {@code COUNTER}: one line redrawn in place (stderr is a terminal);
 * {@code LINES}: one log line per converted file; {@code QUIET}: nothing. In every mode a failed file prints one
 * line, {@code FAILED <path>: <describe()>}.
 */
final class ProgressPrinter implements ProgressListener {
    enum Mode { COUNTER, LINES, QUIET }

    private static final String CLEAR_LINE = "\r\033[K";
    /** In code points; CJK glyphs are two columns wide, so 30 of them still fit a row of 80 with the counter. */
    private static final int MAX_COUNTER_NAME = 30;

    private final PrintWriter err;
    private final Mode mode;
    private boolean counterShown;

    ProgressPrinter(PrintWriter err, Mode mode) {
        this.err = err;
        this.mode = mode;
    }

    @Override
    public void started(Progress p, Path file) {
        if (mode == Mode.COUNTER) {
            err.print(CLEAR_LINE + prefix(p) + " " + p.ok() + " ok, " + p.failed() + " failed; converting "
                    + shortName(file) + " …");
            err.flush();
            counterShown = true;
        }
    }

    @Override
    public void finished(Progress p, Path file, ConversionResult result, Path output) {
        if (mode == Mode.LINES) {
            err.println(prefix(p) + " ok " + file.getFileName() + " " + counts(result) + " " + result.millis()
                    + " ms");
            err.flush();
        }
    }

    @Override
    public void failed(Progress p, Path file, JixiaoException error) {
        clearCounter();
        err.println("FAILED " + file + ": " + error.describe());
        err.flush();
    }

    /** Ends the counter line, if one is shown, before the summary is printed. */
    void done() {
        clearCounter();
    }

    private void clearCounter() {
        if (counterShown) {
            err.print(CLEAR_LINE);
            err.flush();
            counterShown = false;
        }
    }

    /** The counter must stay on one terminal row, or {@code \r} cannot redraw it: keep the name's tail. */
    static String shortName(Path file) {
        String name = String.valueOf(file.getFileName());
        int max = MAX_COUNTER_NAME;
        return name.codePointCount(0, name.length()) <= max ? name
                : "…" + name.substring(name.offsetByCodePoints(name.length(), -(max - 1)));
    }

    private static String prefix(Progress p) {
        return "[" + p.index() + "/" + p.total() + "]";
    }

    /** {@code 14 pages 11 projects 77 indicators}; text input has no pages. */
    static String counts(ConversionResult r) {
        String pages = r.document().source() != null && r.document().source().pages() != null
                ? r.pages() + " pages " : "";
        return pages + r.document().projects().size() + " projects " + r.document().indicatorCount()
                + " indicators";
    }
}
