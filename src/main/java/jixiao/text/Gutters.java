package jixiao.text;

import java.util.Arrays;
import java.util.List;

import jixiao.table.Meaning;
import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Where a page of space-aligned text parts into columns: the positions its chunks cross least, such that every column
 * holds the start of some chunk. Positions are text columns, one a character, as the text places them.
 */
final class Gutters {
    /** What a text column between a cut and its preferred position costs: far less than one chunk crossed. */
    private static final double NEAR = 1e-4;
    /** How many more chunks the text's own gutters may cross than a header's edges that leave a column empty. */
    private static final int OWN_SLACK = 1;
    /** The positions side by side, crossed least, that make a gutter surely (one may be a column's left edge). */
    private static final int GUTTER = 2;
    private final int width;
    /** Chunks crossing each position (starting left of it, ending right of it). */
    private final int[] crossing;
    /** Chunks starting left of each position. */
    private final int[] startsBefore;
    /** Per position, the least end of the chunks starting there or right of it (past the text when none does). */
    private final int[] endFrom;

    Gutters(List<Chunk> chunks) {
        int w = 0;
        for (Chunk ch : chunks) {
            w = Math.max(w, ch.end());
        }
        width = w;
        crossing = new int[w + 1];
        startsBefore = new int[w + 2];
        for (Chunk ch : chunks) {
            for (int p = ch.x0() + 1; p < ch.end(); p++) {
                crossing[p]++;
            }
            startsBefore[ch.x0() + 1]++;
        }
        for (int p = 1; p <= w + 1; p++) {
            startsBefore[p] += startsBefore[p - 1];
        }
        endFrom = new int[w + 2];
        Arrays.fill(endFrom, Integer.MAX_VALUE);
        for (Chunk ch : chunks) {
            endFrom[ch.x0()] = Math.min(endFrom[ch.x0()], ch.end());
        }
        for (int p = w; p >= 0; p--) {
            endFrom[p] = Math.min(endFrom[p], endFrom[p + 1]);
        }
    }

    /** Whether some chunk lies wholly in {@code [from, to)}: a column, not a cut through one chunk's text. */
    private boolean holds(int from, int to) {
        return from <= width && endFrom[from] <= to;
    }

    int width() {
        return width;
    }

    /** The chunks crossing the given cut positions, in all. */
    int crossed(int[] cuts) {
        int n = 0;
        for (int c : cuts) {
            n += crossing(c);
        }
        return n;
    }

    /** The chunks crossing one position. */
    private int crossing(int p) {
        return p >= 0 && p <= width ? crossing[p] : 0;
    }

    /**
     * {@code n} cut positions, left to right, crossed by the fewest chunks in all, such that every column between
     * two cuts (and before the first, after the last) holds the start of a chunk; null when there is no such parting.
     * Among partings crossed by as few chunks, the one whose cuts come nearest the {@code preferred} positions (one a
     * cut: where the column header puts the edges) is taken.
     */
    int[] cuts(int[] preferred) {
        return cuts(preferred, Anchored.NONE);
    }

    /**
     * Chunk starts that belong in one column (the signs of a 指标性质 column: one a row, never wrapped): each one a
     * parting leaves outside that column costs as much as a chunk crossed.
     */
    record Anchored(int column, int[] held) {
        static final Anchored NONE = new Anchored(-1, new int[0]);

        /**
         * The starts of the chunks that are comparison signs (≥, =, 定性), anchored to the header's 指标性质 column
         * (counted from the {@code from}-th of the header's cells, sorted left to right): one a row, never wrapped,
         * they tell that column surely where gutters alone may part a page a column off (a short line of a wrapped
         * name set left of its column's text).
         */
        static Anchored signs(List<Cell> sorted, int from, List<Chunk> chunks) {
            for (int k = from; k < sorted.size(); k++) {
                if (HeaderWords.column(LayoutText.text(sorted.get(k))).orElse(null) == Meaning.OP) {
                    int[] held = chunks.stream().filter(ch -> Shapes.op(ch.text())).mapToInt(Chunk::x0).toArray();
                    return new Anchored(k - from, held);
                }
            }
            return NONE;
        }

        /** How many anchored starts the cuts leave outside their column. */
        int missed(int[] cuts) {
            if (column < 0) {
                return 0;
            }
            int lo = column == 0 ? Integer.MIN_VALUE : cuts[column - 1];
            int hi = column < cuts.length ? cuts[column] : Integer.MAX_VALUE;
            int n = 0;
            for (int x : held) {
                n += x < lo || x >= hi ? 1 : 0;
            }
            return n;
        }
    }

