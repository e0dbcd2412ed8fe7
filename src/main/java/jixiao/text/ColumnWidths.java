package jixiao.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates each column's wrap width from a first decoding ({@link ColumnWidth}). The widest line of the cells that
 * wrapped is taken around their median so that one misread cell does not widen the column; the full width is the
 * width most lines of Chinese characters broken before another Chinese character share, if most such lines share
 * it, and taken only where it is no wider than the widest line (a wider one comes of misread cells). Columns that
 * never wrap stay unknown (0).
 */
final class ColumnWidths {
    /** Lines broken before a Chinese character a column needs before their common width says anything. */
    private static final int MIN_FULL_LINES = 3;

    private ColumnWidths() {
    }

    static ColumnWidth[] estimate(List<GridDecoder.Row> rows, int n) {
        ColumnWidth[] out = new ColumnWidth[n];
        for (int c = 0; c < n; c++) {
            double wrap = wrap(rows, c);
            int full = wrap > 0 ? full(rows, c) : 0;
            out[c] = new ColumnWidth(wrap, full <= wrap ? full : 0);
        }
        return out;
    }

    private static double wrap(List<GridDecoder.Row> rows, int c) {
        List<Integer> maxima = new ArrayList<>();
        for (GridDecoder.Row r : rows) {
            List<String> lines = r.cells().get(c);
            if (lines == null || lines.size() < 2) {
                continue;
            }
            int m = 0;
            for (String l : lines) {
                m = Math.max(m, Width.of(l));
            }
            maxima.add(m);
        }
        if (maxima.size() < 2) {
            return 0;
        }
        Collections.sort(maxima);
        int median = maxima.get(maxima.size() / 2);
        int w = 0;
        for (int m : maxima) {
            if (m <= median + 3) {
                w = Math.max(w, m);
            }
        }
        return w;
    }

    private static int full(List<GridDecoder.Row> rows, int c) {
        Map<Integer, Integer> count = new HashMap<>();
        int n = 0;
        for (GridDecoder.Row r : rows) {
            List<String> lines = r.cells().get(c);
            for (int i = 0; lines != null && i < lines.size() - 1; i++) {
                if (Width.brokenBeforeHan(lines.get(i), lines.get(i + 1))) {
                    count.merge(Width.of(lines.get(i).strip()), 1, Integer::sum);
                    n++;
                }
            }
        }
        int best = 0;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : count.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && e.getKey() > best) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return n >= MIN_FULL_LINES && 2 * most >= n ? best : 0;
    }
}
