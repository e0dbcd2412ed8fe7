package jixiao.layout;

import java.util.List;

import jixiao.pdf.Glyph;

/**
 * Finds glyphs that hang over a cell's right rule: line-breaking rules keep a closing bracket or stop on the line of
 * the character before it, so in a narrow column "项目资金（元）" ends with "）" painted just right of the column's rule,
 * across or just right of the rule. Such a glyph reaches over the rule (starting at most {@link #AT_RULE} glyph sizes
 * right of it) and touches the glyph before it on its line (gap at most {@link #ABUT} glyph sizes), while text of the next cell starts after the cells'
 * padding; it belongs to its neighbour's cell.
 */
final class HangingGlyphs {
    /** Largest gap, in glyph sizes, between two glyphs of one unbroken run of text. */
    static final double ABUT = 0.1;
    /** How far, in glyph sizes, a hanging glyph's left edge may lie from the rule it hangs over. */
    static final double AT_RULE = 0.2;

    private HangingGlyphs() {
    }

    /**
     * The frame of {@code grid} that {@code g} hangs into from the left, that is its left neighbour's frame, or -1
     * when {@code g} does not reach over an inner vertical grid line right after a touching glyph.
     */
    static int neighbourFrame(Grid grid, Glyph g, List<Glyph> glyphs, Tolerances tol) {
        double[] xs = grid.xs();
        boolean atRule = false;
        for (int i = 1; i < xs.length - 1 && !atRule; i++) {
            atRule = g.x0() <= xs[i] + AT_RULE * tol.glyphSize() && g.x1() > xs[i];
        }
        if (!atRule) {
            return -1;
        }
        for (Glyph n : glyphs) {
            boolean sameLine = Math.min(n.bottom(), g.bottom()) - Math.max(n.top(), g.top())
                    >= 0.5 * Math.min(n.bottom() - n.top(), g.bottom() - g.top());
            if (n != g && sameLine && !n.isSpace() && Math.abs(n.x1() - g.x0()) <= ABUT * tol.glyphSize()
                    && n.centerX() < g.x0()) {
                int own = grid.frameAt(g.centerX(), g.centerY(), 0);
                int left = grid.frameAt(n.centerX(), n.centerY(), 0);
                return left != own ? left : -1;
            }
        }
        return -1;
    }
}
