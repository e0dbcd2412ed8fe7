package jixiao.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jixiao.table.Meaning;

/**
 * Puts merged level cells back over their rows when the producer centred them vertically: a text in drawing order
 * then has a group's 一级/二级指标 name beside the group's middle row, not its first, and the table's first row has
 * no level-1 name. Each name goes to the first row of the group whose middle (in printed lines) lies nearest to it;
 * level-1 groups are made of whole level-2 groups.
 */
final class CentredLevels {
    private CentredLevels() {
    }

    static List<GridDecoder.Row> apply(List<Meaning> roles, List<GridDecoder.Row> rows) {
        int l1 = roles.indexOf(Meaning.LEVEL1);
        int l2 = roles.indexOf(Meaning.LEVEL2);
        int mode = l1 >= 0 ? l1 : l2;
        if (rows.isEmpty() || mode < 0 || rows.get(0).cells().get(mode) != null || labelRows(rows, mode).isEmpty()) {
            return rows;
        }
        double[] top = tops(roles, rows);
        List<List<List<String>>> cells = GridDecoder.Row.editable(rows);
        int[] l2Starts = null;
        if (l2 >= 0) {
            l2Starts = place(rows, l2, top, null, new String[rows.size() + 1], cells);
        }
        if (l1 >= 0) {
            String[] level2 = new String[rows.size() + 1];
            if (l2 >= 0) {
                for (int r = 0; r < rows.size(); r++) {
                    List<String> name = cells.get(r).get(l2);
                    level2[r] = name == null ? null : String.join("", name);
                }
            }
            place(rows, l1, top, l2Starts, level2, cells);
        }
        return GridDecoder.Row.of(cells);
    }

    private static List<Integer> labelRows(List<GridDecoder.Row> rows, int col) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).cells().get(col) != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** How many level-2 names in rows [s, e) the taxonomy puts under another level-1 name than {@code level1}. */
    private static int foreign(String[] below, int s, int e, String level1) {
        int n = 0;
        for (int r = s; r < e; r++) {
            if (below[r] != null && !Shapes.under(below[r], level1)) {
                n++;
            }
        }
        return n;
    }

    /** Cumulative line positions: top[r] is the first line of row r, top[n] the end of the table. */
    private static double[] tops(List<Meaning> roles, List<GridDecoder.Row> rows) {
        double[] top = new double[rows.size() + 1];
        for (int r = 0; r < rows.size(); r++) {
            int h = 1;
            List<List<String>> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                if (!roles.get(c).isLevel() && cells.get(c) != null) {
                    h = Math.max(h, cells.get(c).size());
                }
            }
            top[r + 1] = top[r] + h;
        }
        return top;
    }

    /**
     * Moves the names of one level column to the first rows of their groups, chosen so that each name is nearest the
     * middle of its group; returns the group starts. {@code allowed} limits the starts (level-2 group starts), and a
     * level-1 group holding a level-2 name of another level 1 ({@code below}, by row) costs more than any placement.
     */
    private static int[] place(List<GridDecoder.Row> rows, int col, double[] top, int[] allowed, String[] below,
                               List<List<List<String>>> cells) {
        List<Integer> at = labelRows(rows, col);
        int m = at.size();
        int n = rows.size();
        if (m == 0) {
            return new int[0];
        }
        boolean[] ok = new boolean[n + 1];
        if (allowed == null) {
            Arrays.fill(ok, true);
        } else {
            for (int s : allowed) {
                ok[s] = true;
            }
        }
        double[] centre = new double[m];
        for (int i = 0; i < m; i++) {
            centre[i] = top[at.get(i)] + rows.get(at.get(i)).cells().get(col).size() / 2.0;
        }
        // best[i][s]: least cost of names i..m-1 when group i starts at row s; the last group ends the table
        double[][] best = new double[m + 1][n + 1];
        int[][] next = new int[m + 1][n + 1];
        for (double[] b : best) {
            Arrays.fill(b, Double.POSITIVE_INFINITY);
        }
        best[m][n] = 0;
        for (int i = m - 1; i >= 0; i--) {
            int lo = i == 0 ? 0 : at.get(i - 1) + 1;
            for (int s = lo; s <= at.get(i); s++) {
                if (i > 0 && !ok[s] || i == 0 && s != 0) {
                    continue;
                }
                int hiEnd = i + 1 < m ? at.get(i + 1) : n;
                int loEnd = i + 1 < m ? at.get(i) + 1 : n;
                for (int e = loEnd; e <= hiEnd; e++) { // e = start of the next group
                    if (best[i + 1][e] == Double.POSITIVE_INFINITY || i + 1 < m && !ok[e]) {
                        continue;
                    }
                    double mid = (top[s] + top[e]) / 2;
                    double cost = (centre[i] - mid) * (centre[i] - mid) + best[i + 1][e]
                            + foreign(below, s, e, String.join("", rows.get(at.get(i)).cells().get(col))) * top[n];
                    if (cost < best[i][s]) {
                        best[i][s] = cost;
                        next[i][s] = e;
                    }
                }
            }
        }
        if (best[0][0] == Double.POSITIVE_INFINITY) {
            return new int[0];
        }
        int[] starts = new int[m];
        List<List<String>> names = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            names.add(rows.get(at.get(i)).cells().get(col));
            cells.get(at.get(i)).set(col, null);
        }
        int s = 0;
        for (int i = 0; i < m; i++) {
            starts[i] = s;
            cells.get(s).set(col, names.get(i));
            s = next[i][s];
        }
        return starts;
    }
}
