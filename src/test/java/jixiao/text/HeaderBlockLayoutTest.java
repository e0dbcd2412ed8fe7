package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.model.Project;

/**
 * Header blocks of space-aligned text in narrow label columns (constructed from what pdftotext -layout prints):
 * labels cut around their amounts or by blank lines, codes and names one line apart.
 */
class HeaderBlockLayoutTest {
    /** A grid row, so that the header block above it makes a project. */
    private static final String GRID = String.join("\n",
            "一级指标 二级指标      三级指标          指标描述            指标值       指标值确定依据",
            "产出指标 数量指标      巡查次数          巡查次数            12次      县领导批示",
            "");

    /**
     * A label centred in a narrow column around the amount squeezed into it ("其中：财政资" / "20.00" / "金"): its
     * pieces make one label, the amount between them is its value though it starts a little left of the label, and
     * its last piece, set after the wide text of its line, is still the label's though left of where it is printed.
     */
    @Test
    void aLabelCentredAroundItsSqueezedAmountKeepsIt(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "1.河道巡查经费绩效目标表",
                " 项目名称                    河道巡查经费",
                "                       其中：财政资",
                "        预算数    35.00  35.00 其他资金",
                "预算规模及                     金",
                " 资金用途 开展河道日常巡查",
                "",
                GRID + "2.河道保洁经费绩效目标表",
                " 项目名称                    河道保洁经费",
                "                       其中：财政资",
                "         预算数   20.00     20.00 其他资金",
                "预算规模及资             金",
                "  金用途  开展河道日常保洁",
                "",
                GRID);
        List<String> got = LayoutTextTest.projects(dir, text).stream()
                .map(p -> String.join("|", p.name(), String.valueOf(p.budget().total()),
                        String.valueOf(p.budget().fiscal()), String.valueOf(p.budget().other()), p.purpose()))
                .toList();
        assertEquals(List.of("河道巡查经费|35.00|35.00|null|开展河道日常巡查",
                "河道保洁经费|20.00|20.00|null|开展河道日常保洁"), got);
    }

    /**
     * On a coarse character grid a label centred on three lines reaches left over the amount of the label before it
     * ("预算数 1739.00" under "其中：财政" / "拨款"): the amount right after a label on its line is that label's, and
     * an amount mostly outside a label's first piece is not squeezed into its column.
     */
    @Test
    void anAmountRightAfterItsLabelIsNotTheCentredLabelsAbove(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "1.医疗保险补助资金绩效目标表",
                "              项目名称            医疗保险补助资金",
                "                                  其中：财政          其他资",
                "              预算规模及   预算数   1739.00        1739.00",
                "                                    拨款            金",
                "                用途",
                "                                  稳定基本医疗保险参保率",
                "",
                GRID);
        assertEquals(budget("1739.00", "1739.00", null), LayoutTextTest.projects(dir, text).get(0).budget());
    }

    /**
     * A row of amount labels set over two lines, the shares' labels above the total's, their amounts one a line down
     * and to the right ("其中：财政资" / "预算数 89.09" / "61.40" / "27.69"): the text after the total's label holds
     * all three, one whole amount each; the two that add up to the total are the shares.
     */
    @Test
    void sharesDrawnAfterTheTotalAreTheShares(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "             4.城乡居民医疗保险补助绩效目标表",
                "651729平乡县医疗保障局本级                            单位：万元",
                "项目编码               32503130N07A03448168G",
                "项目名称                 城乡居民医疗保险补助",
                "预算规模",
                "                     其中：财政资                其他资金",
                "及资金用 预算数     89.09",
                "                       金",
                "                                   61.40",
                "                                            27.69",
                "  途",
                "",
                GRID);
        assertEquals(budget("89.09", "61.40", "27.69"), LayoutTextTest.projects(dir, text).get(0).budget());
    }

    /**
     * A row label merged over the budget row and the purpose row, cut one piece a line at the margin (预算 / 规模 /
     * 及资 / 金用 / 途), beside a label wrapped over two lines (其中：财政 / 资金) whose amount a tool printed on the
     * line below it, right of it: the amount is that label's, not the merged label's (whose value is the purpose).
     */
    @Test
    void anAmountALineBelowItsWrappedLabelIsThatLabels(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "1.应急广播体系建设绩效目标表",
                "项目",
                "                    应急广播体系建设",
                "名称",
                "预算",
                "规模                   其中：财政",
                "及资 预算数 2,200,187.00    资金",
                "                           2,200,187.00 其他资金",
                "金用",
                " 途",
                "",
                GRID);
        Project project = LayoutTextTest.projects(dir, text).get(0);
        assertEquals("2200187.00|2200187.00|null|null", String.join("|", String.valueOf(project.budget().total()),
                String.valueOf(project.budget().fiscal()), String.valueOf(project.budget().other()),
                project.purpose()));
    }

    /**
     * The same label with the other amount's label cut around the amounts too ("其他资" / "金" two lines below): the
     * label's next piece ("金用") stands three lines under "及资", and, no whole label yet, takes it on toward one
     * (预算规模及资金用途), not a purpose of its own.
     */
    @Test
    void aLabelsPieceThreeLinesBelowTakesItOnTowardTheLabel(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                2.项目支出绩效目标表",
                "崇州市乡村振兴局                                单位：元",
                "项目",
                "                    河湖长制工作经费",
                "名称",
                "预算",
                "规模                   其中：财政               其他资",
                "及资 预算数 31,495,525.00   资金",
                "                           31,495,525.00",
                "                                          金",
                "金用",
                " 途",
                "",
                GRID);
        Project project = LayoutTextTest.projects(dir, text).get(0);
        assertEquals("31495525.00|31495525.00|null|null", String.join("|",
                String.valueOf(project.budget().total()), String.valueOf(project.budget().fiscal()),
                String.valueOf(project.budget().other()), project.purpose()));
    }

    /**
     * A label wrapped one piece a line at the margin (预算规模 / 及资金用 / 途) and cut by a page break before its last
     * piece: the piece atop the next page completes it, so the purpose beside it is the project's purpose (not the
     * name's end) and the fund plan after it keeps its amounts.
     */
    @Test
    void aLabelCutByAPageBreakIsOneLabel(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                  2.防贫工作补充保险经费绩效目标表",
                "项目编码                   98136719W06181708300K",
                "项目名称                        防贫工作补充保险经费",
                "预算规模    预算数        685.32      其中：财政资金          685.32    其他资金",
                "及资金用               巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
                "\f  途",
                "资金支出   3月底        6月底        10月底      12月底",
                " 计划",
                "       293.79                             391.53",
                " （%）",
                GRID);
        Project project = LayoutTextTest.projects(dir, text).get(0);
        assertEquals("防贫工作补充保险经费|巩固拓展脱贫攻坚成果同乡村振兴有效衔接|685.32",
                String.join("|", project.name(), project.purpose(), String.valueOf(project.budget().fiscal())));
        assertEquals("293.79|null|null|391.53", project.fundPlan().stream().map(f -> String.valueOf(f.value()))
                .collect(java.util.stream.Collectors.joining("|")));
    }

    /**
     * A label cut by a blank line in its narrow column ("预算规模及资" / "" / "金用途") is one label still, beside a
     * label centred around its amount.
     */
    @Test
    void aLabelCutByABlankLineIsOneLabel(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "    1.河道巡查经费绩效目标表",
                "    项目名称                        河道巡查经费",
                "",
                "                                 其中：财政资",
                "                预算数     67.54                   67.54       其他资金",
                "   预算规模及资                           金",
                "",
                "     金用途        开展河道日常巡查，建设河道巡查信息平台，推进",
                "                                     智慧河湖应用",
                "",
                GRID);
        Project project = LayoutTextTest.projects(dir, text).get(0);
        assertEquals("河道巡查经费", project.name());
        assertEquals("67.54", String.valueOf(project.budget().fiscal()));
        assertEquals("开展河道日常巡查，建设河道巡查信息平台，推进智慧河湖应用", project.purpose());
    }

    /**
     * Labels wrapped in a narrow column ("项目" / "编码", "项目" / "名称") put the code's line and the name's line one
     * line apart, aligned: a project code is whole, no Chinese text goes on with it.
     */
    @Test
    void aProjectCodeIsNotContinuedByTheNameUnderIt(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                       1.2026年河道巡查经费绩效目标表",
                "项目",
                "编码                                13052926P00584011634M",
                "项目",
                "名称                                2026年河道巡查经费",
                "预算",
                "规模    预算金      48,550.00",
                "",
                GRID);
        Project project = LayoutTextTest.projects(dir, text).get(0);
        assertEquals("13052926P00584011634M", project.code());
        assertEquals("2026年河道巡查经费", project.name());
    }

    /**
     * Labels justified across their cells letter by letter, wider apart than one space and on adjacent lines (as
     * pdfplumber's layout text sets them, a line of text a line of glyphs): each is one label, not letters stacked
     * with the letters of the label below.
     */
    @Test
    void labelsJustifiedLetterByLetterAreOneLabelEach(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                      1.高标准农田建设项目绩效目标表",
                "   项    目    名     称                    高标准农田建设项目",
                "   主    管    部     门      松阳县农业农村局          实施单位    松阳县农业技术推广中心",
                "                         年度资金总额                    4985.92",
                "   项 目 资  金 （ 万 元  ）   其中：财政资金                4985.92",
                "                         其他资金",
                "",
                GRID);
        Project project = LayoutTextTest.projects(dir, text).get(0);
        assertEquals("高标准农田建设项目", project.name());
        assertEquals("松阳县农业农村局", project.department());
        assertEquals("4985.92", String.valueOf(project.budget().total()));
    }

    /**
     * A page drawn on a grid of characters (every line padded to one width, as pdfplumber's layout text is): the
     * blank lines its grid sets between the letters of a vertical label and between a wrapped cell's lines part
     * nothing, a run of blank lines still parts.
     */
    @Test
    void blankLinesOfAPageGridPartNothing(@TempDir Path dir) throws Exception {
        String text = padded(
                "                  1.教师培训经费绩效目标表",
                "",
                "    项",
                "    目",
                "",
                "    代",
                "    码               13112119P00621623848V",
                "    项",
                "    目",
                "",
                "    名",
                "    称                教师培训经费",
                "",
                "",
                GRID.lines().findFirst().orElseThrow(),
                "",
                "",
                "产出指标 数量指标      巡查次数          巡查次数            12次      县领导批示");
        Project project = LayoutTextTest.projects(dir, text).get(0);
        assertEquals("13112119P00621623848V", project.code());
        assertEquals("教师培训经费", project.name());
        assertEquals(1, project.indicators().size());
    }

    @Test
    void onlyAPagePaddedToOneWidthLosesItsSingleBlankLines() {
        String[] grid = padded("  甲", "", "  乙", "", "", "  丙").split("\n", -1);
        assertEquals(List.of("  甲", "  乙", "", "  丙"), List.of(PageGrid.ungridded(grid)));
        String[] plain = {"  甲", "", "  乙"};
        assertEquals(List.of(plain), List.of(PageGrid.ungridded(plain)));
    }

    /** The lines, each padded with spaces to one width. */
    private static String padded(String... lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append(" ".repeat(90 - l.length())).append('\n');
        }
        return sb.toString();
    }
    /**
     * The 主管部门 / 实施单位 row of family C over the amounts' row: the fiscal amount two lines below the unit's name,
     * set where the name starts, is no line of the name (wrapped text does not go on with an amount alone).
     */
    @Test
    void anAmountUnderTheUnitsNameIsNoLineOfIt(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "1.农村妇女两癌筛查绩效目标表",
                "项目名称    农村妇女两癌筛查",
                "主管部门    某县卫生健康局            实施单位        某县卫生健康局",
                "预算规模",
                "及资金用   预算数     78.00      其中：财政资金     78.00   其他资金",
                "  途",
                "绩效目标 1.完成农村适龄妇女两癌筛查任务",
                GRID);
        Project p = LayoutTextTest.projects(dir, text).get(0);
        assertEquals("某县卫生健康局|78.00|78.00", String.join("|", p.unitName(),
                String.valueOf(p.budget().total()), String.valueOf(p.budget().fiscal())));
    }

    /**
     * 其他资金 and its amount in one cell wrapped over two lines, the label row's other cells on the line between
     * (the label above 财政资金's amount, its own amount under that): the amount under the label is the label's, the
     * one right of 其中：财政资金 is that label's.
     */
    @Test
    void anAmountUnderItsLabelInOneCellIsTheLabels(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                3.农机购置补贴绩效目标表",
                "项目名",
                "                     农机购置补贴",
                " 称",
                "预算规                                      其他资金",
                "模及资 预算数   412.50 其中：财政资金        300.25",
                "                                         112.25",
                "金用途",
                "绩效目 1.落实农机购置补贴政策",
                GRID);
        Project p = LayoutTextTest.projects(dir, text).get(0);
        assertEquals("412.50|300.25|112.25", String.join("|", String.valueOf(p.budget().total()),
                String.valueOf(p.budget().fiscal()), String.valueOf(p.budget().other())));
    }

    /**
     * A wide project name ending in a bracket over the amounts' row: the whole amount under it is the total's, no
     * line of the name.
     */
    @Test
    void anAmountUnderANameEndingInABracketIsNoLineOfIt(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "             2.信息系统运维（二期工程）绩效目标表",
                "  项目编码                         13052800R50701996955",
                "  项目名称                 信息系统运维（二期工程）",
                "预算规模及资金      预算数       186.40        其中：财政资金          186.40       其他资金",
                "  用途                              保障系统稳定运行",
                GRID);
        Project p = LayoutTextTest.projects(dir, text).get(0);
        assertEquals("信息系统运维（二期工程）|186.40|186.40|保障系统稳定运行", String.join("|", p.name(),
                String.valueOf(p.budget().total()), String.valueOf(p.budget().fiscal()), p.purpose()));
    }

    /**
     * An amount in yuan cut in a narrow column ("58,240.0" / "0") around the label row's line, its first piece
     * under the unit's name: the pieces make the amount of 其中：财政资金, the unit's name keeps none of it.
     */
    @Test
    void anAmountCutAroundTheLabelRowIsWhole(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "1.项目支出绩效目标表",
                "某县农业农村局      单位：元",
                "",
                "  项目名称           高标准农田建设",
                "  主管部门           某县农业农村局              实施单位     某县农业农村局",
                "                                              58,240.0",
                "预算规模及资金用途      预算数       58,240.00   其中：财政资金           其他资金",
                "                                                  0",
                "",
                "  绩效目标      1.建设高标准农田",
                GRID);
        Project p = LayoutTextTest.projects(dir, text).get(0);
        assertEquals("某县农业农村局|58240.00|58240.00", String.join("|", p.unitName(),
                String.valueOf(p.budget().total()), String.valueOf(p.budget().fiscal())));
    }

    /**
     * A numbered title wrapped within its words ("…综合经费）绩效" / "目标表") after a grid's last row starts the next
     * project: it joins no cell of the row. The text under the amounts' line beside a label's end is the purpose,
     * not the rest of the name two lines up (the amounts stand between them).
     */
    @Test
    void aTitleWrappedWithinItsWordsEndsTheGrid(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "1.河道巡查经费绩效目标表",
                " 项目名称                    河道巡查经费",
                "预算规模及资金用途  预算数  35.00  其中：财政资金 35.00 其他资金",
                "",
                GRID.strip(),
                "",
                "2.冀财农2022年 160号提前下达2023年省级财政衔接推进乡村振兴补助资金（驻村工作队综合经费）绩效",
                "                                目标表",
                "",
                "223267武强县旅游服务中心      单位：万元",
                "",
                "  项目编码                       24690051K09576117227W",
                "          冀财农2022年 160号提前下达2023年省级财政衔接推进乡村振兴补助资金（驻村工作队综合",
                "  项目名称",
                "                                  经费）",
                "预算规模及资金     预算数         75.14          其中：财政资金        44.03    其他资金 31.11",
                "   用途                           提升旅游知名度和影响力",
                "资金支出计划      3月底         6月底             10月底          12月底",
                "  （%）                                                 75.14",
                "  绩效目标    1.为建档立卡贫困户提供小额贷款补贴利息",
                GRID);
        List<Project> projects = LayoutTextTest.projects(dir, text);
        assertEquals(2, projects.size());
        assertEquals("巡查次数|12次|县领导批示", projects.get(0).indicators().stream()
                .map(i -> String.join("|", i.level3(), i.value(), i.basis())).reduce((a, b) -> b).orElseThrow());
        Project p = projects.get(1);
        assertEquals("冀财农2022年 160号提前下达2023年省级财政衔接推进乡村振兴补助资金（驻村工作队综合经费）绩效目标表",
                p.title());
        assertEquals("冀财农2022年 160号提前下达2023年省级财政衔接推进乡村振兴补助资金（驻村工作队综合经费）|提升旅游知名度和影响力",
                p.name() + "|" + p.purpose());
    }

    /**
     * An empty 项目编码 above a name centred on its label's line and wrapped (its first line between the two labels):
     * Chinese text is no code, so the whole name is the name's and the code is empty.
     */
    @Test
    void aNameWrappedAboveItsLabelIsNoCode(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                " 4.冀财农2022年 155号提前下达2023年省级财政衔接推进乡村振兴补助资金-省级直达资金绩效目标表",
                "",
                "平乡县农业技术推广中心        单位：万元",
                "",
                "  项目编码",
                "            冀财农2022年 155号提前下达2023年省级财政衔接推进乡村振兴补助资金-省级直达",
                "  项目名称",
                "                                   资金",
                "                                                 平乡县农业技术推",
                "  主管部门                平乡县农业农村局           实施单位",
                "                                                    广中心",
                "预算规模及资金用途      预算数            373.79    其中：财政资金 373.79 其他资金",
                "",
                "  绩效目标  1.提升校园网络出口带宽。",
                GRID);
        Project p = LayoutTextTest.projects(dir, text).get(0);
        assertEquals("null|冀财农2022年 155号提前下达2023年省级财政衔接推进乡村振兴补助资金-省级直达资金|373.79",
                p.code() + "|" + p.name() + "|" + p.budget().total());
    }

    /**
     * Labels two characters wide, one a line (资金 / 总额, 其他 / 资金), their amounts between their pieces: the
     * fiscal amount right after 财政拨款 on its line, set past the start of the narrow 其他 above it, the other
     * amount a line lower. The pieces three lines apart make one label each, and each label takes one amount.
     */
    @Test
    void narrowLabelsAroundTwoLinesOfAmountsKeepTheirOwn(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                 1.河湖长制工作经费绩效目标表",
                "194001赞皇县水利局本级                         单位：万元",
                "项目",
                "                     河湖长制工作经费",
                "名称",
                "项目",
                "   13012923P006614298107 主管部门      赞皇县水利局",
                "编码",
                "资金                     其他",
                "      75.04      财政拨款    64.27",
                "                             10.77",
                "总额                     资金",
                "   1.改善河湖生态环境",
                "绩效",
                "目标",
                GRID);
        Project p = LayoutTextTest.projects(dir, text).get(0);
        assertEquals("赞皇县水利局|75.04|64.27|10.77", p.department() + "|" + p.budget().total() + "|"
                + p.budget().fiscal() + "|" + p.budget().other());
    }

    /**
     * Two amounts with cents filling their cells run together ("4,380,139.004,380,139.00"): the total and the
     * fiscal amount, parted two digits after the first decimal point.
     */
    @Test
    void twoAmountsRunTogetherArePartedAfterTheirCents(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                    1.河湖长制工作经费绩效目标表",
                "901592南和区市场监督管理局本级                               单位：元",
                "项目",
                "                     河湖长制工作经费",
                "名称",
                "资金           财政拨              其他",
                "     4,380,139.004,380,139.00",
                "总额             款              资金",
                "   1.实现应防尽防，不存在返贫致贫问题",
                "绩效",
                "目标",
                GRID);
        jixiao.model.Budget b = LayoutTextTest.projects(dir, text).get(0).budget();
        assertEquals(new jixiao.model.Budget(new java.math.BigDecimal("4380139.00"),
                new java.math.BigDecimal("4380139.00"), null), b);
    }

    private static jixiao.model.Budget budget(String total, String fiscal, String other) {
        return new jixiao.model.Budget(amount(total), amount(fiscal), amount(other));
    }

    private static java.math.BigDecimal amount(String a) {
        return a == null ? null : new java.math.BigDecimal(a);
    }
}
