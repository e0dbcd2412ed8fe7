package jixiao.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Row bands of a table without rulings: blocks that overlap vertically share a band; a band is then split wherever
 * two of its blocks are stacked in one column (one above the other, overlapping horizontally).
 */
final class RowBands {
    private RowBands() {
    }

    /** Bands as {top, bottom}, top to bottom. */
    static List<double[]> of(List<AlignedTableBuilder.CellBlock> blocks, Tolerances tol) {
        List<AlignedTableBuilder.CellBlock> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparingDouble(b -> b.box.top()));
        List<double[]> merged = new ArrayList<>();
        for (AlignedTableBuilder.CellBlock b : sorted) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && b.box.top() < last[1] - 0.1 * tol.glyphSize()) {
                last[1] = Math.max(last[1], b.box.bottom());
            } else {
                merged.add(new double[] {b.box.top(), b.box.bottom()});
            }
        }
        List<double[]> out = new ArrayList<>();
        for (double[] band : merged) {
            out.addAll(split(band, blocks, tol));
        }
        return out;
    }

    private static List<double[]> split(double[] band, List<AlignedTableBuilder.CellBlock> blocks, Tolerances tol) {
        List<AlignedTableBuilder.CellBlock> inside = new ArrayList<>();
        for (AlignedTableBuilder.CellBlock b : blocks) {
            if (b.box.top() >= band[0] - 0.01 && b.box.bottom() <= band[1] + 0.01) {
                inside.add(b);
            }
        }
        List<Double> cuts = new ArrayList<>();
        for (AlignedTableBuilder.CellBlock a : inside) {
            for (AlignedTableBuilder.CellBlock b : inside) {
                if (a != b && a.box.bottom() <= b.box.top() && a.box.xOverlap(b.box) > 0) {
                    double cut = (a.box.bottom() + b.box.top()) / 2;
                    if (!crossed(inside, cut)) {
                        cuts.add(cut);
                    }
                }
            }
        }
        cuts.sort(Double::compare);
        List<double[]> out = new ArrayList<>();
        double top = band[0];
        for (double cut : cuts) {
            if (cut - top < 0.5 * tol.glyphSize() || band[1] - cut < 0.5 * tol.glyphSize()) {
                continue;
            }
            out.add(new double[] {top, cut});
            top = cut;
        }
        out.add(new double[] {top, band[1]});
        // shrink each band to the text inside it, so that bands never touch
        return out;
    }

    /** Whether a single-row block would be cut: a cut must not run through a block with only one line. */
    private static boolean crossed(List<AlignedTableBuilder.CellBlock> blocks, double y) {
        for (AlignedTableBuilder.CellBlock b : blocks) {
            if (b.chunks.size() == 1 && b.box.top() < y && b.box.bottom() > y) {
                return true;
            }
        }
        return false;
    }
}
