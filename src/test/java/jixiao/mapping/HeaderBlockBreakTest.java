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
 * Page breaks inside a project's header block and inside a merged level name, from constructed cells (one column is
 * 70 pt, one row 30 pt): the block's first label row at the foot of page 1 and the rest on page 2 after a page
 * number; a level-2 name cut into a head that is no name and a tail that is one.
 */
class HeaderBlockBreakTest {
    private static TextLine line(String text, int page, double top) {
        return new TextLine(text, page, new Rect(100, top, 300, top + 14), 12);
    }

    private static Document map(List<Block> page1, List<Block> page2) {
        return DocumentMapper.map(List.of(new PageLayout(1, 595, 842, page1, 200, 0),
                new PageLayout(2, 595, 842, page2, 200, 0)), new Source("s.pdf", "0".repeat(64), "pdf", 2));
    }

    private static Table nameAndGrid(String name) {
        return new TableBuilder(2).cell(0, 0, 1, 2, "项目名称").cell(0, 2, 1, 4, name).header(1)
                .cell(2, 0, 1, 1, "产出指标").cell(2, 1, 1, 1, "数量指标").row(2, "培训人次", "培训人次", "≥500人次", "计划")
                .build(3, false, false);
    }

    @Test
    void headerBlockCutAfterItsCodeRowGoesOnOnTheNextPage() {
        Table codeRow = new TableBuilder(1).cell(0, 0, 1, 2, "项目编码").cell(0, 2, 1, 4, "13052221P0001")
                .build(1, false, false);
        Document doc = map(List.of(new TextBlock(line("1.教师培训经费绩效目标表", 1, 60)), codeRow,
                        new TextBlock(line("第1页", 1, 800))),
                List.of(nameAndGrid("教师培训经费")));
        assertEquals(1, doc.projects().size(), "one project: the page number between is no title");
        Project p = doc.projects().get(0);
        assertEquals("13052221P0001", p.code());
        assertEquals("教师培训经费", p.name());
        assertEquals(1, p.indicators().size());
        assertEquals(List.of(1, 2), p.pages());
    }

    @Test
    void aSecondNameLabelOnTheNextPageIsANewProject() {
        Table first = new TableBuilder(1).cell(0, 0, 1, 2, "项目名称").cell(0, 2, 1, 4, "教师培训经费")
                .build(1, false, false);
        Document doc = map(List.of(first, new TextBlock(line("第1页", 1, 800))),
                List.of(nameAndGrid("全域旅游宣传推介经费")));
        assertEquals(2, doc.projects().size(), "the project on page 1 already has its name");
        assertEquals("全域旅游宣传推介经费", doc.projects().get(1).name());
    }

    @Test
    void aTitleBetweenStartsANewProject() {
        Table codeRow = new TableBuilder(1).cell(0, 0, 1, 2, "项目编码").cell(0, 2, 1, 4, "13052221P0001")
                .build(1, false, false);
        Document doc = map(List.of(codeRow), List.of(new TextBlock(line("2.全域旅游宣传推介经费绩效目标表", 2, 60)),
                nameAndGrid("全域旅游宣传推介经费")));
        assertEquals(2, doc.projects().size());
    }

    @Test
    void levelNameCutIntoAHeadAndACompleteNameIsJoined() {
        Table first = new TableBuilder(1).cell(0, 0, 1, 2, "项目名称").cell(0, 2, 1, 4, "教师培训经费").header(1)
                .cell(2, 0, 2, 1, "满意度指标").cell(2, 1, 2, 1, "服务对象").row(2, "学员满意度", "学员满意度", "≥90%", "计划")
                .row(3, "家长满意度", "家长满意度", "≥90%", "计划").build(4, false, false);
        Table second = new TableBuilder(2).cell(0, 0, 1, 1, "").cell(0, 1, 1, 1, "满意度指标")
                .row(0, "社会满意度", "社会满意度", "≥85%", "计划").build(1, true, false);
        List<Indicator> inds = map(List.of(first), List.of(second)).projects().get(0).indicators();
        assertEquals(3, inds.size());
        for (Indicator i : inds) {
            assertEquals("服务对象满意度指标", i.level2(), i.level3());
            assertEquals("满意度指标", i.level1(), i.level3());
        }
    }

    @Test
    void labelTextCutByTheBreakIsJoinedWithItsRestOnTheNextPage() {
        Table first = new TableBuilder(1).cell(0, 0, 1, 2, "项目名称").cell(0, 2, 1, 4, "应急广播体系建设")
                .cell(1, 0, 1, 2, "预算规模及资").cell(1, 2, 1, 1, "预算数").cell(1, 3, 1, 3, "120.00")
                .build(2, false, true);
        Table second = new TableBuilder(2).cell(0, 0, 1, 2, "金用途").cell(0, 2, 1, 4, "建设县级应急广播平台")
                .header(1).cell(2, 0, 1, 1, "产出指标").cell(2, 1, 1, 1, "数量指标").row(2, "终端数量", "终端数量", "≥30个", "计划")
                .build(3, true, false);
        Project p = map(List.of(first), List.of(second)).projects().get(0);
        assertEquals("建设县级应急广播平台", p.purpose(), "预算规模及资 | 金用途 is one label cut by the break");
        assertEquals(1, p.indicators().size());
    }
}
