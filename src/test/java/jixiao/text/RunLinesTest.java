package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Text that prints every text run on a line of its own, blocks parted by blank lines (MuPDF's {@code mutool draw -F
 * txt}): the cells of one row do not share a line, so a line start says nothing of a new cell.
 */
class RunLinesTest {
    private static final String HEAD = String.join("\n",
            "某县某局2024年预算项目绩效目标",
            "",
            "1.示范项目绩效目标表",
            "",
            "项目名称",
            "示范项目",
            "",
            "预算数",
            "5.87",
            "其中：财政拨款",
            "5.87",
            "其他资金",
            "",
            "绩效目标",
            "1.保证设备完好",
            "",
            "");

    private static final String BODY = String.join("\n",
            "产出指标",
            "",
            "质量指标",
            "设备验收合格率",
            "100%",
            "",
            "设备完好率",
            "≥95%",
            "",
            "时效指标",
            "设备采购完成时间",
            "9月底前",
            "",
            "效益指标",
            "",
            "社会效益指标",
            "县域内就诊率",
            "≥90%",
            "");

    @Test
    void aValueOnTheLineBelowItsNameIsACellOfTheSameRow() {
        String text = HEAD + "一级指标\n二级指标\n三级指标\n指标值\n\n" + BODY;
        assertEquals(List.of(
                List.of("产出指标", "质量指标", "设备验收合格率", "100%"),
                List.of("", "", "设备完好率", "≥95%"),
                List.of("", "时效指标", "设备采购完成时间", "9月底前"),
                List.of("效益指标", "社会效益指标", "县域内就诊率", "≥90%")),
                TextLayoutReaderTest.indicatorRows(TextLayoutReaderTest.table(TextLayoutReader.read(text)), 4));
    }

    @Test
    void twoWholeColumnNamesOnLinesOfTheirOwnAreTwoColumns() {
        String text = HEAD + "一级指标\n二级指标\n三级指标\n指标值\n指标值确定依据\n\n"
                + BODY.replace("100%\n", "100%\n验收报告\n").replace("≥95%\n", "≥95%\n行业标准\n");
        List<List<String>> rows = TextLayoutReaderTest.indicatorRows(TextLayoutReaderTest.table(TextLayoutReader.read(text)), 5);
        assertEquals(List.of("产出指标", "质量指标", "设备验收合格率", "100%", "验收报告"), rows.get(0));
        assertEquals(List.of("", "", "设备完好率", "≥95%", "行业标准"), rows.get(1));
    }

    /**
     * A header of whole names a line each tells text printed run by run; one of several names a line does not, nor
     * one whose narrow columns wrap their names, since the first piece of a wrapped name stands on a line of its own
     * in any text: only whole names alone count.
     */
    @Test
    void aHeaderOfOneWholeNameALineTellsRunLines() {
        String full = "一级指标 二级指标 三级指标 指标描述 指标值 指标值确定依据";
        assertHeader("一级指标 二级指标\n三级指标\n指标描述\n指标值\n指标值确定\n\n依据\n产出指标\n", full, true);
        assertHeader("一级指标 二级指标 三级指标 指标描述 指标值 指标值确定依\n据\n产出指标\n", full, false);
        String narrow = full.replace("指标描述", "绩效指标描述");
        assertHeader("一级指\n标\n二级指\n标\n三级指标 绩效指标描述 指标值\n指标值确定依\n据\n产出指\n", narrow, false);
        assertHeader("一级指标 二级指标 三级指标\n绩效指标描述\n指标值\n指标值确定依\n\n据\n产出指标\n", narrow, true);
    }

    private static void assertHeader(String text, String names, boolean runLines) {
        ColumnHeader h = ColumnHeader.parse(SourceLines.of(text), 0);
        assertEquals(List.of(names.split(" ")), h.names(), text);
        assertEquals(runLines, h.runLines(), text);
    }

    @Test
    void periodsPrintedALineEachBelowTheHeaderAreOutOfOrder() {
        String text = HEAD + "一级指标\n二级指标\n三级指标\n指标值\n\n" + BODY
                + "资金支出计划（\n\n%）\n\n3月底\n6月底\n10月底\n12月底\n";
        assertNotNull(ReadingOrder.misplaced(DocumentSplitter.split(SourceLines.of(text)).projects().get(0)));
        String periodsOnly = HEAD + "一级指标\n二级指标\n三级指标\n指标值\n\n" + BODY + "3月底\n6月底\n10月底\n12月底\n";
        assertEquals("10月底",
                ReadingOrder.misplaced(DocumentSplitter.split(SourceLines.of(periodsOnly)).projects().get(0)));
    }
}
