package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pdftotext -layout of a grid with centred cells: a short qualitative value (有效提升), alone with its level name on
 * the middle line of its row's two-line description, is set left over the description column. It is the row's value,
 * not a line of the description (whose lines above and below it are centred on one axis and it is not), and the rows
 * after it keep their own values.
 */
class DriftedValueTest {
    private static final String HEAD = String.join("\n",
            "                      1.医疗救助资金绩效目标表",
            " 项目名称                             医疗救助资金",
            "预算规模及    预算数         172.99            其中：财政资金         172.99",
            " 一级指标     二级指标       三级指标          指标描述             指标值      指标值确定依据",
            "");

    /** The text of the given lines under the first three lines of {@link #HEAD} (its title and header block). */
    private static String underHeaderBlock(String... lines) {
        return String.join("\n", HEAD.lines().limit(3).toList()) + "\n" + String.join("\n", lines);
    }

    @Test
    void aValueSetLeftOverTheDescriptionIsTheRowsValue(@TempDir Path dir) throws Exception {
        String text = HEAD + String.join("\n",
                "           时效指标    设备采购完成时间     设备采购完成时间          9月底前",
                "                   减轻困难家庭负 减轻家庭经济困难幼儿家                            某财教",
                "         社会效益指标                        有效提升",
                "                      担       庭教育负担                             〔2021〕78号",
                " 效益指标              长效管理机制         建立健全长效管理机制           99年       县领导批示",
                "         可持续影响指标                 工作队综合经费可持",
                "                    可持续性                              100年",
                "                                      续性",
                "");
        List<String> rows = LayoutTextTest.indicatorRows(dir, text);
        assertEquals(List.of(
                "设备采购完成时间|设备采购完成时间|9月底前|null",
                "减轻困难家庭负担|减轻家庭经济困难幼儿家庭教育负担|有效提升|某财教〔2021〕78号",
                "长效管理机制|建立健全长效管理机制|99年|县领导批示",
                "可持续性|工作队综合经费可持续性|100年|null"), rows);
    }

    /**
     * A qualitative value (健全完善) alone with its row's name on the middle line of a description whose last line is
     * one character centred under the first ("建立健全长效管理机" / "制"): their estimated centres differ by a column (a
     * short line's width is rounded), still one cell's lines, so the value is the row's and its row stays apart from
     * the next (it had joined the satisfaction row below, which took its name).
     */
    @Test
    void aValueBesideADescriptionEndingInOneCentredCharacterIsTheRowsValue(@TempDir Path dir) throws Exception {
        String text = underHeaderBlock(
                "                                                                指标值确定依",
                " 一级指标       二级指标          三级指标          绩效指标描述          指标值",
                "                                                                  据",
                "                                                        65.6万   县委、县政府",
                "            成本指标        信息化建设费用        信息化建设费用",
                "                                                          元       确定",
                "           社会效益指标       医保服务便捷度        医保服务便捷度         明显提升      计划标准",
                "                                     项目持续发挥效益年",
                "                         项目可持续性                          1年      行业标准",
                " 效益指标                                    限",
                "          可持续影响指标",
                "                                     建立健全长效管理机",
                "                         长效管理机制                健全完善",
                "                                         制",
                "          服务对象满意度",
                " 满意度指标            定点医疗机构满意度          定点医疗机构满意度          ≥94%     问卷调查",
                "             指标",
                "");
        List<String> rows = LayoutTextTest.indicatorRows(dir, text);
        assertEquals(List.of(
                "信息化建设费用|信息化建设费用|65.6万元|县委、县政府确定",
                "医保服务便捷度|医保服务便捷度|明显提升|计划标准",
                "项目可持续性|项目持续发挥效益年限|1年|行业标准",
                "长效管理机制|建立健全长效管理机制|健全完善|null",
                "定点医疗机构满意度|定点医疗机构满意度|≥94%|问卷调查"), rows);
    }

    /**
     * A qualitative value (有效减轻) set left over the description column, aligned with the one-line description of the
     * row above (可持续性) two lines up: that description had room for more, so the value does not go on it; it is the
     * row's value, and the satisfaction row below stays a row of its own.
     */
    @Test
    void aValueAlignedWithAShortCellTwoLinesAboveIsTheRowsValue(@TempDir Path dir) throws Exception {
        String text = underHeaderBlock(
                " 一级指标      二级指标       三级指标          绩效指标描述      指标值 指标值确定依据",
                "                                               1775万",
                "           成本指标       补助资金           补助资金                  县领导批示",
                "                                                 元",
                "         可持续影响指标      可持续性           可持续性      健全完善        行业标准",
                " 效益指标                脱贫群众满意 增加脱贫群众满",
                "          社会效益指标                    有效减轻                   县领导批示",
                "                        度      意度",
                "         服务对象满意度 服务对象满意",
                " 满意度指标                  服务对象满意度 ≥100%                      满意度调查",
                "            指标      度",
                "");
        List<String> rows = LayoutTextTest.indicatorRows(dir, text);
        assertEquals(List.of(
                "补助资金|补助资金|1775万元|县领导批示",
                "可持续性|可持续性|健全完善|行业标准",
                "脱贫群众满意度|增加脱贫群众满意度|有效减轻|县领导批示",
                "服务对象满意度|服务对象满意度|≥100%|满意度调查"), rows);
    }

