package jixiao.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;

import jixiao.batch.Outcome;
import jixiao.batch.Progress;
import jixiao.batch.ProgressListener;

/**
 * Prints a batch's progress on stderr. {@code BAR}: one line redrawn in place, at most every
 * {@value #REDRAW_MILLIS} ms (stderr is a terminal); {@code LINES}: a plain status line every
 * {@code lineIntervalMillis} (a log file, CI); {@code QUIET}: nothing. In every mode a failed file prints one line,
 * {@code FAILED <path>: <describe()>}. Both kinds of status show files done/total, pages per second, failures and the
 * time left:
 * <pre>
 * [######..........] 120/3000 files  41.2 pages/s  2 failed  ETA 12m03s
 * 120/3000 files (118 ok, 0 skipped, 2 failed), 2914 pages, 41.2 pages/s, 0m52s elapsed, ETA 12m03s
 * </pre>
 */
final class ProgressPrinter implements ProgressListener {
    enum Mode { BAR, LINES, QUIET }

    static final long REDRAW_MILLIS = 200;
    static final long DEFAULT_LINE_INTERVAL_MILLIS = 10_000;
    private static final String CLEAR_LINE = "\r\033[K";
    private static final int BAR_WIDTH = 16;

    private final PrintWriter err;
    private final Mode mode;
    private final long lineIntervalMillis;
    private boolean barShown;
    /** Elapsed time of the last bar or status line drawn; -1 before the first. */
    private long lastDrawn = -1;
    private Progress last;

    ProgressPrinter(PrintWriter err, Mode mode) {
        this(err, mode, DEFAULT_LINE_INTERVAL_MILLIS);
    }

    ProgressPrinter(PrintWriter err, Mode mode, long lineIntervalMillis) {
        this.err = err;
        this.mode = mode;
        this.lineIntervalMillis = lineIntervalMillis;
    }

    @Override
    public void finished(Progress p, Outcome o) {
        last = p;
        if (o.status() == Outcome.Status.FAILED) {
            clearBar();
            err.println("FAILED " + o.path() + ": " + o.error().describe());
            err.flush();
        }
        show(p, p.done() == p.total());
    }

    @Override
    public void tick(Progress p) {
        last = p;
        show(p, false);
    }

    /** Ends the progress display before the summary is printed: clears the bar, or prints a last status line. */
    void done() {
        if (mode == Mode.BAR) {
            clearBar();
        } else if (mode == Mode.LINES && last != null && last.elapsedMillis() > lastDrawn) {
            line(last);
        }
    }

    private void show(Progress p, boolean force) {
        switch (mode) {
            case BAR -> {
                if (force || lastDrawn < 0 || p.elapsedMillis() - lastDrawn >= REDRAW_MILLIS) {
                    err.print(CLEAR_LINE + bar(p));
                    err.flush();
                    barShown = true;
                    lastDrawn = p.elapsedMillis();
                }
            }
            case LINES -> {
                if (p.elapsedMillis() - Math.max(lastDrawn, 0) >= lineIntervalMillis) {
                    line(p);
                }
            }
            case QUIET -> {
            }
        }
    }

    private void line(Progress p) {
        err.println(statusLine(p));
        err.flush();
        lastDrawn = p.elapsedMillis();
    }

    private void clearBar() {
        if (barShown) {
            err.print(CLEAR_LINE);
            err.flush();
            barShown = false;
        }
    }

    /**
     * {@code [######..........] 120/3000 files  41.2 pages/s  2 failed  ETA 12m03s}: under 80 columns even for
     * 100,000s of files (skipped files are counted as done; the status lines and the summary show them apart).
     */
    static String bar(Progress p) {
        int filled = p.total() == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * p.done() / p.total());
        StringBuilder sb = new StringBuilder("[");
        sb.append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
        sb.append(p.done()).append('/').append(p.total()).append(" files  ");
        sb.append(String.format(Locale.ROOT, "%.1f pages/s", p.pagesPerSecond()));
        if (p.failed() > 0) {
            sb.append("  ").append(p.failed()).append(" failed");
        }
        sb.append("  ETA ").append(eta(p));
        return sb.toString();
    }

    /** {@code 120/3000 files (118 ok, 0 skipped, 2 failed), 2914 pages, 41.2 pages/s, 0m52s elapsed, ETA 12m03s} */
    static String statusLine(Progress p) {
        return String.format(Locale.ROOT, "%d/%d files (%d ok, %d skipped, %d failed), %d pages, %.1f pages/s, "
                        + "%s elapsed, ETA %s", p.done(), p.total(), p.ok(), p.skipped(), p.failed(), p.pages(),
                p.pagesPerSecond(), duration(p.elapsedMillis()), eta(p));
    }

    private static String eta(Progress p) {
        if (p.done() == p.total()) {
            return "0m00s";
        }
        OptionalLong eta = p.etaMillis();
        return eta.isPresent() ? duration(eta.getAsLong()) : "?";
    }

    /** {@code 0m52s}, {@code 12m03s}, {@code 3h07m}. */
    static String duration(long millis) {
        long s = (millis + 500) / 1000;
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
        }
        return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
