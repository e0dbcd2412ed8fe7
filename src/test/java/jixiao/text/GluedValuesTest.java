package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A value run into its basis on a coarse character grid parts from it; values with units and text stay whole. */
class GluedValuesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"1,000.2单位确定项|1,000.2", "200元/生·年〔2021〕5|200元/生·年", "100%县领导批示|100%",
        "≥95%调查问卷|≥95%", "3.5【2022】14号|3.5", "84.00其他资|84.00", "5.87其中：财政资金|5.87",
        "4,380,139.004,380,139.00|4,380,139.00", "64.2710.77|64.27",
        "13012923P00921U5161LW主管部门|13012923P00921U5161LW"})
    void partsAValueFromTheBasisRunIntoIt(String chunk, String value) {
        assertEquals(value.length(), GluedValues.split(chunk));
        List<LayoutText.Chunk> parts = GluedValues.parted(new LayoutText.Chunk(chunk, 0, 10, 10 + chunk.length()), 1);
        assertEquals(value, parts.get(0).text());
        assertEquals(10 + value.length(), parts.get(1).x0(), "the basis starts where its letters do");
        assertEquals(parts.get(0).x1(), parts.get(1).x0());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5.87万元", "12月底前", "2023年度考核", "≥95%", "1.5万元/人次以上", "36号", "单位确定项目",
        "200元/生·年", "2021年预算", "4,380,139.00", "5.875", "13012923P00921U5161LW", "2023ABCDEFGH县乡村振兴局"})
    void keepsValuesAndTextWhole(String chunk) {
        assertEquals(-1, GluedValues.split(chunk));
    }

    /**
     * A narrow grid whose 三级指标 runs into its value ("补助资金217元/人": letters counted one column each leave no
     * space before a value the text reaches): the row keeps its name and its value apart, and the rows around it
     * keep theirs.
     */
    @Test
    void aNameRunIntoItsValueAcrossTheValueColumnIsParted(@TempDir Path dir) throws Exception {
        String text = LevelGroupsTest.LAYOUT_BLOCK + String.join("\n",
                "一级指 二级指",
                "          三级指标    指标值",
                " 标    标",
                "          项目完成时间   12月底",
                "       补助发放及时",
                "   时效指          12月底",
                "          率",
                "    标    疫情报告及时",
                "                   100%",
                "产出指       率",
                " 标        补助资金217元/人",
                "   成本指",
                "       乡村振兴工作",
                "    标         ≤3911元/亩",
                "        经费总成本",
                "");
        List<String> rows = LayoutTextTest.projects(dir, text).get(0).indicators().stream()
                .map(i -> i.level2() + "|" + i.level3() + "|" + i.value()).toList();
        assertTrue(rows.contains("成本指标|补助资金|217元/人"), rows::toString);
        assertTrue(rows.contains("时效指标|疫情报告及时率|100%"), rows::toString);
        assertTrue(rows.contains("成本指标|乡村振兴工作经费总成本|≤3911元/亩"), rows::toString);
    }
}
