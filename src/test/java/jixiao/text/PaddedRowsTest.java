package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/** Rows of a grid counted in printed height: their lines and their padding. */
class PaddedRowsTest {
    /** A cell of one chunk a line from {@code top} to {@code bottom}. */
    private static Cell cell(int top, int bottom) {
        Cell c = new Cell();
        for (int l = top; l <= bottom; l++) {
            c.add(new Chunk("指标", l, 20, 22));
        }
        return c;
    }

    /** Rows of one cell each, spanning the given first and last lines. */
    private static PaddedRows rows(int... spans) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int k = 0; k < spans.length; k += 2) {
            rows.add(List.of(cell(spans[k], spans[k + 1])));
        }
        return new PaddedRows(rows);
    }

    /**
     * A name beside the fifth of five one-line rows, a three-line row and two one-line rows below it: by lines alone
     * the group would end before the last row (lines 0 to 8, centre 4), but the five padded rows above the three
     * below weigh more, and the group with the last row is the nearer to centre on the name.
     */
    @Test
    void aNameIsCentredOnItsRowsWithTheirPadding() {
        PaddedRows rows = rows(0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 7, 8, 8, 9, 9);
        double name = rows.centre(cell(4, 4));
        assertTrue(Math.abs(rows.middle(0, 7) - name) < Math.abs(rows.middle(0, 6) - name),
                () -> rows.middle(0, 7) + " " + rows.middle(0, 6) + " " + name);
    }

    /** A line between two rows (a level name alone on it) stands at the border of the two padded rows. */
    @Test
    void aLineBetweenRowsStandsAtTheirBorder() {
        PaddedRows rows = rows(0, 0, 2, 2);
        assertEquals((rows.bottom(0) + rows.top(1)) / 2, rows.line(1), 1e-9);
        assertEquals(rows.middle(0, 1), rows.centre(cell(1, 1)), 1e-9);
    }

    /** Each row counts its padding once: two one-line rows take as much room as they do apart. */
    @Test
    void rowsTakeTheirLinesAndTheirPadding() {
        PaddedRows rows = rows(0, 0, 1, 3);
        assertEquals(1 + PaddedRows.PAD, rows.top(1) - rows.top(0), 1e-9);
        assertEquals(3 + PaddedRows.PAD, rows.bottom(1) - rows.top(1) + PaddedRows.PAD, 1e-9);
    }

    /**
     * A row whose cells print at different baselines (a four-line basis beside a one-line value centred between its
     * second and third lines) spans five text lines but is printed four lines tall: the row below starts four lines
     * and its padding on, and a line of the row stands where its share of the row's height puts it.
     */
    @Test
    void interleavedLinesCountTheTallestCellOnly() {
        Cell basis = new Cell();
        for (int l : new int[] {0, 1, 3, 4}) {
            basis.add(new Chunk("甲乙", l, 40, 44));
        }
        Cell value = new Cell();
        value.add(new Chunk("≥95%", 2, 30, 34));
        PaddedRows rows = new PaddedRows(List.of(List.of(basis, value), List.of(cell(5, 5))));
        assertEquals(4, rows.bottom(0) - rows.top(0), 1e-9);
        assertEquals(4 + PaddedRows.PAD, rows.top(1) - rows.top(0), 1e-9);
        assertEquals(rows.middle(0, 0), rows.centre(cell(2, 2)), 1e-9);
    }

    /** Two lines between rows (a two-line level name alone on them) both stand at the border of the rows. */
    @Test
    void linesBetweenRowsTakeNoHeight() {
        PaddedRows rows = rows(0, 0, 3, 3);
        assertEquals(rows.line(1), rows.line(2), 1e-9);
        assertEquals(1 + PaddedRows.PAD, rows.top(1) - rows.top(0), 1e-9);
    }
}
