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
        List<Chunk> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        for (Glyph g : gs) {
            if (!cur.isEmpty()) {
                Glyph prev = cur.get(cur.size() - 1);
                double size = Math.max(Math.max(g.size(), prev.size()), 1);
                if (g.x0() - prev.x1() > BorderlessDetector.CELL_GAP * size) {
                    out.add(make(cur, lineIndex, page, tol));
                    cur = new ArrayList<>();
                }
            }
            cur.add(g);
        }
        if (!cur.isEmpty()) {
            out.add(make(cur, lineIndex, page, tol));
        }
        return out;
    }

    private static Chunk make(List<Glyph> glyphs, int lineIndex, int page, Tolerances tol) {
        return new Chunk(List.copyOf(glyphs), LineBuilder.join(glyphs, page, tol), lineIndex);
    }
}
