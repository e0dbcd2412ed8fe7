package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.model.Indicator;

/**
 * Which rows a merged level cell heads when its group meets a page break, in space-aligned text and in text in
 * drawing order: producers print its name off the middle of the rows on its page (centred on the whole group), or on
 * the next page below some of its rows; names centred as printed still go back to their groups.
 */
class LevelGroupsTest {
    /** A project's title and header block, as text in reading order prints them. */
    private static final String HEAD = "1.农田建设项目绩效目标表\n项目名称 农田建设\n预算数 5.87\n年度总体目标 新建高标准农田\n";

    /** A project's title and header block, as space-aligned text prints them, and a blank line. */
    static final String LAYOUT_BLOCK = String.join("\n",
            "                         1.农田建设项目绩效目标表",
            "项目名称                     农田建设",
            "预算数                       5.87",
            "年度总体目标       新建高标准农田",
            "",
            "");

    /** The same with a column header, up to the first row. */
    private static final String LAYOUT_HEAD = LAYOUT_BLOCK + String.join("\n",
            "    一级指标      二级指标           三级指标              指标值",
            "",
            "");

    /** Each indicator of the converted text's first project as "三级指标 一级指标 二级指标". */
    private static List<String> levels(Path dir, String text) throws Exception {
        List<Indicator> got = LayoutTextTest.projects(dir, text).get(0).indicators();
        return got.stream().map(i -> i.level3() + " " + i.level1() + " " + i.level2()).toList();
    }

    /** The last indicator of a text of two pages as "一级|二级|三级|描述|指标值|依据". */
    private static String lastRow(Path dir, String first, String next) throws Exception {
        List<Indicator> got = LayoutTextTest.projects(dir, first + "\f" + next).get(0).indicators();
        Indicator last = got.get(got.size() - 1);
        return String.join("|", last.level1(), last.level2(), last.level3(), last.description(), last.value(),
                last.basis());
    }

    /**
     * A table starting under its header block has no rows of a group begun before: the first level cell heads the
     * first row though it stands low (its group goes on over the page break), and the rows atop the next page end
     * that group.
     */
    @Test
    void theFirstGroupOfATableStartsWithItsFirstRow() {
        String first = String.join("\n",
                "项目名称                     农田建设",
                "年度总体目标       新建高标准农田",
                "",
                "    一级指标      二级指标           三级指标              指标值",
                "",
                "                               新建农田面积               5万亩",
                "",
                "                               灌溉面积                   10771亩",
                "",
                "                               新打机井                   49眼",
                "",
                "                               修复旧井                   33眼",
                "                  数量指标",
                "                               铺设管道                   284公里",
                "",
                "                               安装变压器                 21台",
                "");
        String next = String.join("\n",
                "    一级指标      二级指标           三级指标              指标值",
                "",
                "                               改良面积                   3612亩",
                "",
                "                               验收合格率                 100%",
                "    产出指标      质量指标     设施完好率                 ≥97%",
                "                               防护林成活率               ≥90%",
                "");
        List<String> lines = LayoutTextTest.pages(first, next);
        assertEquals(List.of("一级指标 二级指标 三级指标 指标值", "数量指标", "新建农田面积 5万亩", "灌溉面积 10771亩",
                "新打机井 49眼", "修复旧井 33眼", "铺设管道 284公里", "安装变压器 21台", "一级指标 二级指标 三级指标 指标值",
                "改良面积 3612亩", "产出指标", "质量指标", "验收合格率 100%", "设施完好率 ≥97%", "防护林成活率 ≥90%"),
                lines.subList(2, lines.size()));
    }

