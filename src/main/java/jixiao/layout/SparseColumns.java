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
        for (List<AlignedTableBuilder.CellBlock> column : columns(blocks)) {
            if (column.size() < 2) {
                continue; // a lone block is a cell, not a merged column
            }
            column.sort(Comparator.comparingInt(b -> b.firstRow));
            boolean centred = centred(column, blocks, bands, tol);
            for (int i = 0; i < column.size(); i++) {
                AlignedTableBuilder.CellBlock b = column.get(i);
                AlignedTableBuilder.CellBlock next = i + 1 < column.size() ? column.get(i + 1) : null;
                if (next == null) {
                    break; // rows after a column's last block stay empty: the mapper repeats the level above
                }
                int limit = next.firstRow - 1;
                int r = b.lastRow + 1;
                while (r <= limit && empty(r, b, blocks)) {
                    r++;
                }
                int emptyEnd = r - 1; // rows b.lastRow+1 .. emptyEnd are free
                if (emptyEnd <= b.lastRow) {
                    continue;
                }
                if (!centred || emptyEnd < next.firstRow - 1) {
                    b.lastRow = emptyEnd;
                    continue;
                }
                for (int k = b.lastRow + 1; k <= emptyEnd; k++) {
                    double y = (bands.get(k)[0] + bands.get(k)[1]) / 2;
                    if (Math.abs(y - b.centerY()) <= Math.abs(next.centerY() - y)) {
                        b.lastRow = k;
                    } else {
                        next.firstRow = Math.min(next.firstRow, k);
                    }
                }
            }
        }
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

    private static boolean centred(List<AlignedTableBuilder.CellBlock> column, List<AlignedTableBuilder.CellBlock> all,
                                   List<double[]> bands, Tolerances tol) {
        for (AlignedTableBuilder.CellBlock b : column) {
            if (b.chunks.size() == 1 && b.lastRow > b.firstRow) {
                return true;
            }
            double bandTop = bands.get(b.firstRow)[0];
            if (b.box.top() - bandTop > 0.5 * tol.glyphSize() && b.lastRow == b.firstRow) {
                return true;
            }
        }
        return false;
    }
}
