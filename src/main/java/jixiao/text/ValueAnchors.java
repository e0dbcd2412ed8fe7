package jixiao.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Where the rows of an indicator grid in space-aligned text are anchored: every row has one cell in the 指标值 column
 * (or one line in a 指标性质 column), so the value cells, found by the shape of values and by where a line had room
 * for the next word, mark the rows; the lines atop a grid going on from the page before that may be the rest of a row
 * the page break cut. Grids are lines × columns of chunks, as {@link LayoutGrid} lays them out.
 */
final class ValueAnchors {
    /**
     * A value's lines may have this many lines of other cells between them when the piece below completes the value
     * or is its unit (lines of taller neighbour cells interleave); one line otherwise.
     */
    private static final int MAX_VALUE_STEP = 3;
    /** How far apart, in text columns, the edges of two lines of one cell may stand (a layout tool's rounding). */
    private static final int ALIGN_SLACK = 2;
    /** How much narrower than its column's widest line a line may be and still fill it (a wide letter did not fit). */
    private static final int FULL_SLACK = 4;
    /** The fewest characters of a whole qualitative value read as two words (零增长, 稳定增收). */
    private static final int MIN_PHRASE = 3;

    private ValueAnchors() {
    }

    /**
     * Per line and column, whether the line had room for the first word of the next line in that column: the two
     * are no lines of one cell (a cell's line breaks only where the next word does not fit).
     */
    static boolean[][] roomBelow(List<Chunk>[][] at) {
        int[] widest = widest(at);
        boolean[][] out = new boolean[at.length][];
        for (int l = 0; l < at.length; l++) {
            out[l] = new boolean[at[l].length];
            for (int k = 0; l + 1 < at.length && k < at[l].length; k++) {
                out[l][k] = hadRoom(at[l][k], at[l + 1][k], widest[k]);
            }
        }
        return out;
    }

    /**
     * How many lines at the top of a grid going on from the page before may be the rest of a row the page break cut:
     * up to the first line of a column that had room for the first word of the line under it in that column (a cell
     * ends at a line with room left; the line under it starts the next row's cell). {@code room}: {@link #roomBelow}.
     */
    static int restEnd(boolean[][] room) {
        for (int l = 0; l < room.length; l++) {
            if (anyRoom(room[l])) {
                return l + 1;
            }
        }
        return room.length;
    }

