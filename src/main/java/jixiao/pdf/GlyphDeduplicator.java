package jixiao.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collapses overdrawn copies of a glyph (fake bold, shadow text, content drawn twice): the same text at nearly the
 * same place. A spatial hash keeps it linear.
 */
final class GlyphDeduplicator {
    /** Two copies closer than this fraction of the font size are one glyph. */
    static final double SAME_PLACE = 0.2;
    private static final double CELL = 4.0;

    private GlyphDeduplicator() {
    }

    static List<Glyph> dedupe(List<Glyph> glyphs) {
        Map<Long, List<Glyph>> grid = new HashMap<>();
        List<Glyph> out = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                out.add(g);
                continue;
            }
            int cx = (int) Math.floor(g.x0() / CELL);
            int cy = (int) Math.floor(g.top() / CELL);
            double tol = SAME_PLACE * Math.max(g.size(), 1);
            boolean dup = false;
            for (int dx = -1; dx <= 1 && !dup; dx++) {
                for (int dy = -1; dy <= 1 && !dup; dy++) {
                    List<Glyph> near = grid.get(key(cx + dx, cy + dy));
                    if (near == null) {
                        continue;
                    }
                    for (Glyph o : near) {
                        if (o.text().equals(g.text()) && Math.abs(o.x0() - g.x0()) < tol
                                && Math.abs(o.top() - g.top()) < tol) {
                            dup = true;
                            break;
                        }
                    }
                }
            }
            if (!dup) {
                grid.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(2)).add(g);
                out.add(g);
            }
        }
        return out;
    }

    private static long key(int x, int y) {
        return ((long) x << 32) ^ (y & 0xffffffffL);
    }
}