    /**
     * A table starting at a page's foot: its first rows have no level names on that page, their merged cells print
     * them on the next page, centred on the whole group. Those rows take the first names that follow.
     */
    @Test
    void rowsAboveTheFirstLevelNamesTakeThem(@TempDir Path dir) throws Exception {
        String first = LAYOUT_HEAD + String.join("\n",
                "                               新建农田面积               5万亩",
                "",
                "                               灌溉面积                   10771亩",
                "");
        String next = String.join("\n",
                "    一级指标      二级指标           三级指标              指标值",
                "",
                "                               新打机井                   49眼",
                "    产出指标      数量指标",
                "                               修复旧井                   33眼",
                "",
                "                               验收合格率                 100%",
                "                  质量指标     设施完好率                 ≥97%",
                "                               防护林成活率               ≥90%",
                "");
        assertEquals(List.of("新建农田面积 产出指标 数量指标", "灌溉面积 产出指标 数量指标", "新打机井 产出指标 数量指标",
                "修复旧井 产出指标 数量指标", "验收合格率 产出指标 质量指标", "设施完好率 产出指标 质量指标",
                "防护林成活率 产出指标 质量指标"),
                levels(dir, first + "\f" + next));
    }

    /**
     * A page that starts with a table's last row, a level-2 name wrapped over three lines (服务对 / 象满意 / 度指标)
     * around the level-1 name's two (满意度 / 指标), no column header repeated and the cells set left of the header's
     * columns (a generated page, pdftotext -layout): the three pieces make one name, left of the row's cells, which
     * keep their columns.
     */
    @Test
    void aLevelNameWrappedAroundTheLevelOneNameAtAPageTopIsOneName(@TempDir Path dir) throws Exception {
        String first = String.join("\n",
                "              7.河湖长制工作经费绩效目标表",
                "820509武强县乡村振兴局本级                             单位：万元",
                "项目编",
                "                   42784891A88258333366K",
                " 码",
                "项目名",
                "                      河湖长制工作经费",
                " 称",
                "                其中：财政资",
                "预算规 预算数 3572.60         3572.60  其他资金",
                "                    金",
                "模及资",
                "     街道、便道硬化约51000平方米（包含新建和改建）改善沿线",
                "金用途",
                "       的交通运输条件，改善和提高道路服务水平，方便运输",
                "资金支 3月底    6月底    10月底   12月底",
                "出计划",
                "（%）                     3572.60",
                "    1.街道、便道硬化约51000平方米（包含新建和改建）",
                "绩效目 2.改善沿线的交通运输条件，改善和提高道路服务水平，方便",
                " 标  运输",
                "    3.群众满意度百分之百",
                "一级指 二级指                         指标值确定依",
                "          三级指标 绩效指标描述    指标值",
                " 标    标                             据",
                "     数量指 宫颈癌筛查 宫颈癌筛查人             枣财教",
                "                          9套",
                "      标    人数       数           〔2021〕5号",
                "      质量指                                    枣财教",
                "          改厕合格率        改厕合格率       100%",
                "       标                                   〔2021〕5号",
                "产出指 时效指 项目完工时",
                "              项目完工时间 8月底前      县领导",
                " 标   标    间",
                "        新建改建街",
                "              新建改建街道",
                "    成本指 道及便道硬",
                "              及便道硬化成 99.00万元   县领导",
                "     标   化成本",
                "               本（元）",
                "         （元）",
                "              教师专业素养",
                "    社会效 教师专业素                防贫补充保险",
                "              和教育教学能 有效提升",
                "    益指标   质                     协议",
                "效益指              力",
                " 标  可持续",
                "        政策持续实 政策持续实施",
                "    影响指               ≥80年     县领导",
                "         施年限    年限",
                "     标",
                "");
        String next = String.join("\n",
                "    服务对",
                "满意度",
                "    象满意   满意度   满意度   ≥92%   调查问卷",
                " 指标",
                "    度指标",
                "");
        assertEquals("满意度指标|服务对象满意度指标|满意度|满意度|≥92%|调查问卷", lastRow(dir, first, next));
    }

