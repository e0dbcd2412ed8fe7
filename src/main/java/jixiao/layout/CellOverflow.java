package jixiao.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jixiao.pdf.Glyph;
import jixiao.table.Rect;

/**
 * Gives back to a table's bottom-row cell the text lines that overflow its last rule. When a page break cuts a merged
 * cell, Chromium paints the cell's lines that do not fit the page's fragment on that page all the same: one line
 * across the table's last rule and possibly more below it, stacked at the cell's line pitch. A run of text crossed by
 * the last rule proves the overflow of the cell above it (text under a table starts below the rule); further runs
 * follow it when they stand inside the cell's left and right edges and at most {@link #LINE_GAP} glyph sizes below
 * the previous overflowing line. A run is a line's glyphs with gaps up to the word gap, so text running over a cell
 * edge is never cut in two.
 */
final class CellOverflow {
    /** The largest gap between two overflowing lines of one cell, in glyph sizes (line-height up to 1.8). */
    static final double LINE_GAP = 0.8;

    private CellOverflow() {
    }

    /**
     * Moves the overflowing glyphs of {@code free} into {@code cellGlyphs} (per grid, per frame) and returns the rest in
     * their order.
     */
    static List<Glyph> claim(List<Grid> grids, List<List<List<Glyph>>> cellGlyphs, List<Glyph> free,
                             Tolerances tol) {
        List<Map<Integer, Double>> overflowBottom = new ArrayList<>();
        for (int t = 0; t < grids.size(); t++) {
            overflowBottom.add(new HashMap<>());
        }
        Set<Glyph> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Glyph> run : runs(free, tol)) {
            Rect box = bounds(run);
            for (int t = 0; t < grids.size(); t++) {
                Grid grid = grids.get(t);
                int f = grid.frameOverflowingAt((box.x0() + box.x1()) / 2, box.top(), box.bottom());
                if (f < 0) {
                    f = followingLine(grid, overflowBottom.get(t), box, tol);
                }
                if (f >= 0 && within(grid.frames().get(f).box(), box, tol)) {
                    cellGlyphs.get(t).get(f).addAll(run);
                    overflowBottom.get(t).merge(f, box.bottom(), Math::max);
                    claimed.addAll(run);
                    break;
                }
            }
        }
        if (claimed.isEmpty()) {
            return free;
        }
        List<Glyph> rest = new ArrayList<>(free.size());
        for (Glyph g : free) {
            if (!claimed.contains(g)) {
                rest.add(g);
            }
        }
        return rest;
    }

    /** The glyph lines of {@code glyphs}, top to bottom, cut into runs at gaps wider than the word gap. */
    private static List<List<Glyph>> runs(List<Glyph> glyphs, Tolerances tol) {
        List<List<Glyph>> out = new ArrayList<>();
        for (List<Glyph> line : LineBuilder.glyphLines(glyphs)) {
            List<Glyph> sorted = new ArrayList<>(line);
            sorted.sort(Comparator.comparingDouble(Glyph::x0));
            List<Glyph> run = new ArrayList<>();
            for (Glyph g : sorted) {
                if (!run.isEmpty() && g.x0() - run.get(run.size() - 1).x1() > tol.wordGap()) {
                    out.add(run);
                    run = new ArrayList<>();
                }
                run.add(g);
            }
            if (!run.isEmpty()) {
                out.add(run);
            }
        }
        return out;
    }

    private static Rect bounds(List<Glyph> run) {
        double x0 = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Glyph g : run) {
            x0 = Math.min(x0, g.x0());
            top = Math.min(top, g.top());
            x1 = Math.max(x1, g.x1());
            bottom = Math.max(bottom, g.bottom());
        }
        return new Rect(x0, top, x1, bottom);
    }

    private static boolean within(Rect cell, Rect run, Tolerances tol) {
        return run.x0() >= cell.x0() - tol.snap() && run.x1() <= cell.x1() + tol.snap();
    }

    /** The overflowing frame whose next line is {@code run} (below the last rule, close under its line), or -1. */
    private static int followingLine(Grid grid, Map<Integer, Double> overflowBottom, Rect run, Tolerances tol) {
        double last = grid.ys()[grid.ys().length - 1];
        if (run.top() < last) {
            return -1;
        }
        for (Map.Entry<Integer, Double> e : overflowBottom.entrySet()) {
            double gap = run.top() - e.getValue();
            if (within(grid.frames().get(e.getKey()).box(), run, tol) && gap >= -tol.snap()
                    && gap <= LINE_GAP * tol.glyphSize()) {
                return e.getKey();
            }
        }
        return -1;
    }
}
