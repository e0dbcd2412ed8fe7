package jixiao.text;

import static jixiao.text.LayoutTextTest.lines;
import static jixiao.text.LayoutTextTest.runOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Grids of layout family G (指标性质 / 指标值 / 度量单位 columns) in narrow columns, as {@code pdftotext -layout}
 * prints them: real generated pages (bench/text-tools/html_tables.py, styles ag and dg), cut to one grid or
 * two each.
 */
class FamilyGLayoutTest {
    /**
     * The 三级指标 header set right of its column's text, which starts within the header's level zone: the zone
     * ends where the level names end, and each three-line name centred on its row's sign, a level-1 name's line
     * between its lines, is one cell.
     */
    private static final String[] LEVEL_ZONE = {
            "一级               三级指",
            "      二级指标             指标性质        指标值 度量单位",
            "指标                标",
            "           开发乡",
            "           村公益         =       2,111       个",
            "     数量指标   岗位",
            "           岗位补",
            "                       =        534       元/人·月",
            "           贴标准",
            "           上岗人",
            "产出",
            "     质量指标  员在岗         ≥         95         %",
            "指标",
            "             率",
            "           补贴发",
            "     时效指标  放及时         =        100         %",
            "             率",
            "           补贴资",
            "     成本指标              =      7,548,729    元",
            "             金",
            "           带动脱",
            "效益",
            "    经济效益指标 贫人口        定性      稳定增收",
            "指标",
            "            增收",
            "满意         上岗人",
            "   服务对象满意度",
            "度指         员满意         ≥         95         %",
            "      指标",
            "标            度"
    };

    /**
     * A grid whose header ends one page and whose rows fill the next: the next page's columns are parted with the
     * 指标性质 column holding the signs (a level-3 name's short line set left of its column would else part the page
     * a column off, and bases be read as names).
     */
    private static final String[] GOING_ON = {
            "一                                        度",
            "级                三级指                     量 指标值确",
            "      二级指标             指标性质       指标值",
            "指                 标                      单 定依据",
            "标                                        位",
            "\f                                 批",
            "              食品安                    冀财行",
            "                                 次/",
            "     数量指标     全监督   ≥       6       【2023】",
            "                                 千",
            "               抽检                    134号",
            "                                 人",
            "              抽检不",
            "                                    冀财行",
            "              合格食",
            "产    质量指标           =      100   % 【2023】",
            "              品核查",
            "出                                   134号",
            "              处置率",
            "指",
            "                                   个",
            "标             抽检结                     冀财行",
            "                                   工",
            "     时效指标     果公布   ≤       20       【2023】",
            "                                   作",
            "               时限                     134号",
            "                                   日",
            "                                      冀财行",
            "              抽检经",
            "     成本指标           =    1,295,903 元 【2023】",
            "               费",
            "                                      134号",
            "                                      冀财行",
            "              食品安",
            "    社会效益指标          定性    持续向好       【2023】",
            "              全状况",
            "                                      134号",
            "效",
            "                                      冀财行",
            "益             长效管",
            "                    定性    健全完善       【2023】",
            "指             理机制",
            "                                      134号",
            "标   可持续影响指标",
            "                                      冀财行",
            "              项目可",
            "                    =        1     年 【2023】",
            "              持续性",
            "                                      134号",
            "满",
            "意",
            "  服务对象满意度指 消费者",
            "度                   ≥      87    % 调查问卷",
            "      标    满意度",
            "指",
            "标",
            "\f"
    };

