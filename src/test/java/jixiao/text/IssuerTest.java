package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Family H in narrow columns, pdftotext -raw: a long qualitative value wraps (改善群众生 / 产生活条件) and the basis
 * after it is a document number whose issuer stands on a line of its own (巨财农 / 【2022】43号). The issuer begins
 * the basis: a document number is printed with its issuer, so a number without one lost it to the cell before.
 */
class IssuerTest {
    private static final String TEXT = String.join("\n",
            "平乡县医疗保障局2025年预算项目绩效目标",
            "5.财政衔接推进乡村振兴补助资金绩效目标表",
            "470415平乡县医疗保障局本级 单位：万元",
            "项目编码 41585879C734007022353",
            "项目名称 财政衔接推进乡村振兴补助资金",
            "预算规模",
            "及资金用",
            "途",
            "预算数 130.70 其中：财政资金 130.70 其他资金",
            "提升旅游知名度和影响力",
            "资金支出",
            "计划",
            "（%）",
            "3月底 6月底 10月底 12月底",
            "130.70",
            "绩效目标",
            "1.为建档立卡贫困户提供小额贷款补贴利息",
            "2.增加脱贫群众收入水平",
            "3.巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
            "一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据",
            "产出指标",
            "数量指标",
            "资助参保人",
            "数",
            "资助参保人数 3,813个 人数",
            "贴息户数 贴息户数 ≥90个 单位确定项目",
            "质量指标",
            "项目建设内",
            "容符合设计",
            "要求并通过",
            "主管部门组",
            "织的竣工验",
            "收的比例",
            "项目建设内容符合设",
            "计要求并通过主管部",
            "门组织的竣工验收的",
            "比例",
            "100% 县领导",
            "时效指标",
            "资金拨付及",
            "时率",
            "资金拨付及时率 10月底前 单位确定项目",
            "成本指标",
            "宣传推介经",
            "费",
            "宣传推介经费",
            "≤349元/平",
            "方米",
            "单位确定项目",
            "效益指标",
            "社会效益",
            "指标",
            "群众生产生",
            "活条件",
            "群众生产生活条件",
            "改善群众生",
            "产生活条件",
            "巨财农",
            "【2022】43号",
            "满意度指",
            "标",
            "服务对象",
            "满意度指",
            "标",
            "沿河群众满",
            "意度",
            "沿河群众满意度 ≥100% 调查问卷",
            "");

    @Test
    void aDocumentNumberKeepsItsIssuer(@TempDir Path dir) throws Exception {
        assertEquals(List.of(
                "资助参保人数|资助参保人数|3,813个|人数",
                "贴息户数|贴息户数|≥90个|单位确定项目",
                "项目建设内容符合设计要求并通过主管部门组织的竣工验收的比例|项目建设内容符合设计要求并通过主管部门组织的竣工验收的比例|100%|县领导",
                "资金拨付及时率|资金拨付及时率|10月底前|单位确定项目",
                "宣传推介经费|宣传推介经费|≤349元/平方米|单位确定项目",
                "群众生产生活条件|群众生产生活条件|改善群众生产生活条件|巨财农【2022】43号",
                "沿河群众满意度|沿河群众满意度|≥100%|调查问卷"), LayoutTextTest.indicatorRows(dir, TEXT));
    }
}
