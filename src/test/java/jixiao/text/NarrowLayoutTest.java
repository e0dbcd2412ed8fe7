package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Space-aligned text of narrow columns and tight pages (constructed from what pdftotext -layout prints): amounts
 * wrapped around label lines, labels and level names one piece a line, header lines spread otherwise than their
 * rows, grids going on under a carried header.
 */
class NarrowLayoutTest {
    /** That the lines hold the expected run, from its first line's first place on. */
    private static void assertRun(List<String> lines, String... expected) {
        int at = lines.indexOf(expected[0]);
        assertTrue(at >= 0 && at + expected.length <= lines.size(), "no run from " + expected[0] + " in " + lines);
        assertEquals(List.of(expected), lines.subList(at, at + expected.length), "in " + lines);
    }

    /**
     * The next project's header block on the page of a grid: its label column is no level column, so an amount cut
     * over two lines with a label line between them ("1805" / "预算规模" / "…59.00") is still one cell.
     */
    @Test
    void anAmountWrappedAroundALabelLineAfterAGridStaysWhole() {
        String page = String.join("\n",
                "一级指标 二级指标      三级指标          指标描述            指标值       指标值确定依据",
                "产出指标 数量指标      种植面积          种植面积            42万亩      县领导批示",
                "",
                "                        2.示范项目绩效目标表",
                "项目名称                                 示范项目",
                "",
                "                                                              1805",
                "预算规模",
                "         预算数     180559.00             其中：财政拨款                59.00        其他资金",
                "");
        List<String> lines = LayoutTextTest.lines(page);
        assertEquals(List.of("预算数 180559.00", "其中：财政拨款", "1805", "59.00", "其他资金"),
                lines.subList(lines.size() - 5, lines.size()), "the cut amount is one cell after its label");
    }

    /**
     * Narrow level columns: a level name's piece after the 一级指标 cell on its line is set left of where its next
     * piece stands alone ("效益 经济" over "     指标"); the taxonomy name they make is one cell, before its group.
     */
    @Test
    void levelPiecesShiftedByTheTextBeforeThemMakeOneTaxonomyName() {
        String page = String.join("\n",
                "一级 二级               三级指标                指标值（包含数字及文字描述）",
                "指标 指标",
                "产出 数量      65岁及以上老年人城乡社区规范健康管理服务率            ≥65%",
                "指标 指标",
                "     质量            培训合格率                     ≥98%",
                "     指标",
                "     时效            培训完成时间                   10月底前",
                "     指标",
                "效益 经济            支持脱贫户发展生产                  有效支持",
                "指标 效益",
                "                  亩均粮食产能增加                  ≥51公斤",
                "     指标",
                "     社会            农民科技素质                   有效提升",
                "     效益",
                "     指标",
                "     可持           政策持续实施年限                   ≥3年",
                "");
        assertRun(LayoutTextTest.lines(page), "经济", "效益", "指标", "支持脱贫户发展生产 有效支持", "亩均粮食产能增加 ≥51公斤", "社会", "效益", "指标",
                "农民科技素质 有效提升");
    }

    /**
     * A level name wrapped in its narrow column whose last piece the tool set off the centre of the line above,
     * touching it ("时效指" / row line / "     标"), with the next name's first piece right under that piece: the two
     * pieces make the name before its group, and the next name stays whole.
     */
    @Test
    void aLevelNamesLastPieceSetOffItsCentreEndsIt(@TempDir Path dir) throws Exception {
        String page = String.join("\n",
                "                         1.防控经费项目绩效目标表",
                "项目名称                     防控经费",
                "预算数                       5.87",
                "年度总体目标       完成防控任务",
                "一级 二级指",
                "          三级指标       指标值",
                "指标   标",
                "     数量指  安装变压器     17263人",
                "      标  驻村工作队数量     100%",
                "   质量指 基本医疗保险参",
                "                     100%",
                "产出  标     保率",
                "指标 时效指 校舍维修完成时",
                "                 11月底前",
                "      标      间",
                "     成本指",
                "         宣传推介经费 418.78万元",
                "      标",
                "     经济效",
                "         节约财政资金  ≥92公斤",
                "     益指标",
                "效益",
                "     可持续",
                "指标",
                "     影响指   项目年限    85年",
                "      标",
                "");
        assertEquals(List.of("安装变压器 数量指标 17263人", "驻村工作队数量 数量指标 100%", "基本医疗保险参保率 质量指标 100%",
                "校舍维修完成时间 时效指标 11月底前", "宣传推介经费 成本指标 418.78万元", "节约财政资金 经济效益指标 ≥92公斤",
                "项目年限 可持续影响指标 85年"),
                LayoutTextTest.projects(dir, page).get(0).indicators().stream()
                        .map(i -> i.level3() + " " + i.level2() + " " + i.value()).toList());
    }

