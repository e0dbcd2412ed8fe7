package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Narrow grids of autospaced documents (a gap between Chinese text and digits) as pdftotext -layout prints them,
 * taken from generated pages: the gap is a space inside a cell, which the reader must not take for the edge between
 * two cells.
 */
class AutospacedNarrowGridTest {
    /**
     * A description set left of its column, its first line above the name beside it ("…文件后 30 日内分" over
     * "解下达并拨付…"): the gap at the column's edge is inside the cell, whose other lines run across that edge, so
     * "30日内分" is no value (the row's value is "12月底前").
     */
    @Test
    void aCellsLineCrossingAColumnEdgeStaysWhole(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                     大邑县教育局 2025 年度部门预算绩效目标",
                "",
                "          1.（上年结转）县级衔接推进乡村振兴资金-扶贫小额信贷贴息项目绩效目标表",
                "",
                "275386 大邑县教育局本级       单位：万元",
                "",
                "项目编",
                "                               57902449K82944813324P",
                " 码",
                "项目名",
                "                  （上年结转）县级衔接推进乡村振兴资金-扶贫小额信贷贴息项目",
                " 称",
                "预算规     预算数        267.18                其中：财政资金            267.18     其他资金",
                "模及资",
                "                            巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
                "金用途",
                "资金支     3 月底        6 月底                    10 月底           12 月底",
                "出计划",
                "                                                            267.18",
                "（%）",
                "绩效目 1.实现定点医药机构检查全覆盖",
                " 标  2.追回违规使用的医保基金",
                "一级指                                                                    指标值确定",
                "        二级指标       三级指标                   绩效指标描述                指标值",
                " 标                                                                       依据",
                "                                                                          单位确定项",
                "        质量指标       终端在线率                  终端在线率                 ≤1%",
                "产出指                                                                    目",
                " 标                      资金在收到上级下达文件后 30 日内分",
                "             资金在收到上级下达文件",
                "                         解下达并拨付至项目实施单位，不得滞          县委、县政",
                "        时效指标 后规定时限内拨付至项目                     12 月底前",
                "                         留、截留或者挪作他用的比例，逾期未           府确定",
                "               实施单位的比例",
                "                             拨付的须书面说明原因",
                "                                                            4126.25 年度工作计",
                "        成本指标      信息化建设费用                信息化建设费用",
                "                                                              万元      划",
                "");
        assertEquals(List.of("终端在线率|终端在线率|≤1%|单位确定项目",
                "资金在收到上级下达文件后规定时限内拨付至项目实施单位的比例|资金在收到上级下达文件后30日内分解下达并拨付至项目实施单位，"
                        + "不得滞留、截留或者挪作他用的比例，逾期未拨付的须书面说明原因|12月底前|县委、县政府确定",
                "信息化建设费用|信息化建设费用|4126.25万元|年度工作计划"), LayoutTextTest.indicatorRows(dir, text));
    }

    /** A value one gap from its unit ("90 吨") with no basis beside it: the unit is the value's, no basis. */
    @Test
    void aUnitSetApartIsNoBasis(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                      4.脱贫防贫专项工作经费绩效目标表",
                "",
                "867872 柏乡县医疗保障局本级      单位：万元",
                "",
                " 项目编码                           65284305M86S29542040S",
                " 项目名称                             脱贫防贫专项工作经费",
                "预算规模及      预算数          10.68              其中：财政资金         7.36   其他资金 3.32",
                "资金用途",
                "资金支出计      3 月底         6 月底                  10 月底       12 月底",
                " 划（%）",
                " 绩效目标    1.及时发放工资",
                "        2.提高工作效率",
                "                                                                指标值确定依",
                " 一级指标    二级指标          三级指标                绩效指标描述        指标值",
                "                                                                   据",
                "                                                                  枣财教",
                "                      资助参保人数               资助参保人数        92 期   〔2021〕78",
                "         数量指标",
                "                                                                   号",
                "                 结核病可疑症状者筛查人数 结核病可疑症状者筛查人数               90 吨",
                "                 “防贫预警及管理系统”平台 “防贫预警及管理系统”平台             ≥100",
                " 产出指标    质量指标                                                      人数",
                "                   运行维护费发放率      运行维护费发放率                 %",
                "                                                         ≥100",
                "         时效指标         项目完工时间               项目完工时间",
                "                                                          %",
                "");
        List<String> rows = LayoutTextTest.indicatorRows(dir, text);
        assertEquals("结核病可疑症状者筛查人数|结核病可疑症状者筛查人数|90吨|null", rows.get(1));
        assertEquals("资助参保人数|资助参保人数|92期|枣财教〔2021〕78号", rows.get(0));
    }

    /**
     * A per-many value cut in the number after its slash ("≤23/1" over "0万", the name's line between them) is one
     * value, not two: "0万" completes the line above as no value of its own does.
     */
    @Test
    void aPerManyValueCutInItsNumberIsOneValue(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                  10.防贫工作补充保险经费绩效目标表",
                "",
                "项目名称                        防贫工作补充保险经费",
                "预算规模    预算数         47.98           其中：财政资金        47.98 其他资金",
                "及资金用",
                "                            稳定基本医疗保险参保率",
                "  途",
                "资金支出    3 月底        6 月底              10 月底       12 月底",
                " 计划",
                "                                                   47.98",
                " （%）",
                "绩效目标 1.巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
                "                                                           指标值确",
                "一级指标    二级指标       三级指标               绩效指标描述       指标值",
                "                                                            定依据",
                "                                                           单位确定",
                "        时效指标    校舍维修完成时间             校舍维修完成时间      95%",
                "产出指标                                                    项目",
                "                                                        赞财农",
                "       可持续影响                                       健全完",
                "                工程设计使用年限             工程设计使用年限          〔2022〕",
                "        指标                                          善",
                "效益指标                                                    172 号",
                "       社会效益指                                       ≤23/1 项目实施",
                "                  因病致贫返贫              因病致贫返贫",
                "         标                                          0万    方案",
                "满意度指 服务对象满",
                "                 参训学员满意度             参训学员满意度       ≥90%",
                "  标   意度指标",
                "");
        List<String> rows = LayoutTextTest.indicatorRows(dir, text);
        assertEquals(List.of("校舍维修完成时间|校舍维修完成时间|95%|单位确定项目",
                "工程设计使用年限|工程设计使用年限|健全完善|赞财农〔2022〕172号", "因病致贫返贫|因病致贫返贫|≤23/10万|项目实施方案",
                "参训学员满意度|参训学员满意度|≥90%|null"), rows);
    }

    /**
     * One-line cells of a row side by side, a name with a Latin word at its end ("购置 64 排 CT   购置 64 排 CT"): the
     * gap before the word is inside the cell, and the space the reader writes between the two cells is no such gap.
     * A real generated page.
     */
    @Test
    void oneLineCellsSideBySideStayApart(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                       3.农村人居环境整治提升绩效目标表",
                "",
                "419011 临城县旅游服务中心      单位：万元",
                "",
                "  项目编码                         77859321J70281606193G",
                "  项目名称                             农村人居环境整治提升",
                "预算规模及资金用      预算数         400.08     其中：财政资金       234.43      其他资金 165.65",
                "    途                              稳定基本医疗保险参保率",
                " 资金支出计划       3 月底        6 月底         10 月底       12 月底",
                "   （%）                                             400.08",
                "           1.巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
                "  绩效目标     2.持续巩固“两不愁、三保障\"\"水平\"",
                "           3.增加脱贫群众满意度",
                "  一级指标       二级指标        三级指标        绩效指标描述         指标值         指标值确定依据",
                "                         贴息户数         贴息户数         5104 株     枣财教〔2021〕5 号",
                "             数量指标",
                "                        购置 64 排 CT   购置 64 排 CT   90.00 万元       项目实施方案",
                "             质量指标      工程验收合格率 工程验收合格率             ≥100%",
                "  产出指标                 治理任务完成时 治理任务完成时",
                "             时效指标                                  11 月底前      巨财【2022】14 号",
                "                          间       间",
                "                                                  ≤284 元/平方",
                "             成本指标       休耕补助标准       休耕补助标准                    防贫补充保险协议",
                "                                                      米",
                "                                     设备正常使用年                  赞财农〔2022〕172",
                "  效益指标      可持续影响指标     设备使用年限                       2年",
                "                                        限                         号",
                "           服务对象满意度指",
                "  满意度指标                   满意率          满意率         ≥100%          调查问卷",
                "               标",
                "");
        List<String> rows = LayoutTextTest.indicatorRows(dir, text);
        assertEquals(List.of("贴息户数|贴息户数|5104株|枣财教〔2021〕5号", "购置64排CT|购置64排CT|90.00万元|项目实施方案"),
                rows.subList(0, 2));
    }
}
