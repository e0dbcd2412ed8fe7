package jixiao.text;

import static jixiao.text.LayoutTextTest.lines;
import static jixiao.text.LayoutTextTest.runOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.model.Indicator;
import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Space-aligned text of a narrow grid whose columns the layout tool did not keep: a header name wrapped around the
 * header's line, a value's unit wrapped under the description's line, a page whose columns overlap line by line,
 * value cells set apart, a list whose label is centred on it.
 */
class ShiftedColumnsTest {
    /** A header whose last name wraps around the line the others stand on ("指标值确定依" / "据"). */
    private static final String[] WRAPPED_HEADER = {
        "绩效目标 1.开发乡村公益岗位；促进脱贫人口就近就业。",
        "                               指标值确定依",
        "一级指标 二级指标 三级指标       绩效指标描述   指标值",
        "                                   据",
        "                                 赞财农",
        "            支付对象         494万立",
        "                  支付对象数量       【2022】42",
        "             数量            方米",
        "                                   号",
        "            扶贫小额                 枣财教",
        "                 扶贫小额贷款贴",
        "       数量指标 贷款还款          887套 【2021】113",
        "                    息率",
        "              率                    号",
        "                                      巨财农",
        "              驻村工作",
        "                               95眼   【2022】36",
        "               队数量",
        "                                        号",
        "产出指标",
        "            设备完好 多媒体教学设备",
        "       质量指标               ≥98%    县领导",
        "              率    完好率",
        "            救助资金",
        "                 救助资金结算及",
    };

    /**
     * A project whose grid header has its basis name set left of 指标值 by the layout tool (its lines squeezed), while
     * the body keeps each value left of its basis.
     */
    private static final String[] BASIS_SET_FIRST = {
        "            11.乡村振兴特派员工作经费绩效目标表",
        "478326临西县乡村振兴局本级                            单位：万元",
        "项目编",
        "                    42049632R74524995898P",
        " 码",
        "项目名",
        "                     乡村振兴特派员工作经费",
        " 称",
        "预算规              其中：财政资",
        "    预算数     17.58        17.58 其他资金",
        "模及资                 金",
        "金用途         巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
        "资金支   3月底   6月底         10月底       12月底",
        "出计划",
        "（%）                                17.58",
        "绩效目",
        "    1.稳定基本医疗保险参保率",
        " 标",
        "一级指 二级指                      指标值确定依",
        "        三级指标 绩效指标描述                指标值",
        " 标   标                           据",
        "                               唐财社",
        "    数量指 新媒体宣 新媒体宣传推 1485元/人·",
        "                             【2020】26",
        "     标   传推文    文       月",
        "                                 号",
        "    质量指 灌溉设计 灌溉设计保证            枣财教",
        "                       80%",
        "     标   保证率    率            〔2021〕5号",
        "产出指",
        "    时效指 修缮工程 修缮工程完工            枣财教",
        " 标                    12月底",
        "     标  完工时间   时间            〔2021〕5号",
        "        新建改建",
        "             新建改建街道",
        "    成本指 街道及便                     枣财教",
        "             及便道硬化成 2,727,709元",
        "     标  道硬化成                   〔2021〕5号",
        "              本（元）",
        "        本（元）",
    };

