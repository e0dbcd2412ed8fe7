package jixiao.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import jixiao.text.LayoutLevels.Lead;
import jixiao.text.LayoutText.Cell;

/**
 * Where the groups of one level column start, read from where its merged cells' text stands. A merged cell's text
 * stands at the middle, the top or the bottom of its group, as the table aligns its cells: each alignment gives a
 * reading of the groups and a miss (lines between each cell and the place the alignment gives it), and the table's
 * alignment is the one whose readings miss least over its level columns.
 */
final class GroupAlignment {
    /** What rows above the first level cell's group cost (in lines) when the grid starts on this page. */
    private static final double LEAD_COST = 1;
    /** What a name atop the last group costs where names stand amid or at the foot of their groups (cut there). */
    private static final double CUT_COST = 0.5;

    /** Where a merged cell's text stands in its group. */
    enum Align { TOP, MIDDLE, BOTTOM }

    /**
     * One level column's groups under each alignment: the first row of each cell's group (rows.size() when it has
     * none) and the reading's miss. A column of fewer than two cells is read by centres alone, and misses nothing.
     */
    record Readings(int[] topped, int[] centred, int[] bottomed, double t, double c, double b) {
        int[] starts(Align a) {
            return switch (a) {
                case TOP -> topped;
                case MIDDLE -> centred;
                case BOTTOM -> bottomed;
            };
        }
    }

    private GroupAlignment() {
    }

    /** The readings of one level column's cells (sorted top to bottom here) over the grid's rows. */
    static Readings read(List<Cell> levels, PaddedRows rows, Lead lead) {
        levels.sort(Comparator.comparingDouble(GroupAlignment::centre));
        int[] centred = centred(levels, rows, lead);
        if (levels.size() < 2 || rows.size() == 0) {
            return new Readings(centred, centred, centred, 0, 0, 0);
        }
        int[] topped = topped(levels, rows, lead);
        int[] bottomed = bottomed(levels, rows);
        return new Readings(topped, centred, bottomed, fitMiss(levels, rows, topped, Align.TOP, lead),
                fitMiss(levels, rows, centred, Align.MIDDLE, lead),
                fitMiss(levels, rows, bottomed, Align.BOTTOM, lead));
    }

    /**
     * The alignment whose reading of a level column misses least, the middle among equals. Where the column cannot
     * tell two alignments apart (names on one-line rows fit atop and at the foot of their groups alike), the other
     * misses under each (the level-1 column's, read from the level-2 groups) tell; names atop and at the foot of
     * their groups fitting alike still, the one leaving fewer of the column's rows to the page before.
     */
    static Align choose(Readings column, ToDoubleFunction<Align> otherMiss) {
        double[] t = {column.t(), otherMiss.applyAsDouble(Align.TOP)};
        double[] c = {column.c(), otherMiss.applyAsDouble(Align.MIDDLE)};
        double[] b = {column.b(), otherMiss.applyAsDouble(Align.BOTTOM)};
        boolean fewerLeft = column.topped().length == 0 || column.topped()[0] <= column.bottomed()[0];
        if (less(t, c) && (less(t, b) || Arrays.equals(t, b) && fewerLeft)) {
            return Align.TOP;
        }
        return less(b, c) ? Align.BOTTOM : Align.MIDDLE;
    }

    private static boolean less(double[] x, double[] y) {
        return x[0] < y[0] || x[0] == y[0] && x[1] < y[1];
    }

    /**
     * Each cell starts the row whose top is nearest its top, after the previous cell's row; the first cell the first
     * row when the table starts on the page.
     */
    private static int[] topped(List<Cell> levels, PaddedRows rows, Lead lead) {
        int[] out = new int[levels.size()];
        int from = 0;
        for (int k = 0; k < levels.size(); k++) {
            int best = Math.min(from, rows.size());
            if (k == 0 && lead == Lead.NONE) {
                from = 1;
                continue;
            }
            double cellTop = rows.top(levels.get(k));
            for (int r = from; r < rows.size(); r++) {
                if (Math.abs(rows.top(r) - cellTop) < Math.abs(rows.top(best) - cellTop)) {
                    best = r;
                }
            }
            out[k] = best;
            from = best + 1;
        }
        return out;
    }