    /** A label's piece that is a label itself, over the piece that makes a longer label ("年度资金" / "总额"). */
    @Test
    void aLabelOverThePieceThatMakesALongerLabelIsOneCell() {
        String page = String.join("\n",
                "主   临城         实施单位                  临城县农业技术推广中心",
                "管   县农",
                "部   业农",
                "门   村局",
                "",
                "项 年度                      46.58",
                "目 资金",
                "资 总额",
                "金",
                "（万 其                      26.09",
                "元） 中：",
                "   财政",
                "   资金",
                "",
                "    其他                    20.49",
                "    资金",
                "");
        assertRun(LayoutTextTest.lines(page), "年度", "资金", "总额", "46.58");
    }

    /**
     * An amount wrapped in a narrow column ("1877" / "3609." / "00") under a wide project name is no line of the name;
     * a label comes before its amount though the amount's lines start above it.
     */
    @Test
    void anAmountCutUnderAWideNameIsItsOwnCellAfterItsLabel() {
        String page = String.join("\n",
                "项目",
                "名称           冀财社〔2020〕43号提前下达2021年城乡居民基本医疗保险补助资金-中央直达资金",
                "预算",
                "                                                      1877",
                "规模",
                "                                                      3609.",
                "及资",
                "   预算数           18773609.00         其中：财政拨款           00         其他资金",
                "金用",
                "途                                     稳定基本医疗保险参保率",
                "");
        List<String> lines = LayoutTextTest.lines(page);
        assertEquals("冀财社〔2020〕43号提前下达2021年城乡居民基本医疗保险补助资金-中央直达资金", lines.get(2));
        assertRun(lines, "其中：财政拨款", "1877", "3609.", "00", "其他资金");
    }

    /** An amount centred on more lines than its label ("85,1" / "30.0" / "0" beside 其中：财政资金) comes after it. */
    @Test
    void aLabelComesBeforeItsAmountCentredOnMoreLines() {
        String page = String.join("\n",
                "",
                "预",
                "算",
                "                                             85,1",
                "规",
                "    预算                                       30.0",
                "模",
                "     数    85,130.00       其中：财政资金             0         其他资金",
                "及",
                "用",
                "途   巩固拓展脱贫攻坚成果同乡村振兴有效衔接；持续巩固“两不愁、三保障\"水平；增加脱贫群众满意度",
                "");
        assertRun(LayoutTextTest.lines(page), "其中：财政资金", "85,1", "30.0", "0", "其他资金");
    }

    /**
     * A header line spread wider than its rows (more CJK text before its cells): the header's own edges would leave
     * a column empty, so the rows' gutters part the columns, each holding text.
     */
    @Test
    void aHeaderSpreadWiderThanItsRowsPartsColumnsByTheRowsGutters() {
        String page = String.join("\n",
                "一级 二级             三级指标                    指标性质   指标值   度量单位",
                "指标 指标",
                "    数量",
                "    指标     支付对象数量     ≥      7      个",
                "产   质量",
                "出   指标      合格率       =      100    %",
                "指   时效",
                "标   指标    资金拨付及时率     =      100    %",
                "");
        List<String> lines = LayoutTextTest.lines(page);
        assertTrue(lines.containsAll(List.of("支付对象数量 ≥ 7 个", "合格率 = 100 %", "资金拨付及时率 = 100 %")), "in " + lines);
    }

