package jixiao.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

import jixiao.text.LayoutText.Chunk;

/**
 * The cells of a sign's line in a grid with a 指标性质 column (family G), read in order: the sign (≥, =, …), the
 * number after it, and the unit after that stand in the 指标性质, 指标值 and 度量单位 columns whatever their positions.
 * A layout tool sets a line's text right of where the page has it when wider text left of it pushes it (more Chinese
 * characters before it than on other lines), so a row's cells may stand a column or more right of the header's
 * columns; its sign line still holds one sign, one number and one unit in that order, each one cell, never wrapped
 * (a number and its unit may come as one chunk, "15 万元": the text after it is then the basis). A qualitative row's
 * line holds 定性 and its value, or 定性 alone with its value wrapped around the line.
 */
final class SignLines {
    /** The 指标性质 of a row measured by no number. */
    private static final String QUALITATIVE = "定性";

    /**
     * Per sign line, its sign and the number and unit after it, in order: they take the 指标性质 column and the
     * columns after it, one each.
     */
    record Placed(int op, Map<Integer, List<Chunk>> fixed, Set<Integer> glued) {
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
            // left of the sign: before its column; right of it: after the last fixed cell before it (a number with
            // its unit glued on takes the unit's column too)
            int after = left >= 2 && glued.contains(ch.line()) ? left + 1 : left;
            return left == 0 ? Math.min(byPosition, op - 1) : Math.max(byPosition, op + after);
        }
    }

    private SignLines() {
    }

    /**
     * The grid's sign lines, each line one list of chunks ({@code byLine}); {@code op}, {@code value}, {@code unit}:
     * the columns of 指标性质, 指标值 and 度量单位 (-1 where the header has none). None when the header has no
     * 指标性质 column right before the value column. {@code columnOf}: the column a chunk's position gives it.
     */
    static Placed read(List<List<Chunk>> byLine, int op, int value, int unit, ToIntFunction<Chunk> columnOf) {
        Map<Integer, List<Chunk>> fixed = new HashMap<>();
        Set<Integer> glued = new HashSet<>();
        if (op < 0 || value != op + 1) {
            return new Placed(op, fixed, glued);
        }
        for (List<Chunk> line : byLine) {
            List<Chunk> sorted = line.stream().sorted(Comparator.comparingInt(Chunk::x0)).toList();
            List<Integer> signs = new ArrayList<>();
            List<Integer> numeric = new ArrayList<>(); // the signs but 定性
            for (int i = 0; i < sorted.size(); i++) {
                if (Shapes.op(sorted.get(i).text())) {
                    signs.add(i);
                    if (!Shapes.compact(sorted.get(i).text()).equals(QUALITATIVE)) {
                        numeric.add(i);
                    }
                }
            }
            if (numeric.isEmpty() && signs.size() == 1) {
                qualitative(sorted, signs.get(0), value, unit, columnOf).ifPresent(q -> fixed.put(q.get(0).line(), q));
            }
            if (numeric.size() != 1) {
                continue; // no number's sign, or two: not one row's line
            }
            int at = numeric.get(0);
            if (at + 1 >= sorted.size() || !Shapes.numericValue(sorted.get(at + 1).text())) {
                continue;
            }
            boolean withUnit = unit == value + 1 && at + 2 < sorted.size()
                    && Shapes.unitOnly(sorted.get(at + 2).text());
            fixed.put(sorted.get(at).line(), sorted.subList(at, at + (withUnit ? 3 : 2)));
            if (!withUnit && unit == value + 1 && !Shapes.compact(sorted.get(at + 1).text()).matches("[\\d.,]+")) {
                glued.add(sorted.get(at).line()); // "15 万元": a number with its unit, one chunk
            }
        }
        return new Placed(op, fixed, glued);
    }

    /**
     * A qualitative row's line, 定性 at {@code at} its one sign: 定性 last on its line (its value wrapped around the
     * line) or with one chunk after it standing no further right than the unit column (a value set a column right
     * with its sign; a basis column's text is no value): the sign, and its value, in the 指标性质 and 指标值 columns.
     */
    private static Optional<List<Chunk>> qualitative(List<Chunk> sorted, int at, int value, int unit,
                                                     ToIntFunction<Chunk> columnOf) {
        if (at + 2 < sorted.size()) {
            return Optional.empty();
        }
        if (at + 1 == sorted.size()) {
            return Optional.of(sorted.subList(at, at + 1)); // its value wrapped around its line
        }
        Chunk next = sorted.get(at + 1);
        int k = columnOf.applyAsInt(next);
        boolean near = k == value || unit == value + 1 && k == unit;
        if (k > Math.max(value, unit)) {
            return Optional.of(sorted.subList(at, at + 1)); // its value wrapped around its line, its basis after it
        }
        return near && !Shapes.numericValue(next.text()) ? Optional.of(sorted.subList(at, at + 2)) : Optional.empty();
    }
}
