package jixiao.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jixiao.table.Meaning;
import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Puts the merged level cells of an indicator grid (一级指标, 二级指标) of space-aligned text where text in content
 * order has them: before the first row of their group. On the printed page a merged cell's text is centred on its
 * group, so it sits in the middle of the group's rows; its group is found back from that centre.
 *
 * <p>The level columns are known by the column header's cells (their extents on the page). After the header, the
 * cells of those columns are level cells; the other cells, grouped by overlapping lines, are the rows. Each level's
 * cells, top to bottom, take consecutive runs of rows: a run ends where the next run would no longer contain its
 * cell's centre, as close as possible to making the run's middle its cell's centre.
 */
final class LayoutLevels {
    /** What rows above the first level cell's group cost (in lines) when the grid starts on this page. */
    private static final double LEAD_COST = 1;

    private LayoutLevels() {
    }

    /**
     * For a column-header band: the right edges of the 一级指标 zone and of the 二级指标 zone (midway between the
     * header cells), else empty.
     */
    private static Optional<int[]> levelZones(List<Cell> band) {
        Cell l1 = null;
        Cell l2 = null;
        Cell next = null;
        List<Cell> sorted = new ArrayList<>(band);
        sorted.sort(Comparator.comparingInt(c -> c.x0));
        for (Cell c : sorted) {
            Optional<Meaning> r = HeaderWords.column(LayoutText.text(c));
            if (r.isEmpty()) {
                continue;
            }
            if (r.get() == Meaning.LEVEL1) {
                l1 = c;
            } else if (r.get() == Meaning.LEVEL2 && l1 != null) {
                l2 = c;
            } else if (l2 != null && next == null) {
                next = c;
            }
        }
        if (l1 == null || l2 == null || next == null) {
            return Optional.empty();
        }
        return Optional.of(new int[] {(l1.x1 + l2.x0) / 2, (l2.x1 + next.x0) / 2});
    }

    /** What the rows above the first level cell's group may be: the end of a group begun on the page before. */
    enum Lead {
        /** The table starts here (its header block is above the column header): the first group starts the grid. */
        NONE,
        /** A column header of unknown standing: such rows cost a line. */
        COSTLY,
        /** The grid goes on from the page before: such rows are likely. */
        FREE
    }

    /** The grid's rows in order, each preceded by the level cells whose group it starts. */
    static List<List<Cell>> grid(List<Cell> header, List<Cell> cells) {
        return grid(header, cells, Lead.COSTLY);
    }

    /**
     * The grid's rows; {@code lead} tells whether its first rows may end a group whose level cell stands on the page
     * before.
     */
    static List<List<Cell>> grid(List<Cell> header, List<Cell> cells, Lead lead) {
        Optional<int[]> zone = levelZones(header);
        if (zone.isEmpty()) {
            return LayoutText.bands(cells);
        }
        int[] zones = zone.get();
        List<Cell> l1 = new ArrayList<>();
        List<Cell> l2 = new ArrayList<>();
        List<List<Cell>> rows;
        List<Chunk> chunks = new ArrayList<>();
        Map<Chunk, Cell> cellOf = new HashMap<>();
        for (Cell c : cells) {
            // a level name wider than its column ("服务对象满意度指" / "标") runs past the zone's edge: still a level cell
            boolean level = c.x0 < zones[1] && c.x1 > zones[1] + 1 && Shapes.isTaxonomy(LayoutText.text(c));
            for (Chunk ch : c.chunks) {
                Chunk put = level ? new Chunk(ch.text(), ch.line(), ch.x0(), Math.min(ch.x1(), zones[1])) : ch;
                chunks.add(put);
                cellOf.put(put, c);
            }
        }
        Optional<LayoutGrid.Result> read = LayoutGrid.read(header, chunks, zones, cellOf, lead == Lead.FREE);
        if (read.isPresent()) {
            rows = read.get().rows();
            for (Cell c : read.get().levels()) {
                (c.x1 <= zones[0] + 1 ? l1 : l2).add(c);
            }
        } else {
            List<Cell> rest = new ArrayList<>();
            for (Cell c : cells) {
                if (c.x1 <= zones[0] + 1) {
                    l1.add(c);
                } else if (c.x0 >= zones[0] - 1 && c.x1 <= zones[1] + 1) {
                    l2.add(c);
                } else {
                    rest.add(c);
                }
            }
            rows = LayoutText.bands(rest);
        }
        int[] start2 = starts(l2, rows, lead);
        int[] start1 = byTaxonomy(l1, l2, start2).orElseGet(() -> starts(l1, rows, lead));
        List<List<Cell>> out = new ArrayList<>();
        for (int r = 0; r <= rows.size(); r++) {
            addStarting(l1, start1, r, out);
            addStarting(l2, start2, r, out);
            if (r < rows.size()) {
                out.add(rows.get(r));
            }
        }
        return out;
    }

