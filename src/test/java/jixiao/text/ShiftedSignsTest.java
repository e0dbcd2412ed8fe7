package jixiao.text;

import static jixiao.text.LayoutTextTest.lines;
import static jixiao.text.LayoutTextTest.runOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grids of layout family G whose lower rows {@code pdftotext -layout} set right of the header's columns and whose
 * names are centred on their sign lines, level names between their lines: real generated pages (style dg, the
 * narrowest), one grid each.
 */
class ShiftedSignsTest {
    /**
     * Three-line names centred on their sign lines, each line parted from the next by a line of a level-2 name: a
     * one-line cell with nothing right of it goes on past the level name to its row's sign line, and a name's lines
     * two lines apart take no line right under the last (the next row's name starts there).
     */
    private static final String[] PARTED = {
            "一级指",
            "      二级指标     三级指标   指标性质     指标值    度量单位",
            " 标",
            "               安装变压",
            "      数量指标              =       100     %",
            "                 器",
            "               河湖水质",
            "      质量指标              ≤        0      %",
            "产出指             达标率",
            " 标             完工及时",
            "      时效指标             定性      9月底前",
            "                 率",
            "               人员工资",
            "      成本指标              =       95     万元",
            "                成本",
            "          改善脱贫",
            "    社会效益指",
            "          群众生产         定性      明显改善",
            "       标",
            "          生活条件",
            "效益指       浅层地下",
            "    生态效益指",
            " 标        水位回升         定性      持续改善",
            "       标",
            "           幅度",
            "    可持续影响 经费保障",
            "                        =       100     年",
            "      指标   机制",
            "满意度 服务对象满 服务对象",
            "                        ≥       90      %",
            " 指标 意度指标   满意度"
    };

    /** A qualitative row's sign and value set a column right of the header's 指标性质 and 指标值 columns. */
    private static final String[] QUALITATIVE_RIGHT = {
            "一级指",
            "     二级指标 三级指标    指标性质  指标值  度量单位",
            " 标",
            "           购置64排",
            "     数量指标           =     6    个",
            "             CT",
            "产出指",
            "     质量指标 理赔周期      ≥    100   %",
            " 标",
            "           支付及时",
            "     时效指标           =     98   %",
            "             率",
            "           节约财政",
            "                    =     80   %",
            "    经济效益指   资金",
            "       标   返贫保障",
            "                   定性  有效节约",
            "             率",
            "效益指 社会效益指 学前三年",
            "                          =       99     %",
            "  标    标  毛入园率",
            "          长效管理",
            "                         定性      长效",
            "    可持续影响  机制",
            "      指标  项目可持",
            "                          =       95     年",
            "           续性",
            "          城乡居民",
            "满意度 服务对象满 对基本公",
            "                          ≥       98     %",
            " 指标 意度指标 共卫生服",
            "          务满意度"
    };

    /** A qualitative row's sign alone on its line, set right into the value column, its value wrapped around it. */
    private static final String[] SIGN_ALONE = {
            "一级                        指标 度量单 指标值确",
            "      二级指标    三级指标 指标性质",
            "指标                         值  位   定依据",
            "             土壤改良面               县委、县",
            "                     ≥    18  个",
            "                 积               政府确定",
            "      数量指标",
            "             校舍维修改               单位确定",
            "                     ≥    100 次",
            "               造面积                项目",
            "                                  唐财社",
            "             资金发放准",
            "产出    质量指标           =    100 %  【2020】",
            "                确率",
            "指标                                57号",
            "             补助资金拨               县委、县",
            "      时效指标           ≥    100 %",
            "               付时间               政府确定",
            "                                          枣财教",
            "      成本指标       抽检经费    =      114.2 万元 〔2021〕",
            "                                           5号",
            "                 设备使用年                   县委、县",
            "     可持续影响指标             =        2    年",
            "效益                 限                     政府确定",
            "指标               城乡居民公           有效      单位确定",
            "     社会效益指标              定性",
            "                 共卫生差距           提升       项目",
            "满意",
            "   服务对象满意度 受益农户满",
            "度指                       ≥       100    %   调查问卷",
            "      指标     意度",
            " 标"
    };

    /**
     * A sign line set left of the rows below it, its number and unit one chunk ("15 万元"): the document number after
     * them is the basis, and its cell's lines above and below, set where it stands, go with it.
     */
    static final String[] GLUED_UNIT = {
            "一级                     指标 度量单 指标值确",
            "      二级指标   三级指标 指标性质",
            "指标                      值   位  定依据",
            "                               巨财农",
            "            乡村振兴工",
            "      数量指标          =   15 万元 【2022】",
            "            作经费数量",
            "                               36号",
            "               筛查结果随                        相关政策",
            "      质量指标                 ≥      92     %",
            "产出               访率                           文件",
            "指标             专项检查完                        相关政策",
            "      时效指标                 =      100    %",
            "                成时间                           文件"
    };

    static Stream<Arguments> grids() {
        return Stream.of(
                Arguments.of("a number with its unit glued on", GLUED_UNIT, List.of("数量指标", "乡村振兴工", "作经费数量",
                        "= 15 万元", "巨财农", "【2022】", "36号", "质量指标")),
                Arguments.of("names parted by level names", PARTED, List.of("社会效益指", "标", "改善脱贫", "群众生产", "生活条件",
                        "定性 明显改善", "生态效益指", "标", "浅层地下", "水位回升", "幅度", "定性 持续改善")),
                Arguments.of("a qualitative sign a column right", QUALITATIVE_RIGHT, List.of("学前三年", "毛入园率", "= 99 %",
                        "可持续影响", "指标", "长效管理", "机制", "定性 长效")),
                Arguments.of("a qualitative sign alone in the value column", SIGN_ALONE, List.of("社会效益指标", "城乡居民公",
                        "共卫生差距", "定性", "有效", "提升", "单位确定", "项目", "满意")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grids")
    void cellsStandInTheirRowsInOrder(String name, String[] grid, List<String> run) {
        List<String> out = lines(grid);
        assertTrue(runOf(out, run.toArray(String[]::new)), out.toString());
    }
}
