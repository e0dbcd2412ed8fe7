package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.text.LayoutText.Chunk;

/** Column gutters of constructed chunks (text columns, one a character). */
class GuttersTest {
    private static Chunk chunk(String text, int line, int x0) {
        return new Chunk(text, line, x0, x0 + text.length());
    }

    @Test
    void cutsFallInTheGuttersAndEveryColumnHoldsAChunk() {
        // three columns: x 0-5, 10-14, 20-22; a chunk of the first row runs from 0 to 8
        List<Chunk> chunks = List.of(chunk("aaaaaaaa", 0, 0), chunk("bbbb", 0, 10), chunk("cc", 0, 20),
                chunk("aaa", 1, 1), chunk("bbbbb", 1, 10), chunk("ccc", 1, 20));
        Gutters g = new Gutters(chunks);
        int[] cuts = g.cuts(new int[] {9, 17});
        assertEquals(0, g.crossed(cuts));
        assertArrayEquals(new int[] {9, 17}, cuts);
        // a fourth column only by cutting through a chunk, every chunk starting left of the cut running over it:
        // no column holds a chunk of its own there, so there is no such parting
        assertNull(g.cuts(new int[] {5, 9, 17}));
    }

    /**
     * A column is where some chunk lies wholly: a sliver that only the start of one line set a little left of its
     * column's other lines holds (a name its tool set two columns left) is no column, though cutting it off crosses
     * fewer chunks than the gutter between two columns that some values run over.
     */
    @Test
    void aColumnHoldsAChunkWhollyNotOnlyItsStart() {
        List<Chunk> chunks = List.of(chunk("aaaaa", 0, 10), chunk("aaaaa", 1, 10), chunk("aaaaa", 2, 8),
                chunk("bbbb", 0, 20), chunk("bbbb", 1, 20), chunk("bbbb", 2, 20),
                chunk("cccc", 0, 30), chunk("ccccccccccc", 1, 29), chunk("cccccccccccc", 2, 28),
                chunk("dddd", 0, 38), chunk("dddd", 1, 38), chunk("dddd", 2, 38));
        Gutters g = new Gutters(chunks);
        int[] cuts = g.cuts(new int[] {17, 27, 35});
        assertEquals(List.of(true, true, true), List.of(cuts[0] > 15 && cuts[0] <= 20,
                cuts[1] > 24 && cuts[1] <= 28, cuts[2] > 34 && cuts[2] <= 38),
                "cuts " + cuts[0] + ", " + cuts[1] + ", " + cuts[2]);
        assertEquals(2, g.crossed(cuts));
    }

    @Test
    void amongEqualPartingsTheOneNearestThePreferredEdgesIsTaken() {
        // four clusters (0, 4, 10, 20) for three columns: any two of the three gutters part them without crossing
        List<Chunk> chunks = List.of(chunk("a", 0, 0), chunk("b", 0, 4), chunk("cc", 0, 10), chunk("dd", 0, 20));
        Gutters g = new Gutters(chunks);
        int[] near = g.cuts(new int[] {3, 15});
        assertEquals(0, g.crossed(near));
        assertEquals(List.of(true, true), List.of(near[0] <= 4 && near[0] > 0, near[1] > 11 && near[1] <= 20),
                "cuts " + near[0] + ", " + near[1]);
        int[] far = g.cuts(new int[] {8, 15});
        assertEquals(List.of(true, true), List.of(far[0] > 4 && far[0] <= 10, far[1] > 11 && far[1] <= 20),
                "cuts " + far[0] + ", " + far[1]);
    }

    /**
     * A header set right of its columns (more text before it on its line pushed it): its edges leave the last column
     * without text. The grid's own gutters part the text into as many columns, each holding text; they are taken
     * though a wrapped line crosses one of them (one chunk more than the header's edges cross).
     */
    @Test
    void aHeaderThatLeavesAColumnEmptyGivesWayToTheTextsOwnGutters() {
        List<LayoutText.Cell> header = List.of(cell(chunk("A", 0, 0)), cell(chunk("B", 0, 12)),
                cell(chunk("C", 0, 24)));
        List<Chunk> body = List.of(chunk("aaaa", 1, 0), chunk("bbbb", 1, 8), chunk("cc", 1, 16),
                chunk("aaaa", 2, 0), chunk("bbbbbbbbbb", 2, 8), chunk("aaaa", 3, 0), chunk("bbbb", 3, 8),
                chunk("cc", 3, 16));
        int[] bounds = Gutters.bounds(header, body, -5);
        assertEquals(2, bounds.length);
        assertEquals(List.of(true, true), List.of(bounds[0] > 4 && bounds[0] <= 8, bounds[1] > 8 && bounds[1] <= 16),
                "bounds " + bounds[0] + ", " + bounds[1]);
    }

    /**
     * Between two header cells the edge falls in the widest run of positions crossed least, not at a single such
     * position nearer the header's midpoint (the left edge of the values, where no chunk happens to cross): a value
     * column starting there would lose its values to the next column.
     */
    @Test
    void theEdgeFallsInTheWidestGutter() {
        List<LayoutText.Cell> header = List.of(cell(chunk("描述", 0, 10)), cell(chunk("值", 0, 22)),
                cell(chunk("依据", 0, 38)));
        List<Chunk> body = List.of(chunk("dddddd", 1, 12), chunk("dddddddddd", 2, 20), chunk("100%", 3, 30),
                chunk("95", 4, 30), chunk("bbbbbb", 3, 38), chunk("bbb", 4, 38));
        int[] bounds = Gutters.bounds(header, body, -5);
        assertEquals(2, bounds.length);
        assertEquals(List.of(true, true), List.of(bounds[0] >= 18 && bounds[0] <= 20,
                bounds[1] > 33 && bounds[1] <= 38), "bounds " + bounds[0] + ", " + bounds[1]);
    }

    /** Columns measured on the page's own text part at their left edges. */
    @Test
    void measuredColumnsPartAtTheirLeftEdges() {
        LayoutText.Cell level3 = cell(chunk("三级指标", 0, 7));
        LayoutText.Cell value = cell(new Chunk("指标值", 0, 14, 25));
        level3.measured = true;
        value.measured = true;
        List<Chunk> body = List.of(chunk("汛前检查完成", 1, 10), chunk("≤1702元/亩", 2, 14), chunk("返贫保障率", 3, 11));
        assertArrayEquals(new int[] {14}, Gutters.bounds(List.of(level3, value), body, -5));
    }

    private static LayoutText.Cell cell(Chunk c) {
        LayoutText.Cell cell = new LayoutText.Cell();
        cell.add(c);
        return cell;
    }
}
