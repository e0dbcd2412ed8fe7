package jixiao.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jixiao.pdf.Glyph;
import jixiao.table.Rect;
import jixiao.table.TextLine;

/** A run of glyphs on one line without a cell-wide gap: one cell's line in a table drawn without rulings. */
record Chunk(List<Glyph> glyphs, TextLine line, int lineIndex) {

    Rect box() {
        return line.box();
    }

    /** Splits one line's glyphs at gaps wider than {@link BorderlessDetector#CELL_GAP} glyph sizes. */
    static List<Chunk> split(List<Glyph> line, int lineIndex, int page, Tolerances tol) {
        List<Glyph> gs = new ArrayList<>();
        for (Glyph g : line) {
            if (!g.isSpace() && g.upright()) {
                gs.add(g);
            }
        }
        gs.sort(Comparator.comparingDouble(Glyph::x0));
        List<List<Glyph>> runs = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        for (Glyph g : gs) {
            if (!cur.isEmpty()) {
                Glyph prev = cur.get(cur.size() - 1);
                double size = Math.max(Math.max(g.size(), prev.size()), 1);
                if (g.x0() - prev.x1() > BorderlessDetector.CELL_GAP * size) {
                    runs.add(cur);
                    cur = new ArrayList<>();
                }
            }
            cur.add(g);
        }
        if (!cur.isEmpty()) {
            runs.add(cur);
        }
        List<Chunk> out = new ArrayList<>();
        for (List<Glyph> run : mergeJustified(runs)) {
            out.add(make(run, lineIndex, page, tol));
        }
        return out;
    }

    /**
     * Rejoins a justified label ("主　管　部　门"): single CJK characters spread at even gaps of up to
     * {@link #JUSTIFY_GAP} glyph sizes are one run.
     */
    private static List<List<Glyph>> mergeJustified(List<List<Glyph>> runs) {
        List<List<Glyph>> out = new ArrayList<>();
        int i = 0;
        while (i < runs.size()) {
            int j = i;
            while (j + 1 < runs.size() && single(runs.get(j)) && single(runs.get(j + 1))
                    && gap(runs.get(j), runs.get(j + 1)) <= JUSTIFY_GAP * runs.get(j).get(0).size()
                    && (j == i || Math.abs(gap(runs.get(j), runs.get(j + 1)) - gap(runs.get(i), runs.get(i + 1)))
                    <= 0.25 * runs.get(j).get(0).size())) {
                j++;
            }
            List<Glyph> merged = new ArrayList<>();
            for (int k = i; k <= j; k++) {
                merged.addAll(runs.get(k));
            }
            out.add(merged);
            i = j + 1;
        }
        return out;
    }

    /** Justified characters sit at most this many glyph sizes apart. */
    static final double JUSTIFY_GAP = 3.5;

    private static boolean single(List<Glyph> run) {
        return run.size() == 1 && run.get(0).text().length() == 1 && run.get(0).text().charAt(0) >= 0x2E80;
    }

    private static double gap(List<Glyph> a, List<Glyph> b) {
        return b.get(0).x0() - a.get(a.size() - 1).x1();
    }

    private static Chunk make(List<Glyph> glyphs, int lineIndex, int page, Tolerances tol) {
        return new Chunk(List.copyOf(glyphs), LineBuilder.join(glyphs, page, tol), lineIndex);
    }
}