    /**
     * A level-2 name a tool set on one line wider than its narrow column ("服务对象满意度指" over the 三级指标 column's
     * start, "标" below) is level text all the same: no 三级指标 name ends with 指; the row's name stays whole
     * (family G, pdftotext -layout; the rows on a page after their column header's).
     */
    @Test
    void aLevelTwoNameWiderThanItsColumnStaysLevelText(@TempDir Path dir) throws Exception {
        String text = LAYOUT_BLOCK + String.join("\n",
                "一级           三级指              指标 度量单 指标值确",
                "      二级指标         指标性质",
                "指标             标               值   位  定依据",
                "\f              群众生",
                "                         有效",
                "     社会效益指标   产生活   定性            县领导",
                "                         减轻",
                "               条件",
                "            可持续",
                "效益                  =    85   年   县领导",
                "             性",
                "指标",
                "            基本公",
                "    可持续影响指标",
                "            共卫生                   县委、县",
                "                    =    1    年",
                "            服务水                   政府确定",
                "             平",
                "满意          参保群",
                "   服务对象满意度指",
                "度指          众满意     ≥    95   %   调查问卷",
                "       标",
                " 标           度",
                "");
        List<String> got = levels(dir, text);
        assertEquals("参保群众满意度 满意度指标 服务对象满意度指标", got.get(got.size() - 1), got::toString);
        assertEquals(4, got.size(), got::toString);
    }

    /**
     * The same with the description's first line above the level-1 name's first (满意人口数占 / 满意度 / 总受益人口数):
     * a line of level names between is no blank line, so the description's first line is the row's, not the rest of
     * a row the page break cut.
     */
    @Test
    void aLineOfLevelNamesDoesNotPartARowAtAPageTop(@TempDir Path dir) throws Exception {
        String first = String.join("\n",
                "                6.高素质农民培育绩效目标表",
                "588449庆元县乡村振兴局本级                               单位：万元",
                "项目编",
                "                   59907829G552298395091",
                " 码",
                "项目名",
                "                       高素质农民培育",
                " 称",
                "预算规               其中：财政资",
                "    预算数     12813.31     12813.31             其他资金",
                "模及资                  金",
                "金用途           发放衔接资金；提高服务对象满意度",
                "资金支   3月底    6月底         10月底      12月底",
                "出计划",
                "（%）                               12813.31",
                "    1.巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
                "绩效目",
                "    2.持续巩固“两不愁、三保障\"\"水平\"",
                " 标",
                "    3.增加脱贫群众满意度",
                "一级指 二级指                                      指标值确定",
                "          三级指标 绩效指标描述   指标值",
                " 标    标                                        依据",
                "                                              枣财教",
                "      数量指 工资福利数",
                "                工资福利数量             580家      〔2021〕78",
                "       标    量",
                "                                                号",
                "      质量指 设备验收合 设备验收合格                       单位确定项",
                "                                   ≥100%",
                "       标    格率     率                            目",
                "产出指                                           赞财农",
                "    时效指 补助资金拨 补助资金拨付",
                " 标                                 12月底      〔2022〕",
                "     标   付时间    时间",
                "                                              172号",
                "          新建改建街",
                "                新建改建街道           枣财教",
                "      成本指 道及便道硬",
                "                及便道硬化成 156.64万元 【2021】",
                "       标   化成本",
                "                 本（元）            113号",
                "           （元）",
                "      社会效 城乡居民公 城乡居民公共 改善群众生 县委、县政",
                "      益指标 共卫生差距  卫生差距  产生活条件     府确定",
                "效益指",
                "    可持续",
                " 标",
                "    影响指     可持续性        可持续性        1年        计划标准",
                "     标",
                "");
        String next = String.join("\n",
                "    服务对       满意人口数占",
                "满意度",
                "    象满意 群众满意度 总受益人口数   ≥100%   调查问卷",
                " 指标",
                "    度指标         的比例",
                "");
        assertEquals("满意度指标|服务对象满意度指标|群众满意度|满意人口数占总受益人口数的比例|≥100%|调查问卷",
                lastRow(dir, first, next));
    }

