package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.model.Indicator;

/**
 * Merged level cells of narrow grids laid out as space-aligned text (real generated pages, {@code pages/} beside this
 * class), their names centred on their groups as printed: a row's lines interleave where its cells print at
 * different baselines, so a group is as tall as its rows' tallest cells, not as the text lines they span; and a grid
 * whose header stood bare at the foot of the page before starts on its page, its first group with its first row.
 */
class LevelGroupsInPrintedRowsTest {
    /** Level-2 groups of a table going on over pages, rows of four-line bases beside one- and two-line names. */
    @Test
    void groupsAreCentredOnTheirRowsAsPrinted(@TempDir Path dir) throws Exception {
        List<Indicator> rows = TestPages.indicators(dir, "level-groups-over-rows-of-interleaved-lines.txt");
        assertEquals(28, rows.size());
        assertEquals(groups("数量指标", 11, "质量指标", 4, "时效指标", 3, "成本指标", 2, "社会效益指标", 4, "可持续影响指标", 2,
                "服务对象满意度指标", 2), rows.stream().map(Indicator::level2).toList());
    }

    /**
     * The column header ends its page, its grid goes on the next (a 指标性质 column: each name on its row's sign
     * line): no group begun before, so 数量指标 takes the page's first rows, though its name stands lower.
     */
    @Test
    void aGridUnderABareHeaderStartsWithItsFirstGroup(@TempDir Path dir) throws Exception {
        List<Indicator> rows = TestPages.indicators(dir, "grid-under-a-header-bare-at-the-page-foot.txt");
        assertEquals(35, rows.size());
        assertEquals(groups("数量指标", 12, "质量指标", 6, "时效指标", 4),
                rows.subList(0, 22).stream().map(Indicator::level2).toList());
    }

    /**
     * A header cut by the page break above a grid whose first row ran left: its value's number glued to the
     * description ("…乱100"), its unit "%" far right of the description's last line. The unit is the value column's,
     * so the row keeps its own value line and the next row ("36%") is not taken into it.
     */
    @Test
    void aUnitApartRightOfTextIsTheValues(@TempDir Path dir) throws Exception {
        List<Indicator> rows = TestPages.indicators(dir, "value-unit-apart-from-its-glued-number.txt");
        assertEquals(7, rows.size());
        assertEquals(List.of("“清四乱”问题整治|赞财农〔2022〕172号", "学校正常运转率|36%|县委、县政府确定"),
                List.of(rows.get(0).level3() + "|" + rows.get(0).basis(),
                        rows.get(1).level3() + "|" + rows.get(1).value() + "|" + rows.get(1).basis()));
    }

    /** Names each repeated so many times, in order ("甲", 2, "乙", 1 → 甲 甲 乙). */
    private static List<String> groups(Object... namesAndCounts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < namesAndCounts.length; i += 2) {
            out.addAll(Collections.nCopies((Integer) namesAndCounts[i + 1], (String) namesAndCounts[i]));
        }
        return out;
    }
}
