package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Text whose blocks a tool moved by its own column detection (plain {@code pdftotext}, no flags): a project's
 * column header may come after the next project's header block, and column names may stand apart among the rows.
 * Such projects are reported ({@code TEXT_ORDER_LOST}), never guessed, and never shift the projects after them.
 */
class PlainOrderTest {
    private static String head(int n, String name, String amount) {
        return String.join("\n",
                n + "." + name + "绩效目标表",
                "单位：万元",
                "",
                "项目编码",
                "13052923P00" + n + "00000001",
                "",
                "项目名称",
                name,
                "",
                "预算数",
                amount,
                "其中：财政资金 " + amount,
                "其他资金",
                "",
                "绩效目标",
                "1.保证设备完好",
                "");
    }

    private static final String HEADER = "一级指标 二级指标 三级指标 绩效指标描述 指标值\n";
    private static final String BODY = "产出指标 数量指标 设备数量 设备数量 6个\n";

    @Test
    void aSecondProjectCodeBeforeTheColumnHeaderStartsTheNextProject() {
        // the first project's column header and rows were moved below the second project's header block
        String text = head(1, "甲项目", "5.87") + head(2, "乙项目", "1900.00") + HEADER + BODY
                + head(3, "丙项目", "95.00") + HEADER + BODY;
        DocumentSplitter.Split split = DocumentSplitter.split(SourceLines.of(text));
        assertEquals(3, split.projects().size(), "one project a 项目编码");
        assertTrue(split.projects().get(0).header().stream().noneMatch(l -> l.text().contains("1900")),
                "the next project's amounts stay out of this header block");
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(text);
        assertEquals(1, r.issues().size(), r.issues().toString());
        assertEquals("TEXT_ORDER_LOST", r.issues().get(0).code());
        assertEquals(1, r.issues().get(0).project());
        assertTrue(r.issues().get(0).message().contains("pdftotext -layout"), r.issues().get(0).message());
    }

    @Test
    void aColumnNameAloneAmongTheRowsIsOutOfOrder() {
        String text = head(1, "甲项目", "5.87") + "一级指标 二级指标\n67.54\n三级指标\n" + BODY + "指标值\n≥6个\n";
        List<ProjectText> projects = DocumentSplitter.split(SourceLines.of(text)).projects();
        assertNotNull(ReadingOrder.misplaced(projects.get(0)));
        assertEquals(1, TextLayoutReader.readWithIssues(text).issues().stream()
                .filter(i -> i.code().equals("TEXT_ORDER_LOST")).count());
    }
}
