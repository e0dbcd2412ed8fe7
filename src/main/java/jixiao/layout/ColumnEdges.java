package jixiao.layout;

import java.util.ArrayList;
import java.util.List;

import jixiao.pdf.Glyph;

/**
 * Column edges of a table without rulings: x positions where several chunks of the run end. A chunk that runs
 * across such an edge with a glyph boundary right at it holds two cells whose texts touch (a label justified up to
 * the cell edge, then the value): it is split there.
 */
final class ColumnEdges {
    /** An edge needs this many chunks ending at it. */
    static final int MIN_SUPPORT = 3;

    private ColumnEdges() {
    }

    static List<Chunk> splitAtEdges(List<List<Chunk>> lines, int page, Tolerances tol) {
        List<Double> ends = new ArrayList<>();
        for (List<Chunk> line : lines) {
            for (Chunk c : line) {
                ends.add(c.box().x1());
            }
        }
        List<Double> edges = edges(ends, tol);
        List<Chunk> out = new ArrayList<>();
        for (List<Chunk> line : lines) {
            for (Chunk c : line) {
                out.addAll(split(c, edges, page, tol));
            }
        }
        return out;
    }

    private static List<Double> edges(List<Double> xs, Tolerances tol) {
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) - sorted.get(j) <= tol.snap()) {
                j++;
            }
            if (j - i + 1 >= MIN_SUPPORT) {
                out.add(sorted.get(j));
            }
            i = j + 1;
        }
        return out;
    }

    private static List<Chunk> split(Chunk c, List<Double> edges, int page, Tolerances tol) {
        List<Glyph> gs = c.glyphs();
        for (double e : edges) {
            if (c.box().x0() >= e - tol.glyphSize() || c.box().x1() <= e + tol.glyphSize()) {
                continue;
            }
            for (int k = 0; k + 1 < gs.size(); k++) {
                if (Math.abs(gs.get(k).x1() - e) <= tol.snap() && gs.get(k + 1).x0() - gs.get(k).x1() >= 0.15 * tol.glyphSize()) {
                    List<Chunk> out = new ArrayList<>();
                    out.add(new Chunk(List.copyOf(gs.subList(0, k + 1)),
                            LineBuilder.join(gs.subList(0, k + 1), page, tol), c.lineIndex()));
                    Chunk rest = new Chunk(List.copyOf(gs.subList(k + 1, gs.size())),
                            LineBuilder.join(gs.subList(k + 1, gs.size()), page, tol), c.lineIndex());
                    out.addAll(split(rest, edges, page, tol));
                    return out;
                }
            }
        }
        return List.of(c);
    }
}
