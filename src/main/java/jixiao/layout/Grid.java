package jixiao.layout;

import java.util.Arrays;
import java.util.List;

import jixiao.table.Rect;

/**
 * The cells of one ruled table before text is assigned: grid line positions, and for every elementary grid slot the
 * index of the (possibly merged) cell that owns it.
 */
record Grid(double[] xs, double[] ys, int[][] owner, List<Frame> frames, boolean openTop, boolean openBottom) {

    /** One cell of the grid: top-left slot, spans and rectangle. */
    record Frame(int row, int col, int rowSpan, int colSpan, Rect box) {
    }

    Rect box() {
        return new Rect(xs[0], ys[0], xs[xs.length - 1], ys[ys.length - 1]);
    }

    /** Index into {@link #frames()} of the cell holding point (x, y), or -1 when the point is outside the grid. */
    int frameAt(double x, double y, double slack) {
        if (x < xs[0] - slack || x > xs[xs.length - 1] + slack || y < ys[0] - slack || y > ys[ys.length - 1] + slack) {
            return -1;
        }
        int c = slot(xs, x);
        int r = slot(ys, y);
        return owner[r][c];
    }

    /**
     * Index of the bottom-row cell whose text overflows the grid's last rule at x: a glyph spanning
     * {@code top..bottom} that the last rule crosses (so its centre lies below the grid) belongs to the cell above
     * the rule. Chromium paints the line of a merged cell that straddles a page break on the first page, across and
     * below the table's last rule; text under a table starts below its rule. Returns -1 when the last rule does not
     * cross the glyph or x is outside the grid.
     */
    int frameOverflowingAt(double x, double top, double bottom) {
        double last = ys[ys.length - 1];
        if (x < xs[0] || x > xs[xs.length - 1] || !(top < last && last < bottom)) {
            return -1;
        }
        return owner[ys.length - 2][slot(xs, x)];
    }

    private static int slot(double[] lines, double v) {
        int i = Arrays.binarySearch(lines, v);
        int idx = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(lines.length - 2, idx));
    }
}
