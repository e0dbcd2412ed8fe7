package jixiao.text;

import java.util.List;

import jixiao.text.LayoutText.Cell;

/**
 * The rows of an indicator grid in printed height, in lines. Space-aligned text sets each printed line of text on a
 * line of its own, but a printed row is taller than its lines by its cells' padding: a row of three lines among
 * one-line rows takes less room on the page than three one-line rows do. A merged level cell's name is centred on
 * its group as printed, so its group is read here with every row counting {@link #PAD} lines more than its lines;
 * a line between two rows (a level name standing alone between them) counts at the border of the two.
 */
final class PaddedRows {
    /** A row's padding, in lines: the space above and below its text, between its cell's rules. */
    static final double PAD = 0.5;
    private final int[] tops;
    private final int[] bottoms;

    PaddedRows(List<List<Cell>> rows) {
        tops = new int[rows.size()];
        bottoms = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            tops[r] = Integer.MAX_VALUE;
            bottoms[r] = -1;
            for (Cell c : rows.get(r)) {
                tops[r] = Math.min(tops[r], c.top);
                bottoms[r] = Math.max(bottoms[r], c.bottom);
            }
        }
    }

    /** The number of rows. */
    int size() {
        return tops.length;
    }

    /** Where the text of row r starts. */
    double top(int r) {
        return tops[r] + PAD * (r + 0.5);
    }

    /** Where the text of row r ends. */
    double bottom(int r) {
        return bottoms[r] + 1 + PAD * (r + 0.5);
    }

    /** The middle of rows s to e (both in). */
    double middle(int s, int e) {
        return (top(s) + bottom(e)) / 2;
    }

    /** The middle of row r's first line. */
    double firstLine(int r) {
        return top(r) + 0.5;
    }

    /** The middle of a line: in the row whose lines hold it, or at the border of the rows it stands between. */
    double line(int l) {
        int r = -1;
        while (r + 1 < tops.length && tops[r + 1] <= l) {
            r++;
        }
        return l + 0.5 + PAD * (r >= 0 && l <= bottoms[r] ? r + 0.5 : r + 1);
    }

    /** The middle of a cell's lines, padded as the rows around them. */
    double centre(Cell c) {
        return (line(c.top) + line(c.bottom)) / 2;
    }

    /** Where a cell's first line starts, padded. */
    double top(Cell c) {
        return line(c.top) - 0.5;
    }

    /** Where a cell's last line ends, padded. */
    double bottom(Cell c) {
        return line(c.bottom) + 0.5;
    }
}
