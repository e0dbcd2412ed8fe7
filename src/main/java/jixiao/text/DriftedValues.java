package jixiao.text;

import java.util.ArrayList;
import java.util.List;

import jixiao.text.LayoutText.Chunk;

/**
 * Puts back into the value column a value a layout tool set left into the description column. A tool places each
 * line on its own: a line holding only a row's level name and its short value ("社会效益指标 … 有效提升"), between the
 * two lines of the row's description, may have its value moved left, over the description column. Such a chunk is no
 * line of the description when the description's lines above and below it are aligned (left edges or centres) and it
 * is not (it starts right of them and is centred elsewhere: only a cell's last line is short), it goes on no cell of
 * its column two lines away, and no value stands in the value column on its line or next to it (the row would have
 * no value, and be joined to the next).
 */
final class DriftedValues {
    /** How far right of the description's lines, in columns, the stray value starts and is centred, more than. */
    static final int MIN_INDENT = 3;
    /** How far apart, in columns, the left edges or centres of two lines of one cell may be. */
    static final int EDGE_SLACK = 1;
    /**
     * How far apart the centres of a description's lines around a drifted value may be: two columns (a short last
     * line's width is estimated from its few characters, rounded, while its tool centred it by its glyphs' widths).
     */
    private static final int CENTRE_SLACK = 2;

    private DriftedValues() {
    }

    /**
     * Moves, in {@code at} (lines × columns of the grid), each such chunk of column {@code value - 1} into column
     * {@code value}.
     */
    static void restore(List<Chunk>[][] at, int value) {
        int k = value - 1;
        if (k < 0) {
            return;
        }
        int widest = ValueAnchors.widest(at)[k];
        for (int l = 1; l + 1 < at.length; l++) {
            List<Chunk> here = at[l][k];
            if (here == null || here.size() != 1 || !emptyAround(at, l, value)) {
                continue;
            }
            Chunk ch = here.get(0);
            Chunk above = last(at[l - 1][k]);
            Chunk below = first(at[l + 1][k]);
            if (above != null && below != null && aligned(above, below, CENTRE_SLACK)
                    && ch.x0() > above.x0() + MIN_INDENT && ch.x0() > below.x0() + MIN_INDENT
                    && Math.abs(centre2(ch) - centre2(above)) > 2 * MIN_INDENT && !continuesTwoApart(at, l, k, ch, widest)
                    && !Shapes.period(ch.text())) {
                at[l][k] = null;
                at[l][value] = new ArrayList<>(List.of(ch));
            }
        }
    }

    /**
     * Whether the chunk goes on a cell of its column two lines above or below it (aligned with its line there: lines
     * of two cells interleave in one column), not a stray: the upper of the two lines had no room for the lower's
     * first word ({@code widest}: the column's widest line of Chinese text), else the cell ended there.
     */
    private static boolean continuesTwoApart(List<Chunk>[][] at, int l, int k, Chunk ch, int widest) {
        for (int m : new int[] {l - 2, l + 2}) {
            if (m >= 0 && m < at.length && at[m][k] != null) {
                for (Chunk c : at[m][k]) {
                    Chunk upper = m < l ? c : ch;
                    Chunk lower = m < l ? ch : c;
                    if (aligned(c, ch) && !ValueAnchors.hadRoom(List.of(upper), List.of(lower), widest)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Two lines of one cell: left edges or centres within {@link #EDGE_SLACK}. */
    private static boolean aligned(Chunk a, Chunk b) {
        return aligned(a, b, EDGE_SLACK);
    }

    /** Left edges within {@link #EDGE_SLACK}, or centres within {@code centreSlack}. */
    private static boolean aligned(Chunk a, Chunk b, int centreSlack) {
        return Math.abs(a.x0() - b.x0()) <= EDGE_SLACK || Math.abs(centre2(a) - centre2(b)) <= 2 * centreSlack;
    }

    /** Twice the chunk's centre. */
    private static int centre2(Chunk c) {
        return c.x0() + c.x1();
    }

    /** Whether the value column holds nothing on line l and the lines next to it. */
    private static boolean emptyAround(List<Chunk>[][] at, int l, int value) {
        return value < at[l].length && at[l - 1][value] == null && at[l][value] == null && at[l + 1][value] == null;
    }

    private static Chunk last(List<Chunk> cell) {
        return cell == null || cell.isEmpty() ? null : cell.get(cell.size() - 1);
    }

    private static Chunk first(List<Chunk> cell) {
        return cell == null || cell.isEmpty() ? null : cell.get(0);
    }
}