    /**
     * A page going on under a carried header, its columns narrower: level cells are known by their names, so a
     * level name set apart by the text before it ("效 可持") makes no column of its own; the other cells are parted
     * by their gutters.
     */
    @Test
    void aGridGoingOnFindsItsLevelColumnsByTheirNames() {
        String first = String.join("\n",
                "一",
                "级",
                "指 二级",
                "标 指标             三级指标                    指标性质   指标值   度量单位",
                "");
        String next = String.join("\n",
                "    数量",
                "    指标     支付对象数量     ≥      7      个",
                "    质量",
                "    指标      合格率       =      100    %",
                "",
                "产   时效",
                "出   指标    资金拨付及时率     =      100    %",
                "指   成本",
                "标   指标   中央财政衔接资金成本   =     4385    万元",
                "    社会",
                "    效益                     改善群众生产",
                "    指标   改善群众生产生活条件   定性    生活条件",
                "效 可持",
                "益 续影",
                "指 响指",
                "标 标        项目年限       =      1      年",
                "满   服务",
                "");
        List<String> lines = LayoutTextTest.pages(first, next);
        assertTrue(lines.containsAll(List.of("支付对象数量 ≥ 7 个", "中央财政衔接资金成本 = 4385 万元", "项目年限 = 1 年")),
                "in " + lines);
    }

    /**
     * A page going on under a carried header whose level cells start at other columns than the header's: a wrapped
     * 三级指标 cell ("服务对象满" / "意度") stays in its column, its row's first cell, not a column of its own.
     */
    @Test
    void aGridGoingOnKeepsAWrappedNameInTheColumnRightOfTheLevelNames() {
        String first = String.join("\n",
                "一级指标 二级指标     三级指标          绩效指标描述           指标值       指标值确定依据",
                "",
                "效益指标                                                 《关于下达2023年省",
                "                                                     级财政地下水超采综",
                "                                                     合治理资金的通知》",
                "       生态效益 浅层地下水                                    （冀财农【2022】69",
                "        指标  位回升幅度          浅层地下水位回升幅度        ≥1.2米       号）",
                "",
                "       可持续影 地下水管理",
                "       响指标    机制            地下水管理机制           长效     赞财农【2022】42号",
                "");
        String next = String.join("\n",
                "                可持续性             可持续性                 1年        县领导批示",
                "",
                "     服务对象",
                "满意度指 满意度指 服务对象满",
                " 标    标     意度                 服务对象满意度               ≥98%          调查问卷",
                "");
        assertRun(LayoutTextTest.pages(first, next), "服务对象满", "意度", "服务对象满意度 ≥98% 调查问卷");
    }

    /**
     * A table starting on the page (its header block above the column header) whose first row's cells wrap around a
     * line holding only a level name ("数量指"): its first lines are no rest of a row a page break cut (none can
     * be where the table starts), so the row stays whole, its value and basis with it.
     */
    @Test
    void theFirstRowOfATableStartingOnThePageIsWhole() {
        String page = String.join("\n",
                "项目名称         防贫工作补充保险经费",
                "一级指 二级指                      指标值确定依",
                "         三级指标 绩效指标描述  指标值",
                " 标    标                        据",
                "          “防贫预",
                "          警及管理 “防贫预警及管                     巨财农",
                "      数量指",
                "          系统”平 理系统”平台运          ≥211万元    【2022】43",
                "       标",
                "          台运行维 行维护费数量                        号",
                "          护费数量",
                "      质量指 农田防护 农田防护林成",
                "                                 ≥100%     县领导",
                "       标  林成活率    活率",
                "");
        assertRun(LayoutTextTest.lines(page), "“防贫预", "警及管理", "系统”平", "台运行维", "护费数量", "“防贫预警及管",
                "理系统”平台运", "行维护费数量", "≥211万元", "巨财农", "【2022】43", "号");
    }

