package jixiao.mapping;

import java.util.ArrayList;
import java.util.List;

import jixiao.table.Cell;
import jixiao.table.Table;

/** A run of grid rows [from, to] of one table that belongs to one project. */
record Slice(Table table, int from, int to) {

    int page() {
        return table.page();
    }

    /** Cells whose top row is {@code r}, left to right. */
    List<Cell> starting(int r) {
        return table.rowStarting(r);
    }

    /** Cells covering row {@code r} that started on an earlier row of this slice or before it. */
    List<Cell> coveringFromAbove(int r) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : table.rowCovering(r)) {
            if (c.row() < r) {
                out.add(c);
            }
        }
        return out;
    }

    List<Cell> covering(int r) {
        return table.rowCovering(r);
    }
}
