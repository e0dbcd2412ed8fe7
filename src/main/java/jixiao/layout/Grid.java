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

    private static int slot(double[] lines, double v) {
        int i = Arrays.binarySearch(lines, v);
        int idx = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(lines.length - 2, idx));
    }
}
