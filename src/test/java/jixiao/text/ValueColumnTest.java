package jixiao.text;

import static jixiao.text.LayoutTextTest.lines;
import static jixiao.text.LayoutTextTest.runOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.text.LayoutText.Chunk;

/**
 * A tight grid whose column header the layout tool pressed together (one space between its names) while the rows
 * stand wider: the header's edges put the descriptions in the 指标值 column and the values among the bases. The
 * values, told by their shape, show where the value column stands.
 */
class ValueColumnTest {
    /** A real generated document's grid (the narrowest producer), shortened. */
    private static final String[] PRESSED = {
            "     3.巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
            "      二级指                              指标值确定依",
            "一级指标       三级指标 绩效指标描述 指标值",
            "        标                                据",
            "             “班班通”设 维护教室多媒",
            "       数量指                               枣财教",
            "              备维护数 体“班班通”设备   45公里",
            "        标                              〔2021〕5号",
            "                量     套数",
            "              上岗人员 上岗人员在岗",
            "                               100%    单位确定项目",
            "               在岗率     率",
            "     质量指",
            "             基本医疗",
            "产出指标  标             基本医疗保险               枣财教",
            "             保险参保              100%",
            "                      参保率              〔2021〕5号",
            "               率",
            "       时效指   完工及时",
            "                    项目完成时间 11月底前 相关政策文件",
            "        标      率",
            "       成本指   人均筛查",
            "                    人均筛查成本    98万元       县领导",
            "        标     成本",
            "                              带动增加",
    };

    @Test
    void theValuesMoveTheValueColumnsEdges() {
        List<String> lines = lines(PRESSED);
        assertTrue(runOf(lines, "“班班通”设", "备维护数", "量", "维护教室多媒", "体“班班通”设备", "套数", "45公里", "枣财教",
                "〔2021〕5号"), lines::toString);
        assertTrue(lines.contains("100% 单位确定项目"), lines::toString);
        assertTrue(lines.contains("项目完成时间 11月底前 相关政策文件"), lines::toString);
        assertTrue(lines.contains("人均筛查成本 98万元 县领导"), lines::toString);
    }

    /**
     * Constructed columns: descriptions at 10, values at 20, bases at 28; edges at 9 and 12 put the values with the
     * descriptions. Moving the value column's edges (the first kept) to hold the values parts them at the gutters.
     */
    @Test
    void moveColumnKeepsTheOtherEdgesAndHoldsTheValues() {
        List<Chunk> chunks = List.of(chunk("aaaa", 0, 0), chunk("bbbbbb", 0, 10), chunk("95%", 0, 20),
                chunk("cccc", 0, 28), chunk("aaaa", 1, 0), chunk("bbbbbbb", 1, 10), chunk("100%", 1, 20),
                chunk("aaaa", 2, 0), chunk("bb", 2, 12), chunk("12月底前", 2, 20), chunk("cccccc", 2, 28));
        Gutters g = new Gutters(chunks);
        int[] moved = g.moveColumn(new int[] {9, 12, 26}, 2, new int[] {20, 20, 20}, 2);
        assertEquals(9, moved[0]);
        assertEquals(List.of(true, true), List.of(moved[1] >= 17 && moved[1] <= 20, moved[2] > 24 && moved[2] <= 28),
                "edges " + moved[1] + ", " + moved[2]);
        assertEquals(0, g.crossed(moved));
        // values already in their column: the edges stay where they were, nearest the given ones
        assertArrayEquals(new int[] {9, 19, 26}, g.moveColumn(new int[] {9, 19, 26}, 2, new int[] {20, 20, 20}, 2));
    }

    private static Chunk chunk(String text, int line, int x0) {
        return new Chunk(text, line, x0, x0 + text.length());
    }

}
