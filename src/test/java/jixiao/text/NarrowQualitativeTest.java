package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.table.Meaning;

/**
 * Family C in narrow columns, pdftotext -raw: each cell a run of lines, the names wrapped at a few characters, a short
 * qualitative value (不断缩小) on a line of its own between two wrapped names. The line above it shows the column
 * had room for the next name's first character: the value is a cell of its own, not the middle of a name, and every
 * row keeps its own value.
 */
class NarrowQualitativeTest {
    private static final String TEXT = String.join("\n",
            "1.基本公共卫生服务项目绩效目标表",
            "某县卫生健康局 单位：万元",
            "项目名称 基本公共卫生服务项目",
            "年度资金总额： 1292",
            "其中：财政拨款 1292",
            "年度绩效目标 1.提升基本公共卫生服务水平",
            "一级指标 二级指标 三级指标 指标值",
            "产出指",
            "标",
            "数量指",
            "标",
            "服务人口覆",
            "盖率",
            "≥95%",
            "效益指",
            "标",
            "社会效益",
            "指标",
            "城乡居民公",
            "共卫生差距",
            "不断缩小",
            "居民健康素",
            "养水平",
            "≥30%",
            "可持续影",
            "响指标",
            "基本公共卫",
            "生服务水平",
            "不断提高",
            "");

    @Test
    void aShortQualitativeValueBetweenWrappedNamesIsACellOfItsOwn(@TempDir Path dir) throws Exception {
        assertEquals(List.of("服务人口覆盖率|≥95%", "城乡居民公共卫生差距|不断缩小", "居民健康素养水平|≥30%",
                "基本公共卫生服务水平|不断提高"), LayoutTextTest.projects(dir, TEXT).get(0).indicators().stream()
                .map(i -> i.level3() + "|" + i.value()).toList());
    }

    /** A document number wrapped so that its 号 stands alone: a cell does not open with that 号. */
    @Test
    void aCellDoesNotOpenWithTheHaoOfADocumentNumber() {
        assertTrue(CellScorer.content(Meaning.LEVEL3, "号“清四乱”问题整治")
                < CellScorer.content(Meaning.LEVEL3, "“清四乱”问题整治"));
    }

    /**
     * An indicator's name and a basis are phrases: a piece of a long value or description wrapped in a narrow column
     * (得到明显改善，获得; 调查，按照满意和基本) holds clause punctuation and is a worse name or basis than a phrase
     * without it; a description may hold it.
     */
    @Test
    void aNameOrBasisHoldsNoClausePunctuation() {
        assertTrue(CellScorer.content(Meaning.LEVEL3, "得到明显改善，获得")
                < CellScorer.content(Meaning.LEVEL3, "得到明显改善获得"));
        assertTrue(CellScorer.content(Meaning.BASIS, "调查，按照满意和基本")
                < CellScorer.content(Meaning.BASIS, "调查按照满意和基本"));
        assertEquals(CellScorer.content(Meaning.DESCRIPTION, "得到明显改善，获得"),
                CellScorer.content(Meaning.DESCRIPTION, "得到明显改善获得"));
    }
}
