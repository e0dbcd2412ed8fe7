package jixiao.text;

import java.util.ArrayList;
import java.util.List;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Moves the column edges of an indicator grid so that its 指标值 column holds its values. Every row has its value in
 * that column, and values are told by their shape (≥95%, 45公里, 12月底前); where the edges the header and the gutters
 * give put most of the grid's values in other columns (a tight grid whose header the layout tool pressed together,
 * one space between its names, while the rows stand wider: descriptions then fall in the value column, values among
 * the bases), the value column's edges are moved, counting each value outside it as much as a chunk crossed; the
 * other edges stay.
 */
final class ValueColumn {
    /** The fewest values that tell where the value column stands. */
    private static final int MIN_VALUES = 3;
    /** The narrowest column, in characters: two (a one-character column holds no cell's line). */
    private static final int MIN_WIDTH = 2;
    /**
     * The share of the values the value column may hold and keep its edges: from a third on, the rules placing each
     * line's chunks bring the others back from next to their column.
     */
    private static final double KEPT = 1.0 / 3;
    /** The share of the values a moved value column must hold (more than half) to be taken. */
    private static final double HELD = 0.5;

    private ValueColumn() {
    }

    /**
     * The edges (left edge of every column after the first) as given when the value column holds {@link #KEPT} of
     * the grid's values, else with the value column's two edges moved to hold most of them at the least cost in
     * crossed chunks, if it then holds more than {@link #HELD} of them.
     */
    static int[] holding(List<Cell> cols, int[] bounds, List<Chunk> chunks, int levelEdge, int value) {
        if (cols.stream().allMatch(c -> c.measured)) {
            return bounds; // columns measured on the page's own text (a page the grid goes on to) stand as they are
        }
        List<Chunk> words = new ArrayList<>();
        for (Chunk ch : chunks) {
            if (ch.x1() > levelEdge + 1) {
                words.addAll(words(ch));
            }
        }
        int[] held = words.stream().filter(w -> ValueAnchors.wholeValue(w.text())).mapToInt(Chunk::x0).toArray();
        if (held.length < MIN_VALUES || within(held, bounds, value) >= KEPT * held.length) {
            return bounds;
        }
        int[] cuts = new Gutters(words).moveColumn(bounds, value, held, MIN_WIDTH);
        return cuts != null && within(held, cuts, value) > HELD * held.length ? cuts : bounds;
    }

    private static int within(int[] held, int[] bounds, int column) {
        int n = 0;
        for (int x : held) {
            if (Gutters.column(x, bounds) == column) {
                n++;
            }
        }
        return n;
    }

    /**
     * A chunk's words, parted at its single spaces (a tool presses the cells of a tight line one space apart), a
     * number and its unit kept together ("4 万元"); each word's extent in proportion.
     */
    private static List<Chunk> words(Chunk ch) {
        String t = ch.text();
        List<Chunk> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < t.length(); i++) {
            if (t.charAt(i) != ' ' || i + 1 >= t.length()
                    || ColumnSplits.unitAfterNumber(t.substring(from, i), t.substring(i + 1))) {
                continue;
            }
            out.add(ch.piece(from, i));
            from = i + 1;
        }
        out.add(from == 0 ? ch : ch.piece(from, t.length()));
        return out;
    }
}
