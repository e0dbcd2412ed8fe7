package jixiao.text;

import java.util.List;

/** A cell to be placed in a rebuilt table: grid column, spans and its lines as printed. */
record CellSpec(int col, int colSpan, int rowSpan, List<String> lines) {
    CellSpec {
        lines = List.copyOf(lines);
    }

    static CellSpec of(int col, int colSpan, List<String> lines) {
        return new CellSpec(col, colSpan, 1, lines);
    }

    CellSpec withRowSpan(int span) {
        return new CellSpec(col, colSpan, span, lines);
    }
}