    /**
     * A project whose header line the layout tool squeezed: "指标值确定" ends it, its end "依据" stands under 指标值, a
     * few columns left of it.
     */
    private static final String[] BASIS_END_SET_LEFT = {
        "                           2.乡村振兴特派员工作经费绩效目标表",
        "",
        "014445 南和区医疗保障局本级              单位：万元",
        "",
        "项目编",
        "                                  67130582D57267949658E",
        " 码",
        "项目名",
        "                                     乡村振兴特派员工作经费",
        " 称",
        "预算规                                                                               其他资金",
        "      预算数             629.99                  其中：财政资金                    400.90",
        "模及资                                                                               229.09",
        "金用途                       落实文物安全责任；加强非物质文化遗产传承保护",
        "资金支   3 月底            6 月底                      10 月底                    12 月底",
        "出计划",
        "      300.15                                    127.00                   202.84",
        "（%）",
        "绩效目 1.实现定点医药机构检查全覆盖",
        " 标  2.追回违规使用的医保基金。",
        "一级指   二级指标            三级指标                    绩效指标描述                     指标值 指标值确定",
        " 标                                                                    依据",
        "                                                           枣财教",
        "              寄宿生公用经费补助     寄宿制学校按寄宿生年生均 200 元标准增 1447 元/",
        "                                                          〔2021〕5",
        "                  标准              加公用经费补助          人·月",
        "      数量指标                                                   号",
        "              免费提供教科书学生                                              单位确定项",
        "                            免费提供国家规定课程教科书的学生人数               92 队",
        "                  人数                                                   目",
        "              项目建设内容符合设 项目建设内容、工程质量符合设计文件和国",
        "产出指                                                唐财社",
        "              计要求并通过主管部 家相关技术规范要求，并通过主管部门会同",
        " 标    质量指标                                  ≥100% 【2020】5",
        "              门组织的竣工验收的 财政、审计等部门组织的竣工验收的比例，",
        "                                                    7号",
        "                  比例        验收不合格的不得交付使用",
        "                                                                      冀财农",
        "                                                          10 月底",
        "      时效指标      完工及时率                项目完成时间                          2022 年",
        "                                                            前",
        "                                                                      160 号",
        "      成本指标      防控工作经费               防控工作经费               95 万元       人数",
    };

    /** A page going on from one ending with the header: level 3 text reaches under the values of other rows. */
    private static final String[] CONTINUED = {
        "一级指 二级指",
        "          三级指标       指标值",
        " 标   标",
        "              发放率",
        "\f          汛前检查完成",
        "                   11月底前",
        "            时间",
        "          资金发放准时",
        "   时效指             12月底前",
        "             率",
        "    标",
        "          救助资金结算",
        "                    9月底前",
        "            及时率",
        "         投保单价   12月底",
        "       中央财政衔接",
        "               ≤579万元",
        "   成本指   资金成本",
        "    标  驻村工作队综",
        "              ≤1702元/亩",
        "        合经费成本",
        "          带动相关产业",
        "   经济效              有效带动",
        "             发展",
        "   益指标",
        "           返贫保障率    持续增收",
        "        食品安全状况      有效提升",
        "        群众生产生活",
        "    社会效             ≥100%",
        "          条件",
        "    益指标",
        "        适龄儿童入学",
        "                     94%",
        "           率",
        "效益指     河湖生态环境      明显改善",
        " 标  生态效 环境污染事件      持续改善",
        "   益指标 浅层地下水位",
        "                   干净整洁有序",
        "          回升幅度",
        "              形成可复制、",
        "              可推广的经验",
        "   可持续 基本公共卫生",
        "              做法，为同类",
        "   影响指  服务水平",
        "              项目实施提供",
        "    标",
        "               示范和借鉴",
        "          可持续性      长期有效",
        "    服务对",
        "满意度",
        "    象满意   群众满意度     ≥100%",
        "指标",
        "    度指标",
    };

    /**
     * The name above and below the header's line is a header cell, written with the header; the grid's first row
     * does not start with its last piece.
     */
    @Test
    void aNameWrappedAroundTheHeaderLineIsPartOfTheHeader() {
        List<String> lines = lines(WRAPPED_HEADER);
        assertTrue(runOf(lines, "一级指标 二级指标 三级指标 绩效指标描述 指标值", "指标值确定依", "据"), lines::toString);
        assertTrue(runOf(lines, "方米", "赞财农", "【2022】42", "号") || runOf(lines, "赞财农", "【2022】42", "号"),
                lines::toString);
        assertFalse(lines.contains("据赞财农"), lines::toString);
    }

    /**
     * A basis name the header's lines set before 指标值 still names the column after it: each row's value, left of
     * its basis, is the value, and the basis the basis ({@link PiecesTest} reads the header so).
     */
    @Test
    void aBasisNameSetBeforeTheValueNameStillFollowsIt(@TempDir Path dir) throws Exception {
        List<Indicator> rows = LayoutTextTest.projects(dir, String.join("\n", BASIS_SET_FIRST) + "\n").get(0)
                .indicators();
        assertEquals("1485元/人·月|唐财社【2020】26号", rows.get(0).value() + "|" + rows.get(0).basis());
        assertEquals("80%|枣财教〔2021〕5号", rows.get(1).value() + "|" + rows.get(1).basis());
        assertEquals("12月底|枣财教〔2021〕5号", rows.get(2).value() + "|" + rows.get(2).basis());
    }

