package jixiao.text;

import java.util.List;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * The rows of an indicator grid in printed height, in lines. Space-aligned text sets each printed line of text on a
 * line of its own, but a row's lines there are not its height: cells of different line counts centred in one row
 * print at different baselines, so their lines interleave (a row of a four-line cell beside a one-line cell takes
 * five text lines), and a row is taller than its text by its cells' padding. A row is printed as tall as its cell of
 * most lines, plus {@link #PAD}; lines between two rows (a level name standing alone between them) stand at the
 * border of the two. A merged level cell's name is centred on its group as printed, so its group is read here.
 */
final class PaddedRows {
    /** A row's padding, in lines: the space above and below its text, between its cell's rules. */
    static final double PAD = 0.5;
    private final int[] tops;
    private final int[] bottoms;
    /** Each row's printed text height, in lines. */
    private final int[] heights;
    /** Where each row's box starts, printed. */
    private final double[] starts;

    PaddedRows(List<List<Cell>> rows) {
        int n = rows.size();
        tops = new int[n];
        bottoms = new int[n];
        heights = new int[n];
        starts = new double[n];
        for (int r = 0; r < n; r++) {
            tops[r] = Integer.MAX_VALUE;
            bottoms[r] = -1;
            int most = 1;
            for (Cell c : rows.get(r)) {
                tops[r] = Math.min(tops[r], c.top);
                bottoms[r] = Math.max(bottoms[r], c.bottom);
                most = Math.max(most, (int) c.chunks.stream().mapToInt(Chunk::line).distinct().count());
            }
            if (rows.get(r).isEmpty()) {
                tops[r] = r == 0 ? 0 : bottoms[r - 1];
                bottoms[r] = tops[r];
            }
            // lines of two cells at different baselines interleave: a row spans at most twice its height less one
            heights[r] = Math.max(most, (span(r) + 1) / 2);
            starts[r] = r == 0 ? tops[0] : starts[r - 1] + heights[r - 1] + PAD;
        }
    }

    /** The number of rows. */
    int size() {
        return tops.length;
    }

    /** Where the text of row r starts. */
    double top(int r) {
        return starts[r] + PAD / 2;
    }

    /** Where the text of row r ends. */
    double bottom(int r) {
        return top(r) + heights[r];
    }

    /** The middle of rows s to e (both in). */
    double middle(int s, int e) {
        return (top(s) + bottom(e)) / 2;
    }

    /** The middle of row r's first line. */
    double firstLine(int r) {
        return top(r) + half(r);
    }

    /**
     * The middle of a line, printed: within the row whose lines hold it, scaled to the row's height; at the border of
     * the rows it stands between; a whole line each above the first row and below the last.
     */
    double line(int l) {
        int r = rowFrom(l);
        if (r < 0) {
            return l + 0.5; // the first row's box starts at its first line
        }
        if (l <= bottoms[r]) {
            return top(r) + (l - tops[r] + 0.5) * heights[r] / span(r);
        }
        return r + 1 < tops.length ? starts[r + 1] : bottom(r) + PAD / 2 + (l - bottoms[r] - 1) + 0.5;
    }

    /** The middle of a cell's lines, printed as the rows around them. */
    double centre(Cell c) {
        return (line(c.top) + line(c.bottom)) / 2;
    }

    /** Where a cell's first line starts, printed. */
    double top(Cell c) {
        return line(c.top) - halfAt(c.top);
    }

    /** Where a cell's last line ends, printed. */
    double bottom(Cell c) {
        return line(c.bottom) + halfAt(c.bottom);
    }

    /** The lines row r's text spans in the text. */
    private int span(int r) {
        return bottoms[r] - tops[r] + 1;
    }

    /** Half of one of row r's text lines, printed. */
    private double half(int r) {
        return 0.5 * heights[r] / span(r);
    }

    /** Half of the line l, printed: a line of a row's is scaled as the row is; others are whole lines. */
    private double halfAt(int l) {
        int r = rowFrom(l);
        return r >= 0 && l <= bottoms[r] ? half(r) : 0.5;
    }

    /** The last row starting at or above line l (it holds l, or l stands below it), or -1. */
    private int rowFrom(int l) {
        int r = -1;
        while (r + 1 < tops.length && tops[r + 1] <= l) {
            r++;
        }
        return r;
    }
}
