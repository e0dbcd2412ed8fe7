package jixiao.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.model.Document;
import jixiao.model.Indicator;
import jixiao.model.Project;
import jixiao.model.Source;
import jixiao.table.Block;
import jixiao.table.PageLayout;
import jixiao.table.Rect;
import jixiao.table.Table;
import jixiao.table.TextBlock;
import jixiao.table.TextLine;

/**
 * A project table going on at the top of the next page without a repeated column header, as Chromium prints it: the
 * table on page 2 has no top rule whenever a merged cell runs over the break, so only the ruling under the last row
 * of page 1 tells a row cut by the break (no bottom rule) from a row that ends at the break (closed). Built from
 * constructed cells: one column is 70 pt, one row 30 pt.
 */
class PageBreakTest {
    private static Project map(Table first, Table second) {
        List<Block> page1 = List.of(new TextBlock(new TextLine("1.农村饮水安全维修养护绩效目标表", 1,
                new Rect(100, 60, 300, 76), 16)), first);
        Document doc = DocumentMapper.map(List.of(new PageLayout(1, 595, 842, page1, 200, 0),
                new PageLayout(2, 595, 842, List.of(second), 200, 0)), new Source("s.pdf", "0".repeat(64), "pdf", 2));
        return doc.projects().get(0);
    }

    /** Page 1's grid: the header on row 0, then a 效益指标 group over rows 1–2 that runs on to page 2. */
    private static TableBuilder grid(String lastL3, String lastValue) {
        TableBuilder t = new TableBuilder(1)
                .cell(0, 0, 1, 2, "项目名称").cell(0, 2, 1, 4, "农村饮水安全维修养护");
        for (int c = 0; c < TableBuilder.HEADER.length; c++) {
            t.cell(1, c, 1, 1, TableBuilder.HEADER[c]);
        }
        return t.cell(2, 0, 2, 1, "效益指标").cell(2, 1, 2, 1, "社会效益指标")
                .row(2, "群众生活条件", "改善群众生产生活条件", "有效改善", "实施方案")
                .row(3, lastL3, "受益人口数量", lastValue, "年度计划");
    }

    @Test
    void rowClosedAtTheBreakIsNotJoinedToTheNextPagesFirstRow() {
        Table first = grid("受益人口", "≥2万人").build(4, false, false);
        Table second = new TableBuilder(2)
                .cell(0, 0, 2, 1, "").cell(0, 1, 1, 1, "经济效益指标")
                .row(0, "节约财政资金", "节约资金", "有效节约", "上级下达任务")
                .cell(1, 1, 1, 1, "生态效益指标").row(1, "水质达标率", "水质达标率", "≥95%", "行业标准")
                .build(2, true, false);
        List<Indicator> inds = map(first, second).indicators();
        assertEquals(4, inds.size(), "the row on page 2 is a new row, not the rest of the last row of page 1");
        Indicator last = inds.get(1);
        assertEquals("受益人口", last.level3());
        assertEquals("≥2万人", last.value());
        assertEquals("社会效益指标", last.level2());
        Indicator next = inds.get(2);
        assertEquals("节约财政资金", next.level3());
        assertEquals("效益指标", next.level1(), "the merged level-1 cell runs over the break");
        assertEquals("经济效益指标", next.level2(), "a new level-2 group, not joined to the one above");
        assertEquals(2, next.page());
    }

    @Test
    void rowOpenAtTheBreakIsJoinedToTheNextPagesFirstRow() {
        Table first = grid("受益人口", "").build(4, false, true);
        Table second = new TableBuilder(2)
                .cell(0, 0, 1, 1, "").cell(0, 1, 1, 1, "").row(0, "数量", "", "≥2万人", "")
                .cell(1, 0, 1, 1, "满意度指标").cell(1, 1, 1, 1, "服务对象满意度指标")
                .row(1, "群众满意度", "受益群众满意度", "≥90%", "调查问卷")
                .build(2, true, false);
        List<Indicator> inds = map(first, second).indicators();
        assertEquals(3, inds.size(), "the row cut by the break is one row");
        Indicator cut = inds.get(1);
        assertEquals("受益人口数量", cut.level3());
        assertEquals("≥2万人", cut.value());
        assertEquals("年度计划", cut.basis());
        assertEquals("社会效益指标", cut.level2());
        assertEquals(1, cut.page(), "a row belongs to the page it starts on");
    }

    @Test
    void rowNamingAnotherLevelGroupIsNewEvenUnderAnOpenBottom() {
        Table first = grid("受益人口", "≥2万人").build(4, false, true);
        Table second = new TableBuilder(2)
                .cell(0, 0, 1, 1, "").cell(0, 1, 1, 1, "经济效益指标")
                .row(0, "节约财政资金", "节约资金", "有效节约", "上级下达任务")
                .build(1, true, false);
        List<Indicator> inds = map(first, second).indicators();
        assertEquals(3, inds.size(), "one row has one level-2 cell: a second complete name starts a new row");
        assertEquals("社会效益指标", inds.get(1).level2());
        assertEquals("经济效益指标", inds.get(2).level2());
        assertEquals("效益指标", inds.get(2).level1());
    }

    @Test
    void labelCellCutByTheBreakStillNamesItsRowOnTheNextPage() {
        Table first = new TableBuilder(1)
                .cell(0, 0, 1, 1, "项目名称").cell(0, 1, 1, 5, "小型水库安全运行管护")
                .cell(1, 0, 1, 1, "预算规模及资金用途").cell(1, 1, 1, 1, "预算数").cell(1, 2, 1, 1, "71.57")
                .cell(1, 3, 1, 1, "其中：财政拨款").cell(1, 4, 1, 2, "71.57")
                .build(2, false, false);
        TableBuilder second = new TableBuilder(2)
                .cell(0, 0, 1, 1, "").cell(0, 1, 1, 5, "保障小型水库安全运行")
                .cell(1, 0, 1, 1, "年度绩效目标").cell(1, 1, 1, 5, "1.保障小型水库安全运行");
        for (int c = 0; c < TableBuilder.HEADER.length; c++) {
            second.cell(2, c, 1, 1, TableBuilder.HEADER[c]);
        }
        second.cell(3, 0, 1, 1, "产出指标").cell(3, 1, 1, 1, "质量指标").row(3, "水库安全运行率", "", "100%", "");
        Project p = map(first, second.build(4, true, false));
        assertEquals("保障小型水库安全运行", p.purpose(), "the blank part of the cut label cell keeps its label");
        assertEquals(List.of("保障小型水库安全运行"), p.goals());
        assertEquals(1, p.indicators().size());
    }
}
