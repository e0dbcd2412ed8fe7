package jixiao.text;

import static jixiao.text.LayoutTextTest.lines;
import static jixiao.text.LayoutTextTest.runOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.model.Indicator;

/**
 * A narrow grid going on to a page without a repeated column header, where the layout tool started each line at its
 * first text: level-2 names with no level-1 text on their lines stand at the margin, where a level-1 name
 * (成本指标 may be either) does too, and the rows stand left of the carried header's columns.
 */
class ContinuedNarrowPageTest {
    /** A real generated document's pages, shortened: the header ends one page, its grid goes on two pages on. */
    private static final String[] PAGES = {
            "一级指                                    指标值确定",
            "    二级指标     三级指标   绩效指标描述    指标值",
            " 标                                       依据",
            "产出指       新媒体宣传 新媒体宣传推                 项目实施方",
            "                       61252人",
            " 标          推文    文                      案",
            "                                        威财教",
            "          新媒体宣传 新媒体宣传推",
            "                               4840株   【2024】",
            "            推文    文",
            "                                        152号",
            "\f       医保信息平 医保信息平台            项目实施方",
            "                         95%",
            "        台运行率  运行率                案",
            "     资金使用合 资金使用合规",
            "                        100%",
            "       规率    率",
            "质量指标",
            "     基本医疗保 基本医疗保险              县委、县政",
            "                         80%",
            "      险参保率  参保率                 府确定",
            "       校舍安全保 校舍安全保障",
            "                        100%    计划标准",
            "         障率    率",
            "                           巨财农",
            "       项目开工时",
            "             项目开工时间 12月底前 【2022】43",
            "         间",
            "                             号",
            "时效指标",
            "       资金拨付及 资金拨付及时            相关政策文",
            "                    11月底前",
            "         时率    率                 件",
            "       支付及时率   支付及时率     99%   县领导批示",
            "                                巨财农",
            "       运维服务费   运维服务费    90万元   【2022】36",
            "                                  号",
            "成本指标",
            "                                巨财农",
            "       保护经费    保护经费    10759万元 【2022】36",
            "                                  号",
    };

    /**
     * The level-2 names at the margin part the page's columns with the level-1 column: the level-2 column starts
     * just after them, the page's other columns are read from its own text, and each row keeps its cells.
     */
    @Test
    void levelTwoNamesAtTheMarginLeaveTheRowsTheirColumns() {
        List<String> lines = lines(PAGES);
        assertTrue(runOf(lines, "资金使用合", "规率", "资金使用合规", "率", "100%"), lines::toString);
        assertTrue(runOf(lines, "项目开工时", "间", "项目开工时间 12月底前", "巨财农"), lines::toString);
        assertTrue(runOf(lines, "资金拨付及", "时率", "资金拨付及时", "率", "11月底前"), lines::toString);
        assertTrue(lines.contains("保护经费 保护经费 10759万元"), lines::toString);
    }

    /**
     * 成本指标, a name of both levels, stands at the margin with the page's level-2 names and none of its own level-2
     * names (经济成本指标 …) in the grid: it is the level-2 name of the last group, so the groups above keep the rows
     * they are centred on (质量指标 the page's first four, which no group from the page before takes).
     */
    @Test
    void aNameOfBothLevelsAmongLevelTwoNamesAtTheMarginIsALevelTwoName() {
        List<String> lines = lines(PAGES);
        assertTrue(runOf(lines, "质量指标", "医保信息平", "台运行率"), lines::toString);
        assertTrue(runOf(lines, "时效指标", "项目开工时", "间"), lines::toString);
        assertTrue(runOf(lines, "成本指标", "运维服务费 运维服务费 90万元"), lines::toString);
    }

