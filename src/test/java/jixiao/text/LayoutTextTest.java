package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jixiao.Jixiao;
import jixiao.Samples;
import jixiao.model.Project;
import jixiao.text.LayoutText.Chunk;

/** Space-aligned text on constructed pages: cells, fund-plan periods, grid rows and level cells. */
class LayoutTextTest {
    /** A page whose grid runs to its end (the page before in the continuation tests). */
    private static final String GRID_PAGE = String.join("\n",
            "一级指标      二级指标      三级指标          指标描述            指标值       指标值确定依据",
            "产出指标      数量指标      种植面积          种植面积            42万亩      县领导批示",
            "");

    /** GRID_PAGE in cell order. */
    private static final List<String> GRID_PAGE_LINES = List.of("一级指标 二级指标 三级指标 指标描述 指标值 指标值确定依据",
            "产出指标", "数量指标", "种植面积 种植面积 42万亩 县领导批示");

    private static List<String> concat(List<String> head, String... rest) {
        List<String> out = new java.util.ArrayList<>(head);
        out.addAll(List.of(rest));
        return out;
    }

    /** The cell-order lines of two pages, the page break dropped. */
    static List<String> pages(String first, String next) {
        return lines(first + "\f" + next).stream().map(l -> l.replace("\f", "")).toList();
    }

    /** The projects the facade makes of a text written to a file in {@code dir}. */
    static List<Project> projects(Path dir, String text) throws Exception {
        Path txt = dir.resolve("a.txt");
        Files.writeString(txt, text);
        return Jixiao.convert(txt).document().projects();
    }

    /** Each indicator of the converted text's first project as "三级指标|描述|指标值|依据". */
    static List<String> indicatorRows(Path dir, String text) throws Exception {
        return projects(dir, text).get(0).indicators().stream()
                .map(i -> String.join("|", i.level3(), i.description(), i.value(), i.basis())).toList();
    }

    /** The non-blank lines of a space-aligned text's cell order. */
    static List<String> lines(String layout) {
        return LayoutText.toCellOrder(layout).lines().filter(l -> !l.isBlank()).toList();
    }

    /** The non-blank lines of the cell order of a page given line by line. */
    static List<String> lines(String[] page) {
        return lines(String.join("\n", page) + "\n");
    }

    /** Whether {@code part} stands in {@code lines} as consecutive lines. */
    static boolean runOf(List<String> lines, String... part) {
        return java.util.Collections.indexOfSubList(lines, List.of(part)) >= 0;
    }

    @Test
    void detectsSpaceAlignedText() {
        assertTrue(LayoutText.isLayout("项目名称        某项目\n预算数     12.00      其他资金      3.00\n"));
        assertFalse(LayoutText.isLayout("项目名称 某项目\n预算数 12.00 其他资金 3.00\n一段正文。\n"));
    }

    @Test
    void fundPlanAmountsKeepTheirPeriods() {
        String page = String.join("\n",
                "            3月底           6月底           10月底          12月底",
                "资金支出计划",
                "            62.89                       26.61         42.50",
                "");
        assertEquals(List.of("资金支出计划", "3月底", "6月底", "10月底", "12月底", "62.89", LayoutText.EMPTY, "26.61",
                "42.50"), lines(page));
    }

    @Test
    void fundPlanAmountsSqueezedOneSpaceApartKeepTheirPeriods() {
        // amounts wider than the grid gives them, set one space apart (pdfplumber's layout text)
        String page = String.join("\n",
                "               3月底          6月底             10月底             12月底",
                "资金支出计划",
                "           6,221,055.43 4,846,618.33     7,391,854.77    11,001,278.47",
                "");
        assertEquals(List.of("资金支出计划", "3月底", "6月底", "10月底", "12月底", "6,221,055.43", "4,846,618.33",
                "7,391,854.77", "11,001,278.47"), lines(page));
    }