    /** As {@link #cuts(int[])}, with the anchored starts' costs. */
    int[] cuts(int[] preferred, Anchored anchored) {
        int n = preferred.length;
        int[] heldBefore = before(anchored.held());
        int held = anchored.held().length;
        int col = anchored.column();
        if (n <= 0) {
            return n == 0 && startsBefore[width + 1] > 0 ? new int[0] : null;
        }
        double inf = Double.MAX_VALUE;
        double[][] cost = new double[n][width + 1];
        int[][] from = new int[n][width + 1];
        for (int p = 1; p <= width; p++) {
            cost[0][p] = holds(0, p) ? crossing[p] + NEAR * Math.abs(p - preferred[0])
                    + (col == 0 ? held - heldBefore[p] : 0) : inf;
        }
        for (int j = 1; j < n; j++) {
            for (int p = 1; p <= width; p++) {
                cost[j][p] = inf;
                for (int q = 1; q < p; q++) {
                    double c = cost[j - 1][q] + crossing[p] + NEAR * Math.abs(p - preferred[j])
                            + (col == j ? held - (heldBefore[p] - heldBefore[q]) : 0);
                    if (cost[j - 1][q] < inf && holds(q, p) && c < cost[j][p]) {
                        cost[j][p] = c;
                        from[j][p] = q;
                    }
                }
            }
        }
        int best = -1;
        double bestCost = inf;
        for (int p = 1; p <= width; p++) {
            double c = cost[n - 1][p] + (col == n ? held - (heldBefore[width + 2] - heldBefore[p]) : 0);
            if (cost[n - 1][p] < inf && startsBefore[width + 1] > startsBefore[p] && (best < 0 || c < bestCost)) {
                best = p;
                bestCost = c;
            }
        }
        if (best < 0) {
            return null;
        }
        int[] out = new int[n];
        for (int j = n - 1; j >= 0; j--) {
            out[j] = best;
            best = from[j][best];
        }
        return out;
    }

