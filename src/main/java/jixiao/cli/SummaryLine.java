package jixiao.cli;

import java.nio.file.Path;
import java.util.Locale;

import jixiao.batch.BatchSummary;

/**
 * The one line printed after a batch: {@code 22 files: 21 ok, 1 failed in 12.4 s; output in out/samples}, with
 * {@code , 11 skipped} after the ok count when a resumed run skipped files.
 */
final class SummaryLine {
    private SummaryLine() {
    }

    static String format(BatchSummary s, Path output) {
        String skipped = s.skipped() > 0 ? ", " + s.skipped() + " skipped" : "";
        return String.format(Locale.ROOT, "%d file%s: %d ok%s, %d failed in %.1f s; output in %s", s.total(),
                s.total() == 1 ? "" : "s", s.ok(), skipped, s.failed().size(), s.millis() / 1000.0, output);
    }
}
