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
     * after it), and a whole value with Chinese words one space after it in the value column or past it
     * ({@link #valueThenWords}: {@code fixed} receives the two pieces' columns), and a sign ending a chunk left of
     * the 指标性质 column {@code op} one space after its text ({@link #signAfter}); level chunks are kept whole.
     */
    static List<Chunk> split(List<Chunk> chunks, int[] bounds, int levelEdge, Map<Chunk, Cell> cellOf, int value,
                             int op, Map<Chunk, Integer> fixed) {
        List<Chunk> out = new ArrayList<>();
        for (Chunk ch : chunks) {
            Cell cell = cellOf.get(ch);
            int sign = op >= 0 && Gutters.column(ch.x0(), bounds) < op ? signAfter(ch.text()) : -1;
            if (sign > 0) {
                Chunk s = ch.piece(sign + 1, ch.text().length()); // the row's sign, a cell of its own
                fixed.put(s, op);
                out.add(s);
                ch = ch.piece(0, sign);
            }
            int from = 0;
            String t = ch.text();
            int glued = gluedValue(ch, bounds, value, cell);
            if (glued > 0) {
                Chunk text = ch.piece(0, glued);
                cellOf.put(text, cell);
                out.add(text);
                ch = ch.piece(glued, t.length());
                t = ch.text();
            }
            int words = Gutters.column(ch.x0(), bounds) >= value && value < bounds.length ? valueThenWords(t) : -1;
            if (words > 0) {
                Chunk v = ch.piece(0, words);
                Chunk w = ch.piece(words + 1, t.length());
                out.add(v);
                fixed.put(v, value);
                fixed.put(w, value + 1);
                cell = partCell(ch, cell, v, w, cellOf);
                ch = w;
                t = ch.text();
            }
            for (int i = 1; i + 1 < t.length() && ch.x1() > levelEdge + 1; i++) {
                int at = ch.x0() + i + 1;
                if (t.charAt(i) == ' ' && Gutters.column(at, bounds) > Gutters.column(ch.x0() + from, bounds)
                        && !unitAfterNumber(t.substring(from, i), t.substring(i + 1))
                        && !linesAcross(ch, from, at, cell)) {
                    Chunk piece = ch.piece(from, i);
                    cellOf.put(piece, cell);
                    out.add(piece);
                    from = i + 1;
                }
            }
            Chunk rest = from == 0 ? ch : ch.piece(from, t.length());
            cellOf.put(rest, cell);
            out.add(rest);
        }
        return out;
    }

    /**
     * The cell of a chunk parted into a value and words ({@link #valueThenWords}) parted likewise: the value and the
     * cell's other lines nearer under it than under the words make one cell, the words and the rest another
     * ("≤1839 元/" over "亩", "县领导批" over "示"). Returns the words' cell; both are put in {@code cellOf}.
     */
    private static Cell partCell(Chunk ch, Cell cell, Chunk v, Chunk w, Map<Chunk, Cell> cellOf) {
        Cell values = new Cell();
        Cell words = new Cell();
        values.add(v);
        words.add(w);
        for (Chunk o : cell == null ? List.<Chunk>of() : cell.chunks) {
            if (!o.equals(ch)) {
                int underValue = Math.min(o.x1(), v.x1()) - Math.max(o.x0(), v.x0());
                int underWords = Math.min(o.x1(), w.x1()) - Math.max(o.x0(), w.x0());
                (underValue > underWords ? values : words).add(o);
            }
        }
        values.chunks.forEach(o -> cellOf.put(o, values));
        words.chunks.forEach(o -> cellOf.put(o, words));
        return words;
    }

    /**
     * Where the text before a comparison sign ending the chunk one space after it ends ("购置64排CT =", a name run
     * up to the 指标性质 column), or -1.
     */
    private static int signAfter(String t) {
        int i = t.lastIndexOf(' ');
        return i > 0 && t.charAt(i - 1) != ' ' && Shapes.op(t.substring(i + 1)) ? i : -1;
    }

    /**
     * Where a whole value ends that Chinese words without a digit or a document number's year follow one space
     * after, to the chunk's end, or -1: a tight line of the value and basis columns, which the tool set one space
     * apart, both from the value column on or past it ("≤1839 元/ 县领导批", "≥121次 2022年160").
     */
    static int valueThenWords(String t) {
        int i = t.lastIndexOf(' ');
        if (i <= 0) {
            return -1;
        }
        String before = t.substring(0, i);
        String after = t.substring(i + 1);
        return ValueAnchors.wholeValue(before) && !unitAfterNumber(before, after) && after.length() >= 2
                && !ValueAnchors.wholeValue(before + after) // "12 月底前": one value, autospaced
                && (after.chars().allMatch(c -> Width.han((char) c)) || CellEnds.yearStart(after)) ? i : -1;
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
