package jixiao.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Estimates each column's wrap width from a first decoding: the widest line of the cells that wrapped, taken
 * around their median so that one misread cell does not widen the column. Columns that never wrap stay unknown (0).
 */
final class ColumnWidths {
    private ColumnWidths() {
    }

    static double[] estimate(List<GridDecoder.Row> rows, int n) {
        double[] out = new double[n];
        for (int c = 0; c < n; c++) {
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
                continue;
            }
            Collections.sort(maxima);
            int median = maxima.get(maxima.size() / 2);
            int w = 0;
            for (int m : maxima) {
                if (m <= median + 3) {
                    w = Math.max(w, m);
                }
            }
            out[c] = w;
        }
        return out;
    }
}
