package jixiao.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Moves of placed chunks in an indicator grid ({@link LayoutGrid}: lines × columns of chunks) that keep a cell's lines
 * together: where one line of a cell was put in another column than its position tells (pushed right by the text
 * before it, a value put back into its column), or a cell stands mostly in the next column, its other lines go too;
 * and the text right of a value put back goes after it, into the basis column.
 */
final class CellMoves {
    private CellMoves() {
    }

    /**
     * The lines of a pushed chunk's cell just above and below it, under it or over it, go with it: the extracting
     * tool set them where the pushed text stands, left of their column as it is ("≥686元/生·" pushed, "年" under it).
     * A line two off counts too: a neighbour cell's line may stand between two lines of the cell (a wrapped cell's
     * lines interleave with a one-line value beside it). So do lines put in a column between the pushed chunk's own
     * (by its position) and where it went: the tool set them further right than it ("赞财农" over "【2022】4"). A line stays where the value column, its target, holds a
     * whole value on it already: that line is another row's, which has its value (a description over a pushed value).
     */
    static void followPushed(List<Chunk>[][] at, int first, List<Chunk> pushed, Map<Chunk, Integer> placed,
                             int[] bounds, Map<Chunk, Cell> cellOf, int value) {
        for (Chunk p : pushed) {
            Cell cell = cellOf.get(p);
            if (cell == null) {
                continue;
            }
            int from = Gutters.column(p.x0(), bounds);
            int to = placed.get(p);
            List<Chunk> moved = new ArrayList<>(List.of(p));
            for (int i = 0; i < moved.size(); i++) {
                Chunk q = moved.get(i);
                for (Chunk o : cell.chunks) {
                    Integer k = placed.get(o);
                    if (k != null && k >= from && k < to && o.overlaps(q) && o.line() != q.line()
                            && Math.abs(o.line() - q.line()) <= LayoutCells.MAX_LINE_STEP
                            && !(to == value && holdsValue(at[o.line() - first][to]))) {
                        move(at, first, o, placed, to);
                        moved.add(o);
                    }
                }
            }
        }
    }

    /**
     * The lines below a whole value put into the value column from left of it that its cell goes on with, while the
     * value stays whole ("494万立" over "方米", the unit wrapped): they follow it; a description line its cell took
     * in between ("单套终端安装成本") does not.
     */
    static void followValues(List<Chunk>[][] at, int first, List<Chunk> values, Map<Chunk, Integer> placed,
                             int[] bounds, Map<Chunk, Cell> cellOf) {
        for (Chunk v : values) {
            Cell cell = cellOf.get(v);
            if (cell == null) {
                continue;
            }
            int from = Gutters.column(v.x0(), bounds);
            String text = v.text();
            int line = v.line();
            for (Chunk o : cell.chunks) {
                Integer k = placed.get(o);
                if (k != null && k == from && o.line() > line && o.line() - line <= LayoutCells.MAX_LINE_STEP
                        && ValueAnchors.wholeValue(text + o.text())) {
                    move(at, first, o, placed, placed.get(v));
                    text += o.text();
                    line = o.line();
                }
            }
        }
    }

    /**
     * Whether the chunk is words without a digit or a comparison sign that end their line ({@code line}: the chunks
     * of that line, or of one column on it): no value, and no description, which a value after it would follow.
     */
    static boolean basisWords(Chunk o, List<Chunk> line) {
        return o.text().chars().noneMatch(Character::isDigit) && !Shapes.op(o.text())
                && !ValueAnchors.wholeValue(o.text()) && line.stream().noneMatch(c -> c.x0() > o.x0());
    }

    /**
     * The text right of a value that was set left of the value column (and put back into it, {@code values}): a chunk
     * of a column left of the value's, on the value's line or next to it, starting right of the value's end, is no
     * name or description but the row's basis, which the tool set as far left as the value (a line holds what stands
     * left of it on the page, not where it stands); so are words ending the value's line in the value column
     * ({@link #basisWords}) when the basis column follows it ({@code basisNext}). It goes, with its cell's other
     * lines left of the value column, into the column after the value's when that holds nothing on their lines.
     */
    static void basesAfterValues(List<Chunk>[][] at, int first, List<Chunk> values, Map<Chunk, Integer> placed,
                                 Map<Chunk, Cell> cellOf, int value, boolean basisNext) {
        int basis = value + 1;
        for (Chunk v : values) {
            if (basis >= at[0].length || placed.getOrDefault(v, -1) != value) {
                continue;
            }
            Set<Chunk> moving = new LinkedHashSet<>();
            int l = v.line() - first;
            for (int m = Math.max(0, l - 1); m <= Math.min(at.length - 1, l + 1); m++) {
                for (int k = 0; k <= value; k++) {
                    List<Chunk> line = at[m][k] == null ? List.of() : at[m][k];
                    for (Chunk o : line) {
                        if (o.x0() > v.end() && (k < value || basisNext && m == l && basisWords(o, line))) {
                            moving.add(o);
                            Cell cell = cellOf.get(o);
                            for (Chunk c : cell == null ? List.<Chunk>of() : cell.chunks) {
                                if (placed.getOrDefault(c, value) < value) {
                                    moving.add(c);
                                }
                            }
                        }
                    }
                }
            }
            if (!moving.isEmpty() && moving.stream().allMatch(c -> at[c.line() - first][basis] == null)) {
                for (Chunk c : moving) {
                    move(at, first, c, placed, basis);
                }
            }
        }
    }

