package jixiao.text;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Where the rows of an indicator grid in space-aligned text start. Every row holds one value cell (its anchor); the
 * lines between two anchors go to the row above or below so that the cells beside the values sit where the table's
 * alignment puts them: centred on their row's value, starting with it or ending with it.
 */
final class RowStarts {
    /** Cost of a line inside a cell's line range that holds none of its text (lines of cells interleave). */
    private static final double GAP_COST = 0.25;
    /** Cost of a row that holds a value and nothing beside it. */
    private static final double LONE_VALUE_COST = 1;
    /** Cost of two lines of a row's cell where the upper had room for the lower's first word (two cells). */
    private static final double ROOM_COST = 0.3;
    /**
     * Cost of each cell of a column in a row past its first: cells as {@link LayoutCells} joined them (wrapped lines
     * aligned under each other, parted where a line had room for the next word or a whole value ended) belong to
     * one row each. A cell whose lines around its row's value a line of level names alone parts (a level cell's text
     * centred between them) counts as one.
     */
    private static final double CELL_COST = 0.5;
    /** Cost of lines above the first row taken as the rest of a row the page break cut (its value before it). */
    private static final double CUT_REST_COST = 1;
    /**
     * The same when the page's first line is all pieces no cell starts with (a document number's year or serial, a
     * closing mark: {@link CellEnds#numberRest}): less than a second cell in a column of the first row.
     */
    private static final double NUMBER_REST_COST = 0.4;
    /**
     * The same when a column had room on the page's first line for the first word of the line below
     * ({@link ValueAnchors#roomBelow}): the two are no lines of one cell, so the first line ends a cell, one the
     * first row cannot hold beside the one below it; less than that room costs inside a row ({@link #ROOM_COST}).
     */
    private static final double ROOM_REST_COST = 0.25;

    private RowStarts() {
    }

    /** How the cells of a grid sit in their rows, relative to the row's value cell. */
    private enum Align { MIDDLE, TOP, BOTTOM }

    /**
     * The first line of every row: row r holds anchor r; its start lies after anchor r-1 and at or before anchor r.
     * Chosen by dynamic programming over the rows' costs, for the one alignment (cells centred on their row's value,
     * starting with it, or ending with it) that fits the whole grid best: a table aligns all its cells alike (but its
     * first and last rows on a page, which a page break may cut, fit whichever alignment suits them). The first
     * {@code restEnd} lines (0: none; a grid going on from the page before) may be the rest of a row the page break
     * cut, whose value stayed on the page before: the first row then starts below them and is a whole row, aligned as
     * the others. {@code room}: where a line had room for the next line's first word ({@link ValueAnchors#roomBelow}).
     */
    static int[] of(List<Chunk>[][] at, boolean[][] room, Map<Chunk, Cell> cellOf, List<int[]> anchors, int value,
                     int first, int restEnd) {
        int[] best = null;
        double least = Double.MAX_VALUE;
        for (Align align : Align.values()) {
            double[] cost = new double[1];
            int[] starts = boundaries(at, room, cellOf, anchors, value, first, restEnd, align, cost);
            if (cost[0] < least) {
                least = cost[0];
                best = starts;
            }
        }
        return best;
    }

