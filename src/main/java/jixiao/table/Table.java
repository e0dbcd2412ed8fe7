package jixiao.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A table rebuilt on one page: its cells in row-major order of their top-left grid position. {@code openTop} /
 * {@code openBottom} tell that the first / last row has no ruling on that side: a row cut by a page break.
 */
public record Table(int page, Rect box, int rows, int cols, List<Cell> cells, boolean openTop, boolean openBottom)
        implements Block {
    public Table {
        cells = cells.stream().sorted(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::col)).toList();
    }

    /** Cells whose top row is {@code r}, left to right. */
    public List<Cell> rowStarting(int r) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : cells) {
            if (c.row() == r) {
                out.add(c);
            }
        }
        return out;
    }

    /** Cells covering grid row {@code r} (also those merged from above), left to right. */
    public List<Cell> rowCovering(int r) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : cells) {
            if (c.coversRow(r)) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingInt(Cell::col));
        return out;
    }

    @Override
    public double top() {
        return box.top();
    }
}
