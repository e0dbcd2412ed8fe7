package jixiao.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jixiao.pdf.Glyph;
import jixiao.table.Rect;
import jixiao.table.TextLine;

/**
 * Groups glyphs into text lines and joins each line's glyphs into a string: no space between CJK characters or CJK
 * punctuation however wide the gap (justified cells), the source's own space glyphs kept (runs collapsed), and a
 * space added only for a word gap between two Latin letters or digits.
 */
public final class LineBuilder {
    private LineBuilder() {
    }

    /** Lines of the given glyphs, top to bottom; upright text only (rotated glyphs are dropped). */
    public static List<TextLine> lines(List<Glyph> glyphs, int page, Tolerances tol) {
        List<List<Glyph>> groups = glyphLines(glyphs);
        List<TextLine> out = new ArrayList<>(groups.size());
        for (List<Glyph> line : groups) {
            TextLine tl = join(line, page, tol);
            if (tl != null) {
                out.add(tl);
            }
        }
        return out;
    }

    /** The glyphs of each line, top to bottom (each line unsorted). */
    static List<List<Glyph>> glyphLines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (g.upright()) {
                sorted.add(g);
            }
        }
        sorted.sort(Comparator.comparingDouble(Glyph::centerY));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> cur = null;
        double curTop = 0;
        double curBottom = 0;
        for (Glyph g : sorted) {
            boolean sameLine = cur != null && g.centerY() <= curBottom
                    && overlap(g.top(), g.bottom(), curTop, curBottom) >= 0.5 * Math.min(g.bottom() - g.top(),
                    curBottom - curTop);
            if (!sameLine) {
                cur = new ArrayList<>();
                groups.add(cur);
                curTop = g.top();
                curBottom = g.bottom();
            } else if (!g.isSpace()) {
                curTop = Math.min(curTop, g.top());
                curBottom = Math.max(curBottom, g.bottom());
            }
            cur.add(g);
        }
        return groups;
    }

    private static double overlap(double a0, double a1, double b0, double b1) {
        return Math.min(a1, b1) - Math.max(a0, b0);
    }

    /** One line's glyphs joined left to right; null when the line holds only spaces. */
    static TextLine join(List<Glyph> line, int page, Tolerances tol) {
        List<Glyph> gs = new ArrayList<>(line);
        gs.sort(Comparator.comparingDouble(Glyph::x0));
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        boolean pendingSpace = false;
        Rect box = null;
        double size = 0;
        for (Glyph g : gs) {
            if (g.isSpace()) {
                pendingSpace = prev != null;
                continue;
            }
            if (prev != null) {
                // a space glyph hidden under the previous glyph (overprinted run) is not a gap
                double gap = g.x0() - prev.x1();
                boolean wordGap = gap > tol.wordGap() && isLatinOrDigit(lastChar(sb)) && isLatinOrDigit(g.text()
                        .charAt(0));
                if ((pendingSpace && gap > -0.1 * g.size()) || wordGap) {
                    sb.append(' ');
                }
            }
            pendingSpace = false;
            sb.append(g.text());
            Rect r = new Rect(g.x0(), g.top(), g.x1(), g.bottom());
            box = box == null ? r : box.union(r);
            size = Math.max(size, g.size());
            prev = g;
        }
        if (box == null) {
            return null;
        }
        return new TextLine(sb.toString(), page, box, size);
    }

    private static char lastChar(StringBuilder sb) {
        return sb.length() == 0 ? ' ' : sb.charAt(sb.length() - 1);
    }

    static boolean isLatinOrDigit(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
