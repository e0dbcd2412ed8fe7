package jixiao.text;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jixiao.text.LayoutText.Chunk;

/**
 * The cells of a sign's line in a grid with a 指标性质 column (family G), read in order: the sign (≥, =, …), the
 * number after it, and the unit after that stand in the 指标性质, 指标值 and 度量单位 columns whatever their positions.
 * A layout tool sets a line's text right of where the page has it when wider text left of it pushes it (more Chinese
 * characters before it than on other lines), so a row's cells may stand a column or more right of the header's
 * columns; its sign line still holds one sign, one number and one unit in that order, each one cell, never wrapped.
 */
final class SignLines {
    /** What the sign line puts where: the columns of its sign, number and unit. */
    record Placed(Map<Chunk, Integer> columns, Map<Integer, Chunk> signs) {
        /** The column a chunk of a sign line takes, given the column its position gives it. */
        int column(Chunk ch, int byPosition, int op) {
            Integer fixed = columns.get(ch);
            if (fixed != null) {
                return fixed;
            }
            Chunk sign = signs.get(ch.line());
            if (sign == null) {
                return byPosition;
            }
            if (ch.x0() < sign.x0()) {
                return Math.min(byPosition, op - 1); // left of the sign: before its column
            }
            int last = op;
            for (Map.Entry<Chunk, Integer> e : columns.entrySet()) {
                if (e.getKey().line() == ch.line() && e.getKey().x0() < ch.x0()) {
                    last = Math.max(last, e.getValue());
                }
            }
            return Math.max(byPosition, last + 1);
        }
    }

    private SignLines() {
    }

    /**
     * The grid's sign lines, each line one list of chunks ({@code byLine}); {@code op}, {@code value}, {@code unit}:
     * the columns of 指标性质, 指标值 and 度量单位 (-1 where the header has none). None when the header has no
     * 指标性质 column right before the value column.
     */
    static Placed read(List<List<Chunk>> byLine, int op, int value, int unit) {
        Map<Chunk, Integer> columns = new HashMap<>();
        Map<Integer, Chunk> signs = new HashMap<>();
        if (op < 0 || value != op + 1) {
            return new Placed(columns, signs);
        }
        for (List<Chunk> line : byLine) {
            List<Chunk> sorted = line.stream().sorted(Comparator.comparingInt(Chunk::x0)).toList();
            int at = -1;
            for (int i = 0; i < sorted.size(); i++) {
                if (Shapes.op(sorted.get(i).text()) && !Shapes.compact(sorted.get(i).text()).equals("定性")) {
                    if (at >= 0) {
                        at = -1; // two signs: not one row's line
                        break;
                    }
                    at = i;
                }
            }
            if (at < 0 || at + 1 >= sorted.size() || !Shapes.numericValue(sorted.get(at + 1).text())) {
                continue;
            }
            Chunk sign = sorted.get(at);
            columns.put(sign, op);
            columns.put(sorted.get(at + 1), value);
            if (unit == value + 1 && at + 2 < sorted.size() && Shapes.unitOnly(sorted.get(at + 2).text())) {
                columns.put(sorted.get(at + 2), unit);
            }
            signs.put(sign.line(), sign);
        }
        return new Placed(columns, signs);
    }
}
