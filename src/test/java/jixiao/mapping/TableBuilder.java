package jixiao.mapping;

import java.util.ArrayList;
import java.util.List;

import jixiao.table.Cell;
import jixiao.table.Rect;
import jixiao.table.Table;
import jixiao.table.TextLine;

/**
 * Constructed project tables for the stitching tests: one column is 70 pt, one row 30 pt, the table's top at 100 pt,
 * six indicator columns.
 */
final class TableBuilder {
    static final String[] HEADER = {"一级指标", "二级指标", "三级指标", "指标描述", "指标值", "指标值确定依据"};

    private final List<Cell> cells = new ArrayList<>();
    private final int page;

    TableBuilder(int page) {
        this.page = page;
    }

    /** A cell with one text line per string; an empty string is no line (an empty cell). */
    TableBuilder cell(int row, int col, int rowSpan, int colSpan, String... lines) {
        Rect box = new Rect(col * 70, 100 + row * 30, (col + colSpan) * 70, 100 + (row + rowSpan) * 30);
        List<TextLine> ls = new ArrayList<>();
        for (String l : lines) {
            if (!l.isEmpty()) {
                ls.add(new TextLine(l, page, box, 10));
            }
        }
        cells.add(new Cell(row, col, rowSpan, colSpan, ls, page, box));
        return this;
    }

    TableBuilder header(int row) {
        for (int c = 0; c < HEADER.length; c++) {
            cell(row, c, 1, 1, HEADER[c]);
        }
        return this;
    }

    /** One indicator row from column 2 on: level-3 name, description, value and basis. */
    TableBuilder row(int row, String l3, String desc, String value, String basis) {
        return cell(row, 2, 1, 1, l3).cell(row, 3, 1, 1, desc).cell(row, 4, 1, 1, value).cell(row, 5, 1, 1, basis);
    }

    Table build(int rows, boolean openTop, boolean openBottom) {
        return new Table(page, new Rect(0, 100, 420, 100 + rows * 30), rows, 6, cells, openTop, openBottom);
    }
}
