package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.model.Issue;
import jixiao.table.Block;
import jixiao.table.Cell;
import jixiao.table.Table;

/**
 * Text sorted by position without its columns (pdfplumber's and PDFBox's plain text): a line of the page a line of
 * text, a wrapped cell's lines among its neighbours' ones, a merged level name in the middle of its group. Rows read
 * from it by order hold level names in other columns; they are reported ({@code TEXT_ORDER_LOST}), never guessed.
 */
class InterleavedTextTest {
    private static String head(int n, String name, String amounts) {
        return String.join("\n", n + "." + name + "绩效目标表", "单位：万元", "项目编码 13052923P00T9A41000" + n + "K",
                "项目名称 " + name, amounts, "绩效目标 1.保证系统稳定",
                "一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据", "");
    }

    /** Rows whose level-3 names wrap over five lines, the shorter cells centred on them. */
    private static final String WRAPPED_ROWS = """
            “防贫预
            警及管理 “防贫预警及管理系统”平台
            数量指标 系统”平 5.87 万元 县领导批示
            台运行维 运行维护费数量
            护费数量
            “防贫预
            警及管理 “防贫预警及管理系统”平台
            产出指标 质量指标 系统”平 100% 县领导批示
            台运行维 运行维护费发放率
            护费发放率
            可持续影
            可持续性 可持续性 1年 县领导批示
            效益指标 响指标
            """;

    /** One-line rows, the level names centred on their groups, some on lines of their own. */
    private static final String SHORT_ROWS = """
            设备维
            数量指标 修数量 设备维修数量 6台 县领导批示
            产出指标 设备完
            质量指标 好率 设备完好率 ≥95% 县领导批示
            时效指标 完成时间 维修完成时间 12月底前 县领导批示
            效益指标 社会效益指标 群众满意 群众满意度 ≥90% 调查问卷
            满意度指标 服务对象 度
            满意度指标
            """;

    private static final String AMOUNTS = "预算数 5.87 其中：财政资金 5.87 其他资金";

    @Test
    void rowsMixingLevelNamesIntoOtherColumnsAreLeftOut() {
        String text = head(1, "甲项目", AMOUNTS) + WRAPPED_ROWS + head(2, "乙项目", AMOUNTS) + SHORT_ROWS;
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(text);
        List<Issue> lost = lost(r);
        assertEquals(List.of(1, 2), lost.stream().map(Issue::project).toList(), r.issues().toString());
        assertTrue(lost.get(0).message().contains("pieces of several cells"), lost.get(0).message());
        String cells = cellTexts(r);
        for (String value : List.of("5.87万元", "100%", "1年", "6台", "≥95%", "12月底前")) {
            assertTrue(!cells.contains(value), value + " read into a row: " + cells);
        }
        assertTrue(cells.contains("|甲项目|") && cells.contains("|乙项目|"), "the header blocks are kept: " + cells);
        assertTrue(cells.contains("|5.87|"), "amounts in order are kept: " + cells);
    }

    @Test
    void oneProjectWithTwoMixedRowsIsLeftOut() {
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(head(1, "乙项目", AMOUNTS) + SHORT_ROWS);
        assertEquals(1, lost(r).size(), r.issues().toString());
        assertTrue(!cellTexts(r).contains("≥95%"));
    }

    @Test
    void aLoneMixedRowAmongTablesReadInOrderKeepsTheRows() {
        // one misread row (a level-2 name run into a level-3 cell) in one project of four: the text is in order
        String row = "产出指标 数量指标 设备数量 设备数量 6台 县领导批示\n";
        String mixed = "产出指标 数量指标 设备数量时效指标 设备数量 6台 县领导批示\n";
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= 4; n++) {
            text.append(head(n, "项目" + n, AMOUNTS)).append(n == 1 ? mixed : row).append(row);
        }
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(text.toString());
        assertEquals(List.of(), lost(r));
        assertTrue(cellTexts(r).contains("|6台|"));
    }

    @Test
    void spaceAlignedTextLosesOnlyTheProjectsWhoseRowsCameOutMixed() {
        // text sorted by position mixes every table alike; space-aligned text is rebuilt a table at a time
        String row = "产出指标 数量指标 设备数量 设备数量 6台 县领导批示\n";
        StringBuilder text = new StringBuilder(head(1, "项目1", AMOUNTS) + SHORT_ROWS + head(2, "项目2", AMOUNTS)
                + SHORT_ROWS);
        for (int n = 3; n <= 5; n++) {
            text.append(head(n, "项目" + n, AMOUNTS)).append(row).append(row);
        }
        assertEquals(List.of(1, 2, 3, 4, 5), lost(TextLayoutReader.readWithIssues(text.toString(), false)).stream()
                .map(Issue::project).toList());
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(text.toString(), true);
        assertEquals(List.of(1, 2), lost(r).stream().map(Issue::project).toList(), r.issues().toString());
        assertTrue(cellTexts(r).contains("|6台|"), cellTexts(r));
    }

    @Test
    void aLabelWithTwoAmountsOnOneLineLosesTheAmountsOfInterleavedText() {
        // 预算数 printed over two lines around the amounts: 其中：财政拨款 takes both 26.00 and 17.92
        String amounts = "预算规模及 预算 其中：财\n26.00 17.92 其他资金 8.08\n用途 数 政拨款";
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(head(1, "甲项目", amounts) + WRAPPED_ROWS
                + head(2, "乙项目", AMOUNTS) + SHORT_ROWS);
        Issue first = lost(r).get(0);
        assertTrue(first.message().contains("two amounts on one line"), first.message());
        String cells = cellTexts(r);
        assertTrue(!cells.contains("|26.00|") && !cells.contains("|17.92|"), cells);
    }

    private static List<Issue> lost(TextLayoutReader.Result r) {
        return r.issues().stream().filter(i -> i.code().equals("TEXT_ORDER_LOST")).toList();
    }

    /** Every table cell's text without spaces, each between bars. */
    private static String cellTexts(TextLayoutReader.Result r) {
        StringBuilder sb = new StringBuilder("|");
        for (Block b : r.blocks()) {
            if (b instanceof Table t) {
                for (Cell c : t.cells()) {
                    sb.append(c.text().replaceAll("\\s+", "")).append('|');
                }
            }
        }
        return sb.toString();
    }

    @Test
    void runsSortedByPositionAreToldByTheShareOfProjectsWithRowsOfPieces() {
        assertTrue(MixedCells.sortedRuns(List.of(2, 1, 0, 3)), "3 of 4 projects, 6 rows");
        assertTrue(!MixedCells.sortedRuns(List.of(0, 2, 0, 0)), "1 of 4 projects: rows read wrong here and there");
        assertTrue(!MixedCells.sortedRuns(List.of(1, 1, 0, 0)), "2 rows");
    }
}
