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
    /**
     * Per sign line, its sign and the number and unit after it, in order: they take the 指标性质 column and the
     * columns after it, one each.
     */
    record Placed(int op, Map<Integer, List<Chunk>> fixed) {
        /** The column a chunk takes, given the column its position gives it. */
        int column(Chunk ch, int byPosition) {
            List<Chunk> line = fixed.get(ch.line());
            if (line == null) {
                return byPosition;
            }
            int at = line.indexOf(ch);
            if (at >= 0) {
                return op + at;
            }
            int left = (int) line.stream().filter(c -> c.x0() < ch.x0()).count();
            // left of the sign: before its column; right of it: after the last fixed cell before it
            return left == 0 ? Math.min(byPosition, op - 1) : Math.max(byPosition, op + left);
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
        Map<Integer, List<Chunk>> fixed = new HashMap<>();
        if (op < 0 || value != op + 1) {
            return new Placed(op, fixed);
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
            boolean withUnit = unit == value + 1 && at + 2 < sorted.size()
                    && Shapes.unitOnly(sorted.get(at + 2).text());
            fixed.put(sorted.get(at).line(), sorted.subList(at, at + (withUnit ? 3 : 2)));
        }
        return new Placed(op, fixed);
    }
}