    /** Each cell ends with the row whose bottom is nearest its bottom; the first cell starts with the first row. */
    private static int[] bottomed(List<Cell> levels, PaddedRows rows) {
        int[] out = new int[levels.size()];
        int from = 0;
        for (int k = 0; k < levels.size(); k++) {
            out[k] = Math.min(from, rows.size());
            int best = -1;
            for (int r = from; r < rows.size(); r++) {
                double cellBottom = rows.bottom(levels.get(k));
                if (best < 0 || Math.abs(rows.bottom(r) - cellBottom) < Math.abs(rows.bottom(best) - cellBottom)) {
                    best = r;
                }
            }
            from = best < 0 ? rows.size() : best + 1;
        }
        return out;
    }

    /**
     * Lines between each cell and the place the alignment gives it in its group (its top, middle or bottom); a cell
     * left without rows costs them all. For the top and bottom alignments, rows above the first cell's group cost
     * their lines unless the grid goes on from the page before ({@link Lead#FREE}: they end a group begun there).
     * At the foot or the middle of the groups, the last cell may stand atop its group at {@link #CUT_COST}: a group
     * the page's foot cuts prints its name atop its rows on the page.
     */
    static double fitMiss(List<Cell> levels, PaddedRows rows, int[] starts, Align align, Lead lead) {
        double miss = starts[0] >= rows.size() ? rows.size()
                : lead == Lead.FREE || align == Align.MIDDLE ? 0 : rows.top(starts[0]) - rows.top(0);
        for (int k = 0; k < levels.size(); k++) {
            int s = starts[k];
            int e = (k + 1 < levels.size() ? starts[k + 1] : rows.size()) - 1;
            if (s >= rows.size() || e < s) {
                miss += rows.size();
                continue;
            }
            Cell c = levels.get(k);
            miss += switch (align) {
                case TOP -> Math.abs(rows.top(s) - rows.top(c));
                case BOTTOM -> orAtop(Math.abs(rows.bottom(e) - rows.bottom(c)), k + 1 == levels.size(), rows, s, c);
                case MIDDLE -> orAtop(Math.abs(rows.middle(s, e) - rows.centre(c)), k + 1 == levels.size(), rows, s,
                        c);
            };
        }
        return miss;
    }

    /** The miss, or for the last cell the miss of its name atop its group's first row plus {@link #CUT_COST}. */
    private static double orAtop(double miss, boolean last, PaddedRows rows, int first, Cell c) {
        return last ? Math.min(miss, Math.abs(rows.top(first) - rows.top(c)) + CUT_COST) : miss;
    }

    /**
     * Groups centred on their cells: consecutive runs of rows, one a cell, whose middles come nearest the cells'
     * centres in all (so that a run long enough to be centred on its cell does not take rows the next cell is centred
     * on; the last run may have its cell atop it, a page's foot cutting it: {@link #runMiss}). Rows above the first
     * run end a group begun on the page before: they cost a line unless the grid is continued, and there are none
     * where the table starts. With more cells than rows, each cell takes the rows up to its centre
     * ({@link #greedy}).
     */
    private static int[] centred(List<Cell> levels, PaddedRows rows, Lead lead) {
        int m = levels.size();
        int n = rows.size();
        if (m == 0 || m > n) {
            return greedy(levels, rows, lead);
        }
        double[] centre = new double[m]; // each cell's centre, once: the table below tries every run against it
        for (int k = 0; k < m; k++) {
            centre[k] = rows.centre(levels.get(k));
        }
        double[][] best = new double[m][n];
        int[][] from = new int[m][n];
        for (int e = 0; e < n; e++) {
            best[0][e] = Double.MAX_VALUE;
            for (int s0 = 0; s0 <= (lead == Lead.NONE ? 0 : e); s0++) {
                double cost = s0 == 0 || lead == Lead.FREE ? 0 : LEAD_COST;
                double c = cost + runMiss(rows, s0, e, levels.get(0), centre[0], m == 1 && e == n - 1);
                if (c < best[0][e]) {
                    best[0][e] = c;
                    from[0][e] = s0;
                }
            }
        }
        for (int k = 1; k < m; k++) {
            for (int e = 0; e < n; e++) {
                best[k][e] = Double.MAX_VALUE;
                for (int j = k - 1; j < e; j++) {
                    if (best[k - 1][j] == Double.MAX_VALUE) {
                        continue;
                    }
                    double c = best[k - 1][j]
                            + runMiss(rows, j + 1, e, levels.get(k), centre[k], k == m - 1 && e == n - 1);
                    if (c <= best[k][e]) { // among equals the earlier cells keep their longer runs
                        best[k][e] = c;
                        from[k][e] = j;
                    }
                }
            }
        }
        int[] starts = new int[m];
        int e = n - 1;
        for (int k = m - 1; k > 0; k--) {
            int j = from[k][e];
            starts[k] = j + 1;
            e = j;
        }
        starts[0] = from[0][e];
        return starts;
    }