    /**
     * A grid's last row going on to a page of its own, five short lines: too few chunks there to tell how wide a
     * CJK character is, so the page takes the width its document's fuller page shows, and the level-2 name wrapped
     * around the level-1 name (服务对象 / 满意度指 / 标) stays within the level columns instead of running into the
     * 三级指标 column.
     */
    @Test
    void aShortPageTakesItsDocumentsCharacterWidth(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "          1.乡村振兴特派员工作经费绩效目标表",
                "清河县农业技术推广中心                     单位：万元",
                "项目编",
                " 码",
                "项目名",
                "              乡村振兴特派员工作经费",
                " 称",
                "主管部                      清河县农业技术推广中",
                "      清河县农业农村局     实施单位",
                " 门                            心",
                "预算规",
                "                               其他资金",
                "模及资 预算数    33.73 其中：财政资金",
                "                                33.73",
                "金用途",
                "绩效目",
                "    1.稳定基本医疗保险参保率",
                " 标",
                "一级指",
                "    二级指标 三级指标       指标值",
                " 标",
                "         购置64排",
                "                 ≥99个",
                "           CT",
                "    数量指标 岗位补贴",
                "                 ≥99%",
                "          标准",
                "产出指      新打机井  402元/人·月",
                " 标       终端在线",
                "    质量指标         ≥99%",
                "           率",
                "         完工及时",
                "    时效指标        11月底前",
                "           率",
                "    成本指标 补助资金   9230万元",
                "         带动增加",
                "    经济效益 贫困人口",
                "                ≥20公斤",
                "     指标  全年总收",
                "           入",
                "效益指",
                "    社会效益 孕产妇死 改善群众生产生",
                " 标",
                "     指标   亡率     活条件",
                "         浅层地下",
                "    生态效益",
                "         水位回升   持续改善",
                "     指标",
                "          幅度",
                "\f    服务对象",
                "满意度      师生满意",
                "    满意度指        ≥98%",
                " 指标        度",
                "      标",
                "");
        Indicator last = lastIndicator(dir, text);
        assertEquals("满意度指标|服务对象满意度指标|师生满意度|≥98%",
                String.join("|", last.level1(), last.level2(), last.level3(), last.value()));
    }

    /**
     * A page the grid goes on to opens with the first line of its first row's basis, centred on the row's value, a
     * line of level names between it and the rest ("赞财农" / "社会效益" / row line "〔2022〕172" / "指标" / "号"): the
     * basis is one cell of that row, not the rest of a row the page break cut.
     */
    @Test
    void aBasisCentredOnTheFirstValueOfAContinuedPageIsItsRows(@TempDir Path dir) throws Exception {
        String first = String.join("\n",
                "                   1.河湖长制工作经费绩效目标表",
                "项目名称                       河湖长制工作经费",
                "预算数   75.04",
                "绩效目标  改善河湖生态环境",
                "一级指标   二级指标      三级指标        绩效指标描述         指标值         指标值确定依据",
                "                                               赞财农",
                "       数量指标  河湖巡查次数   河湖巡查次数      ≥46次     〔2022〕172",
                "                                                 号",
                "                                               赞财农",
                "       成本指标    工作经费       工作经费       75.04万元 〔2022〕172",
                "                                                 号",
                "");
        String next = String.join("\n",
                "                                             赞财农",
                "       社会效益",
                "              河湖管护水平    河湖管护水平      有效提升   〔2022〕172",
                "        指标",
                "                                               号",
                "                                             赞财农",
                "              河湖生态环境    河湖生态环境      明显改善   〔2022〕172",
                "                                               号",
                "");
        assertEquals(List.of("河湖巡查次数|河湖巡查次数|≥46次|赞财农〔2022〕172号", "工作经费|工作经费|75.04万元|赞财农〔2022〕172号",
                "河湖管护水平|河湖管护水平|有效提升|赞财农〔2022〕172号", "河湖生态环境|河湖生态环境|明显改善|赞财农〔2022〕172号"),
                LayoutTextTest.indicatorRows(dir, first + "\f" + next));
    }

    /**
     * A page break cutting the last row of a grid, its merged level names beside it cut too ("满意度指" / "标",
     * "服务对象满" / "意度指标"), on a page the carried header's columns do not fit (the value column empty there): the
     * level names' rests go on their cells before the row's other cells go on theirs, as after a repeated header. A
     * real generated page.
     */
    @Test
    void levelNamesCutByAPageBreakGoOnTheirCells(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "   1.（上年结转）县级衔接推进乡村振兴资金-扶贫小额信贷贴息项目绩效目标表",
                "",
                "699380南和区水利局本级         单位：万元",
                "",
                "项目编码                    86012207H224880862263",
                "项目名称          （上年结转）县级衔接推进乡村振兴资金-扶贫小额信贷贴息项目",
                "                  其中：财政资",
                "预算规模  预算数   17.84          15.28 其他资金 2.56",
                "                     金",
                "及资金用",
                "     实现应防尽防，不存在返贫致贫问题为全县三万人购买商业保险提升防贫救助对象",
                "  途",
                "                       生存质量",
                "资金支出    3月底      6月底       10月底     12月底",
                " 计划",
                "                                     17.84",
                " （%）",
                "     1.发放衔接资金",
                "绩效目标 2.发放及时率百分之百。",
                "     3.提高服务对象满意度",
                "一级指标   二级指标     三级指标     绩效指标描述      指标值          指标值确定依据",
                "               开发乡村公益 开发乡村公益",
                "                                    15公里          相关政策文件",
                "                 岗位     岗位",
                "       数量指标    支付对象数量 支付对象数量        ≥17个         县委、县政府确定",
                "               开发乡村公益 开发乡村公益 ≥24263",
                "                                                    计划标准",
                "                 岗位     岗位    人次",
                "               公用经费足额 公用经费足额",
                "产出指标   质量指标                          85%        枣财教〔2021〕5号",
                "                 拨付率    拨付率",
                "                支付及时率     支付及时率      99元        威财教【2024】152号",
                "       时效指标    改厕任务完成 改厕任务完成",
                "                             12月底前              巨财农【2022】36号",
                "                 时间     时间",
                "               乡村振兴工作 乡村振兴工作",
                "       成本指标                  ≤15元/亩              巨财【2022】14号",
                "                经费总成本  经费总成本",
                "       社会效益指 脱贫群众满意 增加脱贫群众",
                "                           有效减轻                 枣财教〔2021〕78号",
                "         标      度     满意度",
                "               浅层地下水位 浅层地下水位",
                "                                      0起          年度工作计划",
                "                回升幅度   回升幅度",
                "       生态效益指                                 《关于下达2023年省级财政",
                "效益指标                  因项目实施引",
                "         标                                   河湖长制工作经费资金的通",
                "               环境污染事件 发的环境污染          0起",
                "                                             知》（赞财农【2022】71",
                "                        事件",
                "                                                  号）",
                "       可持续影响",
                "                管护机制      管护机制      后继有人          单位确定项目",
                "         指标",
                "满意度指 服务对象满      师生满意度    学校师生对经     ≥75%            调查问卷",
                "\f                       费保障的满意",
                " 标     意度指标",
                "                          度",
                "           2.“防贫预警及管理系统”平台运行维护费绩效目标表",
                "",
                "638773南和区农村供水管理站        单位：万元",
                "",
                "项目编码                  41069299L50491E7806GB",
                "项目名称                “防贫预警及管理系统”平台运行维护费",
                "预算规模及    预算数       2125.14    其中：财政资金      2125.14     其他资金",
                " 资金用途     组织开展中小学教师全员培训和骨干教师培训，提升教师专业素质",
                "资金支出计    3月底        6月底          10月底       12月底",
                " 划（%）                                      2125.14",
                "     1.街道、便道硬化约51000平方米（包含新建和改建）",
                "绩效目标 2.改善沿线的交通运输条件，改善和提高道路服务水平，方便运输",
                "     3.群众满意度百分之百",
                "                                                      指标值确定依",
                "一级指标     二级指标      三级指标        绩效指标描述         指标值",
                "                                                         据",
                "");
        List<Indicator> rows = LayoutTextTest.projects(dir, text).get(0).indicators();
        Indicator last = rows.get(rows.size() - 1);
        assertEquals("满意度指标|服务对象满意度指标|师生满意度|学校师生对经费保障的满意度|≥75%|调查问卷", String.join("|", last.level1(),
                last.level2(), last.level3(), last.description(), last.value(), last.basis()));
        Indicator before = rows.get(rows.size() - 2);
        assertEquals("管护机制|后继有人|单位确定项目", String.join("|", before.level3(), before.value(), before.basis()));
    }

    /**
     * A grid going on to the next page, its columns read there from the carried header, whose level-2 name the page
     * break cut ("可持续影响指" / "标"): the rest goes on its name, not on the next group's names below it.
     */
    @Test
    void aLevelNamesRestCutByThePageBreakGoesOnItsName(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "1.冀财农2022年 160号提前下达2023年省级财政衔接推进乡村振兴补助资金（驻村工作",
                "                    队综合经费）绩效目标表",
                "",
                "494860崇州市水利局本级       单位：万元",
                "",
                "项目编码                  47058826W852295189632",
                "        冀财农2022年 160号提前下达2023年省级财政衔接推进乡村振兴补助资金（驻",
                "项目名称",
                "                        村工作队综合经费）",
                "                                                       其他资金",
                "预算规模及    预算数        46.24      其中：财政资金        39.61",
                "                                                        6.63",
                " 资金用途",
                "         按照生均公用经费基准定额拨付义务教育学校公用经费，保障学校正常运转",
                "资金支出计    3月底        6月底           10月底        12月底",
                " 划（%）                                         46.24",
                "     1.发放衔接资金",
                "绩效目标 2.发放及时率百分之百",
                "     3.提高服务对象满意度",
                "                                                      指标值确定依",
                "一级指标     二级指标       三级指标        绩效指标描述        指标值",
                "                                                         据",
                "                                                       枣财教",
                "                 压减地下水开采量     压减地下水开采量        ≥85%    〔2021〕5",
                "                                                         号",
                "                                              ≥100",
                "         数量指标     栽植农田防护林      栽植农田防护林             单位确定项目",
                "                                               个",
                "                                            巨财农",
                "                 政策范围内住院费用 政策范围内住院费用",
                "                                     ≥85个 【2022】43",
                "                   基金支付比例    基金支付比例",
                "产出指标                                         号",
                "         质量指标    教科书按时到位率     教科书按时到位率        ＜85% 单位确定项目",
                "                                                     枣财教",
                "                                              ≤90小",
                "                 治理任务完成时间     治理任务完成时间             〔2021〕78",
                "         时效指标                                  时",
                "                                                      号",
                "                 运维服务响应时间     运维服务响应时间 9月底前             人数",
                "                                              5534万",
                "         成本指标    小学生均教科书费用 小学生均教科书费用                    人数",
                "                                                元",
                "效益指标                                          持续向",
                "        社会效益指标    医保服务便捷度      医保服务便捷度            单位确定项目",
                "                                               好",
                "                                             赞财农",
                "                             因项目实施引发的环 明显改",
                "                   环境污染事件                  〔2022〕17",
                "                               境污染事件    善",
                "        生态效益指标                                2号",
                "                 浅层地下水位回升幅 浅层地下水位回升幅",
                "                                               0起     上级下达任务",
                "                     度         度",
                "        可持续影响指      项目年限         项目年限          2年      县领导",
                "\f             标",
                "        服务对象满意",
                "满意度指标               服务对象满意度           服务对象满意度       ≥80%    调查问卷",
                "          度指标",
                "");
        Indicator last = lastIndicator(dir, text);
        assertEquals("满意度指标|服务对象满意度指标", last.level1() + "|" + last.level2());
        Indicator lasting = LayoutTextTest.projects(dir, text).get(0).indicators().stream()
                .filter(i -> "项目年限".equals(i.level3())).findFirst().orElseThrow();
        assertEquals("效益指标|可持续影响指标|2年", lasting.level1() + "|" + lasting.level2() + "|" + lasting.value());
    }

    /**
     * A rest of a level name counts as cut by the page break only when no pieces over it on the page spell the name
     * with it: "满意" / "度指" / "标" is a name wrapped on the page, "标" alone atop a page is a cut name's rest.
     */
    @Test
    void aRestIsCutOnlyWhenThePiecesOverItDoNotSpellItsName() {
        List<LayoutText.Cell> wrapped = List.of(cell("满意", 0, 0, 2), cell("度指", 2, 0, 2), cell("标", 4, 1, 2),
                cell("调查问卷", 2, 30, 34));
        assertEquals(List.of(), LayoutContinued.rests(wrapped, 8).cut());
        List<LayoutText.Cell> cut = List.of(cell("标", 0, 1, 2), cell("服务对象满意", 1, 1, 7), cell("度指标", 3, 2, 5));
        assertEquals(List.of("标"), LayoutContinued.rests(cut, 8).cut().stream().map(LayoutText::text).toList());
    }

    private static LayoutText.Cell cell(String text, int line, int x0, int x1) {
        LayoutText.Cell c = new LayoutText.Cell();
        c.add(new LayoutText.Chunk(text, line, x0, x1));
        return c;
    }

    /** The last indicator of the text's first project. */
    private static Indicator lastIndicator(Path dir, String text) throws Exception {
        List<Indicator> rows = LayoutTextTest.projects(dir, text).get(0).indicators();
        return rows.get(rows.size() - 1);
    }
}
