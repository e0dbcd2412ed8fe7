package jixiao.layout;

import java.util.ArrayList;
import java.util.List;

import jixiao.pdf.Ruling;
import jixiao.table.Rect;

/**
 * Builds the cell grid of one connected group of rulings: grid lines from the distinct ruling positions, then
 * neighbouring slots are merged wherever no ruling separates them, which yields row and column spans.
 */
final class GridBuilder {
    private GridBuilder() {
    }

    static Grid build(List<Ruling> horizontals, List<Ruling> verticals, Tolerances tol) {
        double[] ruledYs = positions(horizontals, tol);
        double[] ys = withOpenEdges(ruledYs, verticals, tol);
        boolean openTop = ruledYs.length > 0 && ys[0] < ruledYs[0];
        boolean openBottom = ruledYs.length > 0 && ys[ys.length - 1] > ruledYs[ruledYs.length - 1];
        double[] xs = withOpenEdges(positions(verticals, tol), horizontals, tol);
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        UnionFind uf = new UnionFind(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !covered(verticals, xs[c + 1], ys[r], ys[r + 1], tol)) {
                    uf.union(r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !covered(horizontals, ys[r + 1], xs[c], xs[c + 1], tol)) {
                    uf.union(r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        int[][] owner = new int[rows][cols];
        int[] frameOfRoot = new int[rows * cols];
        java.util.Arrays.fill(frameOfRoot, -1);
        List<int[]> extents = new ArrayList<>(); // minR, minC, maxR, maxC
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = uf.find(r * cols + c);
                if (frameOfRoot[root] < 0) {
                    frameOfRoot[root] = extents.size();
                    extents.add(new int[] {r, c, r, c});
                }
                int[] e = extents.get(frameOfRoot[root]);
                e[0] = Math.min(e[0], r);
                e[1] = Math.min(e[1], c);
                e[2] = Math.max(e[2], r);
                e[3] = Math.max(e[3], c);
                owner[r][c] = frameOfRoot[root];
            }
        }
        List<Grid.Frame> frames = new ArrayList<>(extents.size());
        for (int[] e : extents) {
            frames.add(new Grid.Frame(e[0], e[1], e[2] - e[0] + 1, e[3] - e[1] + 1,
                    new Rect(xs[e[1]], ys[e[0]], xs[e[3] + 1], ys[e[2] + 1])));
        }
        return new Grid(xs, ys, owner, frames, openTop, openBottom);
    }

    /**
     * Adds a closing grid line where the crossing rulings run on past the outermost line: a row cut by a page break
     * is drawn without its bottom (or top) border, but its column rules still bound it.
     */
    static double[] withOpenEdges(double[] lines, List<Ruling> crossing, Tolerances tol) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Ruling r : crossing) {
            min = Math.min(min, r.start());
            max = Math.max(max, r.end());
        }
        double open = Math.max(tol.snap(), 0.5 * tol.glyphSize());
        List<Double> out = new ArrayList<>();
        if (lines.length > 0 && min < lines[0] - open) {
            out.add(min);
        }
        for (double l : lines) {
            out.add(l);
        }
        if (lines.length > 0 && max > lines[lines.length - 1] + open) {
            out.add(max);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Distinct positions of merged rulings, snapped: rulings closer than the snap distance count once. */
    static double[] positions(List<Ruling> rulings, Tolerances tol) {
        List<Double> out = new ArrayList<>();
        List<Double> sorted = rulings.stream().map(Ruling::position).sorted().toList();
        double sum = 0;
        int n = 0;
        double last = Double.NaN;
        for (double p : sorted) {
            if (n > 0 && p - last > tol.snap()) {
                out.add(sum / n);
                sum = 0;
                n = 0;
            }
            sum += p;
            n++;
            last = p;
        }
        if (n > 0) {
            out.add(sum / n);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether a ruling at {@code pos} runs along the whole span from {@code a} to {@code b}, give or take snap. */
    static boolean covered(List<Ruling> rulings, double pos, double a, double b, Tolerances tol) {
        for (Ruling r : rulings) {
            if (Math.abs(r.position() - pos) <= tol.snap() && r.start() <= a + tol.snap()
                    && r.end() >= b - tol.snap()) {
                return true;
            }
        }
        return false;
    }

    /** Disjoint sets over slot indices. */
    static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