    @Test
    void aValueRunIntoItsBasisKeepsItsRow(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // a coarse character grid closed the gap between 1,000.2 and its basis: the value's next line ends it
        String text = String.join("\n",
                "1.文物保护经费绩效目标表",
                "项目名称        文物保护经费",
                "预算数          1,000.21",
                "",
                "一级指标        二级指标        三级指标        指标描述          指标值       指标值确定依据",
                "产出指标        数量指标        修缮数量        修缮文物数量        3处        单位确定项目",
                "",
                "            成本指标        保护经费        保护经费          1,000.2单位确定项",
                "                                                  1万元         目",
                "");
        assertEquals(List.of("修缮数量|修缮文物数量|3处|单位确定项目", "保护经费|保护经费|1,000.21万元|单位确定项目"),
                indicatorRows(dir, text));
    }

    @Test
    void wrappedCellsStayTogetherAndLabelsPartRows() {
        String page = String.join("\n",
                "项 目 名 称      防贫预警及管理系统",
                "                平台运行维护",
                "预算数          5.87",
                "");
        assertEquals(List.of("项 目 名 称", "防贫预警及管理系统", "平台运行维护", "预算数 5.87"), lines(page));
    }

    @Test
    void gridRowsWithoutBlankLinesAndLevelCellsBeforeTheirRows() {
        String page = String.join("\n",
                "一级指标      二级指标      三级指标          指标描述            指标值       指标值确定依据",
                "                    种植面积          种植面积            42万亩      县领导批示",
                "          数量指标      监测点           监测点             6个        县领导批示",
                "产出指标                购置药剂          购置药剂            20吨       县领导批示",
                "          质量指标      损失率           损失率             ＜5%       县领导批示",
                "效益指标      社会效益      服务水平          服务水平            有效提升      县领导批示",
                "          指标",
                "");
        List<String> out = lines(page);
        assertEquals(List.of("一级指标 二级指标 三级指标 指标描述 指标值 指标值确定依据",
                "产出指标", "数量指标", "种植面积 种植面积 42万亩 县领导批示",
                "监测点 监测点 6个 县领导批示",
                "购置药剂 购置药剂 20吨 县领导批示",
                "质量指标", "损失率 损失率 ＜5% 县领导批示",
                "效益指标", "社会效益\n指标", "服务水平 服务水平 有效提升 县领导批示").stream()
                .flatMap(String::lines).toList(), out);
    }

    @Test
    void levelCellsAlignedToTheTopStartTheirGroups() {
        String page = String.join("\n",
                "一级指标      二级指标      三级指标          指标值       指标值确定依据",
                "产出指标      数量指标      种植面积          42万亩      县领导批示",
                "                        监测点           6个        县领导批示",
                "                        购置药剂          20吨       县领导批示",
                "                        灌溉面积          9千亩       县领导批示",
                "          质量指标      损失率           ＜5%       县领导批示",
                "                        合格率           100%       县领导批示",
                "效益指标      社会效益指标    服务水平          有效提升      县领导批示",
                "");
        assertEquals(List.of("一级指标 二级指标 三级指标 指标值 指标值确定依据",
                "产出指标", "数量指标", "种植面积 42万亩 县领导批示", "监测点 6个 县领导批示", "购置药剂 20吨 县领导批示",
                "灌溉面积 9千亩 县领导批示", "质量指标", "损失率 ＜5% 县领导批示", "合格率 100% 县领导批示",
                "效益指标", "社会效益指标", "服务水平 有效提升 县领导批示"), lines(page));
    }

    @Test
    void aColumnHeaderWrappedInNarrowColumnsStillHeadsTheGrid() {
        String page = String.join("\n",
                "一级   二级",
                "                   三级指标              指标值       指标值确定依据",
                "指标   指标",
                "",
                "产出   数量          种植面积              42万亩      县领导批示",
                "指标   指标          监测点                6个        县领导批示",
                "");
        assertEquals(List.of("一级", "指标", "二级", "指标", "三级指标 指标值 指标值确定依据",
                "产出", "指标", "数量", "指标", "种植面积 42万亩 县领导批示", "监测点 6个 县领导批示"), lines(page));
    }

