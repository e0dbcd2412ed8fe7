package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.table.Block;
import jixiao.table.Cell;
import jixiao.table.Table;
import jixiao.table.TextBlock;

/** Small constructed text inputs read back into tables: broken cells, cut rows, repeated headers, fund plans. */
class TextLayoutReaderTest {
    private static final String HEAD = String.join("\n",
            "某县某局2023年预算项目绩效目标",
            "1.示范项目绩效目标表",
            "123001某县某局本级 单位：万元",
            "项目编码 13000023P00000000001",
            "项目名称 示范项目",
            "预算规模及",
            "资金用途",
            "预算数 5.87",
            "其中：财政",
            "资金",
            "5.87 其他资金",
            "保证系统稳定；数据正常流转",
            "资金支出计",
            "划（%%）",
            "3月底 6月底 10月底 12月底",
            "%s",
            "绩效目标",
            "1.保证系统稳定",
            "2.数据正常流转",
            "一级指标 二级指标 三级指标 绩效指标描述 指标值",
            "指标值确定",
            "依据",
            "");

    private static String doc(String fundValues, String body) {
        return HEAD.formatted(fundValues) + body;
    }

    /** The first table among the blocks. */
    static Table table(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Table t) {
                return t;
            }
        }
        throw new AssertionError("no table in " + blocks);
    }

    /** The indicator rows of a table of six columns (see {@link #indicatorRows(Table, int)}). */
    private static List<List<String>> indicatorRows(Table t) {
        return indicatorRows(t, 6);
    }

    /** The indicator rows under the column header: per row, the texts of the cells starting on it, by column. */
    static List<List<String>> indicatorRows(Table t, int columns) {
        int header = -1;
        for (int r = 0; r < t.rows() && header < 0; r++) {
            for (Cell c : t.rowStarting(r)) {
                if (c.text().equals("一级指标")) {
                    header = r;
                }
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (int r = header + 1; r < t.rows(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add("");
            }
            for (Cell c : t.rowStarting(r)) {
                row.set(c.col(), c.text());
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void rejoinsCellsWrappedInNarrowColumns() {
        String body = String.join("\n",
                "产出指标",
                "数量指标",
                "“防贫预警",
                "及管理系",
                "统”平台运",
                "行维护费数",
                "量",
                "“防贫预警及管理系统”平",
                "台运行维护费数量",
                "5.87 万元 县领导批示",
                "质量指标 合格率 项目验收合格率 100%",
                "单位确定项",
                "目",
                "效益指标",
                "社会效益指",
                "标",
                "受益建档立",
                "卡贫困户数",
                "受益建档立卡贫困户数 ≥30户",
                "巨财",
                "【2022】",
                "14号",
                "");
        List<List<String>> rows = indicatorRows(table(TextLayoutReader.read(doc("5.87", body))));
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(List.of("产出指标", "数量指标", "“防贫预警及管理系统”平台运行维护费数量",
                "“防贫预警及管理系统”平台运行维护费数量", "5.87 万元", "县领导批示"), rows.get(0));
        assertEquals(List.of("", "质量指标", "合格率", "项目验收合格率", "100%", "单位确定项目"), rows.get(1));
        assertEquals(List.of("效益指标", "社会效益指标", "受益建档立卡贫困户数", "受益建档立卡贫困户数", "≥30户",
                "巨财【2022】14号"), rows.get(2));
    }

    @Test
    void joinsARowCutByAPageBreakUnderTheRepeatedHeader() {
        String body = String.join("\n",
                "产出指标",
                "数量指标 支付对象数量 支付对象数量 ≥6个 调查问卷",
                "效益指标",
                "社会效益指 脱贫群众满 巩固脱贫群众两不愁、三 ≥100% 冀财农",
                "\f一级指标 二级指标 三级指标 绩效指标描述 指标值",
                "指标值确定",
                "依据",
                "标 意度 保障水平 2022年",
                "160号",
                "满意度指标",
                "服务对象满",
                "意度指标",
                "满意率 满意率 ≥96% 调查问卷",
                "");
        List<List<String>> rows = indicatorRows(table(TextLayoutReader.read(doc("5.87", body))));
        assertEquals(3, rows.size(), "the repeated header is no row and the cut row is one row: " + rows);
        assertEquals(List.of("效益指标", "社会效益指标", "脱贫群众满意度", "巩固脱贫群众两不愁、三保障水平", "≥100%",
                "冀财农2022年160号"), rows.get(1));
        assertEquals(List.of("满意度指标", "服务对象满意度指标", "满意率", "满意率", "≥96%", "调查问卷"), rows.get(2));
    }

    @Test
    void dropsRepeatedHeadersAndPageNumbersBetweenRows() {
        String body = String.join("\n",
                "产出指标",
                "数量指标 支付对象数量 支付对象数量 ≥6个 调查问卷",
                "— 1 —",
                "\f一级指标 二级指标 三级指标 绩效指标描述 指标值",
                "指标值确定",
                "依据",
                "质量指标 合格率 项目验收合格率 100% 单位确定项目",
                "");
        List<List<String>> rows = indicatorRows(table(TextLayoutReader.read(doc("5.87", body))));
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(List.of("", "质量指标", "合格率", "项目验收合格率", "100%", "单位确定项目"), rows.get(1));
    }

    @Test
    void fundPlanValueWithoutColumnSpansAllPeriods() {
        Table t = table(TextLayoutReader.read(doc("5.87", "产出指标\n数量指标 数量 数量 1个 文件\n")));
        Cell value = cellWithText(t, "5.87", 4);
        List<Cell> periods = cellsWithSuffix(t, "月底");
        assertEquals(4, periods.size());
        for (Cell p : periods) {
            assertTrue(value.box().xOverlap(p.box()) >= 0.5 * p.box().width(), "value must lie under " + p.text());
        }
    }

    @Test
    void fundPlanWithOneValuePerPeriodPlacesEachUnderItsPeriod() {
        Table t = table(TextLayoutReader.read(doc("1.00 2.00 2.00 0.87", "产出指标\n数量指标 数量 数量 1个 文件\n")));
        List<Cell> periods = cellsWithSuffix(t, "月底");
        String[] values = {"1.00", "2.00", "2.00", "0.87"};
        for (int i = 0; i < 4; i++) {
            Cell p = periods.get(i);
            Cell under = null;
            for (Cell c : t.rowStarting(p.row() + 1)) {
                if (c.box().xOverlap(p.box()) > 0.5 * p.box().width()) {
                    under = c;
                }
            }
            assertEquals(values[i], under == null ? null : under.text(), "under " + p.text());
        }
    }

    @Test
    void keepsTitleAndUnitLineAsFreeLines() {
        List<Block> blocks = TextLayoutReader.read(doc("5.87", "产出指标\n数量指标 数量 数量 1个 文件\n"));
        List<String> free = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof TextBlock tb) {
                free.add(tb.text());
            }
        }
        assertEquals(List.of("某县某局2023年预算项目绩效目标", "1.示范项目绩效目标表", "123001某县某局本级 单位：万元"), free);
    }

    @Test
    void periodRowBeforeItsLabelIsTheFundPlansNotTheUseText() {
        // a label centred on two lines comes out after the period row (Word-made PDFs, pdftotext -raw)
        String text = doc("5.87", "产出指标\n数量指标 数量 数量 1个 文件\n")
                .replace("资金支出计\n划（%）\n3月底 6月底 10月底 12月底\n",
                        "3月底 6月底 10月底 12月底\n资金支出计\n划（%）\n");
        Table t = table(TextLayoutReader.read(text));
        assertEquals(4, cellsWithSuffix(t, "月底").size());
        assertTrue(t.cells().stream().anyMatch(c -> c.text().equals("保证系统稳定；数据正常流转")),
                "the use text stays without the periods: " + t.cells());
    }

    @Test
    void headerBlockLinesAmongTheIndicatorRowsAreReportedNotGuessed() {
        // drawing order (a spreadsheet's one-line cells first, wrapped cells after) put the fund plan's label and
        // period row under the column header
        String text = doc("5.87", String.join("\n",
                "产出指标",
                "数量指标 县领导批示",
                "质量指标 100% 县领导批示",
                "资金支出计划",
                "3月底 6月底 10月底 12月底",
                "“防贫预警",
                "及管理系统",
                "5.87 万元",
                "")).replace("资金支出计\n划（%）\n3月底 6月底 10月底 12月底\n5.87\n", "");
        TextLayoutReader.Result r = TextLayoutReader.readWithIssues(text);
        assertEquals(1, r.issues().size(), r.issues().toString());
        assertEquals("TEXT_ORDER_LOST", r.issues().get(0).code());
        assertEquals(1, r.issues().get(0).project());
        assertTrue(r.issues().get(0).message().contains("资金支出计划"), r.issues().get(0).message());
        assertEquals(List.of(), indicatorRows(table(r.blocks())), "no indicator row is guessed");
    }

    @Test
    void aTextInReadingOrderHasNoReaderIssue() {
        assertEquals(List.of(), TextLayoutReader.readWithIssues(doc("5.87", "产出指标\n数量指标 数量 数量 1个 文件\n"))
                .issues());
    }

    @Test
    void levelNamesCentredOnTheirGroupsGoBackToTheGroupsFirstRows() {
        // drawing order of a producer that centres merged cells: a group's names come beside its middle row
        String body = String.join("\n",
                "甲数量 甲数量描述 1个 文件",
                "产出指标",
                "数量指标 乙数量 乙数量描述 2个 文件",
                "质量指标 丙质量 丙质量描述 3个 文件",
                "效益指标",
                "社会效益指标 丁效益 丁效益描述 4个 文件",
                "");
        List<List<String>> rows = indicatorRows(table(TextLayoutReader.read(doc("5.87", body))));
        assertEquals(4, rows.size(), rows.toString());
        assertEquals(List.of("产出指标", "数量指标", "甲数量"), rows.get(0).subList(0, 3));
        assertEquals(List.of("", "", "乙数量"), rows.get(1).subList(0, 3));
        assertEquals(List.of("", "质量指标", "丙质量"), rows.get(2).subList(0, 3));
        assertEquals(List.of("效益指标", "社会效益指标", "丁效益"), rows.get(3).subList(0, 3));
    }

    @Test
    void wrappedColumnHeaderAndLabelsStillOpenTheProjectAndGrid() {
        String text = doc("5.87", "产出指标\n数量指标 数量 数量 1个 文件\n")
                .replace("项目编码 13000023P00000000001", "项目编\n码\n13000023P00000000001")
                .replace("一级指标 二级指标", "一级指\n标\n二级指标");
        Table t = table(TextLayoutReader.read(text));
        assertEquals(List.of(List.of("产出指标", "数量指标", "数量", "数量", "1个", "文件")), indicatorRows(t));
    }

    @Test
    void aUnitLineAmongTheRowsIsNoCellText() {
        String body = String.join("\n",
                "产出指标",
                "数量指标 数量 数量 1个 文件",
                "123001某县某局本级 单位：万元",
                "质量指标 质量 质量 100% 文件",
                "");
        List<List<String>> rows = indicatorRows(table(TextLayoutReader.read(doc("5.87", body))));
        assertEquals(List.of("", "质量指标", "质量", "质量", "100%", "文件"), rows.get(1), rows.toString());
    }

    private static Cell cellWithText(Table t, String text, int minCols) {
        for (Cell c : t.cells()) {
            if (c.text().equals(text) && c.colSpan() >= minCols && c.col() > 0) {
                return c;
            }
        }
        throw new AssertionError("no cell " + text);
    }

    private static List<Cell> cellsWithSuffix(Table t, String suffix) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : t.cells()) {
            if (c.text().endsWith(suffix) && c.text().length() <= 4) {
                out.add(c);
            }
        }
        return out;
    }
}