    /** A basis name's end set left of it, under 指标值, still ends it: the grid is read, each value and basis in place. */
    @Test
    void aBasisNamesEndSetLeftStillEndsIt(@TempDir Path dir) throws Exception {
        List<Indicator> rows = LayoutTextTest.projects(dir, String.join("\n", BASIS_END_SET_LEFT) + "\n").get(0)
                .indicators();
        assertEquals(5, rows.size());
        assertEquals("数量指标|寄宿生公用经费补助标准|1447元/人·月|枣财教〔2021〕5号", String.join("|", rows.get(0).level2(),
                rows.get(0).level3(), rows.get(0).value(), rows.get(0).basis()));
        assertEquals("时效指标|项目完成时间|10月底前|冀财农2022年160号", String.join("|", rows.get(3).level2(),
                rows.get(3).description(), rows.get(3).value(), rows.get(3).basis()));
        assertEquals("防控工作经费|95万元|人数", String.join("|", rows.get(4).level3(), rows.get(4).value(),
                rows.get(4).basis()));
    }

    /** A whole value set left of its column takes its unit's wrapped end with it ("494万立" / "方米"). */
    @Test
    void aValueSetLeftTakesItsWrappedUnit() {
        List<String> lines = lines(WRAPPED_HEADER);
        assertTrue(runOf(lines, "494万立", "方米"), lines::toString);
        assertTrue(runOf(lines, "支付对象数量", "494万立"), lines::toString);
    }

    /**
     * No gutter parts the level 3 column from the values on this page (long names reach under short values), but its
     * cells do: each row's name, then its value, and two text values apart in their column are two rows.
     */
    @Test
    void aPageWhoseColumnsOverlapIsReadByItsCells() {
        List<String> lines = lines(CONTINUED);
        assertTrue(runOf(lines, "时效指", "标", "汛前检查完成", "时间", "11月底前", "资金发放准时", "率", "12月底前"),
                lines::toString);
        assertTrue(runOf(lines, "中央财政衔接", "资金成本", "≤579万元", "驻村工作队综", "合经费成本", "≤1702元/亩"),
                lines::toString);
        assertTrue(runOf(lines, "浅层地下水位", "回升幅度", "干净整洁有序"), lines::toString);
        assertTrue(runOf(lines, "基本公共卫生", "服务水平", "形成可复制、", "可推广的经验", "做法，为同类", "项目实施提供",
                "示范和借鉴", "可持续性 长期有效"), lines::toString);
    }

    /**
     * Cells part into columns by their centres when their starts part alike and every column holds more than one
     * cell; else not.
     */
    @Test
    void cellColumnsByCentres() {
        List<Cell> cells = List.of(cell("汛前检查完成", 0, 10, 16), cell("11月底前", 1, 19, 24),
                cell("中央财政衔接", 2, 7, 13), cell("≤1702元/亩", 3, 14, 22), cell("返贫保障率", 4, 11, 16),
                cell("示范和借鉴", 5, 15, 20));
        assertArrayEquals(new int[] {7, 14, 31}, CellColumns.starts(cells, 2, 30));
        // a cell of the right group starting left of one of the left group: the starts interleave
        List<Cell> mixed = List.of(cell("汛前检查完成", 0, 10, 16), cell("11月底前", 1, 19, 24),
                cell("中央财政衔接", 2, 7, 13), cell("≤1702元/亩", 3, 9, 27));
        assertNull(CellColumns.starts(mixed, 2, 30));
        // a value column of two cells and an empty basis column: a column of one cell is no column
        List<Cell> empty = List.of(cell("监测点", 0, 12, 15), cell("6个", 0, 30, 32), cell("服务水平", 1, 12, 16),
                cell("有效提升", 1, 33, 37));
        assertNull(CellColumns.starts(empty, 3, 40));
        assertArrayEquals(new int[] {12, 30, 41}, CellColumns.starts(empty, 2, 40));
    }

