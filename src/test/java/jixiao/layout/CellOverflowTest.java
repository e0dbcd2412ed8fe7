package jixiao.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import jixiao.table.PageLayout;
import jixiao.table.Table;
import jixiao.table.TextBlock;

/**
 * A merged level cell cut by a page break, as Chromium prints it with a narrow level column: the cell's fragment on
 * the page is 20 pt tall, but its one-character lines (14 pt pitch) are painted on, one across the table's last rule
 * and one wholly below it. Constructed page: two 100 pt columns, rules at y = 0, 20, 40.
 */
class CellOverflowTest {

    private static PageLayout page(List<Glyph> glyphs) {
        return PageAssembler.assemble(new PageContent(1, 300, 300, glyphs,
                List.of(h(0, 0, 200), h(20, 0, 200), h(40, 0, 200), v(0, 0, 40), v(100, 0, 40), v(200, 0, 40)), 0));
    }

    private static Table table(PageLayout layout) {
        for (Block b : layout.blocks()) {
            if (b instanceof Table t) {
                return t;
            }
        }
        throw new AssertionError("no table");
    }

    @Test
    void linesOverflowingTheLastRuleStayInTheirCell() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(word("效", 45, 24, 0));   // inside the bottom-left cell
        glyphs.addAll(word("益", 45, 36, 0));   // crossed by the last rule (y = 40)
        glyphs.addAll(word("指", 45, 50, 0));   // wholly below, 4 pt under the line above
        glyphs.addAll(word("达标", 140, 25, 0));
        PageLayout layout = page(glyphs);
        Cell cell = table(layout).rowStarting(1).get(0);
        assertEquals("效益指", cell.text(), "the overflowing lines are the cell's");
        for (Block b : layout.blocks()) {
            assertTrue(!(b instanceof TextBlock), "no free line left: " + b);
        }
    }

    @Test
    void textUnderTheTableIsNotTakenWithoutALineAcrossTheRule() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(word("效益", 40, 24, 0));
        glyphs.addAll(word("注", 45, 43, 0));    // starts below the rule: a note under the table
        glyphs.addAll(word("说明", 140, 43, 0));
        PageLayout layout = page(glyphs);
        assertEquals("效益", table(layout).rowStarting(1).get(0).text());
        long free = layout.blocks().stream().filter(b -> b instanceof TextBlock).count();
        assertEquals(1, free, "the note stays a free line");
    }

    @Test
    void overflowChainStopsAtTheCellsEdgesAndAtAWideGap() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(word("效", 45, 24, 0));
        glyphs.addAll(word("益", 45, 36, 0));   // across the rule
        glyphs.addAll(word("宽行文字", 80, 50, 0)); // runs over the cell's right edge
        glyphs.addAll(word("页", 45, 80, 0));   // 34 pt below: a footer, not the next line
        PageLayout layout = page(glyphs);
        assertEquals("效益", table(layout).rowStarting(1).get(0).text());
        long free = layout.blocks().stream().filter(b -> b instanceof TextBlock).count();
        assertEquals(2, free);
    }
}
