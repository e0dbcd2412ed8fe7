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
 * A project table continued on the next page under a repeated column header, with one row cut by the page break
 * (its first lines on page 1, the rest on page 2) and a merged level-1 cell running over the break.
 */
class StitchingTest {
    @Test
    void continuedTableAndCutRowAreStitched() {
        Table first = new TableBuilder(1)
                .cell(0, 0, 1, 2, "项目名称").cell(0, 2, 1, 4, "农村饮水安全维修养护")
                .cell(1, 0, 1, 2, "绩效目标").cell(1, 2, 1, 4, "1.保障农村供水安全", "2.提高群众满意度")
                .header(2)
                .cell(3, 0, 2, 1, "产出指标").cell(3, 1, 1, 1, "数量指标").cell(3, 2, 1, 1, "维修工程")
                .cell(3, 3, 1, 1, "维修供水工程处数").cell(3, 4, 1, 1, "≥12处").cell(3, 5, 1, 1, "年度计划")
                .cell(4, 1, 1, 1, "质量指标").cell(4, 2, 1, 1, "工程验收合").cell(4, 3, 1, 1, "验收合格的")
                .cell(4, 4, 1, 1, "100%").cell(4, 5, 1, 1, "赞财农〔2022〕")
                .build(5, false, false);
        Table second = new TableBuilder(2)
                .header(0)
                .cell(1, 0, 2, 1, "").cell(1, 1, 1, 1, "").cell(1, 2, 1, 1, "格率").cell(1, 3, 1, 1, "工程占比")
                .cell(1, 4, 1, 1, "").cell(1, 5, 1, 1, "172号")
                .cell(2, 1, 1, 1, "时效指标").cell(2, 2, 1, 1, "完工时间").cell(2, 3, 1, 1, "工程完工时间")
                .cell(2, 4, 1, 1, "10月底前").cell(2, 5, 1, 1, "实施方案")
                .cell(3, 0, 1, 1, "满意度指", "标").cell(3, 1, 1, 1, "服务对象满意度指标").cell(3, 2, 1, 1, "群众满意度")
                .cell(3, 3, 1, 1, "受益群众满意度").cell(3, 4, 1, 1, "≥90%").cell(3, 5, 1, 1, "调查问卷")
                .build(4, false, false);
        List<Block> page1 = List.of(new TextBlock(new TextLine("1.农村饮水安全维修养护绩效目标表", 1,
                new Rect(100, 60, 300, 76), 16)), first);
        Document doc = DocumentMapper.map(List.of(new PageLayout(1, 595, 842, page1, 200, 0),
                new PageLayout(2, 595, 842, List.of(second), 200, 0)), new Source("s.pdf", "0".repeat(64), "pdf", 2));

        Project p = doc.projects().get(0);
        assertEquals(List.of(1, 2), p.pages());
        assertEquals(List.of("保障农村供水安全", "提高群众满意度"), p.goals());
        assertEquals(4, p.indicators().size(), "the repeated header is dropped and the cut row is one row");
        Indicator cut = p.indicators().get(1);
        assertEquals("产出指标", cut.level1());
        assertEquals("质量指标", cut.level2());
        assertEquals("工程验收合格率", cut.level3());
        assertEquals("验收合格的工程占比", cut.description());
        assertEquals("100%", cut.value());
        assertEquals("赞财农〔2022〕172号", cut.basis());
        assertEquals(1, cut.page(), "a row belongs to the page it starts on");
        Indicator timely = p.indicators().get(2);
        assertEquals("产出指标", timely.level1(), "the merged level-1 cell runs over the page break");
        assertEquals(2, timely.page());
        assertEquals("满意度指标", p.indicators().get(3).level1(), "a wrapped level name is joined with no separator");
    }
}