    /**
     * A grid whose header leaves the 度量单位 column empty by its edges: the page's own gutters part it with the
     * signs in the 指标性质 column, not a column off.
     */
    private static final String[] FIRST_PAGE = {
            "一级                                 度量单",
            "      二级指标        三级指标    指标性质 指标值     确定依",
            "指标                                  位",
            "                                        据",
            "                                                 计划标",
            "      数量指标        救助人次      ≥      11774    人次",
            "                                                   准",
            "                                                 县委、",
            "                  住院救助比",
            "                            ≥       70      %    县政府",
            "                    例",
            "      质量指标                                        确定",
            "产出",
            "                  救助对象认                          年度工",
            "指标                          =       100     %",
            "                   定准确率                          作计划",
            "                  救助资金结                          计划标",
            "      时效指标                  =       100     %",
            "                   算及时率                           准",
            "                  医疗救助资                          相关政",
            "      成本指标                  =      160.05   万元",
            "                    金                            策文件",
            "                                                 县委、",
            "                  节约财政资            有效节",
            "     经济效益指标                定性                    县政府",
            "效益                  金               约",
            "                                                  确定",
            "指标",
            "                  因病致贫返            有效防           行业标",
            "     社会效益指标                定性",
            "                    贫               范             准",
            "满意",
            "   服务对象满意度 救助对象满                                 调查问",
            "度指                          ≥       93      %",
            "      指标     意度                                   卷",
            " 标"
    };

    /** A level-3 name's short second line centred into the level-2 column: it stays with its cell. */
    private static final String[] LINE_IN_LEVELS = {
            "一级指                                                  指标值确定",
            "       二级指标       三级指标      指标性质     指标值      度量单位",
            " 标                                                    依据",
            "       数量指标       救助人次        ≥      11774     人次    计划标准",
            "                  住院救助比                              县委、县政",
            "                              ≥       70        %",
            "                    例                                 府确定",
            "       质量指标",
            "                  救助对象认                              年度工作计",
            "产出指                           =       100       %",
            "                   定准确率                                划",
            " 标",
            "                  救助资金结",
            "       时效指标                   =       100       %    计划标准",
            "                   算及时率",
            "                  医疗救助资                              相关政策文",
            "       成本指标                   =      160.05    万元",
            "                    金                                  件",
            "                  节约财政资              有效节             县委、县政",
            "      经济效益指标                 定性",
            "效益指                 金                 约               府确定",
            " 标                因病致贫返              有效防",
            "      社会效益指标                 定性                      行业标准",
            "                    贫                 范",
            "满意度 服务对象满意 救助对象满",
            "                              ≥       93        %    调查问卷",
            " 指标   度指标    意度",
            "\f            4.（上年结转）医保基金监管及打击欺诈骗保经费绩效目标表",
            "842001唐县医疗保障局本级                                         单位：万元",
            "项目名",
            "                  （上年结转）医保基金监管及打击欺诈骗保经费"
    };

    /**
     * Two tables on one page, the second's labels cut by their narrow column ("项目名" / "称", "绩效目" / "标"): the
     * line naming the amounts' unit above the second ends the first's grid, so its goal lines, set between the
     * label's lines, are not parted by the first grid's level columns.
     */
    private static final String[] NEXT_TABLE = {
            "\f 6.冀财农2022年 136号提前下达2023年中央财政衔接推进乡村振兴补助资金-中央直达资金绩效目标",
            "                             表",
            "475001巨鹿县乡村振兴局本级                                     单位：万元",
            "项目名 冀财农2022年 136号提前下达2023年中央财政衔接推进乡村振兴补助资金-中央",
            " 称                       直达资金",
            "项目编",
            "    13052923P005842105429   主管部门             巨鹿县乡村振兴局",
            " 码",
            "资金总                                   其他资",
            "       4155.00   财政拨款       4155.00",
            " 额                                     金",
            "    1.发放衔接资金",
            "绩效目",
            "    2.发放及时率百分之百。",
            " 标",
            "    3.提高服务对象满意度",
            "一级指                                                  指标值确定",
            "       二级指标      三级指标       指标性质      指标值     度量单位",
            " 标                                                     依据",
            "                                                      巨财农",
            "                   社会效益指标      满意度          =      100     %",
            "满意度 服务对象满意 服务对象满",
            "                              ≥        98      %     调查问卷",
            " 指标   度指标    意度",
            "\f 7.冀财农2022年 155号提前下达2023年省级财政衔接推进乡村振兴补助资金-省级直达资金绩效目标",
            "                             表",
            "475001巨鹿县乡村振兴局本级                                     单位：万元",
            "项目名 冀财农2022年 155号提前下达2023年省级财政衔接推进乡村振兴补助资金-省级",
            " 称                       直达资金",
            "项目编",
            "    13052923P00584210566F   主管部门             巨鹿县乡村振兴局",
            " 码",
            "资金总                                   其他资",
            "       4141.00   财政拨款       4141.00",
            " 额                                     金",
            "    1.发放衔接资金",
            "绩效目",
            "    2.发放及时率百分之百",
            " 标",
            "    3.提高服务对象满意度",
            "一级指                                                  指标值确定",
            "       二级指标      三级指标       指标性质      指标值     度量单位",
            " 标                                                    依据"
    };