    /**
     * A column header cut by a page break: the page ends with the header's line, its last name cut ("指标值确定依"),
     * and the next page opens with the rest ("据"). The rest completes the name, so the grid has its basis column and
     * the rows keep their bases.
     */
    @Test
    void aColumnNameCutByAPageBreakIsWhole(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                  1.示范项目绩效目标表",
                " 项目名称                      示范项目",
                " 绩效目标   1.保障学校正常运转。",
                " 一级指标    二级指标       三级指标        绩效指标描述          指标值      指标值确定依",
                "\f                                                          据",
                "         数量指标      统防统治面积      统防统治面积          85台    县领导批示",
                " 产出指标",
                "         质量指标      认定准确率        认定准确率            85%     年度工作计划",
                "");
        assertEquals(List.of("统防统治面积|统防统治面积|85台|县领导批示", "认定准确率|认定准确率|85%|年度工作计划"),
                LayoutTextTest.indicatorRows(dir, text));
    }

    /** On a page of amounts with two decimals, whole digits are a piece: "113" / "898" / "1.00" is one amount. */
    @Test
    void digitsWithoutDecimalsOnAPageOfCentsAreAPieceOfAnAmount() {
        String page = String.join("\n",
                "项目名称                              示范项目",
                "预算                                           113",
                "  金额  1138981.00 其中：财政资金                       898         其他资金",
                "                                               1.00",
                "");
        assertRun(LayoutTextTest.lines(page), "其中：财政资金", "113", "898", "1.00", "其他资金");
    }

    /** The unit line above a table is no cell the letters of a label one character a line go on. */
    @Test
    void aLabelOneCharacterALineDoesNotGoOnTheUnitLine() {
        String page = String.join("\n",
                "                      1.食品安全抽检监测经费绩效目标表",
                "418001龙泉区教育局本级                                                       单位：元",
                "项",
                "目",
                "                            13118222P0018T251Q644",
                "编",
                "码",
                "项",
                "目",
                "                              食品安全抽检监测经费",
                "名",
                "称",
                "");
        List<String> lines = LayoutTextTest.lines(page);
        assertTrue(lines.containsAll(List.of("418001龙泉区教育局本级 单位：元", "项", "目", "编", "码")), "in " + lines);
    }

    /** A level name wider than its column runs past the column's edge: still a level cell, before its rows. */
    @Test
    void aLevelNameWiderThanItsColumnIsStillALevelCell() {
        String page = String.join("\n",
                "                                      指标值（包含数字及文字描",
                "一级指标       二级指标         三级指标",
                "                                           述）",
                "",
                "           数量指标        农村户厕改造               1531座",
                "",
                "           质量指标       耕地质量等级提升             ≥0.5个等级",
                "产出指标",
                "           时效指标       改厕任务完成时间              8月底前",
                "",
                "           成本指标       户均改厕补助标准             947元/户",
                "",
                "          社会效益指标      重大传染病疫情              无暴发流行",
                "效益指标",
                "          生态效益指标       村庄环境卫生             干净整洁有序",
                "",
                "         服务对象满意度指",
                "满意度指标                 农村群众满意度               ≥90%",
                "            标",
                "");
        assertRun(LayoutTextTest.lines(page), "满意度指标", "服务对象满意度指", "标", "农村群众满意度 ≥90%");
    }

    /** A whole value one space after text ending in a number ("…年生均200 195元/生·年") is a cell of its own. */
    @Test
    void aValueOneSpaceAfterTextEndingInANumberIsACellOfItsOwn() {
        String page = String.join("\n",
                "                寄宿生公用      寄宿制学校按寄宿生年生均200 195元/生·年            枣财教〔2022〕5号",
                "                经费补助标       元标准增加公用经费补助",
                "                  准",
                "");
        assertTrue(LayoutTextTest.lines(page).contains("寄宿制学校按寄宿生年生均200"), "in " + LayoutTextTest.lines(page));
    }

    /** A fund-plan label whose lines reach under the first period is still written before the periods. */
    @Test
    void aFundPlanLabelReachingUnderThePeriodsComesFirst() {
        String page = String.join("\n",
                "资金",
                "   3月底                 6月底                       10月底               12月底",
                "支出",
                "进度",
                "计划                                                                  99.84",
                "");
        assertEquals(List.of("资金", "支出", "进度", "计划", "3月底", "6月底", "10月底", "12月底", LayoutText.EMPTY,
                LayoutText.EMPTY, LayoutText.EMPTY, "99.84"), LayoutTextTest.lines(page));
    }

    /**
     * A tight grid whose lines the layout tool placed each on its own: a 三级指标 cell starts at one line's column 15
     * and goes on at the next's 16 ("巡查人员" / "数量"), while the description beside it starts at 16 on another row;
     * no gutter holds for all lines. Cells standing side by side in one row are two columns, in their order.
     */
    @Test
    void cellsSideBySideInARowAreTwoColumnsWhereNoGutterHolds(@TempDir Path dir) throws Exception {
        String page = String.join("\n",
                "1.河道巡查项目绩效目标表",
                " 项目名称                   河道巡查",
                "         预算数    8.00",
                "",
                " 一级指标 二级指标 三级指标          绩效指标描述            指标值     指标值确定依据",
                "",
                "               巡查人员                                    某财农2023年",
                "        数量指标        巡查人员数量                 12人",
                "                数量                                       18号",
                "",
                "             巡查工作",
                "                                                       某财农2023年",
                "        质量指标 覆盖范 巡查工作覆盖范围                 ≥95%",
                "                                                         18号",
                "               围",
                " 产出指标",
                "               资金发放                                    某财农2023年",
                "        时效指标           资金发放准时率             ≥95%",
                "               准时率                                       18号",
                "",
                " 效益指标 可持续影      巡查工作持续                         某财农2023年",
                "           持续年限                            3年",
                "      响指标       年限                                 18号",
                "");
        List<String> got = LayoutTextTest.projects(dir, page).get(0).indicators().stream()
                .map(i -> String.join("|", i.level2(), i.level3(), i.description(), i.value(), i.basis())).toList();
        assertEquals(List.of(
                "数量指标|巡查人员数量|巡查人员数量|12人|某财农2023年18号",
                "质量指标|巡查工作覆盖范围|巡查工作覆盖范围|≥95%|某财农2023年18号",
                "时效指标|资金发放准时率|资金发放准时率|≥95%|某财农2023年18号",
                "可持续影响指标|持续年限|巡查工作持续年限|3年|某财农2023年18号"), got);
    }

    /**
     * Level columns filled to their rules, the 三级指标 column one space on (real pdftotext -layout text of a generated
     * narrow page): a level name's piece is no part of the name after it ("数量指 HIV抗体检测人次"), and the level
     * zone ends where the level names end though the 三级指标 header, centred, stands further right.
     */
    @Test
    void levelNamesOneSpaceBeforeTheNamesAfterThemEndTheirZone() {
        String page = String.join("\n",
                "一级 二级指",
                "           三级指标      指标值",
                "指标  标",
                "   数量指 HIV抗体检测人次      85处",
                "    标   支付对象数量       48公里",
                "   质量指",
                "       资助对象精准率       100%",
                "产出  标",
                "指标 时效指 乡村振兴工作经",
                "                     ≥80%",
                "    标    费及时率",
                "   成本指 中央财政衔接资",
                "                     98万元",
                "    标     金成本",
                "效益 经济效",
                "        节约财政资金       ≥98%",
                "指标 益指标",
                "满意 服务对",
                "度指 象满意 幼儿家长满意度       ≥100%",
                " 标 度指标",
                "");
        List<String> lines = LayoutTextTest.lines(page);
        assertRun(lines, "数量指", "标", "HIV抗体检测人次 85处", "支付对象数量 48公里", "质量指", "标", "资助对象精准率 100%");
        assertRun(lines, "时效指", "标", "乡村振兴工作经", "费及时率", "≥80%", "成本指", "标", "中央财政衔接资", "金成本", "98万元");
    }

    /**
     * A long 三级指标 name centred out into the level zone, beside level names that end short of the 二级指标
     * header's edge (real pdftotext -layout text of a generated page): the zone keeps the header's edge, so the name
     * stays one cell and the 二级指标 header no column of the grid.
     */
    @Test
    void aLongNameCentredIntoTheLevelZoneKeepsTheHeadersEdge() {
        String page = String.join("\n",
                " 一级指标         二级指标     三级指标            指标值",
                "                     居民电子健康档案建档率               ≥91%",
                "                    65岁及以上老年人城乡社区",
                "            数量指标                               ≥61%",
                "                      规范健康管理服务率",
                "                    卫生监督协管巡查完成率                ≥90%",
                "                    项目建设内容符合设计要求",
                "                    并通过主管部门组织的竣工               100%",
                " 产出指标                   验收的比例",
                "            质量指标",
                "                    居民电子健康档案动态使用",
                "                                               ≥63%",
                "                          率",
                "                    家庭医生签约服务覆盖率                ≥42%",
                "            时效指标      资金拨付及时率                  100%",
                "                    人均基本公共卫生服务经费",
                "            成本指标                              94元/人",
                "                        补助标准",
                "                     城乡居民公共卫生差距               不断缩小",
                "           社会效益指标",
                "                      居民健康素养水平                 ≥30%",
                " 效益指标                基本公共卫生服务水平               不断提高",
                "           可持续影响指",
                "                  对本地区同类项目实施的示 形成可复制、可推广的经验做法，为同类",
                "              标",
                "                      范带动作用        项目实施提供示范和借鉴",
                "        服务对象满意 城乡居民对基本公共卫生服",
                "满意度指标                         ≥85%",
                "          度指标      务满意度",
                "");
        List<String> lines = LayoutTextTest.lines(page);
        assertRun(lines, "对本地区同类项目实施的示", "范带动作用", "形成可复制、可推广的经验做法，为同类",
                "项目实施提供示范和借鉴");
    }
}
