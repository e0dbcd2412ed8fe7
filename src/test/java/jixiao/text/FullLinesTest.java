package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Family H in narrow columns, pdftotext -raw: the basis column breaks its lines of Chinese characters at five
 * characters (县委、县政 / 府确定). A long qualitative value wraps too (改善群众生产 / 生活条件); its second line is
 * not the first line of the basis, since a basis line of four characters had room for a fifth.
 */
class FullLinesTest {
    private static final String TEXT = String.join("\n",
            "某县市场监督管理局2023年预算项目绩效目标",
            "1.（上年结转）县级衔接推进乡村振兴资金-乡村基础设施建设项目绩效目标表",
            "947285某县市场监督管理局本级 单位：元",
            "项目编",
            "码",
            "61396341A1908K218M946",
            "项目名",
            "称",
            "（上年结转）县级衔接推进乡村振兴资金-乡村基础设施建设项目",
            "预算规",
            "模及资",
            "金用途",
            "预算数 3,388,211.00 其中：财政资金 3,388,211.00 其他资金",
            "发放衔接资金，提高服务对象满意度",
            "资金支",
            "出计划",
            "（%）",
            "3月底 6月底 10月底 12月底",
            "1,129,044.00 649,452.00 406,843.00 1,202,872.00",
            "绩效目",
            "标",
            "1.持续巩固脱贫群众“两不愁、三保障”水平；",
            "2.部门正常运转",
            "3.巩固拓展脱贫攻坚成果同乡村振兴有效衔接；",
            "一级指",
            "标",
            "二级指标 三级指标 绩效指标描述 指标值",
            "指标值确定",
            "依据",
            "产出指",
            "标",
            "数量指标",
            "寄宿生生活补",
            "助人数",
            "寄宿生生活补助人",
            "数",
            "142家",
            "相关政策文",
            "件",
            "成本指标 管护经费 管护经费 41万元",
            "巨财农",
            "【2022】36",
            "号",
            "效益指",
            "标",
            "社会效益指标 因病致贫返贫 因病致贫返贫",
            "改善群众生产",
            "生活条件",
            "县委、县政",
            "府确定",
            "可持续影响指",
            "标",
            "可持续性 可持续性 2年",
            "巨财农",
            "【2022】43",
            "号",
            "长效管理机制",
            "建立健全长效管理",
            "机制",
            "≥9年",
            "巨财农",
            "【2022】36",
            "号",
            "满意度",
            "指标",
            "服务对象满意",
            "度指标",
            "项目区农户满",
            "意度",
            "项目区农户满意",
            "度，通过发放调查",
            "问卷、电话回访、",
            "入户走访等方式开",
            "展满意度调查，按",
            "照满意和基本满意",
            "人数之和占调查总",
            "人数的比例计算得",
            "出",
            "≥100% 调查问卷",
            "",
            "");

    @Test
    void aWrappedValueKeepsItsSecondLine(@TempDir Path dir) throws Exception {
        assertEquals(List.of(
                "寄宿生生活补助人数|寄宿生生活补助人数|142家|相关政策文件",
                "管护经费|管护经费|41万元|巨财农【2022】36号",
                "因病致贫返贫|因病致贫返贫|改善群众生产生活条件|县委、县政府确定",
                "可持续性|可持续性|2年|巨财农【2022】43号",
                "长效管理机制|建立健全长效管理机制|≥9年|巨财农【2022】36号",
                "项目区农户满意度|项目区农户满意度，通过发放调查问卷、电话回访、入户走访等方式开展满意度调查，按照满意和基本满意人数之和占调查总人数的比例计算得出|≥100%|调查问卷"),
                LayoutTextTest.indicatorRows(dir, TEXT));
    }

