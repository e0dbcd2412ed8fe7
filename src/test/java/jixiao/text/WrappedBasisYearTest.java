package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.Jixiao;
import jixiao.model.Document;
import jixiao.model.Project;

/**
 * pdftotext -raw of a grid whose basis column is narrow: a document number wraps with its year alone on a line
 * ("冀财农" / "2022年" / "160号"). That line is part of the basis, not a value standing in the basis column (as in
 * text sorted by position without its columns), so the text is read, not reported out of order.
 */
class WrappedBasisYearTest {
    private static String project(int n, String name) {
        return String.join("\n",
                n + "." + name + "绩效目标表",
                "某县教育局本级 单位：万元",
                "项目编码 7588590" + n + "U70877503807D",
                "项目名称 " + name,
                "预算数 252.40 其中：财政资金 252.40 其他资金",
                "绩效目标 1.完成年度培训任务。",
                "一级指标 二级指标 三级指标 绩效指标描述 指标值",
                "指标值确定依",
                "据",
                "产出指标",
                "数量指标 培训人数 培训人数 120人 单位确定项目",
                "时效指标 资金拨付及时率 资金拨付及时率 5月底前",
                "冀财农",
                "2022年",
                "160号",
                "效益指标",
                "可持续影响",
                "指标",
                "可持续性 可持续性 ≥98%",
                "冀财农",
                "2023年",
                "16号",
                "满意度指标 服务对象满意度指标 服务对象满意度 服务对象满意度 ≥95% 调查问卷",
                "");
    }

    @Test
    void aYearAloneOnItsLineInABasisIsPartOfIt(@TempDir Path dir) throws Exception {
        Path txt = dir.resolve("a.txt");
        Files.writeString(txt, "某县教育局2026年度部门预算绩效目标\n" + project(1, "教师培训经费") + project(2, "学生资助经费"));
        Document d = Jixiao.convert(txt).document();
        assertTrue(d.issues().stream().noneMatch(i -> i.code().equals("TEXT_ORDER_LOST")), d.issues().toString());
        for (Project p : d.projects()) {
            List<String> rows = p.indicators().stream().map(i -> i.level3() + "|" + i.value() + "|" + i.basis())
                    .toList();
            assertEquals(List.of("培训人数|120人|单位确定项目", "资金拨付及时率|5月底前|冀财农2022年160号",
                    "可持续性|≥98%|冀财农2023年16号", "服务对象满意度|≥95%|调查问卷"), rows, p.name());
        }
    }
}