    /** Two lines of Chinese text in a column whose left edges, centres and right edges all differ are two cells. */
    @Test
    void misalignedLinesAreNoLinesOfOneCell() {
        Chunk upper = new Chunk("干净整洁有序", 0, 19, 25);
        assertTrue(ValueAnchors.misaligned(List.of(upper), List.of(new Chunk("形成可复制、", 2, 14, 20))));
        assertFalse(ValueAnchors.misaligned(List.of(new Chunk("形成可复制、", 0, 14, 20)),
                List.of(new Chunk("可推广的经验", 1, 14, 20))));
        assertFalse(ValueAnchors.misaligned(List.of(new Chunk("项目实施提供", 0, 14, 20)),
                List.of(new Chunk("示范和借鉴", 1, 15, 20))));
        assertFalse(ValueAnchors.misaligned(List.of(upper), List.of(new Chunk("≥100%", 1, 14, 19))));
    }

    /**
     * A header-block label centred on a list of three items stands below the first: the items are one cell, the
     * label's; the first item is not read as the row above's text. (The page before ends in an open grid, so this
     * page's header block is read as the text after it.)
     */
    @Test
    void aListIsOneCellThoughItsLabelStandsBelowItsFirstItem() {
        String[] page = {
            "一级指",
            "    二级指标 三级指标     指标值",
            " 标",
            "         校园网络",
            "      数量指标           ≥1126元/生·年",
            "\f            2.防贫工作补充保险经费绩效目标表",
            "隆尧县卫生健康局                                 单位：万元",
            "项目编",
            " 码",
            "项目名",
            "                     防贫工作补充保险经费",
            " 称",
            "主管部",
            "      隆尧县卫生健康局         实施单位     隆尧县卫生健康局",
            " 门",
            "预算规",
            "模及资   预算数   337.52    其中：财政资金   337.52   其他资金",
            "金用途",
            "    1.资助家庭经济困难幼儿入园。",
            "绩效目",
            "    2.提高学前三年毛入园率",
            " 标",
            "    3.减轻困难家庭学前教育负担",
        };
        List<String> lines = lines(page);
        int label = lines.indexOf("绩效目");
        assertTrue(label > 0, lines::toString);
        assertEquals(List.of("其他资金", "绩效目", "标", "1.资助家庭经济困难幼儿入园。", "2.提高学前三年毛入园率",
                "3.减轻困难家庭学前教育负担"), lines.subList(label - 1, lines.size()), lines::toString);
    }

    /**
     * A row whose value and basis a tool set left into one column, their lines alternating: the basis "项目实施方" /
     * "案" (the second line centred under the first) and the value "41%" between them, one column further left than
     * the value's line allows. The value is no line of the basis though it starts where the basis does: the basis's
     * next line stands beside it, not under it; the two cells part into their columns.
     */
    @Test
    void aValueBetweenTheLinesOfTheBasisIsNoLineOfIt(@TempDir Path dir) throws Exception {
        String text = LevelGroupsTest.LAYOUT_BLOCK + String.join("\n",
                "                                         指标值确定",
                "一级指标 二级指标 三级指标       绩效指标描述      指标值",
                "                                           依据",
                "           安装变压                          县委、县政",
                "       数量指标       安装变压器          ≥100%",
                "             器                            府确定",
                "          “防贫预警",
                "           及管理系 “防贫预警及管理",
                "                                         年度工作计",
                "     质量指标 统”平台运 系统”平台运行维         ≥100%",
                "                                           划",
                "           行维护费   护费发放率",
                "产出指标",
                "            发放率",
                "           疫情报告                    项目实施方",
                "     时效指标        疫情报告及时率          41%",
                "            及时率                        案",
                "");
        List<String> rows = LayoutTextTest.indicatorRows(dir, text);
        assertEquals("疫情报告及时率|疫情报告及时率|41%|项目实施方案", rows.get(rows.size() - 1), rows::toString);
    }

    private static Cell cell(String text, int line, int x0, int x1) {
        Cell c = new Cell();
        c.add(new Chunk(text, line, x0, x1));
        return c;
    }
}