    /**
     * Cells aligned to the bottom of their rows: each row ends with its value's line, and is written cell by cell
     * from left to right (its 三级指标 before the description whose lines start above it).
     */
    @Test
    void rowsOfCellsAlignedToTheBottom() {
        String page = String.join("\n",
                "一级 二级指",
                "指标  标          三级指标           绩效指标描述                   指标值   指标值设定依据",
                "                         按照年度计划完成的建设任务数量占计划",
                "         按照年度计划完成的建设任务数量 任务总数的比例，上年结转任务一并计",
                "         占计划任务总数的比例（含上年结 算，未完成部分须在年度绩效自评报告中",
                "               转任务）          说明原因并限期整改          100%     赞财农〔2023〕172号",
                "",
                "                         河湖巡查次数，以年度工作计划和上级下",
                "                         达的目标任务为依据测算确定，实际完成",
                "                         数低于计划数的，须在年度绩效自评报告",
                "             河湖巡查次数         中说明原因并限期整改到位        ≥51次     赞财农〔2023〕172号",
                "",
                "            安装村级IP广播终端        安装村级IP广播终端        451套      县委、县政府确定");
        assertEquals(List.of("一级", "指标", "二级指", "标", "三级指标 绩效指标描述 指标值 指标值设定依据", "按照年度计划完成的建设任务数量", "占计划任务总数的比例（含上年结", "转任务）", "按照年度计划完成的建设任务数量占计划", "任务总数的比例，上年结转任务一并计", "算，未完成部分须在年度绩效自评报告中", "说明原因并限期整改", "100% 赞财农〔2023〕172号", "河湖巡查次数", "河湖巡查次数，以年度工作计划和上级下", "达的目标任务为依据测算确定，实际完成",
                "数低于计划数的，须在年度绩效自评报告", "中说明原因并限期整改到位",
                "≥51次 赞财农〔2023〕172号", "安装村级IP广播终端 安装村级IP广播终端 451套 县委、县政府确定"), lines(page));
    }

    @Test
    void textRunningOverItsColumnByOneSpaceStaysInTheNextColumn() {
        // CJK text is wider than the columns the text gives it: "寄宿生公用经费" ran over its column and the tool
        // parted it from the description after it by one space, left of where the description column starts
        String page = String.join("\n",
                " 一级指标   二级指标         三级指标                 指标描述                    指标值            指标值确定依据",
                "                                享受公用经费补助的义务教育在校学",
                "                   补助学生人数                                        30521人        枣财教〔2024〕5号",
                "                                           生人数",
                "                   DRG/DIP付费覆",
                "                                   DRG/DIP付费覆盖医疗机构                100%          县委、县政府确定",
                "                    盖医疗机构",
                "                   寄宿生公用经费 寄宿制学校按寄宿生年生均200元标准",
                "                                                                241元/生·年       枣财教〔2024〕5号",
                "                     补助标准      增加公用经费补助",
                "                   保教费资助标准      家庭经济困难幼儿保教费资助标准                 675元/生·年            相关政策文件",
                "");
        List<String> out = lines(page);
        assertTrue(out.containsAll(List.of("寄宿生公用经费", "补助标准", "寄宿制学校按寄宿生年生均200元标准",
                "增加公用经费补助", "241元/生·年 枣财教〔2024〕5号")), out.toString());
        assertEquals(out.indexOf("寄宿生公用经费") + 1, out.indexOf("补助标准"), out.toString());
    }

