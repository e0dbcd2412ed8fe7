package jixiao.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jixiao.table.Cell;
import jixiao.table.Rect;
import jixiao.table.Table;
import jixiao.table.TextLine;

/**
 * Rebuilds one table drawn without rulings from text alignment.
 * <ol>
 * <li>cell blocks: chunks on consecutive lines that overlap horizontally are one wrapped cell;</li>
 * <li>row bands: blocks that overlap vertically share a row; a band holding two blocks stacked in one column is
 * split between them, so a wrapped label beside two rows becomes a cell spanning both;</li>
 * <li>sparse columns (merged level cells): a block also covers the rows between it and the next block of its
 * column: the rows below it when its text is top-aligned, the nearer half on each side when it is centred.</li>
 * </ol>
 */
final class AlignedTableBuilder {
    /** A wrapped cell: its chunks top to bottom and its box; rows assigned later. */
    static final class CellBlock {
        final List<Chunk> chunks = new ArrayList<>();
        Rect box;
        int firstRow;
        int lastRow;

        void add(Chunk c) {
            chunks.add(c);
            box = box == null ? c.box() : box.union(c.box());
        }

        double centerY() {
            return (box.top() + box.bottom()) / 2;
        }
    }

    private AlignedTableBuilder() {
    }

    static Table build(List<Chunk> chunks, int page, Tolerances tol) {
        List<CellBlock> blocks = blocks(chunks, tol);
        List<double[]> bands = RowBands.of(blocks, tol);
        for (CellBlock b : blocks) {
            b.firstRow = -1;
            for (int r = 0; r < bands.size(); r++) {
                double[] band = bands.get(r);
                double overlap = Math.min(b.box.bottom(), band[1]) - Math.max(b.box.top(), band[0]);
                if (overlap > 0.25 * Math.min(b.box.height(), band[1] - band[0]) || overlap > 0.5 * tol.glyphSize()) {
                    if (b.firstRow < 0) {
                        b.firstRow = r;
                    }
                    b.lastRow = r;
                }
            }
            if (b.firstRow < 0) {
                b.firstRow = nearestBand(bands, b.centerY());
                b.lastRow = b.firstRow;
            }
        }
        SparseColumns.extend(blocks, bands, tol);
        double[] colEdges = columnStarts(blocks, tol);
        List<Cell> cells = new ArrayList<>();
        Rect box = null;
        for (CellBlock b : blocks) {
            List<TextLine> lines = new ArrayList<>();
            for (Chunk c : b.chunks) {
                lines.add(c.line());
            }
            int col = columnIndex(colEdges, b.box.x0());
            double top = bands.get(b.firstRow)[0];
            double bottom = bands.get(b.lastRow)[1];
            Rect cellBox = new Rect(b.box.x0(), Math.min(top, b.box.top()), b.box.x1(),
                    Math.max(bottom, b.box.bottom()));
            cells.add(new Cell(b.firstRow, col, b.lastRow - b.firstRow + 1, 1, lines, page, cellBox));
            box = box == null ? cellBox : box.union(cellBox);
        }
        return new Table(page, box, bands.size(), colEdges.length, cells, false, false);
    }

    /** Chunks on consecutive lines overlapping horizontally, close enough vertically, are one block. */
    static List<CellBlock> blocks(List<Chunk> chunks, Tolerances tol) {
        List<Chunk> sorted = new ArrayList<>(chunks);
        sorted.sort(Comparator.comparingInt(Chunk::lineIndex).thenComparingDouble(c -> c.box().x0()));
        double joinGap = intraCellGap(sorted, tol);
        List<CellBlock> blocks = new ArrayList<>();
        for (Chunk c : sorted) {
            CellBlock target = null;
            double bestGap = Double.MAX_VALUE;
            for (CellBlock b : blocks) {
                Chunk last = b.chunks.get(b.chunks.size() - 1);
                if (last.lineIndex() >= c.lineIndex()) {
                    continue;
                }
                double overlap = last.box().xOverlap(c.box());
                double gap = c.box().top() - last.box().bottom();
                if (overlap > 0.5 * Math.min(last.box().width(), c.box().width()) && gap <= joinGap
                        && gap > -0.3 * tol.glyphSize() && gap < bestGap) {
                    target = b;
                    bestGap = gap;
                }
            }
            if (target == null) {
                target = new CellBlock();
                blocks.add(target);
            }
            target.add(c);
        }
        return blocks;
    }

    /**
     * The largest vertical gap between two lines of one wrapped cell: the smallest gap seen between horizontally
     * overlapping chunks on consecutive lines, plus a quarter of a glyph (at most 2.5 pt): single-line rows sit
     * only a cell padding further apart than wrapped lines.
     */
    private static double intraCellGap(List<Chunk> sorted, Tolerances tol) {
        // a line holding a chunk in every column starts a row; wrapped lines hold at most half as many chunks
        java.util.Map<Integer, Integer> perLine = new java.util.HashMap<>();
        for (Chunk c : sorted) {
            perLine.merge(c.lineIndex(), 1, Integer::sum);
        }
        int full = perLine.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double min = Double.MAX_VALUE;
        for (int i = 0; i < sorted.size(); i++) {
            Chunk a = sorted.get(i);
            for (int j = i + 1; j < sorted.size(); j++) {
                Chunk b = sorted.get(j);
                double gap = b.box().top() - a.box().bottom();
                if (gap > 3 * tol.glyphSize()) {
                    break;
                }
                if (b.lineIndex() > a.lineIndex() && a.box().xOverlap(b.box()) > 0 && gap >= 0
                        && perLine.get(b.lineIndex()) * 2 <= full) {
                    min = Math.min(min, gap);
                }
            }
        }
        if (min == Double.MAX_VALUE) {
            min = 0.4 * tol.glyphSize(); // no line is a wrap: any leading will do
        }
        return min + Math.min(0.25 * tol.glyphSize(), 2.5);
    }

    private static int nearestBand(List<double[]> bands, double y) {
        int best = 0;
        double bestD = Double.MAX_VALUE;
        for (int r = 0; r < bands.size(); r++) {
            double d = Math.abs((bands.get(r)[0] + bands.get(r)[1]) / 2 - y);
            if (d < bestD) {
                bestD = d;
                best = r;
            }
        }
        return best;
    }

    /** Distinct block left edges (snapped), for ordering cells left to right. */
    private static double[] columnStarts(List<CellBlock> blocks, Tolerances tol) {
        List<Double> xs = new ArrayList<>();
        for (CellBlock b : blocks) {
            xs.add(b.box.x0());
        }
        xs.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        for (double x : xs) {
            if (out.isEmpty() || x - out.get(out.size() - 1) > tol.snap()) {
                out.add(x);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int columnIndex(double[] edges, double x) {
        int best = 0;
        for (int i = 0; i < edges.length; i++) {
            if (edges[i] <= x + 1e-6) {
                best = i;
            }
        }
        return best;
    }
}