    /** The row starts for one alignment; {@code cost} receives the total. */
    private static int[] boundaries(List<Chunk>[][] at, boolean[][] room, Map<Chunk, Cell> cellOf,
                                    List<int[]> anchors, int value, int first, int restEnd, Align align,
                                    double[] cost) {
        int n = anchors.size();
        int lines = at.length;
        // cand[r] = possible starts of row r
        double[][] best = new double[n][];
        int[][] from = new int[n][];
        int[][] cand = new int[n][];
        for (int r = 0; r < n; r++) {
            int lo = r == 0 ? first : anchors.get(r - 1)[1] + 1;
            int hi = r == 0 ? Math.max(first, Math.min(restEnd, anchors.get(0)[0])) : anchors.get(r)[0];
            cand[r] = new int[hi - lo + 1];
            for (int i = 0; i < cand[r].length; i++) {
                cand[r][i] = lo + i;
            }
            best[r] = new double[cand[r].length];
            from[r] = new int[cand[r].length];
        }
        double restCost = numberRest(at[first]) ? NUMBER_REST_COST
                : ValueAnchors.anyRoom(room[first]) ? ROOM_REST_COST : CUT_REST_COST;
        for (int i = 1; i < cand[0].length; i++) {
            best[0][i] = restCost;
        }
        // best[r][i]: cost of rows 0..r-1 given row r starts at cand[r][i]
        for (int r = 1; r < n; r++) {
            for (int i = 0; i < cand[r].length; i++) {
                double min = Double.MAX_VALUE;
                for (int j = 0; j < cand[r - 1].length; j++) {
                    int s = cand[r - 1][j];
                    Align a = r == 1 && s == first ? null : align; // the first row may be cut by the page break above
                    double c = best[r - 1][j]
                            + rowCost(at, room, cellOf, s, cand[r][i] - 1, anchors.get(r - 1), value, a);
                    if (c < min) {
                        min = c;
                        from[r][i] = j;
                    }
                }
                best[r][i] = min;
            }
        }
        int[] starts = new int[n];
        double min = Double.MAX_VALUE;
        int pick = 0;
        for (int i = 0; i < cand[n - 1].length; i++) {
            double c = best[n - 1][i] + rowCost(at, room, cellOf, cand[n - 1][i], lines - 1, anchors.get(n - 1), value,
                    n == 1 && cand[0][i] > first ? align : null);
            if (c < min) {
                min = c;
                pick = i;
            }
        }
        cost[0] = min;
        for (int r = n - 1; r >= 0; r--) {
            starts[r] = cand[r][pick];
            pick = from[r][pick];
        }
        return starts;
    }

    /** Whether lines [from, to) hold no text in any of the grid's columns (level names alone, or nothing). */
    private static boolean gridBlank(List<Chunk>[][] at, int from, int to) {
        for (int l = from; l < to; l++) {
            for (List<Chunk> slot : at[l]) {
                if (slot != null) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * How far the row's cells stray from where the alignment puts them: centred on, starting or ending with the
     * value; with no alignment (the first and last rows of a page's grid, which a page break may cut), the least.
     */
    private static double rowCost(List<Chunk>[][] at, boolean[][] room, Map<Chunk, Cell> cellOf, int s, int e,
                                  int[] anchor, int value, Align align) {
        if (align == null) {
            double least = Double.MAX_VALUE;
            for (Align a : Align.values()) {
                least = Math.min(least, rowCost(at, room, cellOf, s, e, anchor, value, a));
            }
            return least;
        }
        double centre = (anchor[0] + anchor[1]) / 2.0;
        double cost = 0;
        boolean lone = true; // every row names its indicator beside its value
        for (int k = 0; k < at[0].length; k++) {
            if (k == value) {
                continue;
            }
            int top = -1;
            int bottom = -1;
            int filled = 0;
            Set<Cell> cells = new HashSet<>();
            int joins = 0;
            for (int l = s; l <= e; l++) {
                if (at[l][k] != null) {
                    boolean fresh = false;
                    for (Chunk ch : at[l][k]) {
                        Cell c = cellOf.get(ch);
                        fresh |= c != null && cells.add(c);
                    }
                    if (fresh && bottom >= 0 && l - bottom > 1 && bottom <= anchor[1] && anchor[0] <= l
                            && gridBlank(at, bottom + 1, l)) {
                        joins++; // a cell centred on the value, parted only by a line of level names
                    }
                    top = top < 0 ? l : top;
                    bottom = l;
                    filled++;
                }
                cost += l < e && room[l][k] ? ROOM_COST : 0;
            }
            if (top < 0) {
                continue;
            }
            lone = false;
            if (top + bottom != anchor[0] + anchor[1]) {
                joins = 0; // only a cell centred on the value's line stands around it so
            }
            cost += CELL_COST * Math.max(0, cells.size() - 1 - joins);
            cost += GAP_COST * (bottom - top + 1 - filled) + switch (align) {
                case MIDDLE -> Math.abs((top + bottom) / 2.0 - centre);
                case TOP -> Math.abs(top - anchor[0]);
                case BOTTOM -> Math.abs(bottom - anchor[1]);
            };
        }
        return lone ? LONE_VALUE_COST : cost;
    }

    /** Whether a line holds text and all of it is pieces no cell starts with ({@link CellEnds#numberRest}). */
    private static boolean numberRest(List<Chunk>[] line) {
        boolean any = false;
        for (List<Chunk> cell : line) {
            for (Chunk c : cell == null ? List.<Chunk>of() : cell) {
                if (!CellEnds.numberRest(c.text())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