    /**
     * A narrow label column wraps its labels ("资金" / "总额", "绩效" / "目标") beside their values, an amount wraps
     * ("13723" / "3.00"), and the goals' items stand one space after a label piece ("目标 3、…"); the column header
     * below wraps too.
     */
    @Test
    void narrowLabelColumnsKeepLabelsValuesAndGoalsApart() {
        String first = String.join("\n",
                "                                                                              单位：万元",
                "项目",
                "          冀财农2025年 160号提前下达2026年省级财政衔接推进乡村振兴补助资金（驻村工作队综合经费）",
                "名称",
                "项目",
                "                               459526266878058673",
                "编码",
                "主管",
                "                                    广宗县教育局",
                "部门",
                "资金                                                           其他",
                "          6.47               财政拨款               6.47",
                "总额                                                           资金",
                "   1.巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
                "绩效",
                "   2.持续巩固“两不愁、三保障\"\"水平\"",
                "目标",
                "   3.增加脱贫群众满意度",
                "一级 二级",
                "                    三级指标                 指标性质          指标值        度量单位    指标值确定依据",
                "指标 指标",
                "");
        assertEquals(List.of("单位：万元", "项目", "名称", "冀财农2025年 160号提前下达2026年省级财政衔接推进乡村振兴补助资金（驻村工作队综合经费）", "项目", "编码", "459526266878058673", "主管", "部门", "广宗县教育局", "资金", "总额", "6.47", "其他", "资金", "财政拨款 6.47", "绩效", "目标", "1.巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "2.持续巩固“两不愁、三保障\"\"水平\"", "3.增加脱贫群众满意度", "一级", "指标", "二级", "指标", "三级指标 指标性质 指标值 度量单位 指标值确定依据"), lines(first));
        String second = String.join("\n",
                "                                                                  单位：元",
                "项目",
                "名称                   （上年结转）县级衔接推进乡村振兴资金-扶贫小额信贷贴息项目",
                "",
                "主管",
                "部门                                武邑县农业农村局",
                "",
                "资金 13723                                            其他资",
                "总额 3.00       财政拨款                 137233.00         金",
                "",
                "   1、为建档立卡贫困户提供小额贷款补贴利息",
                "绩效 2、增加脱贫群众收入水平",
                "目标 3、巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
                "",
                "一级 二级指",
                "指标  标                   三级指标                   指标性质       指标值    度量单位",
                "");
        assertEquals(List.of("单位：元", "项目", "名称", "（上年结转）县级衔接推进乡村振兴资金-扶贫小额信贷贴息项目", "主管", "部门", "武邑县农业农村局", "资金", "总额", "13723", "3.00", "其他资", "金", "财政拨款 137233.00", "绩效", "目标", "1、为建档立卡贫困户提供小额贷款补贴利息", "2、增加脱贫群众收入水平", "3、巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "一级", "指标", "二级指", "标", "三级指标 指标性质 指标值 度量单位"), lines(second));
    }

    /**
     * Amounts wrapped in narrow cells (the page writes two decimals: "1072" / "990." / "00", "14.7" / "8" set right)
     * are one cell each; a whole label that could go on ("其中：财政拨款") ends where the piece below does not go on
     * with it.
     */
    @Test
    void wrappedAmountsAndLabelsThatEnd() {
        String page = String.join("\n",
                "项目名称                        财政衔接推进乡村振兴补助资金（第二批）",
                "",
                "                                                    2588",
                "               25880832.0",
                "预算规模   预算数                        其中：财政拨款           083        其他资金",
                "                   0",
                "及资金用                                                2.00",
                "",
                "部门 水利局             实施单位                     永福县水利工程管理所",
                "     年度资",
                "     金总额                     5,737,639.00",
                "   其中：",
                "   财政拨",
                "项目  款                        5,737,639.00",
                "资金 其他资",
                "",
                "算",
                "规",
                "模",
                "  预算                                          14.7",
                "及",
                "  金额         14.78          其中：财政拨款                8         其他资金",
                "资",
                "");
        assertEquals(List.of("项目名称 财政衔接推进乡村振兴补助资金（第二批）", "预算规模", "及资金用", "预算数", "25880832.0", "0", "其中：财政拨款", "2588", "083", "2.00", "其他资金", "部门 水利局 实施单位 永福县水利工程管理所", "年度资", "金总额", "5,737,639.00", "其中：", "财政拨", "款", "5,737,639.00", "项目", "资金", "其他资", "算", "规", "模", "及", "资", "预算", "金额", "14.78", "其中：财政拨款", "14.7", "8", "其他资金"), lines(page));
    }

    @Test
    void aGridGoingOnWithoutItsHeaderIsReadByThePagesOwnColumnsAfterTheCarriedHeader() {
        String first = GRID_PAGE;
        // the next page's layout puts the same columns elsewhere, and its rows continue the grid
        String next = String.join("\n",
                "              监测点    监测点      6个     县领导批示",
                "效益指标  社会效益指标  服务水平   服务水平     有效提升   县领导批示",
                "");
        List<String> out = pages(first, next);
        assertEquals(concat(GRID_PAGE_LINES, "一级指标 二级指标 三级指标 指标描述 指标值 指标值确定依据",
                "监测点 监测点 6个 县领导批示",
                "效益指标", "社会效益指标", "服务水平 服务水平 有效提升 县领导批示"), out);
    }

    @Test
    void aGridGoingOnIsPartedIntoTheCarriedHeadersColumnsByTheGuttersItsTextCrossesLeast() {
        String first = String.join("\n",
                "一级指标      二级指标      三级指标          指标性质     指标值       度量单位",
                "产出指标      数量指标      种植面积          =            42           万亩",
                "");
        // the columns moved
        String next = String.join("\n",
                "              监测点       =     6         个",
                "              购置药剂      =     20        吨",
                "              灌溉面积      ≥     9         千亩",
                "              服务水平      定性    有效提升服务",
                "                              水平和质量",
                "              合格率       =     100       %",
                "效益指标  社会效益指标  损失率       ＜     5         %",
                "");
        List<String> out = pages(first, next);
        assertEquals(List.of("一级指标 二级指标 三级指标 指标性质 指标值 度量单位",
                "产出指标", "数量指标", "种植面积 = 42 万亩",
                "一级指标 二级指标 三级指标 指标性质 指标值 度量单位",
                "监测点 = 6 个", "购置药剂 = 20 吨", "灌溉面积 ≥ 9 千亩", "服务水平 定性", "有效提升服务", "水平和质量",
                "合格率 = 100 %", "效益指标", "社会效益指标", "损失率 ＜ 5 %"), out);
    }

    /**
     * A column name wrapped with its end set beside its start, not under it (二级指 / 标 one column right of it, as a
     * tool set a narrow header): the header still names 二级指标 and its cell is one, so the level columns are told
     * apart on the pages it is carried to.
     */
    @Test
    void aColumnNameWhoseEndStandsBesideItsStartIsOneName() {
        List<List<Chunk>> byLine = List.of(
                List.of(new Chunk("一级指", 0, 0, 3), new Chunk("二级指", 0, 4, 7)),
                List.of(new Chunk("三级指标", 1, 10, 14), new Chunk("指标值", 1, 18, 21)),
                List.of(new Chunk("标", 2, 1, 2), new Chunk("标", 2, 7, 8)));
        List<LayoutHeaders.Header> headers = LayoutHeaders.find(byLine);
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"),
                headers.get(0).names().stream().map(Chunk::text).toList());
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"),
                LayoutCells.cells(byLine, headers, -1).stream().map(LayoutText::text).toList());
    }

