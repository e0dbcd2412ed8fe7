package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.table.Block;
import jixiao.table.Cell;
import jixiao.table.Table;

/** Header-block labels set one character a line in a very narrow label column (pdftotext -raw). */
class VerticalLabelsTest {
    private static final String DOC = String.join("\n",
            "某县某局2023年预算项目绩效目标",
            "1.示范项目绩效目标表",
            "123001某县某局本级 单位：万元",
            "项",
            "目",
            "编",
            "码 13000023P00000000001",
            "项",
            "目",
            "名",
            "称 示范项目",
            "预算",
            "金额 5.87 其中：财政拨款",
            "5.87 其他资金",
            "保证系统稳定；数据正常流转",
            "资",
            "金",
            "支",
            "出",
            "计",
            "划",
            "（%）",
            "3月底 6月底 10月底 12月底",
            "5.87",
            "年",
            "度",
            "绩",
            "效",
            "目",
            "标 1.保证系统稳定",
            "一",
            "级",
            "指",
            "标",
            "二级",
            "指标 三级指标 指标描述 指标值 指标值设定依据",
            "产",
            "出",
            "指",
            "标 数量",
            "指标",
            "数量 数量描述 1个 文件",
            "");

    @Test
    void aVerticalGoalsLabelIsNoColumnHeader() {
        // 年/度/绩/效/目 are pieces of column names (年度指标值, 绩效指标描述, 目标值): read on they must not open the
        // indicator header, whose columns would then be shifted by the goal text
        Table t = table(TextLayoutReader.read(DOC));
        Cell goals = cell(t, "年度绩效目标");
        assertEquals("1.保证系统稳定", right(t, goals).text());
        List<String> header = new ArrayList<>();
        int hr = cell(t, "一级指标").row();
        for (Cell c : t.rowStarting(hr)) {
            header.add(c.text());
        }
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标描述", "指标值", "指标值设定依据"), header);
        List<String> row = new ArrayList<>();
        for (Cell c : t.rowStarting(hr + 1)) {
            row.add(c.text());
        }
        assertEquals(List.of("产出指标", "数量指标", "数量", "数量描述", "1个", "文件"), row);
    }

    @Test
    void aNoteClosingALetterSpacedLabelIsPartOfTheLabel() {
        Table t = table(TextLayoutReader.read(DOC));
        Cell label = cell(t, "资金支出计划（%）");
        List<String> periods = new ArrayList<>();
        for (Cell c : t.rowStarting(label.row())) {
            if (c != label) {
                periods.add(c.text());
            }
        }
        assertEquals(List.of("3月底", "6月底", "10月底", "12月底"), periods);
        assertTrue(t.rowStarting(label.row() + 1).stream().anyMatch(c -> c.text().equals("5.87")),
                "the plan's value is in the row under the periods: " + t.cells());
    }

    private static Table table(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Table t) {
                return t;
            }
        }
        throw new AssertionError("no table in " + blocks);
    }

    private static Cell cell(Table t, String text) {
        return t.cells().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + text + " in " + t.cells()));
    }

    private static Cell right(Table t, Cell of) {
        return t.rowStarting(of.row()).stream().filter(c -> c.col() == of.col() + of.colSpan()).findFirst()
                .orElseThrow(() -> new AssertionError("nothing right of " + of.text() + " in " + t.cells()));
    }
}
