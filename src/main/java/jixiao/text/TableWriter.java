package jixiao.text;

import java.util.ArrayList;
import java.util.List;

import jixiao.table.Cell;
import jixiao.table.Rect;
import jixiao.table.Table;
import jixiao.table.TextLine;

/**
 * Builds the table records from rows of cell specs, with synthetic geometry: page 0, a column is 100 units wide
 * (x = column index × 100), a row 20 units high, each line of a cell a box of its own inside the cell.
 */
final class TableWriter {
    static final double COL = 100;
    static final double ROW = 20;
    static final double SIZE = 10;

    private TableWriter() {
    }

    /** A table whose first row is drawn at {@code top}. */
    static Table table(List<List<CellSpec>> rows, int cols, double top) {
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (CellSpec s : rows.get(r)) {
                int span = Math.min(s.rowSpan(), rows.size() - r);
                Rect box = new Rect(s.col() * COL, top + r * ROW, (s.col() + s.colSpan()) * COL,
                        top + (r + span) * ROW);
                cells.add(new Cell(r, s.col(), span, s.colSpan(), lines(s.lines(), box), 0, box));
            }
        }
        Rect box = new Rect(0, top, cols * COL, top + Math.max(1, rows.size()) * ROW);
        return new Table(0, box, rows.size(), cols, cells, false, false);
    }

    private static List<TextLine> lines(List<String> texts, Rect cell) {
        List<TextLine> out = new ArrayList<>();
        double h = cell.height() / Math.max(1, texts.size());
        for (int i = 0; i < texts.size(); i++) {
            Rect b = new Rect(cell.x0(), cell.top() + i * h, cell.x1(), cell.top() + (i + 1) * h);
            out.add(new TextLine(texts.get(i), 0, b, SIZE));
        }
        return out;
    }

    static double height(List<List<CellSpec>> rows) {
        return Math.max(1, rows.size()) * ROW;
    }
}
