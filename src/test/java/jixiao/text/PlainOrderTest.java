package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** A header block of blocks: every label and amount a block of its own, as pdftotext without flags prints it. */
    private static String blockHead(String... amountLines) {
        return String.join("\n\n", "1.甲项目绩效目标表", "单位：万元", "项目编码", "130529230000100001", "项目名称", "甲项目",
                String.join("\n\n", amountLines), "绩效目标", "1.保证设备完好", "") + "\n";
    }

    /** Indicator rows printed a cell a block, the second row's 三级指标 block moved below the rows. */
    private static final String BLOCK_BODY = String.join("\n\n", "一级指标", "二级指标", "三级指标", "指标值",
            "产出指标", "数量指标", "设备数量", "6个", "质量指标", "维修及时率", "100%", "时效指标", "完成时间", "12月底前",
            "设备完好率", "≥95%", "") + "\n";

    @Test
    void aValueBlockInANameCellEndsTheRowsRead() {
        // in order up to 质量指标, then 维修及时率's value moved before the next names: rows 2 and on are not kept
        String moved = BLOCK_BODY.replace("维修及时率\n\n100%", "100%\n\n维修及时率");
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(blockHead("预算数", "5.87", "其中：财政资金",
                "5.87") + moved);
        List<String> lost = r.issues().stream().filter(i -> i.code().equals("TEXT_ORDER_LOST"))
                .map(jixiao.model.Issue::message).toList();
        assertEquals(1, lost.size(), r.issues().toString());
        assertTrue(lost.get(0).contains("indicator row"), lost.get(0));
        String cells = cellTexts(r);
        assertTrue(cells.contains("6个"), "rows before the moved block are kept: " + cells);
        assertTrue(!cells.contains("12月底前"), "rows from the moved block on are left out: " + cells);
        assertTrue(cells.contains("5.87"), "the amounts are in order and kept: " + cells);
    }

    @Test
    void aLineOfAWrappedCellTakenForABlockEndsTheRowsRead() {
        // each line a block of its own (pdfminer's text): “班班 / 通”设备维 / 护数量 of one name read as three cells
        String body = String.join("\n\n", "一级指标 二级指标", "三级指标", "绩效指标描述", "指标值", "指标值设定依据", "“班班",
                "通”设备维", "护数量", "数量指标", "维护教室多媒体“班班", "通”设备套数", "1194套", "枣财教", "【2021】113号",
                "校园网络出", "中小学校园网络出口带", "口带宽", "宽", "设备完好率", "多媒体教学设备完好率", "≥98%", "运维服务费",
                "67.54万元", "≥500Mbps", "") + "\n";
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(blockHead("预算数", "67.54") + body);
        assertEquals(1, r.issues().stream().filter(i -> i.code().equals("TEXT_ORDER_LOST")).count(),
                r.issues().toString());
        String cells = cellTexts(r);
        assertTrue(!cells.contains("|1194套|") && !cells.contains("|≥98%|"), "no row read from the pieces: " + cells);
    }

    @Test
    void aCellHoldingAnotherColumnsShapeIsAMovedBlock() {
        List<jixiao.table.Meaning> roles = List.of(jixiao.table.Meaning.LEVEL1, jixiao.table.Meaning.LEVEL2,
                jixiao.table.Meaning.LEVEL3, jixiao.table.Meaning.VALUE, jixiao.table.Meaning.BASIS);
        GridDecoder.Row good = row("产出指标", "数量指标", "设备数量", "6个", "枣财教【2021】113号");
        GridDecoder.Row qualitative = row(null, null, "群众满意度", "有效提升", "调查问卷");
        assertEquals(-1, CellBlocks.firstMixedRow(roles, List.of(good, qualitative)));
        assertEquals(1, CellBlocks.firstMixedRow(roles, List.of(good, row(null, null, "设备", "元/生·年", null))),
                "a unit without its number in the value cell");
        assertEquals(1, CellBlocks.firstMixedRow(roles, List.of(good, row(null, null, "设备质量指标", "6个", null))),
                "a level-2 name in a name cell");
    }

    @Test
    void cellsJoiningBlocksOfSeveralCellsAreMovedBlocks() {
        // pdfminer's text: a column of wrapped names printed before its rows, lines of cells read as cells
        List<jixiao.table.Meaning> roles = List.of(jixiao.table.Meaning.LEVEL1, jixiao.table.Meaning.LEVEL2,
                jixiao.table.Meaning.LEVEL3, jixiao.table.Meaning.DESCRIPTION, jixiao.table.Meaning.VALUE,
                jixiao.table.Meaning.BASIS);
        GridDecoder.Row good = new GridDecoder.Row(List.of(List.of("产出指标"), List.of("数量指标"), List.of("设备数量"),
                List.of("设备数量"), List.of("6个"), List.of("县领导批示")));
        GridDecoder.Row none = new GridDecoder.Row(java.util.Arrays.asList(null, null, List.of("安全事故"),
                List.of("安全事故发生数"), List.of("无"), List.of("行业标准")));
        assertEquals(-1, CellBlocks.firstMixedRow(roles, List.of(good, none)), "a one-character value is a value");
        List<List<List<String>>> moved = List.of(
                java.util.Arrays.asList(null, null, List.of("“防贫预警"), null,
                        List.of("及管理系统", "维护费数量", "“防贫预警", "及管理系统"), List.of("县领导批示")),
                java.util.Arrays.asList(null, null, List.of("指标值确定", "依据"), List.of("巨财农"), List.of("6个"), null),
                java.util.Arrays.asList(null, null, List.of("经费发放情况"), List.of("乡村振兴工"), List.of("100%"),
                        List.of("率")),
                java.util.Arrays.asList(null, null, List.of("培训教师"), List.of("培训合格率"), List.of("培训完成", "时间"),
                        null),
                java.util.Arrays.asList(null, null, List.of("设备数量"), List.of("设备数量"), null, List.of("县领导批示")));
        for (List<List<String>> cells : moved) {
            assertEquals(1, CellBlocks.firstMixedRow(roles, List.of(good, new GridDecoder.Row(cells))),
                    cells.toString());
        }
    }

    private static GridDecoder.Row row(String... cells) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (String c : cells) {
            out.add(c == null ? null : List.of(c));
        }
        return new GridDecoder.Row(out);
    }

    @Test
    void blocksInOrderAreReadWhole() {
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(blockHead("预算数", "5.87") + BLOCK_BODY);
        assertTrue(r.issues().stream().noneMatch(i -> i.code().equals("TEXT_ORDER_LOST")), r.issues().toString());
        assertTrue(cellTexts(r).contains("12月底前"));
    }

    @Test
    void aLabelTakingTwoAmountsLosesTheBlocksAmounts() {
        // 预算数 and the wrapped 财政资金 amount came before the 其中：财政资金 label, 其他资金's amount after it
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(blockHead("预算数", "25.57", "17.6",
                "其中：财政资金", "2", "其他资金", "7.95") + BLOCK_BODY);
        assertAmountsLost(r, "two amounts");
    }

    @Test
    void anAmountOpeningWithZeroIsTheTailOfAnother() {
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(blockHead("预算数", "2588", "其中：财政资金", "083",
                "2.00") + BLOCK_BODY);
        assertAmountsLost(r, "tail of another amount");
    }

    @Test
    void aLabelBetweenTheAmountLabelsLosesTheBlocksAmounts() {
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(blockHead("预算数", "资金支出计划", "3月底",
                "3291.54", "其中：财政拨款", "3291.54") + BLOCK_BODY);
        assertAmountsLost(r, "between the amount labels");
    }

    @Test
    void anAmountPieceInTheNameLosesTheBlocksAmounts() {
        String text = blockHead("预算数", "512,348.00", "其中：财政资金", "348.", "00") + BLOCK_BODY;
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(text.replace("甲项目\n\n预算数",
                "甲项目\n\n512,\n\n预算数"));
        assertAmountsLost(r, "piece of an amount");
    }

    @Test
    void periodsUnderAnAmountLabelLoseTheBlocksAmounts() {
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(blockHead("资金支出计划（%）", "5848", "预算数",
                "917390.00", "其中：财政拨款", "46.00", "其他资金", "332544.00", "3月底", "12月底", "917390.00")
                + BLOCK_BODY);
        assertAmountsLost(r, "periods stand under");
    }

    @Test
    void labelsPrintedBeforeTheirAmountsLoseTheBlocksAmounts() {
        // each line a block (pdfminer): the amount labels' column, then the amounts' column
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(blockHead("年度资金总额：", "其中：财政拨款", "其他资金",
                "78", "60") + BLOCK_BODY);
        assertAmountsLost(r, "年度资金总额： takes no amount");
        assertTrue(!cellTexts(r).matches(".*\\|(78|60|7860)\\|.*"), cellTexts(r));
    }

    @Test
    void amountsStandingInDifferentPlacesLoseTheBlocksAmounts() {
        // two amounts on the line under their labels, a third after a blank line: another row's amount drawn there
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(blockHead("预算数\n89.55", "其中：财政资金\n89.55",
                "其他资金", "17.6") + BLOCK_BODY);
        assertAmountsLost(r, "in different places");
    }

    @Test
    void aLabelTakingTheSameAmountTwiceLosesTheBlocksAmounts() {
        // 其中：财政资金 printed apart: 预算数 takes its own amount and the fiscal one (281 / 281, never 281281)
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(blockHead("预算数", "281", "281", "其他资金")
                + BLOCK_BODY);
        assertAmountsLost(r, "281 twice");
        assertTrue(!cellTexts(r).contains("281"), cellTexts(r));
    }

    @Test
    void amountsThatDoNotAddUpAreLeftOut() {
        // the budget group's amount drawn under an empty 其他资金
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(blockHead("预算数", "89.55", "其中：财政资金", "89.55",
                "其他资金", "89.55") + BLOCK_BODY);
        assertAmountsLost(r, "do not add up");
        assertTrue(!cellTexts(r).contains("89.55"), cellTexts(r));
        TextLayoutReader.Result wide = TextLayoutReader.readWithIssues(blockHead("预算数", "1，295.00", "其中：财政资金",
                "1，295.00", "其他资金", "1，295.00") + BLOCK_BODY); // full-width commas
        assertAmountsLost(wide, "do not add up");
    }

    @Test
    void amountsLeftOutAreNotTakenFromThePurposeBelow(@TempDir Path dir) throws Exception {
        // the block's amounts are dropped; the purpose starting with an amount is not read as theirs
        String text = blockHead("预算数", "预算规模及资金用途", "67.54", "其中：财政资金", "67.54", "其他资金",
                "维护校园网络") + BLOCK_BODY;
        jixiao.model.Budget budget = LayoutTextTest.projects(dir, text).get(0).budget();
        assertEquals(new jixiao.model.Budget(null, null, null), budget);
    }

    /**
     * A header block of blocks whose grid the reader cannot rebuild (its first column name among the labels): the
     * project's 年度绩效目标 and numbered goals are not the department's goals, which stand before any project.
     */
    @Test
    void aProjectsGoalsAreNotTheDepartmentsWhenItsTableIsNotRebuilt(@TempDir Path dir) throws Exception {
        String text = String.join("\n\n", "某县某局2024年预算项目绩效目标\n1.甲项目绩效目标表\n511001某县某局本级",
                "单位：元", "项目代码", "13112724P0018T251Q847", "项目名称", "甲项目", "预算规模及资金用途", "预算数", "一级指标",
                "其中：财政拨款", "1,295,903.00", "其他资金", "开展食品安全监督抽检、风险监测和农贸市场快检", "资金支出计划（%）",
                "年度绩效目标", "1,295,903.00", "3月底", "6月底", "10月底", "12月底", "431,830.30", "248,398.54",
                "155,606.75", "460,067.41", "1.及时完成甲工作\n2.保障群众安全\n二级指标\n数量指标", "质量指标\n");
        Path txt = dir.resolve("blocks.txt");
        java.nio.file.Files.writeString(txt, text);
        jixiao.model.Document doc = jixiao.Jixiao.convert(txt).document();
        assertEquals(null, doc.departmentGoals(), "no department goals");
        // nothing is read of the table, and the reader says so rather than leaving a document of no projects
        assertEquals(0, doc.projects().size());
        List<jixiao.model.Issue> lost = doc.issues().stream().filter(i -> i.code().equals("TEXT_ORDER_LOST")).toList();
        assertEquals(1, lost.size(), doc.issues().toString());
        assertEquals(jixiao.model.Issue.Severity.error, lost.get(0).severity());
        assertTrue(lost.get(0).message().contains("项目代码") && lost.get(0).message().contains("pdftotext -raw"),
                lost.get(0).message());
    }

    /** A budget's other tables may name 项目名称 too: without an indicator grid's 一级指标 nothing is reported lost. */
    @Test
    void aProjectNameColumnAloneIsNoTargetTableLost(@TempDir Path dir) throws Exception {
        Path txt = dir.resolve("other.txt");
        java.nio.file.Files.writeString(txt, String.join("\n\n", "某县某局2024年部门预算", "项目支出预算表", "单位：万元",
                "项目名称", "金额", "办公设备购置", "12.00", "公共卫生服务", "35.00\n"));
        jixiao.model.Document doc = jixiao.Jixiao.convert(txt).document();
        assertEquals(List.of("NO_TARGET_TABLE"), doc.issues().stream().map(jixiao.model.Issue::code).toList());
    }

    private static void assertAmountsLost(TextLayoutReader.Result r, String why) {
        List<String> lost = r.issues().stream().filter(i -> i.code().equals("TEXT_ORDER_LOST"))
                .map(jixiao.model.Issue::message).toList();
        assertEquals(1, lost.size(), r.issues().toString());
        assertTrue(lost.get(0).contains(why), lost.get(0));
        String cells = cellTexts(r);
        for (String amount : List.of("25.57", "17.6", "7.95", "083", "2.00", "3291.54", "1645.77", "348.", "46.00",
                "917390.00")) {
            assertTrue(!cells.contains("|" + amount + "|"), amount + " kept: " + cells);
        }
        assertTrue(cells.contains("|6个|"), "the indicator rows in order are kept: " + cells);
    }

    /** Every table cell's text, each between bars. */
    private static String cellTexts(TextLayoutReader.Result r) {
        StringBuilder sb = new StringBuilder("|");
        for (jixiao.table.Block b : r.blocks()) {
            if (b instanceof jixiao.table.Table t) {
                for (jixiao.table.Cell c : t.cells()) {
                    sb.append(c.text()).append('|');
                }
            }
        }
        return sb.toString();
    }
}
