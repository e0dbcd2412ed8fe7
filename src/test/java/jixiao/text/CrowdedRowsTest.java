package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pdftotext -layout of narrow grids whose rows crowd each other: cells one space apart on a line, rows on consecutive
 * lines, a value wrapped around the line of its row's names.
 */
class CrowdedRowsTest {
    private static final String HEAD = String.join("\n",
            "                      1.食品安全抽检监测经费绩效目标表",
            " 项目名称                             食品安全抽检监测经费",
            "预算规模及    预算数      10.34     其中：财政资金       10.34      其他资金",
            "");

    /** A page of a narrow grid whose rows the tool set further left the less text stands left of them. */
    private static final String NARROW_PAGE = String.join("\n",
            "一级指 二级指                                      指标值确定",
            "            三级指标       绩效指标描述      指标值",
            " 标   标                                         依据",
            "          65岁及以上",
            "                 65岁及以上老",
            "          老年人城乡                               枣财教",
            "      数量指        年人城乡社区",
            "          社区规范健                    3397人     〔2021〕5",
            "       标         规范健康管理",
            "          康管理服务                                 号",
            "                   服务率",
            "             率",
            "                               枣财教",
            "            宣传活动覆 宣传活动覆盖",
            "                       0起     〔2021〕78",
            "             盖人次    人次",
            "产出指 质量指                          号",
            " 标   标                         枣财教",
            "              项目验收合格",
            "         合格率           98%    〔2021〕5",
            "                 率",
            "                                 号",
            "                               枣财教",
            "    时效指 培训完成时",
            "              培训完成时间  开学前     〔2021〕5",
            "     标    间",
            "                                 号",
            "    成本指 设备采购成        10747.42 相关政策文",
            "              设备采购成本",
            "     标    本            万元        件",
            "");

    /**
     * A row whose cells stand one space apart (each pushed right by the text before it) takes its cells' second
     * lines along; the row above, whose description starts where the pushed value does, keeps its description (its
     * line holds its own value in the value column).
     */
    @Test
    void cellsPushedRightTakeTheirLinesAlongNotTheRowAbove(@TempDir Path dir) throws Exception {
        String text = HEAD + String.join("\n",
                "                                                     指标值确定依",
                "一级指标     二级指标     三级指标       绩效指标描述       指标值",
                "                                                        据",
                "产出指标     质量指标    文物安全事故      文物安全事故         ≥31%      单位确定项目",
                "                 脱贫防贫专项     脱贫防贫专项工作 ≤466元/平方 县委、县政府",
                "         成本指标",
                "                 工作经费数量       经费数量       米      确定",
                "                 河湖管护水平      河湖管护水平         ≥98%      单位确定项目",
                "效益指标 社会效益指标 脱贫群众满意 巩固脱贫群众”两不 改善脱贫群众 防贫补充保险",
                "               度    愁、三保障“水平 生产生活条件   协议",
                "        服务对象满意",
                "满意度指标             满意度          满意度         ≥100%      满意度调查",
                "          度指标",
                "");
        List<String> rows = LayoutTextTest.indicatorRows(dir, text);
        assertEquals(5, rows.size(), rows.toString());
        assertEquals("脱贫防贫专项工作经费数量|脱贫防贫专项工作经费数量|≤466元/平方米|县委、县政府确定", rows.get(1));
        assertEquals("河湖管护水平|河湖管护水平|≥98%|单位确定项目", rows.get(2));
        // the crowded row's name and description, each of two lines (which of its last two cells' four lines is the
        // value's and which the basis's its text alone does not tell)
        assertEquals(List.of("脱贫群众满意度", "巩固脱贫群众”两不愁、三保障“水平"),
                List.of(rows.get(3).split("\\|")).subList(0, 2));
        assertEquals("满意度|满意度|≥100%|满意度调查", rows.get(4));
    }