    /**
     * A row whose description fills its lines pushes its value and basis left on the page (a layout tool sets text
     * after the text left of it): the value (有效提升) stands over the description column beside the description's
     * lines, the basis (防贫补充保险协 / 议) over the value column on the lines around it. The row's cells side by side
     * move right together, each into the next column, so the value is the row's value and the basis its basis.
     */
    @Test
    void aRowPushedLeftKeepsItsCellsInOrder(@TempDir Path dir) throws Exception {
        String text = underHeaderBlock(
                "一级指标 二级指标      三级指标          绩效指标描述          指标值        指标值确定依据",
                "              宫颈癌筛查人                                      枣财教",
                "       数量指标                  宫颈癌筛查人数             9套",
                "                 数                                      〔2021〕5号",
                "产出指标",
                "       时效指标   项目完工时间         项目完工时间          8月底前         县领导",
                "       社会效益               教师专业素养和教育教      防贫补充保险协",
                "              教师专业素质                 有效提升",
                "        指标                   学能力             议",
                "效益指标",
                "       可持续影   政策持续实施",
                "                            政策持续实施年限         ≥80年         县领导",
                "        响指标     年限",
                "");
        List<String> rows = LayoutTextTest.indicatorRows(dir, text);
        assertEquals(List.of(
                "宫颈癌筛查人数|宫颈癌筛查人数|9套|枣财教〔2021〕5号",
                "项目完工时间|项目完工时间|8月底前|县领导",
                "教师专业素质|教师专业素养和教育教学能力|有效提升|防贫补充保险协议",
                "政策持续实施年限|政策持续实施年限|≥80年|县领导"), rows);
    }

    /**
     * A row whose value and basis both stand on lines holding little else, so the tool set them far left, the value
     * under the description column's text and the basis over the value column ("100%" a line below "县领导批" / "示"):
     * the value is put back into its column, and the text right of it is the row's basis, not more of its description.
     */
    @Test
    void theTextRightOfAValueSetLeftIsTheRowsBasis(@TempDir Path dir) throws Exception {
        String text = underHeaderBlock(
                "                                                             指标值确",
                "一级指标     二级指标       三级指标           绩效指标描述          指标值",
                "                                                              定依据",
                "                 “防贫预警及管理系统” “防贫预警及管理系统”               5.87 县领导批",
                "         数量指标",
                "                  平台运行维护费数量   平台运行维护费数量                万元     示",
                "                 “防贫预警及管理系统” “防贫预警及管理系统”      县领导批",
                "         质量指标                            100%",
                "                 平台运行维护费发放率 平台运行维护费发放率          示",
                "产出指标",
                "                 “防贫预警及管理系统” “防贫预警及管理系统”      县领导批",
                "         时效指标                            100%",
                "                 平台运行维护费及时率 平台运行维护费及时率          示",
                "                 “防贫预警及管理系统” “防贫预警及管理系统”               5.87 县领导批",
                "         成本指标",
                "                 平台运行维护费总成本 平台运行维护费总成本                 万元     示",
                "        可持续影响指                                               县领导批",
                "                    可持续性             可持续性              1年",
                "           标                                                   示",
                "效益指标",
                "                 有致贫返贫风险的应防 有致贫返贫风险的应防      县领导批",
                "        社会效益指标                         100%",
                "                     尽防         尽防            示",
                "        服务对象满意",
                "满意度指标                满意度               满意度             97%   调查问卷",
                "          度指标",
                "");
        List<String> rows = LayoutTextTest.indicatorRows(dir, text);
        assertEquals(List.of(
                "“防贫预警及管理系统”平台运行维护费数量|“防贫预警及管理系统”平台运行维护费数量|5.87万元|县领导批示",
                "“防贫预警及管理系统”平台运行维护费发放率|“防贫预警及管理系统”平台运行维护费发放率|100%|县领导批示",
                "“防贫预警及管理系统”平台运行维护费及时率|“防贫预警及管理系统”平台运行维护费及时率|100%|县领导批示",
                "“防贫预警及管理系统”平台运行维护费总成本|“防贫预警及管理系统”平台运行维护费总成本|5.87万元|县领导批示",
                "可持续性|可持续性|1年|县领导批示",
                "有致贫返贫风险的应防尽防|有致贫返贫风险的应防尽防|100%|县领导批示",
                "满意度|满意度|97%|调查问卷"),
                rows);
    }
}
