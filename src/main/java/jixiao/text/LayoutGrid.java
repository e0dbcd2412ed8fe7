package jixiao.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import jixiao.table.Meaning;
import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Rebuilds the rows of an indicator grid in space-aligned text, where rows need not be parted by blank lines.
 *
 * <p>Columns come from the column header's cells: a chunk belongs to the column whose zone (up to midway to the next
 * header cell) holds its start. Every row has one cell in the 指标值 column, so the value cells anchor the rows (a
 * value line goes on below only where its line had no room for the next word: one-line rows need no blank line
 * between them); a row runs from just below the previous row to just above the next one, at the boundaries
 * {@link RowStarts} chooses for the grid's alignment. Where the tool set a band of rows at other columns, a chunk
 * takes its rank among the cells beside it ({@link ColumnRanks}). A sign's line puts its sign, number and unit in
 * their columns in order ({@link SignLines}). Cells of the level columns (一级/二级指标) are merged over rows; they are
 * returned apart.
 */
final class LayoutGrid {
    /** The rows of the grid, each one cell per non-empty column, and the level cells. */
    record Result(List<List<Cell>> rows, List<Cell> levels) {
    }

    private LayoutGrid() {
    }

    /**
     * The grid below a column header, or empty when the header has no 指标值 column or no value is found.
     * {@code lead}: whether the grid goes on from the page before ({@link LayoutLevels.Lead#FREE}) or starts here
     * ({@link LayoutLevels.Lead#NONE}: its first rows are whole, no rest of a row a page break cut).
     */
    static Optional<Result> read(List<Cell> header, List<Chunk> given, LayoutLevels.Zones levelZones,
                                 Map<Chunk, Cell> cellOf, LayoutLevels.Lead lead) {
        boolean continued = lead == LayoutLevels.Lead.FREE;
        int levelEdge = levelZones.levels();
        List<Cell> cols = new ArrayList<>();
        int value = -1;
        int op = -1;
        int unit = -1;
        List<Cell> sorted = new ArrayList<>(header);
        sorted.sort(Comparator.comparingInt(c -> c.x0));
        for (Cell c : sorted) {
            if (c.x1 <= levelEdge + 1) {
                continue;
            }
            Meaning role = HeaderWords.column(LayoutText.text(c)).orElse(Meaning.EXTRA);
            value = role == Meaning.VALUE && value < 0 ? cols.size() : value;
            op = role == Meaning.OP && op < 0 ? cols.size() : op;
            unit = role == Meaning.MEASURE_UNIT && unit < 0 ? cols.size() : unit;
            cols.add(c);
        }
        if (value < 0) {
            return Optional.empty();
        }
        if (value > 0 && ColumnHeader.basisFirst(HeaderWords.column(LayoutText.text(cols.get(value - 1)))
                .orElse(Meaning.EXTRA), Meaning.VALUE)) {
            value--; // a basis follows its value: the header's lines set its name first (see ColumnHeader.parse)
        }
        int[] bounds = ValueColumn.holding(cols, Gutters.bounds(cols, given, levelEdge), given, levelEdge, value);
        Map<Chunk, Integer> fixed = new HashMap<>(); // columns a chunk's pieces surely stand in
        List<Chunk> all = ColumnSplits.split(given, bounds, levelEdge, cellOf, value, op, fixed);
        Set<Chunk> inGrid = LevelChunks.gridLines(all, levelEdge, cellOf);
        List<Chunk> levelChunks = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (Chunk ch : all) {
            first = Math.min(first, ch.line());
            last = Math.max(last, ch.line());
        }
        if (last < 0) {
            return Optional.empty();
        }
        int lines = last - first + 1;
        Set<Chunk> wideNames = LevelChunks.wideNames(all, levelEdge);
        Predicate<Chunk> ofGrid = ch -> ch.x1() > levelEdge + 1 && !wideNames.contains(ch)
                || inGrid.contains(ch); // not a level cell's
        List<Chunk> gridChunks = all.stream().filter(ofGrid).toList();
        CellBreaks.part(gridChunks, cellOf);
        Map<Chunk, Integer> ranks = ColumnRanks.apart(cols)
                ? ColumnRanks.of(gridChunks, cellOf, cols.size(), op < 0) : Map.of();
        ToIntFunction<Chunk> columnOf = ch -> fixed.getOrDefault(ch, ranks.getOrDefault(ch, column(ch, bounds)));
        List<List<Chunk>> byLine = new ArrayList<>(); // the grid chunks (not level ones) of each line
        for (int l = 0; l < lines; l++) {
            byLine.add(new ArrayList<>());
        }
        for (Chunk ch : gridChunks) {
            byLine.get(ch.line() - first).add(ch);
        }
        @SuppressWarnings("unchecked")
        List<Chunk>[][] at = new List[lines][cols.size()];
        Map<Chunk, Integer> placed = new LinkedHashMap<>();
        List<Chunk> pushed = new ArrayList<>();
        List<Chunk> values = new ArrayList<>(); // whole values put into the value column from left of it
        List<Chunk> pulled = new ArrayList<>(); // and from right of it
        List<Chunk> beside = new ArrayList<>(); // of which those with the basis right of them on their line
        SignLines.Placed signLines = SignLines.read(byLine, op, value, unit, columnOf);
        boolean basisNext = op < 0 && unit < 0 && value + 1 < cols.size(); // the column after the value's: a basis
        List<Chunk> inOrder = new ArrayList<>(all);
        inOrder.sort(Comparator.comparingInt(Chunk::line).thenComparingInt(Chunk::x0));
        for (Chunk ch : inOrder) {
            if (!ofGrid.test(ch)) {
                levelChunks.add(ch);
                continue;
            }
            int byPosition = columnOf.applyAsInt(ch);
            int k = signLines.column(ch, byPosition);
            List<Chunk> line = byLine.get(ch.line() - first);
            int before = columnBefore(ch, line, placed);
            if (k > byPosition && k > signLines.op() + 1) {
                pushed.add(ch); // right of a sign line's number: its cell's other lines go with it
            }
            if (k <= before && before + 1 < cols.size()) {
                k = before + 1; // the text ran over its column and put the next cell one space after it
                pushed.add(ch);
            }
            if (k < value && (ValueAnchors.wholeValue(ch.text()) || strayUnit(ch, line, placed, k))
                    && lastBefore(ch, line, columnOf, value, cellOf, basisNext)) {
                k = value; // a number with its unit, pushed left of the value column: descriptions are words
                values.add(ch);
            } else if (k > value && ValueAnchors.wholeValue(ch.text())
                    && firstPast(ch, line, placed, value, columnOf, k)
                    && !(op >= 0 && wrappedAround(ch.line() - first, byLine, bounds, value))
                    && !(CellEnds.numberPiece(ch.text()) && CellEnds.docNumber(cellOf.get(ch)))) { // a document's year
                k = value; // a value set right of its column with it empty on its line: a basis is words
                pulled.add(ch);
                if (line.stream().anyMatch(o -> o.x0() > ch.x0())) {
                    beside.add(ch); // out of a basis cell's line beside it: two cells of one column on one line
                }
            }
            placed.put(ch, k);
            SideBySide.put(at, first, ch, k);
        }
        CellMoves.followPushed(at, first, pushed, placed, bounds, cellOf, value);
        CellMoves.followValues(at, first, values, placed, bounds, cellOf);
        CellMoves.followValues(at, first, pulled, placed, bounds, cellOf);
        CellMoves.basesAfterValues(at, first, values, placed, cellOf, value, basisNext);
        CellMoves.overhangs(at, first, placed, bounds, cellOf, beside);
        SideBySide.part(at, first, cellOf);
        DriftedValues.restore(at, value);
        boolean[] blank = new boolean[lines];
        Arrays.fill(blank, true);
        for (Chunk ch : all) {
            blank[ch.line() - first] = false;
        }
        // a 指标性质 column (≥ ≤ = 定性) has one one-line cell in every row: a surer anchor than values that wrap
        int anchor = op >= 0 ? op : value;
        List<int[]> anchors = op >= 0 ? ValueAnchors.lineAnchors(at, op) : ValueAnchors.anchors(at, value, blank,
                cellOf);
        List<Cell> levels = LevelChunks.cells(LevelChunks.parted(levelChunks, levelZones.level1()),
                levelZones.level1());
        anchors = GroupParts.part(anchors, at, anchor, levels, first, levelZones);
        if (anchors.isEmpty()) {
            return Optional.empty();
        }
        int rest = lead == LayoutLevels.Lead.NONE ? 0 : leadingPart(at, anchors.get(0)[0], cellOf, first,
                levels);
        boolean[][] room = ValueAnchors.roomBelow(at); // where a line had room for the next line's first word
        int restEnd = continued && rest == 0 ? ValueAnchors.restEnd(room) : 0;
        int[] starts = RowStarts.of(at, room, cellOf, anchors, anchor, rest, restEnd);
        List<List<Cell>> rows = new ArrayList<>();
        if (starts[0] > 0) {
            rows.add(row(at, 0, starts[0] - 1)); // the rest of a row cut by the page break above the column header
        }
        for (int r = 0; r < anchors.size(); r++) {
            rows.add(row(at, starts[r], r + 1 < anchors.size() ? starts[r + 1] - 1 : lines - 1));
        }
        return Optional.of(new Result(rows, levels));
    }