    /**
     * A page that starts with a whole row (a generated page, pdftotext -layout), its level-2 name's first piece a
     * line below the row's first line (带动增加贫 / 经济效 / 困人口全年): the row's cells go on at their places past
     * the level name's line, so that line parts no rest of a cut row from them.
     */
    @Test
    void aRowsLinesGoingOnPastALevelNamesLineAtAPageTopAreOneRow(@TempDir Path dir) throws Exception {
        String first = String.join("\n",
                "         7.“防贫预警及管理系统”平台运行维护费绩效目标表",
                "470415平乡县医疗保障局本级                            单位：万元",
                "项目编",
                "                   50928769W72792520422W",
                " 码",
                "项目名",
                "             “防贫预警及管理系统”平台运行维护费",
                " 称",
                "                其中：财政资",
                "预算规 预算数 3788.42         3788.42 其他资金",
                "                   金",
                "模及资",
                "    对家庭经济困难幼儿减免保育教育费，保障适龄幼儿接受普惠",
                "金用途",
                "                  性学前教育",
                "资金支 3月底  6月底     10月底    12月底",
                "出计划",
                "（%）     2097.68         1690.74",
                "    1.资助家庭经济困难幼儿入园。",
                "绩效目",
                "    2.提高学前三年毛入园率",
                " 标",
                "    3.减轻困难家庭学前教育负担",
                "一级指 二级指                                    指标值确定依",
                "          三级指标 绩效指标描述              指标值",
                " 标    标                                      据",
                "        初中生均公 初中生均公用 ≥937元/生   枣财教",
                "    数量指 用经费标准 经费基准定额    ·年   〔2021〕5号",
                "     标  医保电子凭 医保电子凭证",
                "                       78套   单位确定项目",
                "         证激活率   激活率",
                "              项目验收合格",
                "          合格率          ≥80%    县领导",
                "                 率",
                "    质量指",
                "产出指                            赞财农",
                "     标        从申报到理赔",
                " 标       理赔周期         ≥100% 【2022】42",
                "              到账所需时间",
                "                                 号",
                "    时效指 修缮工程完 修缮工程完工",
                "                      8月底前     县领导",
                "     标    工时间   时间",
                "        乡村振兴工                   巨财",
                "    成本指       乡村振兴工作",
                "        作经费总成         90万元 【2022】14",
                "     标         经费总成本",
                "           本                     号",
                "");
        String next = String.join("\n",
                "        带动增加贫 带动增加贫困",
                "    经济效",
                "        困人口全年 人口全年总收   有效节约 单位确定项目",
                "    益指标",
                "         总收入    入",
                "                     受益群众生",
                "                     产生活条件",
                "              教师常态化使",
                "                     得到明显改   枣财教",
                "    社会效 信息化教学 用信息化手段",
                "                      善，获得 〔2021〕78",
                "    益指标  普及率  开展教学的比",
                "                      感、幸福    号",
                "                例",
                "                     感、安全感",
                "效益指                  进一步增强",
                " 标      水土流失治",
                "              水土流失治理   0起  上级下达任务",
                "          理",
                "                              《关于下达",
                "                              2023年省级",
                "    生态效                       财政河湖长制",
                "    益指标 河湖生态环                 工作经费资金",
                "              河湖生态环境   ≥99.0米",
                "          境                   的通知》（赞",
                "                                 财农",
                "                              【2022】71",
                "                                 号）",
                "    服务对",
                "满意度     参训教师满 参训教师满意",
                "    象满意                ≥100%   调查问卷",
                " 指标       意度    度",
                "    度指标",
                "");
        List<Indicator> got = LayoutTextTest.projects(dir, first + "\f" + next).get(0).indicators();
        assertTrue(got.stream().anyMatch(i -> "带动增加贫困人口全年总收入|有效节约".equals(i.level3() + "|" + i.value())),
                got::toString);
    }