    /**
     * A grid whose header's edges leave every column some text but put the signs in the 指标值 column (the header
     * printed left of its columns' text): the page's own gutters, weighing the signs, part it.
     */
    private static final String[] SIGNS_ELSEWHERE = {
            "一级                           度量单 指标值确",
            "      二级指标   三级指标 指标性质 指标值",
            "指标                            位   定依据",
            "                                  枣财教",
            "            覆盖学校数   =  24328 平方米 〔2021〕",
            "                                   5号",
            "                                           唐财社",
            "     数量指标      检查定点医",
            "                         ≥    429    万元 【2020】",
            "                药机构",
            "                                           26号",
            "               购置植保药                 元/人· 防贫补充",
            "                         =    1197",
            "                  剂                   月 保险协议",
            "               项目建设内",
            "产出",
            "               容符合设计",
            "指标                                          枣财教",
            "               要求并通过",
            "     质量指标               ＜      4      %    〔2021〕",
            "               主管部门组",
            "                                            78号",
            "               织的竣工验",
            "                收的比例",
            "               补助发放及",
            "     时效指标                ≥     92     %       人数",
            "                 时率",
            "               建档立卡贫",
            "                                            单位确定",
            "     成本指标      困户贷款申     =   2,425.11 万元",
            "                                             项目",
            "                请满足率"
    };

    /**
     * The last rows of a grid set further right than the header's columns (more Chinese characters before them on
     * their lines): each sign line holds its sign, number and unit in that order.
     */
    private static final String[] DRIFTED = {
            "一级                     指标 度量单 指标值确",
            "     二级指标    三级指标 指标性质",
            "指标                       值   位  定依据",
            "                               单位确定",
            "     数量指标    补助标准   =   100  %",
            "                                 项目",
            "                                 巨财",
            "           耕地质量等级",
            "     质量指标           ≥   714  元 【2022】",
            "              提升",
            "                                14号",
            "           资金在收到上",
            "产出",
            "           级下达文件后               枣财教",
            "指标",
            "     时效指标  规定时限内拨   =   100  % 【2021】",
            "           付至项目实施               113号",
            "            单位的比例",
            "           建档立卡贫困",
            "                               相关政策",
            "     成本指标  户贷款申请满   =  2613 万元",
            "                                 文件",
            "              足率",
            "效益 可持续影响指                               单位确定",
            "               可持续性      =     85   年",
            "指标    标                                  项目",
            "满意",
            "   服务对象满意 受益建档立卡",
            "度指                       ≥     95   %   调查问卷",
            "     度指标  贫困户满意度",
            " 标"
    };

    /**
     * A qualitative row's value wrapped around its sign's line ("12月" / "底前"), a basis line beside the sign
     * holding a year ("2022年"): that line is the basis's, not a value set right of an empty value column.
     */
    private static final String[] AROUND = {
            "一级                               指标 度量单 指标值确",
            "     二级指标       三级指标     指标性质",
            "指标                                值   位  定依据",
            "             校园网络出口                    单位确定",
            "                        ≥    22    %",
            "                带宽                      项目",
            "     数量指标",
            "             新建高标准农                    县委、县",
            "                        =    182   套",
            "               田面积                     政府确定",
            "             每户贴息补助",
            "                        ≤    92    %   县领导",
            "                金额",
            "     质量指标",
            "产出           定点医药机构",
            "                        ≥    85    %    人数",
            "指标            检查覆盖率",
            "                                       冀财农",
            "             救助资金结算          12月",
            "     时效指标              定性              2022年",
            "               及时率           底前",
            "                                       160号",
            "             新建改建街道",
            "                                       单位确定",
            "     成本指标    及便道硬化成     =   90.00 万元",
            "                                        项目"
    };

