package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.table.Block;
import jixiao.table.Table;
import jixiao.table.TextBlock;

/** Unit lines drawn out of reading order (a producer that draws a page's unit lines before its other text). */
class UnitLineOrderTest {
    private static String project(int n, String name, String unitBelowCode) {
        return String.join("\n",
                n + "." + name + "绩效目标表",
                "项目编码 1300002" + n + "P0000000000" + n,
                unitBelowCode,
                "项目名称 " + name,
                "预算规模及资金用途",
                "预算数 5.87",
                "其中：财政资金 5.87 其他资金",
                name + "用途",
                "绩效目标",
                "1." + name + "目标",
                "一级指标 二级指标 三级指标 指标描述 指标值 指标值确定依据",
                "产出指标",
                "数量指标 " + name + "数量 数量描述 1个 文件",
                "").replace("\n\n", "\n");
    }

    private static List<String> freeLines(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof TextBlock tb) {
                out.add(tb.text());
            }
        }
        return out;
    }

    @Test
    void stackedUnitLinesGoToTheProjectsInOrder() {
        String text = "某县某局2023年预算项目绩效目标\n"
                + "123001某县某局本级 单位：万元\n"
                + "123002某县某中心 单位：万元\n"
                + project(1, "甲项目", "")
                + project(2, "乙项目", "");
        assertEquals(List.of("某县某局2023年预算项目绩效目标", "1.甲项目绩效目标表", "123001某县某局本级 单位：万元",
                "2.乙项目绩效目标表", "123002某县某中心 单位：万元"), freeLines(TextLayoutReader.read(text)));
    }

    @Test
    void aUnitLineAmongTheRowsBeforeAndInTheHeaderBlockIsTheNextProjects() {
        String text = "某县某局2023年预算项目绩效目标\n"
                + "123001某县某局本级 单位：万元\n"
                + project(1, "甲项目", "").replace("产出指标\n", "产出指标\n123002某县某中心 单位：万元\n")
                + project(2, "乙项目", "")
                + project(3, "丙项目", "123001某县某局本级 单位：万元");
        List<Block> blocks = TextLayoutReader.read(text);
        assertEquals(List.of("某县某局2023年预算项目绩效目标", "1.甲项目绩效目标表", "123001某县某局本级 单位：万元",
                "2.乙项目绩效目标表", "123002某县某中心 单位：万元", "3.丙项目绩效目标表", "123001某县某局本级 单位：万元"),
                freeLines(blocks));
        Table third = (Table) blocks.get(blocks.size() - 1);
        assertTrue(third.cells().stream().anyMatch(c -> c.text().equals("13000023P00000000003")),
                "the code is no \"…单位：万元\": " + third.cells());
    }

    @Test
    void aYearBeforeATitleIsNoUnitCode() {
        String text = "2025年某县某局部门预算项目绩效目标\n"
                + "单位：万元\n"
                + "单位：万元\n"
                + project(1, "甲项目", "")
                + project(2, "乙项目", "");
        List<String> free = freeLines(TextLayoutReader.read(text));
        assertEquals("2025年某县某局部门预算项目绩效目标", free.get(0), free.toString());
    }
}