    /**
     * Text in drawing order from a producer that draws merged cells before their rows (pdftotext -raw): the level-1
     * name of a group cut by the page break is drawn on the next page, so the grid's first row has a level-2 name
     * but no level-1 name; the names head their groups, they are not centred in them.
     */
    @Test
    void namesDrawnBeforeTheirRowsAreNotRecentred(@TempDir Path dir) throws Exception {
        String text = HEAD + String.join("\n",
                "一级指标 二级指标 三级指标 指标值",
                "数量指标",
                "新建农田面积 5万亩",
                "灌溉面积 10771亩",
                "新打机井 49眼",
                "修复旧井 33眼",
                "第3页",
                "一级指标 二级指标 三级指标 指标值",
                "产出指标",
                "改良面积 3612亩",
                "质量指标",
                "验收合格率 100%",
                "设施完好率 ≥97%",
                "时效指标",
                "开工时间 3月底前",
                "");
        assertEquals(List.of("新建农田面积 产出指标 数量指标", "灌溉面积 产出指标 数量指标", "新打机井 产出指标 数量指标",
                "修复旧井 产出指标 数量指标", "改良面积 产出指标 数量指标", "验收合格率 产出指标 质量指标",
                "设施完好率 产出指标 质量指标", "开工时间 产出指标 时效指标"),
                levels(dir, text));
    }

    /**
     * Text of centred names whose first group is one row: the first row has a level-2 name and no level-1 name too,
     * but the level-1 name stands among the rows, not atop a page: the names are centred, as printed.
     */
    @Test
    void centredNamesWithAOneRowFirstGroupAreRecentred(@TempDir Path dir) throws Exception {
        String text = HEAD + String.join("\n",
                "一级指标 二级指标 三级指标 指标描述 指标值",
                "数量指标 新建农田面积 新建高标准农",
                "田面积",
                "≥",
                "5",
                "万亩",
                "产出指标 验收合格率 验收合格率 100%",
                "质量指标 设施完好率 设施完好率 ≥97%",
                "防护林成活率 防护林成活率 ≥90%",
                "效益指标 社会效益指标 受益农户数 受益农户数 8878户",
                "");
        assertEquals(List.of("新建农田面积 产出指标 数量指标", "验收合格率 产出指标 质量指标", "设施完好率 产出指标 质量指标",
                "防护林成活率 产出指标 质量指标", "受益农户数 效益指标 社会效益指标"),
                levels(dir, text));
    }

    /**
     * A level-1 cell cut by a page break whose name is drawn atop the next page, below its first level-2 group: that
     * group's name goes under it in the taxonomy, not under the level-1 name above, so the name heads that group.
     */
    @Test
    void aLevelOneNameAtopAPageHeadsTheGroupsAboveItThatGoUnderIt(@TempDir Path dir) throws Exception {
        String text = HEAD + String.join("\n",
                "一级指标 二级指标 三级指标 指标值",
                "产出指标",
                "数量指标",
                "新建农田面积 5万亩",
                "质量指标",
                "验收合格率 100%",
                "经济效益指标",
                "挽回粮食损失 ≥3万吨",
                "第1页",
                "一级指标 二级指标 三级指标 指标值",
                "效益指标",
                "社会效益指标",
                "公共服务水平 有效提升",
                "");
        assertEquals(List.of("新建农田面积 产出指标 数量指标", "验收合格率 产出指标 质量指标", "挽回粮食损失 效益指标 经济效益指标",
                "公共服务水平 效益指标 社会效益指标"),
                levels(dir, text));
    }

