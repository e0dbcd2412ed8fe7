package jixiao.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jixiao.pdf.Glyph;
import jixiao.pdf.PageContent;
import jixiao.pdf.Ruling;
import jixiao.table.Block;
import jixiao.table.Cell;
import jixiao.table.PageLayout;
import jixiao.table.Table;
import jixiao.table.TextBlock;
import jixiao.table.TextLine;

/**
 * Rebuilds one page: ruled tables from its rulings (cells, spans, text), borderless tables from text alignment, and
 * the remaining glyphs as free lines, all in top-to-bottom order.
 */
public final class PageAssembler {
    private PageAssembler() {
    }

    public static PageLayout assemble(PageContent page) {
        if (!page.readable()) {
            return new PageLayout(page.number(), page.width(), page.height(), List.of(), 0, 0, page.error(), 0);
        }
        Tolerances tol = Tolerances.forGlyphs(page.glyphs());
        List<Ruling> hs = RulingMerger.merge(page.rulings(), Ruling.Orientation.HORIZONTAL, tol);
        List<Ruling> vs = RulingMerger.merge(page.rulings(), Ruling.Orientation.VERTICAL, tol);
        List<Grid> grids = new ArrayList<>();
        for (RulingGroups.Group g : RulingGroups.of(hs, vs, tol)) {
            grids.add(GridBuilder.build(g.horizontals(), g.verticals(), tol));
        }
        List<List<List<Glyph>>> cellGlyphs = new ArrayList<>();
        for (Grid g : grids) {
            List<List<Glyph>> perCell = new ArrayList<>();
            for (int i = 0; i < g.frames().size(); i++) {
                perCell.add(new ArrayList<>());
            }
            cellGlyphs.add(perCell);
        }
        List<Glyph> free = new ArrayList<>();
        for (Glyph glyph : page.glyphs()) {
            boolean placed = false;
            for (int t = 0; t < grids.size() && !placed; t++) {
                int f = grids.get(t).frameAt(glyph.centerX(), glyph.centerY(), 0);
                if (f >= 0) {
                    int hung = HangingGlyphs.neighbourFrame(grids.get(t), glyph, page.glyphs(), tol);
                    f = hung >= 0 ? hung : f;
                    cellGlyphs.get(t).get(f).add(glyph);
                    placed = true;
                }
            }
            if (!placed) {
                free.add(glyph);
            }
        }
        free = CellOverflow.claim(grids, cellGlyphs, free, tol);
        List<Block> blocks = new ArrayList<>();
        for (int t = 0; t < grids.size(); t++) {
            if (frameOnly(grids.get(t), cellGlyphs.get(t))) {
                // a frame around a table whose inner rules are missing: rebuild it from alignment instead
                for (List<Glyph> gs : cellGlyphs.get(t)) {
                    free.addAll(gs);
                }
                continue;
            }
            blocks.add(toTable(grids.get(t), cellGlyphs.get(t), page.number(), tol));
        }
        BorderlessDetector.Result borderless = BorderlessDetector.detect(free, page.number(), tol);
        blocks.addAll(borderless.tables());
        for (List<Glyph> line : borderless.restLines()) {
            TextLine l = LineBuilder.join(line, page.number(), tol);
            if (l != null) {
                blocks.add(new TextBlock(l));
            }
        }
        blocks.sort(Comparator.comparingDouble(Block::top));
        int undecodable = 0;
        for (Glyph g : page.glyphs()) {
            if (g.text().indexOf('\uFFFD') >= 0) {
                undecodable++;
            }
        }
        return new PageLayout(page.number(), page.width(), page.height(), blocks, page.glyphs().size(), page.images(),
                null, undecodable);
    }

    /** At most two cells, one of which holds several text lines split into columns by wide gaps. */
    private static boolean frameOnly(Grid grid, List<List<Glyph>> glyphs) {
        if (grid.frames().size() > 2) {
            return false;
        }
        for (List<Glyph> gs : glyphs) {
            if (LineBuilder.glyphLines(gs).size() >= BorderlessDetector.MIN_TABLE_LINES * 2) {
                return true;
            }
        }
        return false;
    }

    private static Table toTable(Grid grid, List<List<Glyph>> glyphs, int page, Tolerances tol) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < grid.frames().size(); i++) {
            Grid.Frame f = grid.frames().get(i);
            List<TextLine> lines = LineBuilder.lines(glyphs.get(i), page, tol);
            cells.add(new Cell(f.row(), f.col(), f.rowSpan(), f.colSpan(), lines, page, f.box()));
        }
        return new Table(page, grid.box(), grid.ys().length - 1, grid.xs().length - 1, cells, grid.openTop(),
                grid.openBottom());
    }
}
