package jixiao.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.model.Document;
import jixiao.model.Indicator;
import jixiao.model.Issue;
import jixiao.model.Source;
import jixiao.table.PageLayout;
import jixiao.table.Table;

/**
 * The column names of an indicator grid's header: a name whose end a wrap or a page break cut still names its column,
 * and a column the header names twice is reported, its cells left out, not dropped without a word.
 */
class HeaderColumnsTest {
    private static Document map(String... header) {
        TableBuilder t = new TableBuilder(1).cell(0, 0, 1, 2, "项目名称").cell(0, 2, 1, 4, "农村饮水安全维修养护");
        for (int c = 0; c < header.length; c++) {
            t.cell(1, c, 1, 1, header[c]);
        }
        Table table = t.cell(2, 0, 1, 1, "产出指标").cell(2, 1, 1, 1, "数量指标")
                .row(2, "维修工程", "维修供水工程处数", "≥12处", "年度计划").build(3, false, false);
        return DocumentMapper.map(List.of(new PageLayout(1, 595, 842, List.of(table), 200, 0)),
                new Source("s.pdf", "0".repeat(64), "pdf", 1));
    }

    @Test
    void aBasisNameCutBeforeItsLastCharacterNamesTheBasisColumn() {
        Document doc = map("一级指标", "二级指标", "三级指标", "指标描述", "指标值", "指标值确定依");
        Indicator row = doc.projects().get(0).indicators().get(0);
        assertEquals("≥12处|年度计划", row.value() + "|" + row.basis());
        assertEquals(List.of(), doc.issues());
    }

    @Test
    void aColumnNamedTwiceIsReported() {
        Document doc = map("一级指标", "二级指标", "三级指标", "指标描述", "指标值", "目标值");
        Indicator row = doc.projects().get(0).indicators().get(0);
        assertEquals("≥12处|null", row.value() + "|" + row.basis());
        List<Issue> issues = doc.issues();
        assertEquals(1, issues.size(), issues::toString);
        assertEquals("HEADER_CELL_UNMAPPED", issues.get(0).code());
        assertEquals(true, issues.get(0).message().contains("目标值"), issues.get(0).message());
    }
}
