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
        for (List<AlignedTableBuilder.CellBlock> column : columns(blocks)) {
            if (column.size() < 2) {
                continue; // a lone block is a cell, not a merged column
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
                centre(b, up, down, bounds);
                floor = b.lastRow + 1;
            }
        }
    }

    /**
     * Grows the block over free rows above (down to {@code up}) and below (up to {@code down}) so that the span's
     * centre comes closest to the text's centre: a merged cell centres its text. Top-aligned text keeps its own
     * rows (the mapper repeats it downwards).
     */
    private static void centre(AlignedTableBuilder.CellBlock b, int up, int down, double[] bounds) {
        double c = b.centerY();
        int bestS = b.firstRow;
        int bestE = b.lastRow;
        double best = Math.abs((bounds[bestS] + bounds[bestE + 1]) / 2 - c);
        for (int s = b.firstRow; s >= up; s--) {
            for (int e = b.lastRow; e <= down; e++) {
                double d = Math.abs((bounds[s] + bounds[e + 1]) / 2 - c);
                if (d < best - 0.5) {
                    best = d;
                    bestS = s;
                    bestE = e;
                }
            }
        }
        b.firstRow = bestS;
        b.lastRow = bestE;
    }

    /** Row boundaries: the middle of the gap between consecutive bands, and the outer band edges. */
    private static double[] boundaries(List<double[]> bands) {
        double[] out = new double[bands.size() + 1];
        out[0] = bands.get(0)[0];
        for (int r = 1; r < bands.size(); r++) {
            out[r] = (bands.get(r - 1)[1] + bands.get(r)[0]) / 2;
        }
        out[bands.size()] = bands.get(bands.size() - 1)[1];
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
