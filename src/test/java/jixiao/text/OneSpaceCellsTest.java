package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jixiao.model.Budget;
import jixiao.model.Indicator;
import jixiao.model.Project;

/**
 * Narrow pages of space-aligned text whose cells the layout tool set one space apart or closer (real generated
 * documents, {@code pages/} beside this class): a value one space after the description, its basis run into it
 * ("…标 ≥85个【2022】36"); a value cut in its unit one space before its basis ("≤205元/ 甲财【2022】"); the end of
 * a label a longer label starts with ("预算规模" / … / "及资金用" / "途") three lines under it, past the row's
 * wrapped amounts; a document number's serial cut by a page break, or a basis whose rest atop the page had room
 * for the next row's line under it; a value under a basis that reached left over it; a value one space before its
 * unit cut within 工作日.
 */
class OneSpaceCellsTest {
    /** Rows of the page as "三级指标|绩效指标描述|指标值|依据": each cell its own, no cell taking its neighbour's. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0; 保教费资助标准|家庭经济困难幼儿保教费资助标准|≥85个|巨财农【2022】36号",
        "1; 合格率|项目验收合格率|100%|枣财教〔2021〕78号",
        "2; 改革任务完成时间|改革任务完成时间|≤23个工作日|枣财教〔2021〕5号",
        "3; 医疗救助资金|医疗救助资金|≤205元/人|巨财【2022】14号",
        "4; 可持续性|可持续性|长效运行|计划标准",
    })
    void cellsOneSpaceApartStayApart(int index, String expected, @TempDir Path dir) throws Exception {
        List<Indicator> rows = TestPages.indicators(dir, "value-glued-to-its-basis-one-space-after-text.txt");
        assertEquals(7, rows.size());
        Indicator i = rows.get(index);
        assertEquals(expected, String.join("|", i.level3(), i.description(), i.value(), i.basis()));
    }

    /** 预算规模 takes its end three lines down past the wrapped amounts, so the purpose is only the purpose. */
    @Test
    void budgetLabelTakesItsEndPastStackedAmounts(@TempDir Path dir) throws Exception {
        Project p = TestPages.projects(dir, "budget-label-end-past-stacked-amounts.txt").get(0);
        assertEquals("实现应防尽防，不存在返贫致贫问题为全县三万人购买商业保险提升防贫救助对象生存质量", p.purpose());
        assertEquals(new Budget(new BigDecimal("377.89"), new BigDecimal("377.89"), null), p.budget());
    }

    /**
     * A document number cut by the page break within its serial ("甲财乙" / page break / "【2022】4" / "3号" atop the
     * page going on, no header repeated): the rest is the cut row's basis, not the next row's.
     */
    @Test
    void basisRestAtopTheNextPageGoesBack(@TempDir Path dir) throws Exception {
        List<Indicator> rows = TestPages.indicators(dir, "basis-serial-cut-by-the-page-break.txt");
        assertEquals(8, rows.size());
        assertEquals(List.of("巨财农【2022】43号", "人数"), List.of(rows.get(0).basis(), rows.get(1).basis()));
    }

    /**
     * A basis cut by the page break ("县委、县政" / page break / "府确定" atop the page going on, no header repeated),
     * the next row's one-line basis "人数" under it: "府确定" had room for "人", so the two are no lines of one cell and
     * the first is the cut row's rest, not a line of the next row.
     */
    @Test
    void lineWithRoomAtopTheNextPageEndsTheCutRow(@TempDir Path dir) throws Exception {
        List<Indicator> rows = TestPages.indicators(dir, "basis-rest-atop-the-page-with-room.txt");
        assertEquals(7, rows.size());
        assertEquals(List.of("县委、县政府确定", "人数"), List.of(rows.get(1).basis(), rows.get(2).basis()));
    }

    /**
     * Two one-line rows, the upper's basis reaching left into the value column over the lower's value ("单位确定项目"
     * over "95万人", starting two columns right of it): the value is the lower row's, not a line of that basis.
     */
    @Test
    void valueUnderABasisReachingLeftIsTheNextRows(@TempDir Path dir) throws Exception {
        List<Indicator> rows = TestPages.indicators(dir, "value-under-a-basis-reaching-left.txt");
        assertEquals(7, rows.size());
        assertEquals(List.of("完工及时率|12月底前|单位确定项目", "亩均防治成本|95万人|枣财教〔2021〕5号"),
                rows.subList(2, 4).stream().map(i -> i.level3() + "|" + i.value() + "|" + i.basis()).toList());
    }

    /** Pieces of a document number no cell starts with, and the cuts in its serial. */
    @ParameterizedTest
    @CsvSource({"【2022】4, true", "3号, true", "号, true", "〕5号, true", "甲财乙, false", "2022年, false",
        "95万人, false"})
    void numberRests(String piece, boolean rest) {
        assertEquals(rest, CellEnds.numberRest(piece));
    }

    /** Where a single space parts two cells, on constructed lines. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "甲乙丙丁 ≥85个【2022】36|true", // a value (its basis run into it) one space after text
        "甲乙丙丁 ≥85个|true",
        "≤205元/ 甲财【2022】|true", // a value cut in its unit, then a document number's issuer and year
        "≤205元/ 甲乙|false", // text after it, no document number: the value's rest may go on
        "甲财乙〔2021〕78 号|false",
        "≤80 个工|false", // a number, then its unit cut within 工作日 (个工 / 作日)
        "≤80 个工作|false",
        "80 年度工|true", // a basis's start (年度工作计划), no unit
    })
    void singleSpaces(String line, boolean parts) {
        int k = line.indexOf(' ');
        assertEquals(parts, SpaceGaps.parts(line, 0, k));
    }

    /**
     * A value whose unit 工作日 the line's end cut ("≤80 个工" / "作日", two lines down past the next column's line):
     * one value, its basis the document number beside it, not "个工" with the basis.
     */
    @Test
    void valueWithItsUnitCutWithinWorkdayStaysWhole(@TempDir Path dir) throws Exception {
        List<Indicator> rows = TestPages.indicators(dir, "value-unit-cut-within-workday.txt");
        assertEquals(8, rows.size());
        Indicator i = rows.get(2);
        assertEquals("抽检结果公布时限|≤80个工作日|赞财农〔2022〕172号", i.level3() + "|" + i.value() + "|" + i.basis());
    }

    /** The whole label a longer label starts with waits for its end; a label no longer label starts with does not. */
    @Test
    void labelsThatWaitForTheirEnd() {
        assertEquals(List.of(true, true, false), List.of(LabelCells.waiting("预算规模"), LabelCells.waiting("其中：财政资"),
                LabelCells.waiting("项目编码")));
    }
}
