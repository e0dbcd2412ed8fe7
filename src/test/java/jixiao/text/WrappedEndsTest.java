package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.model.Indicator;

/**
 * Ends of cells that narrow space-aligned text (real generated documents, {@code pages/} beside this class) sets
 * apart from their starts: a month one autospace after its number, a level name's rest atop the page a break cut it
 * at, a unit wrapped under its number, a level-2 name's end under a line wider than its column, a 三级指标 name's end
 * under a line whose value goes on, and a cell's end past a line of level names in a grid set left of its header.
 */
class WrappedEndsTest {
    private static String row(Indicator i) {
        return String.join("|", i.level1(), i.level2(), String.valueOf(i.level3()), String.valueOf(i.value()));
    }

    /** "11 月底前" (autospace between the number and its month) is one value, not "11" in the name's cell. */
    @Test
    void autospacedDeadlineStaysWhole(@TempDir Path dir) throws Exception {
        List<Indicator> rows = TestPages.indicators(dir, "autospaced-deadline-number-one-space-before-its-month.txt");
        assertEquals(7, rows.size());
        assertEquals("产出指标|时效指标|修缮工程完工时间|11 月底前", row(rows.get(3)));
    }

    /**
     * "可持续影响指" at the page foot, "标" atop the next page over "服务对象满意" / "度指标" (no header repeated): the
     * rest ends the cut name, the lines under it name the next group.
     */
    @Test
    void levelNameRestAtopThePageEndsTheCutName(@TempDir Path dir) throws Exception {
        List<Indicator> rows = TestPages.indicators(dir, "level-name-rest-atop-the-page-over-the-next-name.txt");
        assertEquals(35, rows.size());
        assertEquals(List.of("效益指标|生态效益指标|生态环境质量|干净整洁有序", "效益指标|可持续影响指标|可持续性|≥4年",
                "效益指标|可持续影响指标|可持续性|2年", "满意度指标|服务对象满意度指标|救助对象满意度|≥95%"),
                rows.subList(31, 35).stream().map(WrappedEndsTest::row).toList());
    }

    /** "…乱 100" over "%" in autospaced text: the number is the value, its unit under it, not the description's. */
    @Test
    void numberWithItsUnitUnderItIsTheValue(@TempDir Path dir) throws Exception {
        Indicator i = TestPages.projects(dir, "autospaced-number-with-its-unit-under-it.txt").get(1)
                .indicators().get(0);
        assertEquals(List.of("整治河湖“乱占、乱采、乱堆、乱建”问题", "100%", "赞财农〔2022〕172号"),
                List.of(i.description(), i.value(), i.basis()));
    }

    /** "服务对象满意度" reaching past the level columns, "指标" under it inside them: one level-2 name. */
    @Test
    void levelNameWiderThanItsColumnTakesItsEnd(@TempDir Path dir) throws Exception {
        List<Indicator> rows = TestPages.indicators(dir, "level2-name-wider-than-its-column-its-end-under.txt");
        assertEquals(10, rows.size());
        assertEquals("满意度指标|服务对象满意度指标|师生满意度|90", row(rows.get(9)));
    }

    /**
     * "项目完" beside "10月", "工时间" two lines under it beside "底前": the value goes on, so the row does not stand
     * whole on its first line and the name takes its end; the value is the whole date, no basis (a date closed by its
     * end word scores above one that may go on).
     */
    @Test
    void nameTakesItsEndBesideAValueThatGoesOn(@TempDir Path dir) throws Exception {
        List<Indicator> rows = TestPages.indicators(dir, "name-under-a-one-line-value-that-goes-on.txt");
        assertEquals(8, rows.size());
        assertEquals(List.of("项目完工时间", "医疗救助资金"), List.of(rows.get(2).level3(), rows.get(3).level3()));
        assertEquals("10月底前", rows.get(2).value());
        assertEquals(null, rows.get(2).basis());
    }

    /**
     * A 三级指标 cell set left of the header's level edge, its last piece "率" two lines under it past a level-1
     * name's piece: the cell's end, not the next row's, so each row keeps its level-2 group.
     */
    @Test
    void cellEndPastLevelNamesLeftOfTheHeaderEdge(@TempDir Path dir) throws Exception {
        List<Indicator> rows = TestPages.indicators(dir, "cell-end-past-level-names-left-of-the-header-edge.txt");
        assertEquals(8, rows.size());
        assertEquals(List.of("产出指标|数量指标|铺设地埋PE管道|3111", "产出指标|质量指标|工资完成率|98",
                "产出指标|时效指标|汛前检查完成时间|12月底前", "产出指标|成本指标|补贴资金|464.54",
                "效益指标|经济效益指标|具备条件的建档立卡贫困村通硬化路率|有效带动"),
                rows.subList(1, 6).stream().map(WrappedEndsTest::row).toList());
    }
}