    /**
     * The columns of the next page moved left, all its text inside the carried header's 三级指标 column and none
     * under 指标值: the carried columns do not fit, the page's own gutters part it.
     */
    @Test
    void aGridGoingOnWithNothingUnderACarriedColumnIsPartedByItsOwnGutters() {
        String first = String.join("\n",
                "一级指",
                "      二级指标                    三级指标                          指标值（包含数字及文字描述）",
                " 标",
                "",
                "      数量指标                   集中培训天数                              ≥9天",
                "",
                "产出指",
                "      质量指标                 肺结核患者成功治疗率                            ≥91%",
                " 标",
                "");
        String next = String.join("\n",
                "             带动农民增收     持续增收",
                "      经济效益",
                "       指标",
                "             节约财政资金     有效节约",
                "",
                "效益指   社会效益",
                "             公共服务水平     有效提升",
                " 标     指标",
                "");
        List<String> out = pages(first, next);
        assertTrue(out.containsAll(List.of("带动农民增收 持续增收", "节约财政资金 有效节约", "公共服务水平 有效提升")),
                out.toString());
    }

    /**
     * One-line rows with no blank line between them and no value shaped like a number: a line whose column had room
     * for the first word of the line below was not wrapped, so the line below starts the next row; a full line
     * ("长期稳定运行", as wide as the column's widest) goes on below.
     */
    @Test
    void aLineWithRoomForTheNextWordEndsItsCell() {
        String page = String.join("\n",
                "一级指标      二级指标      三级指标              指标值",
                "效益指标      生态效益指标    村庄环境卫生            干净整洁有序",
                "                        化肥农药使用量           零增长",
                "                        水土流失治理            有效控制",
                "                        生活污水治理设施正常        长期稳定运行",
                "                        运行率               良好",
                "");
        assertEquals(List.of("一级指标 二级指标 三级指标 指标值", "效益指标", "生态效益指标", "村庄环境卫生 干净整洁有序",
                "化肥农药使用量 零增长", "水土流失治理 有效控制", "生活污水治理设施正常", "运行率", "长期稳定运行", "良好"),
                lines(page));
    }

