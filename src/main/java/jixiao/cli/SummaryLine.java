package jixiao.cli;

import java.nio.file.Path;
import java.util.Locale;

import jixiao.batch.BatchSummary;

/** The one line printed after a batch: {@code 22 files: 21 ok, 1 failed in 12.4 s; output in out/samples}. */
final class SummaryLine {
    private SummaryLine() {
    }

    static String format(BatchSummary s, Path output) {
        return String.format(Locale.ROOT, "%d file%s: %d ok, %d failed in %.1f s; output in %s", s.total(),
                s.total() == 1 ? "" : "s", s.ok(), s.failed().size(), s.millis() / 1000.0, output);
    }
}
