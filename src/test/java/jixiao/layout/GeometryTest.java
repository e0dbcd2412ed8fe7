package jixiao.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.pdf.Glyph;
import jixiao.pdf.PageContent;
import jixiao.pdf.Ruling;
import jixiao.table.Block;
import jixiao.table.Cell;
import jixiao.table.PageLayout;
import jixiao.table.Table;
import jixiao.table.TextLine;

/** The layout steps on small constructed pages: grid, spans, open edges, glyph lines and CJK joining. */
class GeometryTest {
    private static final Tolerances TOL = Tolerances.forGlyphSize(10);

    static Ruling h(double y, double x0, double x1) {
        return new Ruling(Ruling.Orientation.HORIZONTAL, y, x0, x1, 0.5, 0, true);
    }

    static Ruling v(double x, double y0, double y1) {
        return new Ruling(Ruling.Orientation.VERTICAL, x, y0, y1, 0.5, 0, true);
    }

    /** Glyphs of {@code text}, one per character, 10 pt wide, starting at x with the given gap between them. */
    static List<Glyph> word(String text, double x, double top, double gap) {
        List<Glyph> out = new ArrayList<>();
        double cx = x;
        for (int i = 0; i < text.length(); i++) {
            String ch = text.substring(i, i + 1);
            double w = ch.charAt(0) < 0x2E80 ? 5 : 10;
            out.add(new Glyph(ch, cx, top, cx + w, top + 10, 10, 0));
            cx += w + gap;
        }
        return out;
    }

    @Test
    void gridFromRulingsFindsRowAndColumnSpans() {
        // 3 columns x 3 rows; the left column's cell is merged over rows 1-2 (no rule between them there)
        List<Ruling> hs = List.of(h(0, 0, 300), h(20, 0, 300), h(40, 100, 300), h(60, 0, 300));
        List<Ruling> vs = List.of(v(0, 0, 60), v(100, 0, 60), v(200, 0, 60), v(300, 0, 60));
        Grid grid = GridBuilder.build(RulingMerger.merge(hs, Ruling.Orientation.HORIZONTAL, TOL),
                RulingMerger.merge(vs, Ruling.Orientation.VERTICAL, TOL), TOL);
        assertEquals(4, grid.ys().length);
        assertEquals(4, grid.xs().length);
        Grid.Frame merged = grid.frames().get(grid.owner()[1][0]);
        assertEquals(1, merged.row());
        assertEquals(2, merged.rowSpan());
        assertEquals(1, merged.colSpan());
        assertEquals(grid.owner()[1][0], grid.owner()[2][0], "both slots belong to the merged cell");
        assertTrue(grid.owner()[1][1] != grid.owner()[2][1], "the middle column is not merged");
    }

    @Test
    void collinearPiecesAndDoubleStrokesMergeIntoOneRuling() {
        List<Ruling> pieces = List.of(h(10, 0, 50), h(10.3, 50.5, 120), h(9.8, 121, 200));
        List<Ruling> merged = RulingMerger.merge(pieces, Ruling.Orientation.HORIZONTAL, TOL);
        assertEquals(1, merged.size());
        assertEquals(0, merged.get(0).start(), 1e-9);
        assertEquals(200, merged.get(0).end(), 1e-9);
    }

    @Test
    void rowCutByPageBreakGetsAnOpenBottomEdge() {
        // the last row has column rules but no bottom rule: the page break cut it
        List<Ruling> hs = List.of(h(0, 0, 200), h(20, 0, 200));
        List<Ruling> vs = List.of(v(0, 0, 50), v(100, 0, 50), v(200, 0, 50));
        Grid grid = GridBuilder.build(hs, vs, TOL);
        assertEquals(3, grid.ys().length);
        assertEquals(50, grid.ys()[2], 1e-9);
        assertTrue(grid.openBottom());
    }

    @Test
    void cjkLinesJoinWithoutSpacesEvenWhenJustified() {
        TextLine justified = LineBuilder.join(word("主管部门", 0, 0, 12), 1, TOL);
        assertEquals("主管部门", justified.text());
        List<Glyph> latin = new ArrayList<>(word("DRG", 0, 0, 0));
        latin.addAll(word("DIP", 25, 0, 0));
        assertEquals("DRG DIP", LineBuilder.join(latin, 1, TOL).text(), "a word gap between Latin letters is a space");
        List<Glyph> withSpace = new ArrayList<>(word("5.87", 0, 0, 0));
        withSpace.add(new Glyph(" ", 20, 0, 23, 10, 10, 0));
        withSpace.addAll(word("万元", 23, 0, 0));
        assertEquals("5.87 万元", LineBuilder.join(withSpace, 1, TOL).text(), "the source's own space is kept");
    }

    @Test
    void wrappedCellLinesStayInTheirCellAndJoinWithNoSeparator() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(word("防贫预", 5, 5, 0));
        glyphs.addAll(word("警系统", 5, 19, 0));
        glyphs.addAll(word("100%", 105, 12, 0));
        PageContent page = new PageContent(1, 300, 300, glyphs,
                List.of(h(0, 0, 200), h(40, 0, 200), v(0, 0, 40), v(100, 0, 40), v(200, 0, 40)), 0);
        PageLayout layout = PageAssembler.assemble(page);
        Table t = null;
        for (Block b : layout.blocks()) {
            if (b instanceof Table table) {
                t = table;
            }
        }
        assertTrue(t != null);
        List<Cell> row = t.rowStarting(0);
        assertEquals(2, row.size());
        assertEquals("防贫预警系统", row.get(0).text());
        assertEquals(2, row.get(0).lines().size());
        assertEquals("100%", row.get(1).text());
    }

    @Test
    void tableWithoutRulingsIsRebuiltFromAlignment() {
        List<Glyph> glyphs = new ArrayList<>();
        String[][] rows = {
            {"一级指标", "二级指标", "三级指标", "指标值"},
            {"", "数量指标", "培训人数", "500人"},
            {"产出指标", "质量指标", "合格率", "≥95%"},
            {"", "时效指标", "完成时间", "12月底前"},
        };
        double[] colX = {10, 80, 150, 230};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                glyphs.addAll(word(rows[r][c], colX[c], 20 + r * 22, 0));
            }
        }
        PageLayout layout = PageAssembler.assemble(new PageContent(1, 300, 300, glyphs, List.of(), 0));
        Table t = (Table) layout.blocks().stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
        assertEquals(4, t.rows());
        Cell level1 = t.rowStarting(1).get(0);
        assertEquals("产出指标", level1.text(), "the centred level-1 text covers the rows above and below it");
        assertEquals(3, level1.rowSpan());
        assertEquals("500人", t.rowStarting(1).get(3).text());
        assertEquals("12月底前", t.rowStarting(3).get(2).text());
    }
}