    /** Text one space after a cell's text that starts in the next column is that column's: the chunk is parted. */
    @Test
    void aChunkRunningIntoTheNextColumnIsPartedWhereThatColumnStarts() {
        String page = String.join("\n",
                "一级指标   二级指标    三级指标       绩效指标描述       指标值   指标值设定依据",
                "              治理任务完成时                             赞财农",
                "                         治理任务完成时间      12月底前",
                "                 间                              【2022】42号",
                "",
                "              资金在收到上级 资金在收到上级下达文件后",
                "       时效指标   下达文件后规定 30日内分解下达并拨付至项",
                "                                                  赞财农",
                "              时限内拨付至项 目实施单位，不得滞留、截      100%",
                "                                                【2022】42号",
                "              目实施单位的比 留或者挪作他用的比例，逾",
                "                 例    期未拨付的须书面说明原因",
                "");
        List<String> out = lines(page);
        int level3 = out.indexOf("资金在收到上级");
        assertEquals(List.of("资金在收到上级", "下达文件后规定", "时限内拨付至项", "目实施单位的比", "例", "资金在收到上级下达文件后",
                "30日内分解下达并拨付至项", "目实施单位，不得滞留、截", "留或者挪作他用的比例，逾", "期未拨付的须书面说明原因"),
                out.subList(level3, level3 + 10), out.toString());
    }

    /**
     * A number's unit one space after it ("149.74 万" over "元", centred in its cell) stays with it though it
     * reaches where the next column's centred cells start: a unit opens no basis.
     */
    @Test
    void aUnitOneSpaceAfterItsNumberIsNotPartedFromIt() {
        String page = String.join("\n",
                "                                                            指标值确定",
                "一级指标 二级指标      三级指标              指标描述             指标值",
                "                                                             依据",
                "",
                "                                                              威财教",
                "               旅游宣传推",
                "                             旅游宣传推介活动                8场     【2024】152",
                "                介活动",
                "                                                                号",
                "        数量指标",
                "                                                              威财教",
                "               新媒体宣传",
                "                             新媒体宣传推文              ≥279篇     【2024】152",
                "                 推文",
                "                                                               号",
                "",
                "                                                          威财教",
                "          宣传活动覆                                  ≥153万人",
                "产出指标 质量指标                    宣传活动覆盖人次                   【2024】152",
                "           盖人次                                      次",
                "                                                           号",
                "",
                "                                                              威财教",
                "               活动完成时",
                "        时效指标                  活动完成时间             11月底前      【2024】152",
                "                    间",
                "                                                               号",
                "",
                "                                                              威财教",
                "               宣传推介经                             149.74 万",
                "        成本指标                  宣传推介经费                        【2024】152",
                "                    费                                元",
                "                                                               号",
                "");
        List<String> out = lines(page);
        int value = out.indexOf("宣传推介经费") + 1;
        assertEquals(List.of("149.74 万", "元", "威财教", "【2024】152", "号"), out.subList(value, value + 5), out.toString());
    }

    /** A whole value one space after CJK text is the next cell: Chinese text has no spaces of its own. */
    @Test
    void aValueOneSpaceAfterTextIsACellOfItsOwn() {
        assertEquals(List.of("寄宿制学校按生均标准增加公用", "200元/生·年"),
                LayoutText.chunks("寄宿制学校按生均标准增加公用 200元/生·年", 0, 1).stream().map(c -> c.text()).toList());
        assertEquals(List.of("冀财农2022年 155号提前下达"),
                LayoutText.chunks("冀财农2022年 155号提前下达", 0, 1).stream().map(c -> c.text()).toList());
        assertEquals(List.of("购置64排CT", "90.00 万元"),
                LayoutText.chunks("购置64排CT 90.00 万元", 0, 1).stream().map(c -> c.text()).toList(),
                "text ending in a Latin word");
        assertEquals(List.of("CT 90.00 万元"),
                LayoutText.chunks("CT 90.00 万元", 0, 1).stream().map(c -> c.text()).toList(), "no Chinese text");
    }

