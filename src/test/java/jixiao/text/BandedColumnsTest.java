package jixiao.text;

import static jixiao.text.LayoutTextTest.lines;
import static jixiao.text.LayoutTextTest.runOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Space-aligned text of narrow grids whose columns the layout tool set at other places in other bands of rows: cells
 * keep their columns by their order among the cells beside them.
 */
class BandedColumnsTest {
    /**
     * A grid whose last row prints its description on the line between the two lines of its 三级指标 (医疗救助 /
     * 医疗救助资金 / 资金), its value and basis set a column left of the other rows'.
     */
    private static final String[] INTERLEAVED_LAST_ROW = {
        "    服务对象满意度达到90%以上。",
        "一级指                                   指标值确定依",
        "     二级指标 三级指标 绩效指标描述 指标值",
        " 标                                       据",
        "                                      赞财农",
        "             检查定点 检查定点医药",
        "                               92%   〔2022〕",
        "             医药机构   机构",
        "                                      172号",
        "      数量指标 脱贫防贫",
        "                脱贫防贫专项                唐财社",
        "           专项工作",
        "                工作经费发放        ≥92%   【2020】57",
        "           经费发放",
        "                  率                     号",
        "             率",
        "产出指",
        "                                      巨财农",
        " 标                  项目验收合格",
        "      质量指标    合格率             100%   【2022】43",
        "                      率",
        "                                        号",
        "                                      巨财农",
        "           疫情报告 疫情报告及时",
        "      时效指标                    100%   【2022】36",
        "            及时率   率",
        "                                        号",
        "             医疗救助        ≤294元/",
        "      成本指标        医疗救助资金        单位确定项目",
        "              资金          平方米",
    };

    /**
     * A grid whose rows at the page foot print a line apart: a value's two lines (无暴发流 / 行) with the basis of
     * its row between them.
     */
    private static final String[] DOUBLE_SPACED_VALUE = {
        "绩效目标 2.发放及时率百分之百",
        "     3.提高服务对象满意度",
        "      二级指                      指标值确定依",
        "一级指标       三级指标 绩效指标描述  指标值",
        "        标                         据",
        "           修建田间",
        "                修建田间道路 ≥330万元 上级下达任务",
        "      数量指    道路",
        "        标  新媒体宣 新媒体宣传推           枣财教",
        "                         100%",
        "            传推文    文           〔2021〕5号",
        "             乡村振兴",
        "       质量指          乡村振兴工作",
        "             工作经费            95万元     人数",
        "        标           经费发放情况",
        "产出指标         发放情况",
        "             贷款贴息                     巨财",
        "       时效指          贷款贴息补助",
        "             补助完成              98% 【2022】14",
        "        标            完成时间",
        "              时间                       号",
        "                                     赞财农",
        "       成本指",
        "             补贴资金    补贴资金    180万元 〔2022〕172",
        "        标",
        "                                       号",
        "     社会效     居民健康   居民健康素养   无暴发流",
        "效益指标                               相关政策文件",
        "     益指标     素养水平     水平        行",
        "     服务对",
        "满意度指",
        "     象满意     满意率     满意率      95%   调查问卷",
    };

    /**
     * A grid whose first two rows the tool set wide (descriptions at column 24, values at 37) and the rest narrow
     * (descriptions at 15, values at 23).
     */
    private static final String[] NARROW_BAND = {
        "                                           指标值确定",
        "一级指标 二级指标 三级指标         绩效指标描述       指标值",
        "                                              依据",
        "                                             冀财农",
        "       数量指标 救助人次        救助人次         90%   2022年160",
        "                                               号",
        "          计量设施                               冀财农",
        "               计量设施正常运",
        "产出指标 质量指标 正常运行                      ≥95%   2022年160",
        "                  行率",
        "            率                                  号",
        "          改革任务 改革任务完成时",
        "       时效指标            10月底前 县领导批示",
        "          完成时间     间",
        "     成本指标 补助资金   补助资金  1775万元 县领导批示",
        "     可持续影",
        "          可持续性   可持续性  健全完善 行业标准",
        "     响指标",
        "效益指标",
        "     社会效益 脱贫群众 增加脱贫群众满",
        "                       有效减轻 县领导批示",
        "      指标  满意度     意度",
        "     服务对象",
        "满意度指      服务对象",
        "     满意度指      服务对象满意度 ≥100% 满意度调查",
        "  标       满意度",
    };

    /**
     * The description between the lines of its row's 三级指标 stays in its column when the value and basis beside it
     * are parted: the basis moves on right, rather than the value and the description moving left.
     */
    @Test
    void aDescriptionBetweenTheLinesOfItsLevelThreeCellKeepsItsColumn() {
        List<String> lines = lines(INTERLEAVED_LAST_ROW);
        assertTrue(runOf(lines, "医疗救助", "资金", "医疗救助资金", "≤294元/", "平方米", "单位确定项目"), lines::toString);
    }

    /**
     * The two lines of a value a line apart (无暴发流 / 行) are one row's value: the narrow rows' descriptions above
     * stay in their column by rank (乡村振兴工作 / 经费发放情况), so the value column is no wider than its own text
     * and 无暴发流 had no room for 行.
     */
    @Test
    void aValueSplitByABlankLineIsOneRowsValue() {
        List<String> lines = lines(DOUBLE_SPACED_VALUE);
        assertTrue(runOf(lines, "居民健康", "素养水平", "居民健康素养", "水平", "无暴发流", "行", "相关政策文件"),
                lines::toString);
    }

    /**
     * In the narrow band a description alone on its lines is the second of the four cells beside it, not a line of
     * the 三级指标 the wide band's columns would make it.
     */
    @Test
    void aNarrowBandsCellsTakeTheirRankAmongTheCellsBesideThem() {
        List<String> lines = lines(NARROW_BAND);
        assertTrue(runOf(lines, "计量设施", "正常运行", "率", "计量设施正常运", "行率", "≥95%"), lines::toString);
        assertTrue(runOf(lines, "补助资金", "补助资金", "1775万元", "县领导批示")
                || lines.contains("补助资金 补助资金 1775万元 县领导批示"), lines::toString);
    }
}
