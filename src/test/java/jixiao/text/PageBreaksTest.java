package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Form feeds put back into space-aligned text printed without them, where its pages tell they end. */
class PageBreaksTest {
    private static final String GRID = String.join("\n",
            "项目名称        甲项目",
            "                              指标值确定",
            "一级指标   二级指标   三级指标   指标值",
            "                              依据",
            "产出指标   数量指标   设备数量   6个      县领导批示",
            "");

    @Test
    void aRepeatedColumnHeaderOpensAPageWithTheNamePiecesAboveIt() {
        String next = "                              指标值确定\n一级指标   二级指标   三级指标   指标值\n";
        assertEquals(GRID + "\f" + next, PageBreaks.restore(GRID + next));
    }

    @Test
    void theNextProjectsColumnHeaderOpensNoPage() {
        String text = GRID + GRID.replace("甲项目", "乙项目");
        assertEquals(text, PageBreaks.restore(text));
    }

    @Test
    void pageNumbersEndTheirPagesOrOpenThemWhenPrintedAtop() {
        assertEquals("正文\n\n— 6 —\n\n\f下一页\n", PageBreaks.restore("正文\n\n— 6 —\n\n下一页\n"));
        assertEquals("第1页\n正文\n\f第2页\n下一页\n", PageBreaks.restore("第1页\n正文\n第2页\n下一页\n"));
    }

    @Test
    void aLongRunOfBlankLinesEndsAPage() {
        assertEquals("正文\n\n\n\n\n\n\n\f下一页", PageBreaks.restore("正文\n\n\n\n\n\n\n下一页"));
        assertEquals("正文\n\n\n\n\n下一页", PageBreaks.restore("正文\n\n\n\n\n下一页"), "five blank lines part bands");
    }

    @Test
    void textWithFormFeedsIsLeftAsItIs() {
        String text = GRID + "\f" + GRID + "一级指标   二级指标   三级指标   指标值\n";
        assertEquals(text, PageBreaks.restore(text));
    }

    @Test
    void aTitleOpensAPageWithItsNumberedFirstLine() {
        String next = "2.乙项目\n\n   资金绩效目标表\n项目名称        乙项目\n";
        assertEquals(GRID + "\f" + next, PageBreaks.restore(GRID + next));
        assertEquals("1.甲项目绩效目标表\n" + GRID, PageBreaks.restore("1.甲项目绩效目标表\n" + GRID), "none atop the text");
        String row = "产出指标   数量指标   绩效目标表   6个\n";
        assertEquals(GRID + row, PageBreaks.restore(GRID + row), "a cell is no title");
    }
}