    /**
     * Cells centred in their rows, a level-3 name wrapped over the line between two values: one alignment holds for
     * the whole grid (but its first and last rows, which a page break may cut), so the line goes with the row it is
     * centred on, not with the row above as if that one's cells were aligned to the top.
     */
    @Test
    void oneAlignmentForAllRowsOfAGrid() {
        String page = String.join("\n",
                " 一级指标   二级指标         三级指标                 指标描述                    指标值            指标值确定依据",
                "                   资金发放准确率       资金足额、准确发放到位的比例                   100%              单位确定项目",
                "                   保教费资助标准      家庭经济困难幼儿保教费资助标准                 675元/生·年            相关政策文件",
                "                   乡村振兴工作经",
                "                                    乡村振兴工作经费数量                    9万元                县领导",
                "        数量指标         费数量",
                "                     救助人次                 救助人次                  ≥19236人次            项目实施方案",
                "                   小学一年级新生",
                "                   免费正版学生字      小学一年级新生免费正版学生字典                   4615册        枣财教〔2024〕5号",
                "                      典",
                "");
        List<String> out = lines(page);
        assertTrue(out.containsAll(List.of("保教费资助标准 家庭经济困难幼儿保教费资助标准 675元/生·年 相关政策文件",
                "乡村振兴工作经", "费数量", "救助人次 救助人次 ≥19236人次 项目实施方案", "小学一年级新生", "免费正版学生字", "典")),
                out.toString());
        assertEquals(out.indexOf("乡村振兴工作经") + 1, out.indexOf("费数量"), out.toString());
    }

    /** Every row names its indicator: the line between two values that holds text goes with one of their rows. */
    @Test
    void noRowHoldsAValueAlone() {
        String page = String.join("\n",
                "一级指标   二级指标             三级指标              指标值",
                "                      统防统治面积             38万亩次",
                "              按照年度计划完成的建设任务数量占计划任务总数的比",
                "                                          100%",
                "                     例（含上年结转任务）",
                "       数量指标           集中培训天数              ≥9天",
                "产出指标                 安装变压器               17台",
                "");
        List<String> out = lines(page);
        int wrapped = out.indexOf("按照年度计划完成的建设任务数量占计划任务总数的比");
        assertEquals(List.of("按照年度计划完成的建设任务数量占计划任务总数的比", "例（含上年结转任务）", "100%"),
                out.subList(wrapped, wrapped + 3), out.toString());
        assertTrue(out.contains("统防统治面积 38万亩次"), out.toString());
    }

    @Test
    void twoSingleCharactersOneSpaceApartAreTwoCellsNotALetterSpacedWord() {
        assertEquals(List.of("标", "标"), LayoutText.chunks("标 标", 0, 1).stream().map(c -> c.text()).toList());
        assertEquals(List.of("项 目 名 称"), LayoutText.chunks("项 目 名 称", 0, 1).stream().map(c -> c.text()).toList());
    }

    @Test
    void aHeaderRepeatedAtThePageTopLetsTheFirstRowsEndTheGroupOfThePageBefore() {
        String first = String.join("\n",
                "一级指标      二级指标      三级指标          指标值       指标值确定依据",
                "产出指标      数量指标      种植面积          42万亩      县领导批示",
                "");
        // 质量指标 alone could be centred on rows 1-6 as well as on rows 3-6; with 时效指标 centred on the last two
        // rows, only the second leaves both centred: rows 1-2 end the 数量指标 group of the page before
        String next = String.join("\n",
                "一级指标      二级指标      三级指标          指标值       指标值确定依据",
                "                        监测点            6个        县领导批示",
                "",
                "                        购置药剂          20吨       县领导批示",
                "",
                "                        损失率            ＜5%       县领导批示",
                "",
                "                        合格率            100%       县领导批示",
                "          质量指标",
                "                        完好率            ≥95%       县领导批示",
                "",
                "                        达标率            ≥90%       县领导批示",
                "",
                "                        开工时间          3月底前    县领导批示",
                "          时效指标",
                "                        完工时间          12月底前   县领导批示",
                "");
        List<String> out = pages(first, next);
        assertEquals(List.of("一级指标 二级指标 三级指标 指标值 指标值确定依据",
                "产出指标", "数量指标", "种植面积 42万亩 县领导批示",
                "一级指标 二级指标 三级指标 指标值 指标值确定依据",
                "监测点 6个 县领导批示", "购置药剂 20吨 县领导批示", "质量指标", "损失率 ＜5% 县领导批示",
                "合格率 100% 县领导批示", "完好率 ≥95% 县领导批示", "达标率 ≥90% 县领导批示", "时效指标",
                "开工时间 3月底前 县领导批示", "完工时间 12月底前 县领导批示"), out);
    }