    /** Two one-line rows on consecutive lines, each with a whole qualitative value: two rows, not one. */
    @Test
    void twoWholeQualitativeValuesOneUnderTheOtherAreTwoRows(@TempDir Path dir) throws Exception {
        String text = HEAD + String.join("\n",
                " 一级指标     二级指标       三级指标             绩效指标描述          指标值      指标值确定依据",
                "           成本指标      运维服务费      运维服务费     691万元     县领导",
                " 产出指标",
                "        经济效益指标    亩均粮食产能增加   亩均粮食产能增加   稳定增收    防贫补充保险协议",
                "效益指标               孕产妇死亡率     孕产妇死亡率    明显改善     项目实施方案",
                "        社会效益指标",
                "                  群众看病就医负担   群众看病就医负担   有效提升    防贫补充保险协议",
                "        服务对象满意度",
                "满意度指标             服务对象满意度    服务对象满意度    ≥85%      调查问卷",
                "          指标",
                "");
        assertEquals(List.of(
                "运维服务费|运维服务费|691万元|县领导",
                "亩均粮食产能增加|亩均粮食产能增加|稳定增收|防贫补充保险协议",
                "孕产妇死亡率|孕产妇死亡率|明显改善|项目实施方案",
                "群众看病就医负担|群众看病就医负担|有效提升|防贫补充保险协议",
                "服务对象满意度|服务对象满意度|≥85%|调查问卷"), LayoutTextTest.indicatorRows(dir, text));
    }

    /**
     * Two one-line rows on consecutive lines of a narrow grid with no description column, a whole qualitative value
     * of three characters (零增长) under one of four: two rows, not one (水土流失治理环境污染事件 / 持续改善零增长).
     */
    @Test
    void aThreeCharacterQualitativeValueUnderAnotherIsTheNextRows(@TempDir Path dir) throws Exception {
        String text = LevelGroupsTest.LAYOUT_BLOCK + String.join("\n",
                "  一级指标  二级指标  三级指标     指标值",
                "            改善群众生产",
                "                       92%",
                "             生活条件",
                "     社会效益",
                "          因病致贫返贫       ≥95%",
                "效益指标  指标",
                "          学前三年毛入",
                "                      有效提升",
                "            园率",
                "            水土流失治理    持续改善",
                "    生态效益 环境污染事件       零增长",
                "     指标  化学农药使用",
                "                      持续改善",
                "            量",
                "");
        assertEquals(List.of("改善群众生产生活条件 92%", "因病致贫返贫 ≥95%", "学前三年毛入园率 有效提升", "水土流失治理 持续改善",
                "环境污染事件 零增长", "化学农药使用量 持续改善"), LayoutTextTest.projects(dir, text).get(0).indicators().stream()
                .map(i -> i.level3() + " " + i.value()).toList());
    }

    /**
     * A value wrapped around its row's line of names ("≥27341人" above it, "次" below): the unit is the value's rest,
     * and the description that the unit's line touches stays in its column.
     */
    @Test
    void aValueWrappedAroundItsRowKeepsItsUnit(@TempDir Path dir) throws Exception {
        String text = HEAD + String.join("\n",
                " 一级指标      二级指标        三级指标          绩效指标描述         指标值      指标值确定依据",
                " 产出指标                                  ≥27341人",
                "           数量指标     压减地下水开采量        压减地下水开采量   县委、县政府确定",
                "                                          次",
                "           质量指标     抽检不合格食品核 抽检不合格食品核查  100%      赞财农",
                "                    查处置率       处置率              【2022】42号",
                "");
        assertEquals(List.of(
                "压减地下水开采量|压减地下水开采量|≥27341人次|县委、县政府确定",
                "抽检不合格食品核查处置率|抽检不合格食品核查处置率|100%|赞财农【2022】42号"),
                LayoutTextTest.indicatorRows(dir, text));
    }

    /**
     * An amount wrapped around its row's one-line description ("10747.42" above it, "万元" below), the row's cells set
     * so far left that the amount stands in the description column: the amount and its unit are one cell, which
     * stands beside the description and goes to the value column, the basis beside it to the next.
     */
    @Test
    void anAmountAndItsUnitAroundADescriptionAreTheRowsValue(@TempDir Path dir) throws Exception {
        List<String> rows = LayoutTextTest.indicatorRows(dir, HEAD + NARROW_PAGE);
        assertEquals("设备采购成本|设备采购成本|10747.42万元|相关政策文件", rows.get(rows.size() - 1), rows.toString());
    }
}
