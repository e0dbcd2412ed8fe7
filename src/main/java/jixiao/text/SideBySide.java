package jixiao.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Parts cells that one column of an indicator grid took side by side. Within a row a column holds one cell, so two
 * cells whose lines overlap and which stand apart left and right (or, one of them a whole value, start and end apart
 * though they share some width) belong to two columns, in their left-to-right order.
 * A layout tool places each line on its own, so where a tight grid leaves no gutter shared by all lines (a narrow
 * 三级指标 column printed "甲乙丙丁" / "戊己" at one line's column 15 and the next's 16, its neighbour's text starting
 * at 16 on another line), the columns found for the whole grid can put both cells of a row in one column; the one
 * whose neighbour column holds nothing on its lines moves there.
 */
final class SideBySide {
    private SideBySide() {
    }

    /**
     * Moves, in {@code at} (lines × columns of the grid, chunks of level cells left out), the chunks of a cell that
     * stands beside another cell of its column on overlapping lines into the next column on its side, when that one
     * is empty on its lines or its cells there can move on likewise, and fewer cells then stand side by side (a value
     * squeezed beside its description moves to the value column, the basis beside it on to the next); of the two
     * ways, left and right, the one that moves fewer cells (a value and basis beside each other where a description
     * stands between the lines of its row's 三级指标: the basis moves right, not the value and the description left
     * between those lines). Cells are kept in the order the grid is read in (cells are keyed by identity), so the
     * result does not vary from run to run.
     * {@code cellOf} gives the cell of the page each chunk was read in; {@code first}: the line of at[0].
     */
    static void part(List<Chunk>[][] at, int first, Map<Chunk, Cell> cellOf) {
        for (int pass = 0; pass < at.length; pass++) {
            if (!partOne(at, first, cellOf)) {
                return;
            }
        }
    }

    /** Placed chunks of one cell of the page, all in one column. */
    private record Placed(Cell cell, int column, List<Chunk> chunks, int top, int bottom) {
    }

    private static boolean partOne(List<Chunk>[][] at, int first, Map<Chunk, Cell> cellOf) {
        int cols = at.length == 0 ? 0 : at[0].length;
        Map<Cell, Placed> placed = placed(at, cellOf);
        int before = conflicts(placed);
        for (Placed a : placed.values()) {
            for (Placed b : placed.values()) {
                if (!sideBySide(a, b)) {
                    continue;
                }
                Map<Cell, Placed> best = null;
                int bestStep = 0;
                for (int step : new int[] {-1, 1}) {
                    Map<Cell, Placed> plan = new LinkedHashMap<>();
                    if (canShift(step < 0 ? a : b, step, at, first, cellOf, placed, cols, plan)
                            && (best == null || plan.size() < best.size())) {
                        for (Placed p : plan.values()) {
                            move(at, first, p, p.column, p.column + step);
                        }
                        if (conflicts(placed(at, cellOf)) < before) {
                            best = plan;
                            bestStep = step;
                        }
                        for (Placed p : plan.values()) {
                            move(at, first, p, p.column + step, p.column);
                        }
                    }
                }
                if (best != null) { // of the ways that leave fewer cells side by side, the one moving fewest cells
                    for (Placed p : best.values()) {
                        move(at, first, p, p.column, p.column + bestStep);
                    }
                    return true;
                }
            }
        }
        return false;
    }

    /** The pairs of cells of one column side by side on overlapping lines. */
    private static int conflicts(Map<Cell, Placed> placed) {
        int n = 0;
        for (Placed a : placed.values()) {
            for (Placed b : placed.values()) {
                n += sideBySide(a, b) ? 1 : 0;
            }
        }
        return n;
    }

    /**
     * Whether a stands left of b on overlapping lines, in one column: it ends before b starts, or, one of them a whole
     * value, starts and ends left of where b does though the two share some width (a value a tool set between the
     * lines of the basis beside it).
     */
    private static boolean sideBySide(Placed a, Placed b) {
        if (a == b || a.column != b.column || a.bottom < b.top || b.bottom < a.top) {
            return false;
        }
        return a.cell.x1 <= b.cell.x0 || a.cell.x0 < b.cell.x0 && a.cell.x1 < b.cell.x1
                && (wholeValue(a) || wholeValue(b));
    }