    /** A column header at the foot of a page, its rows all on the next: the header is written once, before them. */
    @Test
    void aHeaderAtAPagesFootIsWrittenOnceBeforeItsRows() {
        String first = String.join("\n",
                "项目名称      种植项目",
                "",
                "一级指标      二级指标      三级指标          指标描述            指标值       指标值确定依据",
                "");
        String next = String.join("\n",
                "产出指标      数量指标      种植面积          种植面积            42万亩      县领导批示",
                "                        监测点           监测点             6个        县领导批示",
                "");
        assertEquals(List.of("项目名称 种植项目", "一级指标 二级指标 三级指标 指标描述 指标值 指标值确定依据",
                "产出指标", "数量指标", "种植面积 种植面积 42万亩 县领导批示", "监测点 监测点 6个 县领导批示"),
                pages(first, next));
    }

    @Test
    void aGridGoingOnWhoseColumnsCannotBeToldIsWrittenLineByLineAfterTheCarriedHeader() {
        String first = GRID_PAGE;
        // no basis on the next page: five columns of text under a six-column header
        String next = String.join("\n",
                "            监测点     监测点       6个",
                "效益指标  社会效益指标  服务水平   服务水平     有效提升",
                "");
        List<String> out = pages(first, next);
        assertEquals(concat(GRID_PAGE_LINES, "一级指标 二级指标 三级指标 指标描述 指标值 指标值确定依据",
                "监测点 监测点 6个",
                "效益指标 社会效益指标 服务水平 服务水平 有效提升"), out);
    }

    @Test
    void aPageAfterAGridThatEndedEarlyIsNotAContinuation() {
        String first = String.join("\n",
                "一级指标      二级指标      三级指标          指标描述            指标值       指标值确定依据",
                "产出指标      数量指标      种植面积          种植面积            42万亩      县领导批示",
                "",
                "                         2.示范项目绩效目标表",
                "");
        List<String> out = lines(first + "\f" + "项目名称        某项目\n");
        assertEquals(1, out.stream().filter(l -> l.startsWith("一级指标")).count(), out.toString());
    }

    /**
     * Nothing is lost or made up: over every layout sample, the characters written are the characters read, but for
     * page numbers (dropped), the placeholders of empty fund-plan cells (added) and the column header carried onto a
     * page whose grid goes on without one (added once for each such page).
     */
    @Test
    void everyCharacterIsKept() throws Exception {
        for (Path txt : Samples.list("dev/layout", ".txt")) {
            String in = Files.readString(txt);
            Map<Integer, Integer> missing = counts(in);
            String out = LayoutText.toCellOrder(in);
            counts(out).forEach((cp, n) -> missing.merge(cp, -n, Integer::sum));
            boolean carried = headers(out).size() > headers(in).size();
            String headerWords = String.join("", headers(out));
            missing.forEach((cp, n) -> {
                String c = new String(Character.toChars(cp));
                boolean pageNumber = "0123456789-—–第页共/".contains(c) && n > 0;
                boolean placeholder = c.equals(LayoutText.EMPTY) && n < 0;
                boolean header = carried && n < 0 && headerWords.contains(c);
                assertTrue(n == 0 || pageNumber || placeholder || header, txt.getFileName() + ": '" + c + "' "
                        + (n > 0 ? "lost " + n : "added " + -n) + " times");
            });
        }
    }

    /** The lines naming the indicator columns (a carried column header adds their characters). */
    private static List<String> headers(String text) {
        return text.lines().filter(l -> l.contains("一级指标") && (l.contains("二级指标") || l.contains("三级指标")))
                .toList();
    }

    private static Map<Integer, Integer> counts(String text) {
        Map<Integer, Integer> out = new HashMap<>();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0x3000)
                .forEach(cp -> out.merge(cp, 1, Integer::sum));
        return out;
    }
}
