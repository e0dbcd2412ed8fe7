package jixiao.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.model.Document;
import jixiao.model.Indicator;
import jixiao.model.Project;
import jixiao.model.Source;
import jixiao.table.Block;
import jixiao.table.Cell;
import jixiao.table.PageLayout;
import jixiao.table.Rect;
import jixiao.table.Table;
import jixiao.table.TextBlock;
import jixiao.table.TextLine;

/**
 * Layout family G (OUTPUT.md): 项目名称 / 项目编码 / 主管部门, a row of amount labels with their values below, and an
 * indicator grid with separate 指标性质 / 指标值 / 度量单位 columns. Built from constructed cells: one column is 60 pt.
 */
class FamilyGTest {
    private final List<Cell> cells = new ArrayList<>();

    private void cell(int row, int col, int rowSpan, int colSpan, String text) {
        Rect box = new Rect(col * 60, 100 + row * 20, (col + colSpan) * 60, 100 + (row + rowSpan) * 20);
        List<TextLine> lines = text.isEmpty() ? List.of() : List.of(new TextLine(text, 1, box, 10));
        cells.add(new Cell(row, col, rowSpan, colSpan, lines, 1, box));
    }

    @Test
    void familyGMapsOpValueAndUnitColumns() {
        cell(0, 0, 1, 2, "项目名称");
        cell(0, 2, 1, 5, "农村公路养护");
        cell(1, 0, 1, 2, "项目编码");
        cell(1, 2, 1, 5, "44010023P0001");
        cell(2, 0, 1, 2, "主管部门");
        cell(2, 2, 1, 5, "某县交通运输局");
        cell(3, 0, 2, 2, "资金情况（万元）");
        cell(3, 2, 1, 2, "资金总额");
        cell(3, 4, 1, 2, "财政拨款");
        cell(3, 6, 1, 1, "其他资金");
        cell(4, 2, 1, 2, "120.5");
        cell(4, 4, 1, 2, "100");
        cell(4, 6, 1, 1, "20.5");
        cell(5, 0, 1, 2, "绩效目标");
        cell(5, 2, 1, 5, "完成农村公路日常养护");
        gridHeader(6);
        cell(7, 0, 3, 1, "产出指标");
        cell(7, 1, 2, 1, "数量指标");
        cell(7, 2, 1, 1, "养护里程");
        cell(7, 3, 1, 1, "≥");
        cell(7, 4, 1, 1, "350");
        cell(7, 5, 1, 1, "公里");
        cell(7, 6, 1, 1, "年度计划");
        cell(8, 2, 1, 1, "完成时限");
        cell(8, 3, 1, 1, "≤");
        cell(8, 4, 1, 1, "12");
        cell(8, 5, 1, 1, "月");
        cell(8, 6, 1, 1, "");
        cell(9, 1, 1, 1, "质量指标");
        cell(9, 2, 1, 1, "路况优良率");
        cell(9, 3, 1, 1, "定性");
        cell(9, 4, 1, 1, "持续提升");
        cell(9, 5, 1, 1, "");
        cell(9, 6, 1, 1, "行业标准");
        Document doc = map(10);

        assertEquals(1, doc.projects().size());
        Project p = doc.projects().get(0);
        assertEquals("农村公路养护项目绩效目标表", p.title());
        assertEquals("农村公路养护", p.name());
        assertEquals("44010023P0001", p.code());
        assertEquals("某县交通运输局", p.department());
        assertEquals("万元", p.amountUnit());
        assertEquals(new BigDecimal("120.5"), p.budget().total());
        assertEquals(new BigDecimal("100"), p.budget().fiscal());
        assertEquals(new BigDecimal("20.5"), p.budget().other());
        assertEquals(List.of("完成农村公路日常养护"), p.goals());
        assertEquals(3, p.indicators().size());

        Indicator km = p.indicators().get(0);
        assertEquals("产出指标", km.level1());
        assertEquals("数量指标", km.level2());
        assertEquals("养护里程", km.level3());
        assertEquals("350", km.value());
        assertEquals(">=", km.target().op());
        assertEquals(0, new BigDecimal("350").compareTo(km.target().number()));
        assertEquals("公里", km.target().unit());
        assertEquals("年度计划", km.basis());

        Indicator months = p.indicators().get(1);
        assertEquals("数量指标", months.level2(), "merged level-2 cell expanded");
        assertEquals("<=", months.target().op());
        assertEquals("月", months.target().unit(), "a G-family 月 unit is a number, not a date");
        assertNull(months.basis());

        Indicator quality = p.indicators().get(2);
        assertEquals("产出指标", quality.level1());
        assertEquals("质量指标", quality.level2());
        assertNull(quality.target(), "定性 is qualitative");
        assertEquals("持续提升", quality.value());
    }

    /**
     * A qualitative row's 度量单位 cell holding text: no numeric target takes it, so no field holds it; the document
     * says so instead of dropping it unseen.
     */
    @Test
    void unitTextOfAQualitativeRowIsReported() {
        cell(0, 0, 1, 2, "项目名称");
        cell(0, 2, 1, 5, "农村公路养护");
        gridHeader(1);
        cell(2, 0, 1, 1, "效益指标");
        cell(2, 1, 1, 1, "社会效益指标");
        cell(2, 2, 1, 1, "群众生活条件");
        cell(2, 3, 1, 1, "定性");
        cell(2, 4, 1, 1, "明显改善");
        cell(2, 5, 1, 1, "进一步增强");
        cell(2, 6, 1, 1, "行业标准");
        Document doc = map(3);

        Indicator row = doc.projects().get(0).indicators().get(0);
        assertEquals("明显改善", row.value());
        assertNull(row.target());
        assertEquals(List.of("MEASURE_UNIT_UNUSED"), doc.issues().stream().map(i -> i.code())
                .filter(c -> c.startsWith("MEASURE")).toList());
        assertTrue(doc.issues().stream().anyMatch(i -> i.message().contains("进一步增强")));
    }

    /** The indicator grid's column header in row {@code row}: one column a name. */
    private void gridHeader(int row) {
        String[] names = {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标值确定依据"};
        for (int col = 0; col < names.length; col++) {
            cell(row, col, 1, 1, names[col]);
        }
    }

    /** The document of one page: the title line over a table of the cells so far, {@code rows} rows of 7 columns. */
    private Document map(int rows) {
        Table table = new Table(1, new Rect(0, 100, 420, 100 + rows * 20), rows, 7, cells, false, false);
        List<Block> blocks = List.of(
                new TextBlock(new TextLine("1.农村公路养护项目绩效目标表", 1, new Rect(100, 60, 300, 76), 16)),
                table);
        return DocumentMapper.map(List.of(new PageLayout(1, 595, 842, blocks, 100, 0)),
                new Source("g.pdf", "0".repeat(64), "pdf", 1));
    }
}