    private static void addStarting(List<Cell> levels, int[] starts, int row, List<List<Cell>> out) {
        for (int k = 0; k < levels.size(); k++) {
            if (starts[k] == row) {
                out.add(List.of(levels.get(k)));
            }
        }
    }

    /**
     * The first row of each level-1 cell's group read from the level-2 groups: a level-1 group starts with the
     * first level-2 group after the previous one's start whose name the taxonomy puts under it. Empty when a
     * level-1 cell finds none (names outside the taxonomy: the centres decide then).
     */
    static Optional<int[]> byTaxonomy(List<Cell> l1, List<Cell> l2, int[] start2) {
        l1.sort(Comparator.comparingDouble(LayoutLevels::centre));
        if (l1.isEmpty() || l2.isEmpty()) {
            return Optional.empty();
        }
        int[] out = new int[l1.size()];
        int j = 0;
        for (int k = 0; k < l1.size(); k++) {
            String name = LayoutText.text(l1.get(k));
            if (!Shapes.isLevel1(name)) {
                return Optional.empty();
            }
            while (j < l2.size() && !(Shapes.isLevel2(LayoutText.text(l2.get(j)))
                    && Shapes.under(LayoutText.text(l2.get(j)), name))) {
                j++;
            }
            if (j >= l2.size() || k > 0 && start2[j] <= out[k - 1]) {
                return Optional.empty();
            }
            out[k] = start2[j];
            j++;
        }
        return Optional.of(out);
    }

    /**
     * The first row of each level cell's group (rows.size() when it has none). A merged cell's text stands at the
     * middle, the top or the bottom of its group, as the table aligns its cells; the alignment that places every
     * cell nearest its group is taken, the middle among equals.
     */
    static int[] starts(List<Cell> levels, List<List<Cell>> rows, Lead lead) {
        levels.sort(Comparator.comparingDouble(LayoutLevels::centre));
        int[] centred = centred(levels, rows, lead);
        if (levels.size() < 2 || rows.isEmpty()) {
            return centred;
        }
        int[] topped = topped(levels, rows, lead);
        int[] bottomed = bottomed(levels, rows);
        double c = fitMiss(levels, rows, centred, Align.MIDDLE, lead);
        double t = fitMiss(levels, rows, topped, Align.TOP, lead);
        double b = fitMiss(levels, rows, bottomed, Align.BOTTOM, lead);
        // names atop and at the foot of their groups fitting alike: the one leaving fewer rows to the page before
        if (t < c && (t < b || t == b && topped[0] <= bottomed[0])) {
            return topped;
        }
        return b < c ? bottomed : centred;
    }

    /**
     * Each cell starts the row whose top is nearest its top, after the previous cell's row; the first cell the first
     * row when the table starts on the page.
     */
    private static int[] topped(List<Cell> levels, List<List<Cell>> rows, Lead lead) {
        int[] out = new int[levels.size()];
        int from = 0;
        for (int k = 0; k < levels.size(); k++) {
            int best = Math.min(from, rows.size());
            if (k == 0 && lead == Lead.NONE) {
                from = 1;
                continue;
            }
            for (int r = from; r < rows.size(); r++) {
                if (Math.abs(top(rows.get(r)) - levels.get(k).top) < Math.abs(top(rows.get(best)) - levels.get(k).top)) {
                    best = r;
                }
            }
            out[k] = best;
            from = best + 1;
        }
        return out;
    }

    /** Each cell ends with the row whose bottom is nearest its bottom; the first cell starts with the first row. */
    private static int[] bottomed(List<Cell> levels, List<List<Cell>> rows) {
        int[] out = new int[levels.size()];
        int from = 0;
        for (int k = 0; k < levels.size(); k++) {
            out[k] = Math.min(from, rows.size());
            int best = -1;
            for (int r = from; r < rows.size(); r++) {
                if (best < 0 || Math.abs(bottom(rows.get(r)) - levels.get(k).bottom)
                        < Math.abs(bottom(rows.get(best)) - levels.get(k).bottom)) {
                    best = r;
                }
            }
            from = best < 0 ? rows.size() : best + 1;
        }
        return out;
    }

    /** Where a merged cell's text stands in its group. */
    private enum Align { TOP, MIDDLE, BOTTOM }

