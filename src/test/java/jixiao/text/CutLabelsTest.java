package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.model.Budget;

/**
 * Header blocks whose labels a narrow column wraps one piece a line ("其他" / "资金", "绩效目" / "标"), as
 * {@code pdftotext -layout} prints them: real generated pages (bench/text-tools/html_tables.py, styles dg, dwg).
 */
class CutLabelsTest {
    /**
     * The fiscal amount right after its label on its line, set by a coarse character grid between the pieces of the
     * next label, whose amount cell is empty: the amount is the label's before it.
     */
    @Test
    void anAmountRightAfterItsLabelIsNotTheNextLabelsAroundIt(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                  1.医疗救助资金绩效目标表",
                "230142庆元县旅游服务中心                              单位：万元",
                "项目",
                "                      医疗救助资金",
                "名称",
                "项目",
                "   31930561A5827E964B99N 主管部门 庆元县文化广电和旅游局",
                "编码",
                "资金                     其他",
                "      197.63      财政拨款   197.63",
                "总额                     资金",
                "   1.为建档立卡贫困户提供小额贷款补贴利息",
                "绩效",
                "   2.增加脱贫群众收入水平",
                "目标",
                "   3.巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
                String.join("\n", ShiftedSignsTest.GLUED_UNIT),
                "");
        Budget b = LayoutTextTest.projects(dir, text).get(0).budget();
        assertEquals(new Budget(new BigDecimal("197.63"), new BigDecimal("197.63"), null), b);
    }

    /**
     * A label cut by a page break whose last piece opens the second line of the next page, the row's goals going on
     * above it and beside it ("绩效目" / page break / "标"): the piece completes the label, and the goals on both pages
     * are the project's.
     */
    @Test
    void aLabelsPieceBesideItsRowOnTheNextPageCompletesIt(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                        2.地下水超采综合治理绩效目标表",
                "",
                "194002 赞皇县农村供水管理站        单位：万元",
                "",
                "项目名",
                "                                 地下水超采综合治理",
                " 称",
                "项目编",
                "        13012923P00921U5161LW      主管部门                    赞皇县水利局",
                " 码",
                "资金总                                          其他",
                "       2549.60        财政拨款         2549.60",
                " 额                                           资金",
                "绩效目 1.压减地下水开采量；",
                "\f      2.推进地下水位止跌回升。",
                " 标    3.安装农业灌溉智能计量设施，确保各项任务按照时间节点高质量完成，资金使用规范、安全、有效，",
                "      项目效益充分发挥，服务对象满意度达到 90%以上。",
                "一级指                                       指标 度量单",
                "        二级指标          三级指标        指标性质                       指标值确定依据",
                " 标                                         值  位",
                "                                                 万立方",
                "        数量指标        压减地下水开采量       =      392               赞财农【2022】42 号",
                "                                                  米",
                "                   计量设施正常运行率       ≥      95      %         赞财农【2022】42 号",
                "");
        List<String> goals = LayoutTextTest.projects(dir, text).get(0).goals();
        assertEquals(3, goals.size(), goals::toString);
        assertEquals(List.of("压减地下水开采量；", "推进地下水位止跌回升。"), goals.subList(0, 2));
        assertTrue(goals.get(2).startsWith("安装农业灌溉智能计量设施，") && goals.get(2).endsWith("以上。"), goals::toString);
    }

    /**
     * A label cut by a page break after its first piece ("预算规模", a label itself) whose other pieces open the next
     * page around the purpose ("及资金用" / purpose / "途"): they complete the longer label, and the purpose is the
     * project's.
     */
    @Test
    void piecesAroundThePurposeOnTheNextPageCompleteTheLabel(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "5.冀财农2022年 136号提前下达2023年中央财政衔接推进乡村振兴补助资金-中央直达",
                "                        资金绩效目标表",
                "",
                "875880蒲江县乡村振兴局本级          单位：万元",
                "",
                "项目编码                   47722056T58759194846A",
                "     冀财农2022年 136号提前下达2023年中央财政衔接推进乡村振兴补助资金-中央",
                "项目名称",
                "                         直达资金",
                "预算规模  预算数        402.95  其中：财政资金   402.95 其他资金",
                "\f及资金用",
                "           落实城乡居民基本医疗保险财政补助，保障参保群众基本医疗需求",
                "  途",
                "资金支出     3月底       6月底           10月底         12月底",
                " 计划",
                "                                              402.95",
                " （%）",
                "     1.保证系统稳定",
                "绩效目标 2.数据正常流转",
                "     3.逐步提升系统功能，满足更多需求。",
                "                                                        指标值确定",
                "一级指标    二级指标      三级指标       绩效指标描述           指标值",
                "                                                          依据",
                "                                                   枣财教",
                "                特殊教育学校生均 特殊教育学校生均",
                "        数量指标                             478元/人·月 〔2021〕5",
                "                 公用经费标准   公用经费标准",
                "                                                     号",
                "                                                        单位确定项",
                "        质量指标    河湖水质达标率      河湖水质达标率           45%",
                "                                                          目",
                "产出指标",
                "                                                        枣财教",
                "        时效指标     完工及时率       项目完成时间           开学前      〔2021〕5",
                "                                                          号",
                "");
        assertEquals("落实城乡居民基本医疗保险财政补助，保障参保群众基本医疗需求", LayoutTextTest.projects(dir, text).get(0).purpose());
    }

    /**
     * A name centred on its label's line, its first line above the label, right under the code (项目编码 / code /
     * name's first line / 项目名称 / its last line): the Chinese line is the name's, not the code's.
     */
    @Test
    void aNamesFirstLineUnderTheCodeIsTheNames(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "275386大邑县教育局本级        单位：万元",
                "",
                "项目编码                   35139420S91623325751Z",
                "       冀财社〔2020〕43号提前下达2021年城乡居民基本医疗保险补助资金-中央直达",
                "项目名称",
                "                            资金",
                "预算规模    预算数        80.32      其中：财政资金          80.32    其他资金",
                String.join("\n", ShiftedSignsTest.GLUED_UNIT),
                "");
        jixiao.model.Project p = LayoutTextTest.projects(dir, text).get(0);
        assertEquals("35139420S91623325751Z|冀财社〔2020〕43号提前下达2021年城乡居民基本医疗保险补助资金-中央直达资金",
                p.code() + "|" + p.name());
    }
}
