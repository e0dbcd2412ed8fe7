package jixiao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * The chunks of an indicator grid parted where one ran past its column into the next: text run up to the next cell
 * with one space between, or a whole value glued to the text before it. {@link LayoutGrid} places the pieces.
 */
final class ColumnSplits {
    private ColumnSplits() {
    }

    /**
     * The chunks with each one parted at a single space whose text after it starts in a later column than the
     * chunk does ("下达文件后规定 30日内分解…": text run up to the next column, whose cell then follows one space
     * after it); level chunks are kept whole.
     */
    static List<Chunk> split(List<Chunk> chunks, int[] bounds, int levelEdge, Map<Chunk, Cell> cellOf, int value) {
        List<Chunk> out = new ArrayList<>();
        for (Chunk ch : chunks) {
            int from = 0;
            String t = ch.text();
            int glued = gluedValue(ch, bounds, value, cellOf.get(ch));
            if (glued > 0) {
                Chunk text = ch.piece(0, glued);
                cellOf.put(text, cellOf.get(ch));
                out.add(text);
                ch = ch.piece(glued, t.length());
                t = ch.text();
            }
            for (int i = 1; i + 1 < t.length() && ch.x1() > levelEdge + 1; i++) {
                int at = ch.x0() + i + 1;
                if (t.charAt(i) == ' ' && Gutters.column(at, bounds) > Gutters.column(ch.x0() + from, bounds)
                        && !unitAfterNumber(t.substring(from, i), t.substring(i + 1))
                        && !linesAcross(ch, from, at, cellOf.get(ch))) {
                    Chunk piece = ch.piece(from, i);
                    cellOf.put(piece, cellOf.get(ch));
                    out.add(piece);
                    from = i + 1;
                }
            }
            Chunk rest = from == 0 ? ch : ch.piece(from, t.length());
            cellOf.put(rest, cellOf.get(ch));
            out.add(rest);
        }
        return out;
    }

    /**
     * Whether another line of the chunk's cell starts where the chunk's piece from {@code from} does
     * ({@link CellReach#flush(int, int)}) and runs past {@code at}: the cell's lines cross the column edge there, so
     * the tool set the whole cell left of its column, and a space in the chunk at that edge is no cell boundary
     * ("…甲乙 30日内丙" over "丁戊…" under it, both set from the description column's left edge).
     */
    private static boolean linesAcross(Chunk ch, int from, int at, Cell cell) {
        if (cell == null) {
            return false;
        }
        int start = ch.x0() + from;
        for (Chunk o : cell.chunks) {
            if (o != ch && CellReach.flush(o.x0(), start) && o.x1() > at + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a one-line cell reaching into the value column from left of it parts into Chinese text and a whole value
     * run into it without a space (a name ending in 资金 and "N元/人" after it: a tool counting a Chinese letter one
     * column sets the value its letters reach), or -1. A line of a wrapped cell is text ("…后30日" / "内…").
     */
    private static int gluedValue(Chunk ch, int[] bounds, int value, Cell cell) {
        String t = ch.text();
        if (cell != null && cell.chunks.size() > 1 || Gutters.column(ch.x0(), bounds) >= value
                || Gutters.column(ch.x1() - 1, bounds) < value) {
            return -1;
        }
        for (int i = 2; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Width.han(t.charAt(i - 1)) && (Character.isDigit(c) || c == '≥' || c == '≤')) {
                boolean text = t.substring(0, i).chars().allMatch(h -> Width.han((char) h));
                return text && ValueAnchors.wholeValue(t.substring(i)) ? i : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the text after a space is the unit of the number before it ("149.74 万" over "元", a value centred in
     * its cell whose unit runs under the next column's first line; "≤80 个工" over "作日", the unit cut within it):
     * one value, not a value and the next cell.
     */
    static boolean unitAfterNumber(String before, String after) {
        String unit = after.strip().split(" ", 2)[0];
        return Shapes.numericValue(before) && Character.isDigit(before.charAt(before.length() - 1))
                && (Shapes.unitOnly(unit) || Shapes.cutUnit(unit));
    }
}
