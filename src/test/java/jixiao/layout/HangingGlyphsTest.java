package jixiao.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static jixiao.layout.GeometryTest.h;
import static jixiao.layout.GeometryTest.v;
import static jixiao.layout.GeometryTest.word;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.pdf.Glyph;
import jixiao.pdf.PageContent;
import jixiao.table.Block;
import jixiao.table.Cell;
import jixiao.table.Table;

/**
 * A closing bracket kept on its line in a narrow label column hangs over the column's right rule into the next cell;
 * it stays with its label. Constructed page: a 30 pt label column and a 100 pt value column, one 40 pt row.
 */
class HangingGlyphsTest {

    private static List<Cell> row(List<Glyph> glyphs) {
        PageContent page = new PageContent(1, 300, 300, glyphs,
                List.of(h(0, 0, 130), h(40, 0, 130), v(0, 0, 40), v(30, 0, 40), v(130, 0, 40)), 0);
        for (Block b : PageAssembler.assemble(page).blocks()) {
            if (b instanceof Table t) {
                return t.rowStarting(0);
            }
        }
        throw new AssertionError("no table");
    }

    @Test
    void bracketAcrossOrJustRightOfTheRuleStaysWithItsLabel() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(word("资金", 5, 5, 0));
        glyphs.addAll(word("（元", 10, 18, 0));    // ends at x = 30, on the rule
        glyphs.addAll(word("）", 30, 18, 0));     // starts on the rule, centre in the value cell
        glyphs.addAll(word("789928", 60, 12, 0));
        List<Cell> cells = row(glyphs);
        assertEquals("资金（元）", cells.get(0).text());
        assertEquals("789928", cells.get(1).text());
    }

    @Test
    void textOfTheNextCellAfterItsPaddingIsNotTaken() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(word("资金", 5, 5, 0));
        glyphs.addAll(word("总额", 33, 18, 0));   // 3 pt right of the rule, after a glyph ending 5 pt left of it
        glyphs.addAll(word("元", 15, 18, 0));
        List<Cell> cells = row(glyphs);
        assertEquals("资金元", cells.get(0).text());
        assertEquals("总额", cells.get(1).text());
    }
}
