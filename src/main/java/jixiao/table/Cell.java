package jixiao.table;

import java.util.List;

/**
 * A table cell: its grid position and spans, its text lines (wrapped lines as printed) and where it was printed.
 * {@link #text()} joins the lines the way the source wrapped them: no separator.
 */
public record Cell(int row, int col, int rowSpan, int colSpan, List<TextLine> lines, int page, Rect box) {
    public Cell {
        lines = List.copyOf(lines);
        if (rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("span < 1 at " + row + "," + col);
        }
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (TextLine l : lines) {
            sb.append(l.text());
        }
        return sb.toString().strip();
    }

    public boolean isEmpty() {
        return text().isEmpty();
    }

    public int lastRow() {
        return row + rowSpan - 1;
    }

    public boolean coversRow(int r) {
        return r >= row && r <= lastRow();
    }
}