    /**
     * The cuts with the two edges of the {@code column}-th column moved, the others kept, so that the column holds
     * the {@code held} positions (chunk starts): each one outside it costs as much as a chunk crossed, and the column
     * and its neighbours each keep the start of some chunk and at least {@code minWidth} positions. Among equal
     * costs the edges nearest the given ones are taken; null when no such edges exist.
     */
    int[] moveColumn(int[] cuts, int column, int[] held, int minWidth) {
        int n = cuts.length;
        int[] edges = new int[n + 2]; // column k spans [edges[k], edges[k + 1])
        edges[n + 1] = width + 1;
        System.arraycopy(cuts, 0, edges, 1, n);
        int prev = edges[Math.max(column - 1, 0)];
        int next = edges[Math.min(column + 2, n + 1)];
        int[] heldBefore = before(held);
        int[] best = null;
        double bestCost = Double.MAX_VALUE;
        for (int a = column > 0 ? prev + 1 : 0; a <= (column > 0 ? next - 1 : 0); a++) {
            for (int b = column < n ? a + 1 : width + 1; b <= (column < n ? next - 1 : width + 1); b++) {
                if (column > 0 && !part(prev, a, minWidth) || !part(a, b, minWidth)
                        || column < n && !part(b, next, minWidth)) {
                    continue;
                }
                double cost = held.length - (heldBefore[b] - heldBefore[a])
                        + (column > 0 ? crossing(a) + NEAR * Math.abs(a - cuts[column - 1]) : 0)
                        + (column < n ? crossing(b) + NEAR * Math.abs(b - cuts[column]) : 0);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = cuts.clone();
                    if (column > 0) {
                        best[column - 1] = a;
                    }
                    if (column < n) {
                        best[column] = b;
                    }
                }
            }
        }
        return best;
    }

    /** Per position p, how many of the given positions (clamped to the text) lie left of it: a prefix count. */
    private int[] before(int[] positions) {
        int[] out = new int[width + 3];
        for (int x : positions) {
            out[Math.min(Math.max(x, 0), width + 1) + 1]++;
        }
        for (int p = 1; p < out.length; p++) {
            out[p] += out[p - 1];
        }
        return out;
    }

    /** Whether {@code [from, to)} can be a column: some chunk starts in it and it is at least so wide. */
    private boolean part(int from, int to, int minWidth) {
        return to - from >= minWidth && startsBefore[Math.min(to, width + 1)] > startsBefore[Math.min(from, width + 1)];
    }

    /**
     * The leftmost chunk start of each column the best parting into {@code preferred.length + 1} columns makes (see
     * {@link #cuts}), then the width + 1 after the last; null when there is no such parting or its cuts cross more
     * than {@code maxCrossed} chunks in all.
     */
    int[] columnStarts(int[] preferred, double maxCrossed) {
        return columnStarts(preferred, maxCrossed, Anchored.NONE);
    }

    /** As {@link #columnStarts(int[], double)}, the parting weighing the anchored starts. */
    int[] columnStarts(int[] preferred, double maxCrossed, Anchored anchored) {
        int[] cuts = cuts(preferred, anchored);
        if (cuts == null || crossed(cuts) > maxCrossed) {
            return null;
        }
        int k = cuts.length + 1;
        int[] lo = new int[k + 1];
        lo[k] = width + 1;
        for (int col = 0; col < k; col++) {
            int from = col == 0 ? 0 : cuts[col - 1];
            int to = col + 1 < k ? cuts[col] : width + 1;
            lo[col] = Integer.MAX_VALUE;
            for (int x = from; x < to; x++) {
                if (startsBefore[x + 1] > startsBefore[x]) { // a chunk starts at x
                    lo[col] = x;
                    break;
                }
            }
        }
        return lo;
    }

    /** The column of a position among columns whose left edges (after the first's) are {@code bounds}. */
    static int column(int x, int[] bounds) {
        int k = 0;
        while (k < bounds.length && x >= bounds[k]) {
            k++;
        }
        return k;
    }

    /**
     * The left edge of every column after the first: between two header cells, the position crossed by the fewest
     * chunks of the grid, measured one column a character as the text places them (the gutter; text is left-aligned
     * or centred in its column, so a header cell centred over a wide column need not mark where its text starts),
     * nearest the midpoint among equals. When that leaves a column without text while the grid's own gutters part it
     * into as many columns, each holding text, crossed by one chunk more at most, those gutters are taken: a layout
     * tool may spread the header line otherwise than the rows (more CJK text before a header cell pushes it further
     * right), and a column left empty is surer evidence than a wrapped line crossing a gutter. So are the signs of a
     * 指标性质 column that the header's edges put mostly elsewhere; the own parting then weighs them ({@link Anchored}),
     * each one outside that column costing as a chunk crossed. Columns measured on
     * the page's own text ({@link LayoutText.Cell#measured}) part at their left edges.
     */
    static int[] bounds(List<Cell> cols, List<Chunk> chunks, int levelEdge) {
        if (cols.stream().allMatch(c -> c.measured)) {
            // columns measured on the page's text start where they are: the parting that measured them
            return cols.stream().skip(1).mapToInt(c -> c.x0).toArray();
        }
        List<Chunk> body = chunks.stream().filter(ch -> ch.x1() > levelEdge + 1).toList();
        Gutters gutters = new Gutters(body);
        int[] byHeader = headerBounds(cols, gutters);
        boolean[] held = new boolean[cols.size()];
        for (Chunk ch : body) {
            held[column(ch.x0(), byHeader)] = true;
        }
        boolean empty = false;
        for (boolean h : held) {
            empty |= !h;
        }
        Anchored signs = Anchored.signs(cols, 0, body);
        int missedByHeader = signs.missed(byHeader);
        boolean signsElsewhere = 2 * missedByHeader > signs.held().length;
        if (!empty && !signsElsewhere || body.isEmpty()) {
            return byHeader;
        }
        int[] own = gutters.cuts(byHeader, signs);
        return own != null && gutters.crossed(own) + signs.missed(own)
                <= gutters.crossed(byHeader) + missedByHeader + OWN_SLACK ? own : byHeader;
    }

    /** The edges between the header's cells where the grid's chunks ({@code gutters}) cross least. */
    private static int[] headerBounds(List<Cell> cols, Gutters gutters) {
        int[] out = new int[cols.size() - 1];
        for (int k = 0; k + 1 < cols.size(); k++) {
            int lo = (cols.get(k).x0 + cols.get(k).x1) / 2 + 1;
            int hi = Math.max(lo, (cols.get(k + 1).x0 + cols.get(k + 1).x1) / 2);
            double mid = (cols.get(k).x1 + cols.get(k + 1).x0) / 2.0;
            int[] cross = new int[hi - lo + 1];
            int least = Integer.MAX_VALUE;
            for (int p = lo; p <= hi; p++) {
                cross[p - lo] = gutters.crossing(p);
                least = Math.min(least, cross[p - lo]);
            }
            // a run of positions crossed least, nearest the midpoint, is the gutter; one position alone only when
            // there is no wider run (it may be just the left edge of a column's text, nothing crossing it by chance)
            int best = hi;
            int bestRun = 0;
            for (int p = lo; p <= hi; p++) {
                if (cross[p - lo] != least) {
                    continue;
                }
                int end = p;
                while (end + 1 <= hi && cross[end + 1 - lo] == least) {
                    end++;
                }
                int run = Math.min(end - p + 1, GUTTER);
                int at = Math.max(p, Math.min(end, (int) Math.ceil(mid - 0.5))); // nearest the midpoint, or below
                if (run > bestRun || run == bestRun && Math.abs(at - mid) < Math.abs(best - mid)) {
                    best = at;
                    bestRun = run;
                }
                p = end;
            }
            out[k] = best;
        }
        return out;
    }
}
