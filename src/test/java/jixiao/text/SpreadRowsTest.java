package jixiao.text;

import static jixiao.text.LayoutTextTest.lines;
import static jixiao.text.LayoutTextTest.runOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.text.LayoutText.Chunk;

/**
 * Space-aligned text of a grid whose lines the layout tool spread apart (a producer spacing its lines wider than its
 * glyphs): a one-line value centred on a two-line cell stands on a line of its own, so two rows' values have a blank
 * line between them as one wrapped value has; measures in running text and values spaced from their units; level
 * names and values of narrow pages standing off their header's columns.
 */
class SpreadRowsTest {
    /** A grid page (a real generated document's, shortened) whose rows 改善群众生产生活条件 and 项目年限 meet. */
    private static final String[] SPREAD = {
        " 一级指标        二级指标       三级指标        指标值",
        "                      免费提供教科书学    1002 元/生·",
        "             数量指标        生人数         年",
        "                       支付对象数量      ≥92 个",
        " 产出指标",
        "             质量指标       合格率         100%",
        "             时效指标     补助发放及时率       80 元",
        "             成本指标     信息化建设费用     1899 万元",
        "                      改善群众生产生活",
        "           社会效益指标                  不断缩小",
        " 效益指标                    条件",
        "           可持续影响指标      项目年限       健全完善",
        "           服务对象满意度",
        " 满意度指标                  满意率         ≥94%",
        "              指标",
    };

    /**
     * Two level-2 names stand within the lines of what the values alone would make one row (不断缩小 / 健全完善, a
     * blank line between): a row is in one group of each level column, so they are two rows, each under its name.
     */
    @Test
    void twoLevelNamesWithinOneRowsValuesPartIt() {
        List<String> lines = lines(SPREAD);
        assertTrue(runOf(lines, "社会效益指标", "改善群众生产生活", "条件", "不断缩小", "可持续影响指标", "项目年限 健全完善"),
                lines::toString);
        assertTrue(runOf(lines, "数量指标", "免费提供教科书学", "生人数", "1002 元/生·", "年", "支付对象数量 ≥92 个",
                "质量指标", "合格率 100%"), lines::toString);
    }

    /**
     * A measure within running text ("约 51000 平方米（包含…"), spaced from the CJK around it by the layout tool, parts
     * no cell; a whole value one space after CJK text still does.
     */
    @Test
    void aMeasureInRunningTextPartsNoCell() {
        assertEquals(List.of("1.街道、便道硬化约 51000 平方米（包含新建和改建）"),
                texts(LayoutText.chunks("        1.街道、便道硬化约 51000 平方米（包含新建和改建）", 0, 2)));
        assertEquals(List.of("2.新建道路 5 公里，改善出行"), texts(LayoutText.chunks("  2.新建道路 5 公里，改善出行", 0, 2)));
        assertEquals(List.of("增加公用", "200 元/生·年", "县委"), texts(LayoutText.chunks("   增加公用 200 元/生·年   县委", 0, 2)));
        assertFalse(Shapes.measureInProse("元/生·年"));
        assertTrue(Shapes.measureInProse("平方米（包含新建和改建）"));
    }

    /** A rate per a number of people, the layout tool's space before its unit ("≤99/10 万"), is one whole value. */
    @Test
    void aRatePerSpacedFromItsUnitIsOneValue() {
        assertTrue(Shapes.numericValue("≤99/10 万"));
        assertTrue(Shapes.numericValue("≤99/10万"));
        assertFalse(Shapes.numericValue("≤99/10 万人次以上的地区"));
    }

    /**
     * A value filling its column wraps on past a line that holds a level name alone ("形成可复制、可推广的经验做" /
     * "可持续影响指" / "法，为同类项目实施提供示范和"): the line had no room for the next word, so the text below is
     * the same value, not the next row's (from a generated narrow document).
     */
    @Test
    void aFullValueLineWrapsPastALevelNamesLine() {
        String[] page = {
            "                                                                         指标值确定依",
            "一级指标     二级指标      三级指标        绩效指标描述                  指标值",
            "                                                                            据",
            "                 改善群众生产生 改善群众生产生活                                        防贫补充保险",
            "        社会效益指标                                     明显改善",
            "                   活条件      条件                                             协议",
            "效益指标                                        形成可复制、可推广的经验做",
            "        可持续影响指",
            "                   可持续性          可持续性      法，为同类项目实施提供示范和                  县领导",
            "           标",
            "                                                  借鉴",
            "        服务对象满意                 满意人口数占总受",
            "满意度指标             群众满意度                                ≥90%                调查问卷",
            "          度指标                   益人口数的比例",
        };
        List<String> lines = lines(page);
        assertTrue(runOf(lines, "形成可复制、可推广的经验做", "法，为同类项目实施提供示范和", "借鉴"), lines::toString);
        assertTrue(runOf(lines, "可持续影响指", "标", "可持续性 可持续性"), lines::toString);
    }