    /** Whether any column of a line had room for the first word of the line below ({@link #roomBelow}). */
    static boolean anyRoom(boolean[] line) {
        for (boolean r : line) {
            if (r) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line ranges (relative) of the value cells, top to bottom: runs of lines with text in the value column (a
     * blank line ends one; past a line of level cells alone only a unit, the rest of the value or the line after one
     * that fills the column goes on). A
     * whole value (a number with its unit, a deadline) starts a new cell, and so does any text after a whole value
     * but a unit or the rest of a longer whole value ("≥15480" / "人次", "12月底" / "前" are one value), unless it
     * completes the value above ("≥" / "15480", "1,000.2" / "1万元"): two one-line rows need no line between them.
     * Text under a value line that had room for its first word (in the value column, or in another column on the
     * next line or the one after, unless a one-line cell sits centred between them) is the next row's: a cell's line
     * breaks only where the next word does not fit; so is a line as wide as the one above it that starts apart from it
     * ({@link #misaligned}), and a whole qualitative value under another ({@link #wholePhrase}).
     */
    static List<int[]> anchors(List<Chunk>[][] at, int value, boolean[] blank, Map<Chunk, Cell> cellOf) {
        List<int[]> out = new ArrayList<>();
        int[] open = null;
        boolean levelLine = false; // a line of level cells alone since the open value's last line
        int[] widest = widest(at);
        for (int l = 0; l < at.length; l++) {
            if (at[l][value] == null) {
                if (blank[l] || open != null && l - open[1] > MAX_VALUE_STEP) {
                    open = null;
                }
                levelLine |= !blank[l] && Arrays.stream(at[l]).allMatch(slot -> slot == null);
                continue;
            }
            String t = LayoutText.text(at[l][value]);
            String joined = open == null ? "" : joinedValue(at, open, value);
            boolean completes = (!wholeValue(joined) || cutAmount(joined, t)) && wholeValue(joined + t);
            boolean near = open != null && (l - open[1] <= 2
                    && (!levelLine || full(at[open[1]][value], at[l][value], widest[value])) // past a level line
                    || completes || unitOnly(t));
            boolean room = open != null && !completes && !unitOnly(t) && !wholeValue(joined + t)
                    && (hadRoom(at[open[1]][value], at[l][value], widest[value])
                    || (l - open[1] == 1 || l - open[1] == 2 && !centredBetween(at, open[1], value))
                    && anyHadRoom(at[open[1]], at[l], widest, value)
                    || misaligned(at[open[1]][value], at[l][value])
                    || l - open[1] == 2 && cellStartsBetween(at, open[1], value, cellOf)
                    || wholePhrase(joined) && wholePhrase(t));
            if (near && !room && (completes || !wholeValue(t)
                    && (unitOnly(t) || !wholeValue(joined) || wholeValue(joined + t)))) {
                open[1] = l;
            } else {
                open = new int[] {l, l};
                out.add(open);
            }
            levelLine = false;
        }
        return out;
    }

    /**
     * Whether two lines of Chinese text as wide as each other, one above the other in a column, stand apart as no
     * two lines of one cell do: lines of one width in one cell start together however the cell is aligned. (Lines of
     * other widths are not compared: a layout tool places a long line's end, and so its centre, only roughly.)
     */
    static boolean misaligned(List<Chunk> above, List<Chunk> below) {
        if (above == null || below == null || above.isEmpty() || below.isEmpty()) {
            return false;
        }
        Chunk a = above.get(above.size() - 1);
        Chunk b = below.get(0);
        return chineseWidth(a) > 0 && chineseWidth(a) == chineseWidth(b) && Math.abs(a.x0() - b.x0()) > ALIGN_SLACK;
    }

    /**
     * Per column, the width of its widest chunk of CJK text alone (ASCII widths vary with the font), at its least
     * ({@link #leastChineseWidth}: a curly quote may print narrow, so a line holding one may fill no wider a column).
     */
    static int[] widest(List<Chunk>[][] at) {
        int[] widest = new int[at.length == 0 ? 0 : at[0].length];
        for (List<Chunk>[] line : at) {
            for (int k = 0; k < line.length; k++) {
                for (Chunk ch : line[k] == null ? List.<Chunk>of() : line[k]) {
                    widest[k] = Math.max(widest[k], leastChineseWidth(ch));
                }
            }
        }
        return widest;
    }

    /** A chunk of Chinese text's least width ({@link Width#least}: a line's curly quote may be narrow), else 0. */
    static int leastChineseWidth(Chunk ch) {
        return chineseWidth(ch) > 0 ? Width.least(ch.text()) : 0;
    }

    /**
     * The width of a chunk of Chinese text ({@link Width#of}), or 0 for one holding ASCII characters, whose printed
     * width varies: only the former tells how wide a column is.
     */
    static int chineseWidth(Chunk ch) {
        return ch.text().chars().noneMatch(c -> c < 0x80) ? Width.of(ch.text()) : 0;
    }

    /**
     * Whether the line above in a column had room for the first word of the line below (as wide as the column's
     * widest line): the one below is no wrapped line of the cell above but a new cell. A document number cut in its
     * number had none ({@link CellEnds#cutNumber}: digits print narrower than the width counted for them).
     */
    static boolean hadRoom(List<Chunk> above, List<Chunk> below, int widest) {
        if (above == null || below == null) {
            return false;
        }
        String upper = LayoutText.text(above);
        String lower = LayoutText.text(below);
        return !Width.opening(upper.charAt(upper.length() - 1)) && !CellEnds.cutNumber(upper, lower)
                && Width.of(upper) + Width.firstUnit(lower) <= widest;
    }

    /**
     * Whether a line of Chinese text fills its column (up to {@link #FULL_SLACK} short of the widest line) and had no
     * room for the first word of the line below: it wraps on to that line, though a level name stands between them.
     */
    private static boolean full(List<Chunk> above, List<Chunk> below, int widest) {
        if (above == null || above.isEmpty() || chineseWidth(above.get(above.size() - 1)) == 0) {
            return false;
        }
        String upper = LayoutText.text(above);
        return Width.of(upper) >= widest - FULL_SLACK && !hadRoom(above, below, widest)
                && "。；！？".indexOf(upper.charAt(upper.length() - 1)) < 0;
    }

    /**
     * Whether a column but the value's has text on the line after {@code upper} alone, not on the lines around it: a
     * one-line cell centred between two lines of a value (lines of cells with different line counts interleave).
     */
    private static boolean centredBetween(List<Chunk>[][] at, int upper, int value) {
        for (int k = 0; k < at[upper].length; k++) {
            if (k != value && at[upper + 1][k] != null && at[upper][k] == null && at[upper + 2][k] == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether, in a column but the value's, a cell starts on the line after {@code upper} under another cell's line on
     * {@code upper}: the row changed there (a column holds one cell a row), and a value line below it is the next
     * row's, though the two value lines would join ("甲乙丙丁" / "戊己" then "庚辛改善" two lines on, each between the
     * lines of its row's other cells).
     */
    private static boolean cellStartsBetween(List<Chunk>[][] at, int upper, int value, Map<Chunk, Cell> cellOf) {
        for (int k = 0; k < at[upper].length; k++) {
            if (k == value || at[upper][k] == null || at[upper + 1][k] == null) {
                continue;
            }
            Cell above = cellOf.get(at[upper][k].get(at[upper][k].size() - 1));
            Chunk first = at[upper + 1][k].get(0);
            Cell below = cellOf.get(first);
            if (above != null && below != null && above != below && below.top == first.line()) {
                return true;
            }
        }
        return false;
    }

    /** Whether, in a column but the value's, of two lines the upper had room for the first word of the lower. */
    private static boolean anyHadRoom(List<Chunk>[] above, List<Chunk>[] below, int[] widest, int value) {
        for (int k = 0; k < above.length; k++) {
            if (k != value && hadRoom(above[k], below[k], widest[k])) {
                return true;
            }
        }
        return false;
    }

    /** Every line with text in the column is one row's anchor (a column of one-line cells). */
    static List<int[]> lineAnchors(List<Chunk>[][] at, int col) {
        List<int[]> out = new ArrayList<>();
        for (int l = 0; l < at.length; l++) {
            if (at[l][col] != null) {
                out.add(new int[] {l, l});
            }
        }
        return out;
    }

    /**
     * A qualitative value of two words at least, read whole ({@link Shapes#qualitativePhrase}: 稳定增收, 明显改善): one
     * such under another is the next row's value, not the rest of the one above (a wrapped value's rest does not
     * open with a word of appraisal again).
     */
    private static boolean wholePhrase(String t) {
        String c = Shapes.compact(t);
        return c.length() >= MIN_PHRASE && Shapes.qualitativePhrase(c);
    }

    /**
     * "1,000.2" / "1万元", "≤23/1" / "0万": an amount with a separator cut before its last digit, or a per-many
     * value cut in the number after its slash, its rest on the next line.
     */
    private static boolean cutAmount(String upper, String lower) {
        return upper.matches(".*(\\d[,.]|/)\\d+") && !lower.isEmpty() && Character.isDigit(lower.charAt(0));
    }

    private static String joinedValue(List<Chunk>[][] at, int[] anchor, int value) {
        StringBuilder sb = new StringBuilder();
        for (int l = anchor[0]; l <= anchor[1]; l++) {
            if (at[l][value] != null) {
                sb.append(LayoutText.text(at[l][value]));
            }
        }
        return sb.toString();
    }

    private static boolean unitOnly(String t) {
        return Shapes.unitOnly(t);
    }

    static boolean wholeValue(String t) {
        return Shapes.numericValue(t) || Shapes.deadline(t);
    }
}
