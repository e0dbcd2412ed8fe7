package jixiao.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jixiao.text.LayoutText.Cell;

/**
 * Columns of a narrow grid told by its cells where no gutter parts its lines: a layout tool sets each line of a
 * narrow table on its own, so a long description line may reach under the next column's short values while the
 * cells themselves still stand apart. The cells' centres fall into as many groups as the grid has columns (the
 * grouping whose centres lie nearest their group's mean, in order left to right); the grouping holds when each
 * group's cells also start left of every cell of the next group, and each group holds more than one cell (one cell
 * alone tells no column: a page with a column empty would part another column in two).
 */
final class CellColumns {
    /** The fewest cells that tell a column. */
    private static final int MIN_CELLS = 2;

    private CellColumns() {
    }

    /**
     * The leftmost start of each of {@code columns} columns, then {@code width + 1}; null when the cells do not part
     * so (too few cells, a group of one cell, or groups whose starts interleave).
     */
    static int[] starts(List<Cell> cells, int columns, int width) {
        if (columns < 1 || cells.size() < MIN_CELLS * columns) {
            return null;
        }
        List<Cell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparingDouble(CellColumns::centre));
        int n = sorted.size();
        double[] sum = new double[n + 1];
        double[] squares = new double[n + 1];
        for (int i = 0; i < n; i++) {
            double c = centre(sorted.get(i));
            sum[i + 1] = sum[i] + c;
            squares[i + 1] = squares[i] + c * c;
        }
        // cost[j][i]: the first i cells in j + 1 groups; cut[j][i]: where the last of them starts
        double[][] cost = new double[columns][n + 1];
        int[][] cut = new int[columns][n + 1];
        for (int i = 1; i <= n; i++) {
            cost[0][i] = spread(sum, squares, 0, i);
        }
        for (int j = 1; j < columns; j++) {
            for (int i = 0; i <= n; i++) {
                cost[j][i] = Double.MAX_VALUE;
                for (int m = j; m < i; m++) {
                    double c = cost[j - 1][m] + spread(sum, squares, m, i);
                    if (c < cost[j][i]) {
                        cost[j][i] = c;
                        cut[j][i] = m;
                    }
                }
            }
        }
        int[] from = new int[columns + 1];
        from[columns] = n;
        for (int j = columns - 1; j > 0; j--) {
            from[j] = cut[j][from[j + 1]];
        }
        int[] lo = new int[columns + 1];
        lo[columns] = width + 1;
        int previousEnd = -1;
        for (int j = 0; j < columns; j++) {
            int least = Integer.MAX_VALUE;
            int most = -1;
            for (int i = from[j]; i < from[j + 1]; i++) {
                least = Math.min(least, sorted.get(i).x0);
                most = Math.max(most, sorted.get(i).x0);
            }
            if (least <= previousEnd || from[j + 1] - from[j] < MIN_CELLS) {
                return null;
            }
            lo[j] = least;
            previousEnd = most;
        }
        return lo;
    }

    /** The summed squared distance of the centres i..e-1 (sorted) from their mean. */
    private static double spread(double[] sum, double[] squares, int i, int e) {
        double s = sum[e] - sum[i];
        return squares[e] - squares[i] - s * s / (e - i);
    }

    private static double centre(Cell c) {
        return (c.x0 + c.x1) / 2.0;
    }
}