    /** Whether a placed cell's text is a whole value ("41%", "12月底前"). */
    private static boolean wholeValue(Placed p) {
        return ValueAnchors.wholeValue(LayoutText.text(p.cell));
    }

    /**
     * Whether the cell can move one column by {@code step}: the column there is empty on its lines (and holds no cell
     * whose lines reach around them) or holds cells beyond it on that side that can move on likewise (collected in
     * {@code plan}).
     */
    private static boolean canShift(Placed p, int step, List<Chunk>[][] at, int first, Map<Chunk, Cell> cellOf,
                                    Map<Cell, Placed> placed, int cols, Map<Cell, Placed> plan) {
        int to = p.column + step;
        if (to < 0 || to >= cols) {
            return false;
        }
        if (plan.put(p.cell, p) != null) {
            return true;
        }
        for (int l = p.top; l <= p.bottom; l++) {
            for (Chunk ch : at[l - first][to] == null ? List.<Chunk>of() : at[l - first][to]) {
                Placed o = placed.get(cellOf.get(ch));
                if (o == null || !beyond(o, p, step) || !canShift(o, step, at, first, cellOf, placed, cols, plan)) {
                    return false;
                }
            }
        }
        // moving right, a cell there whose lines reach around the moving cell's (a value on the middle line of a
        // basis of three): a tool sets a line's text left of where it is printed, so a row's cells pushed a column
        // left move back together
        for (Placed o : step < 0 ? List.<Placed>of() : placed.values()) {
            if (o.column == to && o.top < p.top && o.bottom > p.bottom && !plan.containsKey(o.cell)
                    && (!beyond(o, p, step) || !canShift(o, step, at, first, cellOf, placed, cols, plan))) {
                return false;
            }
        }
        return true;
    }

    /** Whether cell o stands wholly beyond cell p on the side of {@code step}. */
    private static boolean beyond(Placed o, Placed p, int step) {
        return step < 0 ? o.cell.x1 <= p.cell.x0 : o.cell.x0 >= p.cell.x1;
    }

    /** The cells whose chunks in the grid all lie in one column, with their chunks and lines. */
    private static Map<Cell, Placed> placed(List<Chunk>[][] at, Map<Chunk, Cell> cellOf) {
        Map<Cell, List<Chunk>> byCell = new LinkedHashMap<>();
        Map<Cell, Integer> column = new LinkedHashMap<>();
        Set<Cell> mixed = new HashSet<>();
        for (List<Chunk>[] line : at) {
            for (int c = 0; c < line.length; c++) {
                for (Chunk ch : line[c] == null ? List.<Chunk>of() : line[c]) {
                    Cell cell = cellOf.get(ch);
                    if (cell == null) {
                        continue;
                    }
                    Integer was = column.putIfAbsent(cell, c);
                    if (was != null && was != c) {
                        mixed.add(cell);
                    }
                    byCell.computeIfAbsent(cell, x -> new ArrayList<>()).add(ch);
                }
            }
        }
        Map<Cell, Placed> out = new LinkedHashMap<>();
        for (Map.Entry<Cell, List<Chunk>> e : byCell.entrySet()) {
            Cell cell = e.getKey();
            if (mixed.contains(cell)) {
                continue;
            }
            int top = Integer.MAX_VALUE;
            int bottom = -1;
            for (Chunk ch : e.getValue()) {
                top = Math.min(top, ch.line());
                bottom = Math.max(bottom, ch.line());
            }
            out.put(cell, new Placed(cell, column.get(cell), e.getValue(), top, bottom));
        }
        return out;
    }

    private static void move(List<Chunk>[][] at, int first, Placed p, int from, int k) {
        for (Chunk ch : p.chunks) {
            shift(at, first, ch, from, k);
        }
    }

    /** Moves a chunk of {@code at} from column {@code from} to column {@code to} on its line. */
    static void shift(List<Chunk>[][] at, int first, Chunk ch, int from, int to) {
        List<Chunk> was = at[ch.line() - first][from];
        was.remove(ch);
        if (was.isEmpty()) {
            at[ch.line() - first][from] = null;
        }
        put(at, first, ch, to);
    }

    /** Adds a chunk to column {@code k} of its line in {@code at}. */
    static void put(List<Chunk>[][] at, int first, Chunk ch, int k) {
        if (at[ch.line() - first][k] == null) {
            at[ch.line() - first][k] = new ArrayList<>();
        }
        at[ch.line() - first][k].add(ch);
    }
}