    /**
     * Whether no chunk of the line before the chunk was put in the value column or right of it, and the chunk ends
     * its line or what follows it stands in its own column {@code k} (two cells in one column past the value's: the
     * tool set the row's value as far right as the basis beside it, "95年     考核"): the line's first text past the
     * descriptions.
     */
    private static boolean firstPast(Chunk ch, List<Chunk> line, Map<Chunk, Integer> placed, int value,
                                     ToIntFunction<Chunk> columnOf, int k) {
        for (Chunk o : line) {
            if (o != ch && (o.x0() > ch.x0() && columnOf.applyAsInt(o) != k
                    || placed.getOrDefault(o, -1) >= value)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the value column holds text on the lines just above and below line {@code l}: in a grid with a 指标性质
     * column, a qualitative value wrapped around its sign's line ("12月" / "底前" beside 定性), which a number right
     * of it on the line ("2022年" of a basis) is no part of. (Without that column such text may be a basis set a
     * column left, which the value pushed right of it is not.)
     */
    private static boolean wrappedAround(int l, List<List<Chunk>> byLine, int[] bounds, int value) {
        return l > 0 && l + 1 < byLine.size()
                && byLine.get(l - 1).stream().anyMatch(o -> column(o, bounds) == value)
                && byLine.get(l + 1).stream().anyMatch(o -> column(o, bounds) == value);
    }

    /**
     * Whether the chunk is a unit of Latin letters or signs ("%") standing apart right of text put in the same column
     * on its line: no line of that text (a cell's text has no wide gap) but a value's unit, its number above it.
     */
    private static boolean strayUnit(Chunk ch, List<Chunk> line, Map<Chunk, Integer> placed, int k) {
        return Shapes.unitOnly(ch.text()) && ch.text().chars().noneMatch(c -> Width.han((char) c))
                && line.stream().anyMatch(o -> o.x1() + 1 < ch.x0() && placed.getOrDefault(o, -1) == k);
    }

    /**
     * Whether no chunk of the chunk's line lies between it and the value column (it is the value if any is), by the
     * columns {@code column} gives; a cell holding a document number is a basis, pushed left with the value before it,
     * and so are words without a digit ending the line in the value column ("100.00 万元 县领导批示" set a column
     * left) when the basis column follows it ({@code basisNext}): the basis, which
     * {@link CellMoves#basesAfterValues} moves on.
     */
    private static boolean lastBefore(Chunk ch, List<Chunk> line, ToIntFunction<Chunk> column, int value,
                                      Map<Chunk, Cell> cellOf, boolean basisNext) {
        for (Chunk o : line) {
            int k = o == ch || o.x0() <= ch.x0() ? -1 : column.applyAsInt(o);
            if (k >= 0 && k <= value && !CellEnds.docNumber(cellOf.get(o))
                    && !(basisNext && k == value && CellMoves.basisWords(o, line))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The column the chunk just before this one on its line was put in, when only one space parts them and that one
     * does not end in a Latin letter or digit, else -1: text wider than its column pushes what follows to the right,
     * and cells closer than the extracting tool's word gap come out one space apart, left of their columns.
     */
    private static int columnBefore(Chunk ch, List<Chunk> line, Map<Chunk, Integer> placed) {
        for (Chunk o : line) {
            if (o.end() + 1 == ch.x0() && placed.containsKey(o) && !asciiEnd(o.text())) {
                return placed.get(o);
            }
        }
        return -1;
    }

    /** Whether a text ends in a Latin letter or a digit (a number or code may have a space inside it). */
    private static boolean asciiEnd(String t) {
        char c = t.charAt(t.length() - 1);
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** One cell per non-empty column from the chunks of lines s..e. */
    private static List<Cell> row(List<Chunk>[][] at, int s, int e) {
        List<Cell> row = new LayoutText.GridRow();
        for (int k = 0; k < at[0].length; k++) {
            Cell cell = new Cell();
            for (int l = s; l <= e; l++) {
                if (at[l][k] != null) {
                    at[l][k].sort(Comparator.comparingInt(Chunk::x0));
                    at[l][k].forEach(cell::add);
                }
            }
            if (!cell.chunks.isEmpty()) {
                row.add(cell);
            }
        }
        return row;
    }

    /**
     * Lines at the top of the grid, above its first value, that a blank line parts from the rest: the end of a row
     * that a page break cut (its value stayed on the page before), unless a cell of theirs goes on past the blank
     * line ({@link #goesPast}) or their lines stand at one place above and below it ({@link #alignedPast}). A line
     * that a level cell begun above it runs through is no such line: the level name wrapped beside the lines of its
     * group's first row ("服务对" beside a description's first line, "象满意" a line below the level-1 name's line).
     * Returns the first line after them, or 0.
     */
    private static int leadingPart(List<Chunk>[][] at, int firstValue, Map<Chunk, Cell> cellOf, int first,
                                   List<Cell> levels) {
        boolean seen = false;
        for (int l = 0; l < firstValue; l++) {
            int line = first + l;
            boolean blank = levels.stream().noneMatch(c -> c.top < line && line <= c.bottom);
            for (List<Chunk> slot : at[l]) {
                blank &= slot == null;
            }
            if (blank && seen) {
                return goesPast(at, l, cellOf, first) || alignedPast(at, l) ? 0 : l + 1;
            }
            seen |= !blank;
        }
        return 0;
    }

    /**
     * Whether a line of the grid right above line l and one right below it start a chunk at one place in one column:
     * one cell's lines, a line of level names between them.
     */
    private static boolean alignedPast(List<Chunk>[][] at, int l) {
        if (l == 0 || l + 1 >= at.length) {
            return false;
        }
        for (int k = 0; k < at[l].length; k++) {
            for (Chunk above : at[l - 1][k] == null ? List.<Chunk>of() : at[l - 1][k]) {
                for (Chunk below : at[l + 1][k] == null ? List.<Chunk>of() : at[l + 1][k]) {
                    if (above.x0() == below.x0()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a cell of the grid's lines above line l goes on below it: a cell centred on the first value whose lines
     * the tool set a line apart, not the rest of a cut row.
     */
    private static boolean goesPast(List<Chunk>[][] at, int l, Map<Chunk, Cell> cellOf, int first) {
        for (int k = 0; k < l; k++) {
            for (List<Chunk> slot : at[k]) {
                if (slot != null && slot.stream().map(cellOf::get).anyMatch(c -> c != null && c.bottom > first + l)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int column(Chunk ch, int[] bounds) {
        return Gutters.column(ch.x0(), bounds);
    }
}