    /**
     * A level-1 cell going on over the page break prints its name atop the next page, above the repeated column
     * header: the name heads the rows below the header (the rest of its group), it is no piece of the row cut above.
     */
    @Test
    void aLevelNameAboveARepeatedHeaderHeadsTheRowsBelowIt(@TempDir Path dir) throws Exception {
        String first = LAYOUT_HEAD + String.join("\n",
                "                               新建农田面积               5万亩",
                "    产出指标      数量指标",
                "                               灌溉面积                   10771亩",
                "",
                "                  时效指标     完成时限                   11月底前",
                "");
        String next = String.join("\n",
                "产出指标",
                "",
                "",
                "    一级指标      二级指标           三级指标              指标值",
                "",
                "                  成本指标     工作经费                   75.04万元",
                "",
                "    效益指标      社会效益指标 管护水平                   有效提升",
                "");
        String text = first + "\f" + next;
        assertEquals(List.of("新建农田面积 产出指标 数量指标", "灌溉面积 产出指标 数量指标", "完成时限 产出指标 时效指标",
                "工作经费 产出指标 成本指标", "管护水平 效益指标 社会效益指标"), levels(dir, text));
        assertEquals(List.of("5万亩", "10771亩", "11月底前", "75.04万元", "有效提升"),
                LayoutTextTest.projects(dir, text).get(0).indicators().stream().map(Indicator::value).toList());
    }

    /**
     * The rest of a level name cut by the page break ("可持续影" / "响指标") atop the next page, just above the next
     * group's name in the same column: a name's piece ending in 指标 ends it, the next name is a cell of its own.
     */
    @Test
    void theRestOfANameCutByThePageBreakEndsIt(@TempDir Path dir) throws Exception {
        String first = String.join("\n",
                "                         1.文化遗产保护项目绩效目标表",
                "项目名称                     文化遗产保护",
                "预算数                       5.87",
                "年度总体目标       保护文化遗产",
                "",
                "                                        指标值确",
                "一级指标   二级指标   三级指标        指标描述   指标值",
                "                                        定依据",
                "",
                "                                                                     单位确定",
                "   产出指标    质量指标    文物安全事故             文物安全事故               0起",
                "                                                                      项目",
                "",
                "   效益指标    社会效益    文化遗产保护                                            单位确定",
                "                                     文化遗产保护水平            有效提升",
                "            指标          水平                                            项目",
                "",
                "           可持续影        非遗传承            非遗传承              后继有人        单位确定",
                "");
        String next = String.join("\n",
                "                                        指标值确",
                "一级指标   二级指标   三级指标        指标描述   指标值",
                "                                        定依据",
                "",
                "       响指标                               项目",
                "",
                "       服务对象",
                "满意度指",
                "       满意度指   群众满意度      群众满意度   ≥92%   调查问卷",
                " 标",
                "        标",
                "");
        List<String> got = levels(dir, first + "\f" + next);
        assertEquals(List.of("非遗传承 效益指标 可持续影响指标", "群众满意度 满意度指标 服务对象满意度指标"),
                got.subList(got.size() - 2, got.size()));
    }

    /**
     * Level names printed at the foot of their groups, on a page going on from the page before: names atop their
     * groups would fit the page as well, leaving its first rows to the group of the page before; names at their feet
     * explain every row of the page by its own names, and are read so.
     */
    @Test
    void namesAtTheFootOfTheirGroupsOnAContinuedPage(@TempDir Path dir) throws Exception {
        String first = LAYOUT_HEAD + String.join("\n",
                "                               新建农田面积               5万亩",
                "",
                "    产出指标      数量指标     灌溉面积                   10771亩",
                "");
        String next = String.join("\n",
                "    一级指标      二级指标           三级指标              指标值",
                "",
                "                               验收合格率                 100%",
                "",
                "                               设施完好率                 ≥97%",
                "",
                "                               防护林成活率               ≥90%",
                "",
                "                  质量指标     苗木成活率                 ≥95%",
                "",
                "                  时效指标     完工时间                   11月底前",
                "",
                "                               工程费用                   12万元",
                "",
                "                  成本指标     管护费用                   3万元",
                "");
        assertEquals(List.of("新建农田面积 产出指标 数量指标", "灌溉面积 产出指标 数量指标", "验收合格率 产出指标 质量指标",
                "设施完好率 产出指标 质量指标", "防护林成活率 产出指标 质量指标", "苗木成活率 产出指标 质量指标",
                "完工时间 产出指标 时效指标", "工程费用 产出指标 成本指标", "管护费用 产出指标 成本指标"),
                levels(dir, first + "\f" + next));
    }

