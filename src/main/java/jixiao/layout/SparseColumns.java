package jixiao.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merged cells of a table without rulings: in a column whose blocks leave rows empty (一级/二级指标, row labels), a
 * block also covers the empty rows around it. Top-aligned text covers the empty rows below it; centred text (a
 * one-line block straddling two rows, or sitting below the top of its row) covers the empty rows nearer to it.
 */
final class SparseColumns {
    private SparseColumns() {
    }

    static void extend(List<AlignedTableBuilder.CellBlock> blocks, List<double[]> bands, Tolerances tol) {
        double[] bounds = boundaries(bands);
        List<List<AlignedTableBuilder.CellBlock>> columns = columns(blocks);
        double denseLeft = Double.MAX_VALUE;
        for (List<AlignedTableBuilder.CellBlock> column : columns) {
            if (column.size() >= 3 && density(column) >= DENSE) {
                denseLeft = Math.min(denseLeft, left(column));
            }
        }
        for (List<AlignedTableBuilder.CellBlock> column : columns) {
            if (column.size() < 2 || right(column) > denseLeft + 1) {
                continue; // a lone block is a cell; merged cells are in the leading columns, left of a full one
            }
            column.sort(Comparator.comparingInt(b -> b.firstRow));
            int floor = 0;
            for (int i = 0; i < column.size(); i++) {
                AlignedTableBuilder.CellBlock b = column.get(i);
                int ceiling = i + 1 < column.size() ? column.get(i + 1).firstRow - 1 : bands.size() - 1;
                int up = b.firstRow;
                while (up - 1 >= floor && empty(up - 1, b, blocks)) {
                    up--;
                }
                int down = b.lastRow;
                while (down + 1 <= ceiling && empty(down + 1, b, blocks)) {
                    down++;
                }
                if (b.firstRow == up && b.firstRow > 0 && up == floor) {
                    b.lastRow = down; // top-aligned: nothing free above, so it covers the free rows below
                } else {
                    centre(b, up, down, bounds);
                }
                floor = b.lastRow + 1;
            }
        }
    }

    /**
     * Grows the block over the free rows around it. Text with no free row above it is top-aligned (or fills its
     * cell): it covers every free row below. Otherwise it is centred: it covers as many free rows below as above.
     */
    private static void grow(AlignedTableBuilder.CellBlock b, int up, int down) {
        int above = b.firstRow - up;
        int below = down - b.lastRow;
        if (above == 0) {
            b.lastRow = down;
            return;
        }
        int k = Math.min(above, below);
        b.firstRow -= k;
        b.lastRow += k;
    }

    /** Grows the block over free rows so that the span's centre comes closest to the text's centre. */
    private static void centre(AlignedTableBuilder.CellBlock b, int up, int down, double[] bounds) {
        double c = b.centerY();
        int bestS = b.firstRow;
        int bestE = b.lastRow;
        double best = Math.abs((bounds[bestS] + bounds[bestE + 1]) / 2 - c);
        for (int s = b.firstRow; s >= up; s--) {
            for (int e = b.lastRow; e <= down; e++) {
                double d = Math.abs((bounds[s] + bounds[e + 1]) / 2 - c);
                boolean symmetric = b.firstRow - s == e - b.lastRow;
                // a tie goes to the larger symmetric span: centred text in the middle row of its merged cell
                if (d < best - 0.5 || symmetric && d <= best + 0.5 && e - s > bestE - bestS) {
                    best = d;
                    bestS = s;
                    bestE = e;
                }
            }
        }
        b.firstRow = bestS;
        b.lastRow = bestE;
    }

    /** A column with blocks in this share of its rows has no merged cells. */
    static final double DENSE = 0.85;

    private static double density(List<AlignedTableBuilder.CellBlock> column) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        java.util.Set<Integer> rows = new java.util.HashSet<>();
        for (AlignedTableBuilder.CellBlock b : column) {
            first = Math.min(first, b.firstRow);
            last = Math.max(last, b.lastRow);
            for (int r = b.firstRow; r <= b.lastRow; r++) {
                rows.add(r);
            }
        }
        return rows.size() / (double) (last - first + 1);
    }

    private static double left(List<AlignedTableBuilder.CellBlock> column) {
        double x = Double.MAX_VALUE;
        for (AlignedTableBuilder.CellBlock b : column) {
            x = Math.min(x, b.box.x0());
        }
        return x;
    }

    private static double right(List<AlignedTableBuilder.CellBlock> column) {
        double x = -Double.MAX_VALUE;
        for (AlignedTableBuilder.CellBlock b : column) {
            x = Math.max(x, b.box.x1());
        }
        return x;
    }

    /** Row boundaries: the middle of the gap between consecutive bands; the outer edges padded by half a gap. */
    private static double[] boundaries(List<double[]> bands) {
        double[] out = new double[bands.size() + 1];
        double[] gaps = new double[Math.max(bands.size() - 1, 1)];
        for (int r = 1; r < bands.size(); r++) {
            out[r] = (bands.get(r - 1)[1] + bands.get(r)[0]) / 2;
            gaps[r - 1] = bands.get(r)[0] - bands.get(r - 1)[1];
        }
        java.util.Arrays.sort(gaps);
        double pad = Math.max(gaps[gaps.length / 2], 0) / 2; // the outer rows get the usual half gap too
        out[0] = bands.get(0)[0] - pad;
        out[bands.size()] = bands.get(bands.size() - 1)[1] + pad;
        return out;
    }

    /** Blocks grouped into columns by horizontal overlap (wide blocks spanning several columns stay alone). */
    private static List<List<AlignedTableBuilder.CellBlock>> columns(List<AlignedTableBuilder.CellBlock> blocks) {
        int n = blocks.size();
        GridBuilder.UnionFind uf = new GridBuilder.UnionFind(n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                AlignedTableBuilder.CellBlock a = blocks.get(i);
                AlignedTableBuilder.CellBlock b = blocks.get(j);
                double o = a.box.xOverlap(b.box);
                if (o > 0.5 * Math.max(a.box.width(), b.box.width())) {
                    uf.union(i, j);
                }
            }
        }
        List<List<AlignedTableBuilder.CellBlock>> out = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = uf.find(i);
            int idx = roots.indexOf(root);
            if (idx < 0) {
                roots.add(root);
                out.add(new ArrayList<>());
                idx = out.size() - 1;
            }
            out.get(idx).add(blocks.get(i));
        }
        return out;
    }

    /** Row {@code r} has no block overlapping {@code b}'s column. */
    private static boolean empty(int r, AlignedTableBuilder.CellBlock b, List<AlignedTableBuilder.CellBlock> all) {
        for (AlignedTableBuilder.CellBlock o : all) {
            if (o != b && o.firstRow <= r && o.lastRow >= r && o.box.xOverlap(b.box) > 0) {
                return false;
            }
        }
        return true;
    }
}
