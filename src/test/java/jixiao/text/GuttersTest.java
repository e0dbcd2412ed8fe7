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
    void cutsFallInTheGuttersAndEveryColumnHoldsAStart() {
        // three columns: x 0-5, 10-14, 20-22; a chunk of the first row runs from 0 to 8
        List<Chunk> chunks = List.of(chunk("aaaaaaaa", 0, 0), chunk("bbbb", 0, 10), chunk("cc", 0, 20),
                chunk("aaa", 1, 1), chunk("bbbbb", 1, 10), chunk("ccc", 1, 20));
        Gutters g = new Gutters(chunks);
        int[] cuts = g.cuts(new int[] {9, 17});
        assertEquals(0, g.crossed(cuts));
        assertArrayEquals(new int[] {9, 17}, cuts);
        // a fourth column only by cutting through the first row's long chunk
        assertEquals(1, g.crossed(g.cuts(new int[] {5, 9, 17})));
        // more columns than places where chunks start (0, 1, 10, 20): no parting
        assertNull(g.cuts(new int[] {1, 5, 9, 17}));
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

    private static LayoutText.Cell cell(Chunk c) {
        LayoutText.Cell cell = new LayoutText.Cell();
        cell.add(c);
        return cell;
    }
}