    /**
     * The same table in wider columns: the widest line of the description column holds curly quotes, which this font
     * prints narrower than a Chinese character. A line of 16 characters broken before 卷、 is full by the column's
     * full lines of Chinese characters, though not by its widest line: the description keeps its four lines.
     */
    private static final String QUOTES = String.join("\n",
            "某县市场监督管理局2023年预算项目绩效目标",
            "1.（上年结转）县级衔接推进乡村振兴资金-乡村基础设施建设项目绩效目标表",
            "947285某县市场监督管理局本级 单位：元",
            "项目编码 61396341A1908K218M946",
            "项目名称 （上年结转）县级衔接推进乡村振兴资金-乡村基础设施建设项目",
            "预算规模及",
            "资金用途",
            "预算数 3,388,211.00 其中：财政资金 3,388,211.00 其他资金",
            "发放衔接资金，提高服务对象满意度",
            "资金支出计",
            "划（%）",
            "3月底 6月底 10月底 12月底",
            "1,129,044.00 649,452.00 406,843.00 1,202,872.00",
            "绩效目标",
            "1.持续巩固脱贫群众“两不愁、三保障”水平；",
            "2.部门正常运转",
            "3.巩固拓展脱贫攻坚成果同乡村振兴有效衔接；",
            "一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据",
            "产出指标",
            "数量指标 寄宿生生活补助人数 寄宿生生活补助人数 142家 相关政策文件",
            "质量指标",
            "“防贫预警及管理系统”平台",
            "运行维护费发放率",
            "“防贫预警及管理系统”平台运行维护费发",
            "放率",
            "100%",
            "枣财教〔2021〕5",
            "号",
            "时效指标",
            "“防贫预警及管理系统”平台",
            "运行维护费及时率",
            "“防贫预警及管理系统”平台运行维护费及",
            "时率",
            "≥99% 县领导批示",
            "成本指标 管护经费 管护经费 41万元",
            "巨财农【2022】36",
            "号",
            "效益指标",
            "社会效益指标 因病致贫返贫 因病致贫返贫",
            "改善群众生产生",
            "活条件",
            "县委、县政府确定",
            "可持续影响指标",
            "可持续性 可持续性 2年",
            "巨财农【2022】43",
            "号",
            "长效管理机制 建立健全长效管理机制 ≥9年",
            "巨财农【2022】36",
            "号",
            "满意度指标",
            "服务对象满意度",
            "指标",
            "项目区农户满意度",
            "项目区农户满意度，通过发放调查问",
            "卷、电话回访、入户走访等方式开展满",
            "意度调查，按照满意和基本满意人数之",
            "和占调查总人数的比例计算得出",
            "≥100% 调查问卷",
            "",
            "");

    @Test
    void aLineIsFullByTheColumnsFullLinesNotItsWidestLine(@TempDir Path dir) throws Exception {
        assertEquals(List.of(
                "寄宿生生活补助人数|寄宿生生活补助人数|142家|相关政策文件",
                "“防贫预警及管理系统”平台运行维护费发放率|“防贫预警及管理系统”平台运行维护费发放率|100%|枣财教〔2021〕5号",
                "“防贫预警及管理系统”平台运行维护费及时率|“防贫预警及管理系统”平台运行维护费及时率|≥99%|县领导批示",
                "管护经费|管护经费|41万元|巨财农【2022】36号",
                "因病致贫返贫|因病致贫返贫|改善群众生产生活条件|县委、县政府确定",
                "可持续性|可持续性|2年|巨财农【2022】43号",
                "长效管理机制|建立健全长效管理机制|≥9年|巨财农【2022】36号",
                "项目区农户满意度|项目区农户满意度，通过发放调查问卷、电话回访、入户走访等方式开展满意度调查，按照满意和基本满意人数之和占调查总人数的比例计算得出|≥100%|调查问卷"), LayoutTextTest.indicatorRows(dir, QUOTES));
    }

    @Test
    void onlyLinesOfChineseBrokenBeforeAChineseCharacterAreFull() {
        assertTrue(Width.brokenBeforeHan("县委、县政", "府确定"));
        assertFalse(Width.brokenBeforeHan("巨财农", "【2022】36"));
        assertFalse(Width.brokenBeforeHan("冀财农2022", "年160号"));
        assertFalse(Width.brokenBeforeHan("“防贫预警", "及管理系"));
    }
}