    /**
     * Lines between each cell and the place the alignment gives it in its group (its top, middle or bottom); a cell
     * left without rows costs them all. For the top and bottom alignments, rows above the first cell's group cost
     * their lines unless the grid goes on from the page before ({@link Lead#FREE}: they end a group begun there).
     */
    private static double fitMiss(List<Cell> levels, List<List<Cell>> rows, int[] starts, Align align, Lead lead) {
        double miss = starts[0] >= rows.size() ? rows.size()
                : lead == Lead.FREE || align == Align.MIDDLE ? 0 : top(rows.get(starts[0])) - top(rows.get(0));
        for (int k = 0; k < levels.size(); k++) {
            int s = starts[k];
            int e = (k + 1 < levels.size() ? starts[k + 1] : rows.size()) - 1;
            if (s >= rows.size() || e < s) {
                miss += rows.size();
                continue;
            }
            Cell c = levels.get(k);
            miss += switch (align) {
                case TOP -> Math.abs(top(rows.get(s)) - c.top);
                case BOTTOM -> Math.abs(bottom(rows.get(e)) - c.bottom);
                case MIDDLE -> Math.abs((top(rows.get(s)) + bottom(rows.get(e))) / 2.0 - centre(c));
            };
        }
        return miss;
    }

    /**
     * Groups centred on their cells: consecutive runs of rows, one a cell, whose middles come nearest the cells'
     * centres in all (so that a run long enough to be centred on its cell does not take rows the next cell is centred
     * on). Rows above the first run end a group begun on the page before: they cost a line unless the grid is
     * continued, and there are none where the table starts. With more cells than rows, each cell takes the rows up
     * to its centre ({@link #greedy}).
     */
    private static int[] centred(List<Cell> levels, List<List<Cell>> rows, Lead lead) {
        int m = levels.size();
        int n = rows.size();
        if (m == 0 || m > n) {
            return greedy(levels, rows, lead);
        }
        double[][] best = new double[m][n];
        int[][] from = new int[m][n];
        for (int e = 0; e < n; e++) {
            best[0][e] = Double.MAX_VALUE;
            for (int s0 = 0; s0 <= (lead == Lead.NONE ? 0 : e); s0++) {
                double cost = s0 == 0 || lead == Lead.FREE ? 0 : LEAD_COST;
                double c = cost + Math.abs((top(rows.get(s0)) + bottom(rows.get(e))) / 2.0 - centre(levels.get(0)));
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
                            + Math.abs((top(rows.get(j + 1)) + bottom(rows.get(e))) / 2.0 - centre(levels.get(k)));
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

    /** Groups centred on their cells, cell by cell (see {@link #lastRow}). */
    private static int[] greedy(List<Cell> levels, List<List<Cell>> rows, Lead lead) {
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
    private static int firstStart(List<Cell> levels, List<List<Cell>> rows, boolean continued) {
        double margin = continued ? 0.5 : 1;
        double c = centre(levels.get(0));
        int pick = 0;
        double pickMiss = miss(levels, 0, 0, rows);
        for (int s0 = 1; s0 < rows.size() && top(rows.get(s0)) <= c; s0++) {
            double m = miss(levels, 0, s0, rows);
            if (continued ? m + margin <= pickMiss : m + margin < pickMiss) {
                pick = s0;
                pickMiss = m;
            }
        }
        return pick;
    }

    private static double miss(List<Cell> levels, int k, int s, List<List<Cell>> rows) {
        int e = lastRow(levels, k, s, rows);
        return e < 0 ? Double.MAX_VALUE
                : Math.abs((top(rows.get(s)) + bottom(rows.get(e))) / 2.0 - centre(levels.get(k)));
    }

    /**
     * The last row of level cell k's group starting at row s, or -1: the run's last row starts before the next
     * cell's centre, and its middle comes as close as it can to this cell's centre.
     */
    private static int lastRow(List<Cell> levels, int k, int s, List<List<Cell>> rows) {
        double c = centre(levels.get(k));
        double nextCentre = k + 1 < levels.size() ? centre(levels.get(k + 1)) : Double.MAX_VALUE;
        int best = -1;
        double bestMiss = Double.MAX_VALUE;
        for (int e = s; e < rows.size(); e++) {
            if (e > s && top(rows.get(e)) > nextCentre) {
                break;
            }
            double miss = Math.abs((top(rows.get(s)) + bottom(rows.get(e))) / 2.0 - c);
            if (miss < bestMiss) {
                best = e;
                bestMiss = miss;
            }
            if (k + 1 < levels.size() && e + 1 < rows.size() && top(rows.get(e + 1)) > nextCentre) {
                break; // the next cell's run would start after its centre
            }
        }
        return best;
    }

    private static double centre(Cell c) {
        return (c.top + c.bottom) / 2.0;
    }

    private static int top(List<Cell> row) {
        int t = Integer.MAX_VALUE;
        for (Cell c : row) {
            t = Math.min(t, c.top);
        }
        return t;
    }

    private static int bottom(List<Cell> row) {
        int b = -1;
        for (Cell c : row) {
            b = Math.max(b, c.bottom);
        }
        return b;
    }
}
