package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.table.Block;
import jixiao.table.Cell;
import jixiao.table.Table;

/** Budget amounts wrapped in narrow cells of the header block (pdftotext -raw). */
class NarrowAmountsTest {
    @Test
    void anAmountCutBeforeTheNextLabelIsCompletedByThePiecesAfterIt() {
        // the fiscal cell's text is centred on more lines than its label: its last piece comes after 其他资金
        String text = String.join("\n",
                "1.示范项目绩效目标表",
                "123001某县某局本级 单位：元",
                "项目编码 13000023P00000000001",
                "项目名称 示范项目",
                "预算规模及资金用途",
                "预算金额 29,633,42",
                "8.00",
                "其中：财政资金 29,6",
                "33,4",
                "其他资金",
                "28.0",
                "0",
                "示范用途",
                "绩效目标",
                "1.示范目标",
                "一级指标 二级指标 三级指标 指标描述 指标值 指标值确定依据",
                "产出指标",
                "数量指标 数量 数量描述 1个 文件",
                "");
        Table t = table(TextLayoutReader.read(text));
        Cell fiscal = cell(t, "其中：财政资金");
        Cell other = cell(t, "其他资金");
        assertEquals("29,633,428.00", right(t, fiscal));
        assertTrue(right(t, other) == null, "其他资金 has no amount: " + t.cells());
    }

    private static Table table(List<Block> blocks) {
        return (Table) blocks.stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
    }

    private static Cell cell(Table t, String text) {
        return t.cells().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + text + " in " + t.cells()));
    }

    private static String right(Table t, Cell of) {
        return t.rowStarting(of.row()).stream().filter(c -> c.col() == of.col() + of.colSpan()).findFirst()
                .map(Cell::text).filter(s -> !s.isEmpty() && Character.isDigit(s.charAt(0))).orElse(null);
    }
}