    /**
     * Names on one-line rows fit atop their level-2 groups and at their feet alike; the level-1 names tell: standing
     * at the foot of the groups the level-2 groups under them make, they are read at the foot, and so are the level-2
     * names.
     */
    @Test
    void levelOneNamesTellWhereLevelTwoNamesStandInTheirGroups(@TempDir Path dir) throws Exception {
        String text = LAYOUT_HEAD + String.join("\n",
                "                  数量指标     新建农田面积               5万亩",
                "                               验收合格率                 100%",
                "                  质量指标     设施完好率                 ≥97%",
                "                               完工时间                   11月底前",
                "    产出指标      时效指标     资金拨付时间               12月底前",
                "                               带动增收                   持续增收",
                "    效益指标      经济效益指标 亩均节本增效               ≥197元",
                "");
        assertEquals(List.of("新建农田面积 产出指标 数量指标", "验收合格率 产出指标 质量指标", "设施完好率 产出指标 质量指标",
                "完工时间 产出指标 时效指标", "资金拨付时间 产出指标 时效指标", "带动增收 效益指标 经济效益指标",
                "亩均节本增效 效益指标 经济效益指标"), levels(dir, text));
    }

    /**
     * Names at the foot of their groups, but the group the page break cuts prints its name atop the rows on this
     * page: the names are still read at the foot of their groups.
     */
    @Test
    void aGroupCutAtThePageFootMayPrintItsNameAtop(@TempDir Path dir) throws Exception {
        String first = LAYOUT_HEAD + String.join("\n",
                "    产出指标                   新建农田面积               5万亩",
                "",
                "                               灌溉面积                   10771亩",
                "",
                "                  数量指标     新打机井                   49眼",
                "",
                "                               验收合格率                 100%",
                "",
                "                  质量指标     设施完好率                 ≥97%",
                "",
                "                  时效指标     完工时间                   11月底前",
                "",
                "                               进度款拨付时间             10月底前",
                "");
        String next = String.join("\n",
                "    一级指标      二级指标           三级指标              指标值",
                "",
                "                               资金拨付时间               12月底前",
                "",
                "                  成本指标     工程费用                   12万元",
                "");
        assertEquals(List.of("新建农田面积 产出指标 数量指标", "灌溉面积 产出指标 数量指标", "新打机井 产出指标 数量指标",
                "验收合格率 产出指标 质量指标", "设施完好率 产出指标 质量指标", "完工时间 产出指标 时效指标",
                "进度款拨付时间 产出指标 时效指标", "资金拨付时间 产出指标 时效指标", "工程费用 产出指标 成本指标"),
                levels(dir, first + "\f" + next));
    }

    /**
     * Names centred on their groups, but the group the page break cuts prints its name atop the rows on this page
     * (时效指标): the names are still read as centred, and the tall first group keeps the rows its name is centred on
     * (read at the foot of their groups, the names would give 数量指标 its first row alone).
     */
    @Test
    void centredNamesWithTheCutGroupsNameAtop(@TempDir Path dir) throws Exception {
        String first = LAYOUT_HEAD + String.join("\n",
                "                               按照年度计划完成           100%",
                "                               的建设任务数量占",
                "                               计划任务总数的比",
                "                               例（含上年结转任",
                "                               务）",
                "                  数量指标     河湖巡查次数与上           ≥46次",
                "                               级下达巡查任务数",
                "                               之比（以年度工作",
                "                               计划为准）",
                "    产出指标                   问题整治                   49处",
                "                               ",
                "                  质量指标     河湖水质达标率             ≥83%",
                "                  时效指标     问题整改完成时限           11月底前",
                "                               资金在收到上级下           100%",
                "                               达文件后规定时限",
                "                               内拨付至项目实施",
                "                               单位的比例",
                "");
        String next = String.join("\n",
                "    一级指标      二级指标           三级指标              指标值",
                "",
                "                  成本指标     工作经费                   75.04万元",
                "");
        assertEquals(List.of("按照年度计划完成的建设任务数量占计划任务总数的比例（含上年结转任务） 产出指标 数量指标",
                "河湖巡查次数与上级下达巡查任务数之比（以年度工作计划为准） 产出指标 数量指标", "问题整治 产出指标 数量指标",
                "河湖水质达标率 产出指标 质量指标", "问题整改完成时限 产出指标 时效指标",
                "资金在收到上级下达文件后规定时限内拨付至项目实施单位的比例 产出指标 时效指标", "工作经费 产出指标 成本指标"),
                levels(dir, first + "\f" + next));
    }