    @Test
    void levelThreeNamesWithinTheHeadersLevelZoneAreNames() {
        List<String> out = lines(LEVEL_ZONE);
        assertTrue(runOf(out, "数量指标", "开发乡", "村公益", "岗位", "= 2,111 个", "岗位补", "贴标准", "= 534 元/人·月",
                "质量指标", "上岗人", "员在岗", "率", "≥ 95 %", "时效指标", "补贴发", "放及时", "率", "= 100 %"), out.toString());
        assertTrue(runOf(out, "经济效益指标", "带动脱", "贫人口", "增收", "定性 稳定增收"), out.toString());
    }

    @Test
    void signsPartAPageTheGridGoesOnTo() {
        List<String> out = lines(GOING_ON);
        assertTrue(runOf(out, "质量指标", "抽检不", "合格食", "品核查", "处置率", "= 100 %", "冀财行", "【2023】", "134号"),
                out.toString());
        assertTrue(runOf(out, "成本指标", "抽检经", "费", "= 1,295,903 元", "冀财行", "【2023】", "134号"), out.toString());
        assertTrue(runOf(out, "项目可", "持续性", "= 1 年", "冀财行", "【2023】", "134号"), out.toString());
    }

    @Test
    void signsPartAGridWhoseHeaderLeavesAColumnEmpty() {
        List<String> out = lines(FIRST_PAGE);
        assertTrue(runOf(out, "质量指标", "住院救助比", "例", "≥ 70 %", "县委、", "县政府", "确定", "救助对象认", "定准确率",
                "= 100 %", "年度工", "作计划"), out.toString());
        assertTrue(runOf(out, "节约财政资", "金", "定性", "有效节", "约", "县委、", "县政府", "确定"), out.toString());
    }

    @Test
    void aNamesLineInTheLevelColumnsStaysWithItsCell() {
        List<String> out = lines(LINE_IN_LEVELS);
        assertTrue(runOf(out, "数量指标", "救助人次 ≥ 11774 人次 计划标准", "质量指标", "住院救助比", "例"), out.toString());
        assertTrue(runOf(out, "服务对象满意", "度指标", "救助对象满", "意度", "≥ 93 % 调查问卷"), out.toString());
    }

    @Test
    void aUnitLineEndsTheGridAbove() {
        List<String> out = lines(NEXT_TABLE);
        assertTrue(runOf(out, "财政拨款 4141.00", "绩效目", "标", "1.发放衔接资金", "2.发放及时率百分之百", "3.提高服务对象满意度"),
                out.toString());
    }

    @Test
    void signsTheHeaderPutsElsewherePartTheGrid() {
        List<String> out = lines(SIGNS_ELSEWHERE);
        assertTrue(runOf(out, "检查定点医", "药机构", "≥ 429 万元", "唐财社", "【2020】", "26号", "购置植保药", "剂", "= 1197",
                "元/人·", "月", "防贫补充", "保险协议"), out.toString());
        assertTrue(runOf(out, "建档立卡贫", "困户贷款申", "请满足率", "= 2,425.11 万元", "单位确定", "项目"), out.toString());
    }

    @Test
    void aSignLineSetRightOfTheHeadersColumnsIsReadInOrder() {
        List<String> out = lines(DRIFTED);
        assertTrue(runOf(out, "可持续性 = 85 年", "单位确定", "项目"), out.toString());
        assertTrue(runOf(out, "受益建档立卡", "贫困户满意度", "≥ 95 % 调查问卷"), out.toString());
    }

    @Test
    void aYearBesideASignIsTheBasisWhereTheValueWrapsAroundIt() {
        List<String> out = lines(AROUND);
        assertTrue(runOf(out, "救助资金结算", "及时率", "定性", "12月", "底前", "冀财农", "2022年", "160号"), out.toString());
    }
}