    /**
     * A cell whose other lines stand in the next column, with a line started just left of that column's edge and
     * running on mostly past it ("威财教【2024】1" over "52号"): the extracting tool set that line a little left of
     * where it is printed; the whole cell belongs to the next column. Not so where its text there ends a value in
     * that column above it ("≥27341人" over "次"): a line between them is another cell's, which the value wraps around;
     * nor where a line left of the edge ends a value in its own column ("≤1839元/" over "亩").
     * The chunks {@code stay} (values pulled into the value column out of a line that holds the basis beside them,
     * though LayoutCells joined them to the basis cell above) stay where they are.
     */
    static void overhangs(List<Chunk>[][] at, int first, Map<Chunk, Integer> placed, int[] bounds,
                          Map<Chunk, Cell> cellOf, List<Chunk> stay) {
        Map<Cell, List<Chunk>> byCell = new LinkedHashMap<>();
        for (Map.Entry<Chunk, Integer> e : placed.entrySet()) {
            Cell cell = cellOf.get(e.getKey());
            if (cell != null && !stay.contains(e.getKey())) {
                byCell.computeIfAbsent(cell, c -> new ArrayList<>()).add(e.getKey());
            }
        }
        for (List<Chunk> chunks : byCell.values()) {
            int to = -1;
            for (Chunk ch : chunks) {
                to = Math.max(to, placed.get(ch));
            }
            if (endsValueAbove(at, first, chunks, placed, to)) {
                continue;
            }
            List<Chunk> over = new ArrayList<>();
            for (Chunk ch : chunks) {
                int k = placed.get(ch);
                if (k == to) {
                    continue;
                }
                int edge = bounds[to - 1];
                if (k != to - 1 || ch.x1() - edge <= edge - ch.x0()
                        || endsValueAbove(at, first, List.of(ch), placed, k)) {
                    over.clear();
                    break;
                }
                over.add(ch);
            }
            for (Chunk ch : over) {
                move(at, first, ch, placed, to);
            }
        }
    }

    /**
     * Whether the cell's text in column {@code to} completes a whole value that the column holds a line or two above
     * it ("≥27341人" / "次"): the rest of that value, not a line of the cell.
     */
    private static boolean endsValueAbove(List<Chunk>[][] at, int first, List<Chunk> cell, Map<Chunk, Integer> placed,
                                          int to) {
        StringBuilder there = new StringBuilder();
        int top = Integer.MAX_VALUE;
        for (Chunk ch : cell) {
            if (placed.get(ch) == to) {
                there.append(ch.text());
                top = Math.min(top, ch.line() - first);
            }
        }
        for (int l = top - 1; l >= 0 && top - l <= LayoutCells.MAX_LINE_STEP; l--) {
            if (at[l][to] != null) {
                String above = LayoutText.text(at[l][to]);
                return !ValueAnchors.wholeValue(there.toString()) && ValueAnchors.wholeValue(above + there);
            }
        }
        return false;
    }

    /** Whether the chunks hold a whole value ({@link ValueAnchors#wholeValue}), not a document's number (36号). */
    private static boolean holdsValue(List<Chunk> slot) {
        return slot != null && slot.stream()
                .anyMatch(ch -> ValueAnchors.wholeValue(ch.text()) && !Shapes.docNumber(ch.text()));
    }

    /** Moves a placed chunk to column {@code to}. */
    private static void move(List<Chunk>[][] at, int first, Chunk ch, Map<Chunk, Integer> placed, int to) {
        int from = placed.put(ch, to); // every chunk moved here was placed
        SideBySide.shift(at, first, ch, from, to);
    }
}