    /**
     * A short 三级指标 name centred in its cell (满意度) stands inside the level zone of a tight grid, beside the
     * level-2 name wrapped around the level-1 name (服务对象满意 / 度指标): a level column holds one cell a row, so it
     * is the row's level-3 name, not one more level-2 name that would take the groups a row off.
     */
    @Test
    void aShortNameBesideALevelTwoNameIsTheRowsLevelThreeName(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                " 项目名称                                      防贫工作补充保险经费",
                " 一级指标        二级指标      三级指标            指标值",
                "                      支付对象数量         341元/人·月",
                "             数量指标",
                "                      培训教师人次         250元/生·年",
                " 产出指标  质量指标  定点医药机构检查覆盖率                      ≥56%",
                "       时效指标    改革任务完成时间                       124元",
                "       成本指标     人均筛查成本                        100%",
                " 效益指标 经济效益指标   带动相关产业发展                      有效节约",
                "      服务对象满意",
                "满意度指标             满意度                        ≥100%",
                "       度指标",
                "");
        List<String> rows = LayoutTextTest.projects(dir, text).get(0).indicators().stream()
                .map(i -> String.join("|", i.level1(), i.level2(), i.level3(), i.value())).toList();
        assertEquals(List.of(
                "产出指标|数量指标|支付对象数量|341元/人·月",
                "产出指标|数量指标|培训教师人次|250元/生·年",
                "产出指标|质量指标|定点医药机构检查覆盖率|≥56%",
                "产出指标|时效指标|改革任务完成时间|124元",
                "产出指标|成本指标|人均筛查成本|100%",
                "效益指标|经济效益指标|带动相关产业发展|有效节约",
                "满意度指标|服务对象满意度指标|满意度|≥100%"), rows);
    }

    /**
     * A long description (项目区农户满意度，…) wraps over more lines than its row's other cells, and the level names
     * wrapped one piece a line (服务对象 / 满意度指 / 标) stand on lines between its lines: those lines hold level
     * names only, so the description goes on past them, one cell in its line order.
     */
    @Test
    void aDescriptionGoesOnPastLinesOfLevelNamesAlone(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                " 项目名称                                      防贫工作补充保险经费",
                " 一级指标  二级指标    三级指标       绩效指标描述          指标值        指标值确定依据",
                "       可持续影        项目持续发挥效益年",
                "            项目可持续性                           90年        考核",
                " 效益指标 响指标            限",
                "                 项目区农户满意度，",
                "                 通过发放调查问卷、",
                "                 电话回访、入户走访",
                "     服务对象",
                "满意度指      项目区农户满 等方式开展满意度调",
                "     满意度指                                   ≥100%     调查问卷",
                "  标         意度   查，按照满意和基本",
                "       标",
                "                 满意人数之和占调查",
                "                 总人数的比例计算得",
                "                     出",
                "");
        List<String> rows = LayoutTextTest.indicatorRows(dir, text);
        assertEquals("项目区农户满意度|项目区农户满意度，通过发放调查问卷、电话回访、入户走访等方式开展满意度调查，"
                + "按照满意和基本满意人数之和占调查总人数的比例计算得出|≥100%|调查问卷", rows.get(rows.size() - 1));
    }
}