    /**
     * A level-2 name wrapped around the level-1 name centred between its lines ("服务对象满意" / "满意度指标" /
     * "度指标") is one level cell: its first piece is no part of the row beside it.
     */
    @Test
    void aLevelTwoNameWrappedAroundTheLevelOneNameIsOneCell() {
        String[] page = {
            "                                                        指标值确定依",
            "一级指标   二级指标        三级指标        绩效指标描述         指标值",
            "                                                           据",
            "       社会效益指标",
            "                                                           4号",
            "                  重大传染病疫情      重大传染病疫情        ≥99%",
            "效益指标",
            "                                            改善脱贫群众生  枣财教",
            "                受益建档立卡贫困户数   受益建档立卡贫困户数",
            "                                             产生活条件 〔2021〕5号",
            "                   可持续性         可持续性           2年         县领导",
            "       可持续影响指                                             冀财行",
            "          标       长效管理机制     建立健全长效管理机制        健全       【2023】13",
            "                                                           4号",
            "        服务对象满意     救助对象满意度           救助对象满意度            ≥95%        调查问卷",
            "满意度指标",
            "         度指标        种植户满意度            种植户满意度            ≥95%        调查问卷",
        };
        List<String> lines = lines(page);
        assertTrue(runOf(lines, "满意度指标", "服务对象满意", "度指标", "救助对象满意度 救助对象满意度 ≥95% 调查问卷"),
                lines::toString);
    }

    /**
     * A deadline wrapped in its cell ("12月底" / "前") below which a neighbour's line sits: the end goes on the
     * deadline (a whole value with it), not on the basis beside it, though "12月底" is whole too and a period.
     */
    @Test
    void aDeadlinesEndGoesOnTheDeadline() {
        String[] page = {
            "                                                         指标值确定依",
            " 一级指标     二级指标     三级指标         绩效指标描述        指标值",
            "                                                            据",
            "          数量指标     贴息户数           贴息户数            5台",
            "                   培训合格率      参训教师考核合格率       ≤12%       年度工作计划",
            " 产出指标             专项检查完成时                     12月底",
            "          时效指标                 专项检查完成时间            单位确定项目",
            "                     间                          前",
        };
        List<String> lines = lines(page);
        assertTrue(runOf(lines, "专项检查完成时", "间", "专项检查完成时间", "12月底", "前", "单位确定项目"),
                lines::toString);
    }

    /**
     * A level-1 name wider than its column as the page's width estimate reads it ("满意度指" / "标" starting at the
     * margin) on a page a grid goes on to: still the 一级指标 column's, written before its group's level-2 name and
     * rows, not after them.
     */
    @Test
    void aLevelOneNameWiderThanItsColumnStaysLevelOne() {
        String[] page = {
            "绩效目标",
            "       2.追回违规使用的医保基金",
            "       二级指                            指标值确定依",
            "一级指标         三级指标      绩效指标描述    指标值",
            "        标                                 据",
            "                                        威财教",
            "        标    款申请满",
            "                         足率                  号",
            "               足率",
            "       可持续",
            "             政策持续      政策持续实施               枣财教",
            "       影响指                      健全完善",
            "             实施年限        年限               〔2021〕5号",
            "        标",
            "效益指标",
            "             改善脱贫                          枣财教",
            "       社会效             改善脱贫群众",
            "             群众生产                ≥92%     〔2021〕78",
            "       益指标             生产生活条件",
            "             生活条件                            号",
            "",
            "\f     服务对",
            "满意度指",
            "     象满意   满意度   满意度   ≥100%   调查问卷",
            "  标",
            "     度指标",
        };
        List<String> lines = lines(page);
        assertTrue(runOf(lines, "满意度指", "标", "服务对", "象满意", "度指标", "满意度 满意度 ≥100% 调查问卷"),
                lines::toString);
    }

    /**
     * On a narrow page whose header stands left of where the values came out (指标值 over 24-27, values at 30, under
     * 指标值确定依据): a whole value right of the value column, with nothing in that column or right of it before it
     * on its line, is the value (a basis is words); so each row keeps its value and the rows stay apart.
     */
    @Test
    void aValueSetRightOfItsEmptyColumnIsTheValue() {
        String[] page = {
            "        4.医保信息化建设（DRG/DIP支付方式改革）绩效目标表",
            "991734开化县医疗保障局本级                        单位：万元",
            "项目编码          07243765W44W33099256V",
            "项目名称     医保信息化建设（DRG/DIP支付方式改革）",
            "预算规模",
            "                                    其他资金",
            "及资金用 预算数  92.32 其中：财政资金 63.63",
            "                                     28.69",
            "  途",
            "资金支出",
            " 计划   3月底  6月底   10月底   12月底",
            " （%）",
            "     1.保证系统稳定",
            "绩效目标 2.数据正常流转",
            "     3.逐步提升系统功能，满足更多需求。",
            "      二级指                     指标值确定依",
            "一级指标      三级指标 绩效指标描述   指标值",
            "        标                        据",
            "          小学一年",
            "               小学一年级新生",
            "          级新生免",
            "               免费正版学生字 ≥100% 单位确定项目",
            "          费正版学",
            "                   典",
            "      数量指 生字典",
            "        标 脱贫防贫",
            "          专项工作 脱贫防贫专项工 24096平",
            "          经费发放 作经费发放率    方米",
            "            率",
            "产出指标                                  赞财农",
            "       质量指 贷款逾期",
            "                   贷款逾期率      ≥85%   【2022】42",
            "        标    率",
            "                                        号",
            "       时效指 项目完工",
            "                项目完工时间        100%",
            "        标   时间",
            "           人均基本",
            "                人均基本公共卫",
            "       成本指 公共卫生",
            "                生服务经费补助       8万元       人数",
            "        标  服务经费",
            "                  标准",
            "           补助标准",
        };
        List<String> lines = lines(page);
        assertTrue(runOf(lines, "贷款逾期率 ≥85%", "赞财农", "【2022】42", "号"), lines::toString);
        assertTrue(lines.contains("项目完工时间 100%"), lines::toString);
    }

    private static List<String> texts(List<Chunk> chunks) {
        return chunks.stream().map(Chunk::text).toList();
    }
}