    /**
     * How far a run of rows [s, e] centres off its cell's centre; for the last cell's run ending the grid, at most its
     * name's miss atop the run plus {@link #CUT_COST}, as {@link #fitMiss} counts it.
     */
    private static double runMiss(PaddedRows rows, int s, int e, Cell c, double centre, boolean last) {
        return orAtop(Math.abs(rows.middle(s, e) - centre), last, rows, s, c);
    }

    /** Groups centred on their cells, cell by cell (see {@link #lastRow}). */
    private static int[] greedy(List<Cell> levels, PaddedRows rows, Lead lead) {
        int[] starts = new int[levels.size()];
        int s = levels.isEmpty() || lead == Lead.NONE ? 0 : firstStart(levels, rows, lead == Lead.FREE);
        for (int k = 0; k < levels.size(); k++) {
            starts[k] = s;
            if (s >= rows.size()) {
                continue;
            }
            int best = lastRow(levels, k, s, rows);
            s = k + 1 < levels.size() ? (best < 0 ? s : best + 1) : rows.size();
        }
        return starts;
    }

    /**
     * Where the first level cell's group starts: at the first row, unless the rows above its centre are better left
     * out by more than a line (they end a group that began on the page before, whose cell is there); by half a line
     * when the grid is continued from the page before without a header.
     */
    private static int firstStart(List<Cell> levels, PaddedRows rows, boolean continued) {
        double margin = continued ? 0.5 : 1;
        double c = rows.centre(levels.get(0));
        int pick = 0;
        double pickMiss = miss(levels, 0, 0, rows);
        for (int s0 = 1; s0 < rows.size() && rows.firstLine(s0) <= c; s0++) {
            double m = miss(levels, 0, s0, rows);
            if (continued ? m + margin <= pickMiss : m + margin < pickMiss) {
                pick = s0;
                pickMiss = m;
            }
        }
        return pick;
    }

    private static double miss(List<Cell> levels, int k, int s, PaddedRows rows) {
        int e = lastRow(levels, k, s, rows);
        return e < 0 ? Double.MAX_VALUE
                : Math.abs(rows.middle(s, e) - rows.centre(levels.get(k)));
    }

    /**
     * The last row of level cell k's group starting at row s, or -1: the run's last row starts before the next
     * cell's centre, and its middle comes as close as it can to this cell's centre.
     */
    private static int lastRow(List<Cell> levels, int k, int s, PaddedRows rows) {
        double c = rows.centre(levels.get(k));
        double nextCentre = k + 1 < levels.size() ? rows.centre(levels.get(k + 1)) : Double.MAX_VALUE;
        int best = -1;
        double bestMiss = Double.MAX_VALUE;
        for (int e = s; e < rows.size(); e++) {
            if (e > s && rows.firstLine(e) > nextCentre) {
                break;
            }
            double miss = Math.abs(rows.middle(s, e) - c);
            if (miss < bestMiss) {
                best = e;
                bestMiss = miss;
            }
            if (k + 1 < levels.size() && e + 1 < rows.size() && rows.firstLine(e + 1) > nextCentre) {
                break; // the next cell's run would start after its centre
            }
        }
        return best;
    }

    private static double centre(Cell c) {
        return (c.top + c.bottom) / 2.0;
    }
}
