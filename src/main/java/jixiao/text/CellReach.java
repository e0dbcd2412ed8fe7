package jixiao.text;

import java.util.List;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Whether a chunk stands near enough below a cell to go on with it ({@link LayoutCells}): on the next line, or two
 * lines below past a neighbour cell's line or a line of level names, or three below as a cut label's end.
 */
final class CellReach {
    /** How far left of a cell's lines a neighbour's line starts that runs on under them (columns). */
    static final int FLUSH = 2;

    private CellReach() {
    }

    /**
     * Whether the line between two chunks holds a chunk of another cell, not a level cell: the text put a neighbour
     * cell's line between the two lines of a cell (lines of cells with different line counts interleave).
     */
    private static boolean neighbourBetween(List<Chunk> between, int levelEdge) {
        for (Chunk n : between) {
            if (n.x1() > levelEdge + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a chunk on line i stands near enough below a cell's last line to go on with it: on the next line; two
     * lines below, past a line of a neighbour cell or (for a cell of two lines, a document number's issuer, text with
     * an open quote or bracket, or a cell of a row whose value goes on there: {@link #valueGoesOn}) of level names
     * alone (or level names ending left of the chunk, which stands under the last line: a grid set left of its
     * header), not under that line but where, in a grid, it starts where the last line starts and the line between
     * starts left of both ({@link #flushPast}), or as the rest of a level-2 name wrapped around the level-1 name
     * centred between its lines, or of a label a blank line parts; three lines below, as the end of a label cut
     * around two lines of amounts.
     */
    static boolean reaches(Cell cell, Chunk c, int i, List<List<Chunk>> byLine, int[] levelEdge) {
        String text = LayoutText.text(cell);
        Chunk last = cell.chunks.get(cell.chunks.size() - 1);
        int step = i - last.line();
        if (step == 1) {
            return !(levelEdge[i] >= 0 && spaced(cell, c, byLine, levelEdge[i]));
        }
        if (step == LabelCells.CUT_STEP) {
            return LabelCells.labelEnd(cell, c);
        }
        if (step != LayoutCells.MAX_LINE_STEP) {
            return false;
        }
        List<Chunk> between = byLine.get(i - 1);
        int edge = levelEdge[i - 1];
        return (neighbourBetween(between, edge) || centredPast(cell, c, between, edge, byLine)
                || (levelNamesBetween(between, edge, c) || levelNamesLeft(between, edge, c.x0()) && last.overlaps(c))
                        && (cell.chunks.size() >= 2
                        || issuerAlone(text, c) || Width.unclosed(text)
                        || valueGoesOn(byLine.get(last.line()), byLine.get(i)) || valueBelow(last, c, byLine)))
                && (!under(c, between, text) || levelEdge[i] >= 0 && c.x0() > levelEdge[i]
                        && flushPast(last, c, between))
                || Shapes.isLevel2(text + c.text()) || Shapes.taxonomyPrefix(text + c.text()) && leftOf(between, c)
                || between.isEmpty() && HeaderWords.label(text + c.text()).isPresent();
    }

    /**
     * Whether a cell whose lines, if more than one, stand two apart goes on past a line of level names ending left of
     * the chunk (which may start within the header's level zone): it has wrapped already, or its row's values are
     * still to come ({@link #valueBelow}).
     */
    private static boolean centredPast(Cell cell, Chunk c, List<Chunk> between, int edge, List<List<Chunk>> byLine) {
        return levelNamesLeft(between, edge, c.x0()) && stepsOfTwo(cell)
                && (cell.chunks.size() >= 2 || valueBelow(cell.chunks.get(cell.chunks.size() - 1), c, byLine));
    }

    /**
     * Whether a value cut on one line goes on on the other, under it ("≤N 元/平方" / "米"): the row goes on there,
     * and so do the row's other cells on the upper line that have a chunk under them.
     */
    private static boolean valueGoesOn(List<Chunk> upper, List<Chunk> lower) {
        for (Chunk u : upper) {
            for (Chunk l : lower) {
                if (u.overlaps(l) && CellEnds.completesValue(u.text(), l)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a cell's lines all stand two lines apart, each time a neighbour cell's line between them (lines of two
     * cells alternating) and the chunk right below a whole value (the next row's), or level names alone with the cell
     * centred on a line with text right of it (a row's lines centred on its value line, a merged level name's lines
     * between them): the cell is whole, its next line is no nearer.
     */
    private static boolean spaced(Cell cell, Chunk c, List<List<Chunk>> byLine, int levelEdge) {
        int n = cell.chunks.size();
        if (n < 2 || !stepsOfTwo(cell)) {
            return false;
        }
        boolean neighbours = true;
        boolean names = true;
        for (int k = 1; k < n; k++) {
            List<Chunk> between = byLine.get(cell.chunks.get(k).line() - 1);
            neighbours &= neighbourBetween(between, levelEdge);
            names &= levelNamesLeft(between, levelEdge, cell.x0);
        }
        int middle = (cell.top + cell.bottom) / 2;
        return neighbours && ValueAnchors.wholeValue(c.text())
                || names && byLine.get(middle).stream().anyMatch(o -> o.x0() > cell.x1);
    }

    /**
     * Whether a one-line cell's row has its values still to come: nothing stands right of the cell on its line, and
     * something does right of the chunk two lines below (a row's cells centred on its value line, their lines parted
     * by level names).
     */
    private static boolean valueBelow(Chunk last, Chunk c, List<List<Chunk>> byLine) {
        return byLine.get(last.line()).stream().noneMatch(o -> o.x0() > last.x1())
                && byLine.get(c.line()).stream().anyMatch(o -> o.x0() > c.x1());
    }

    /**
     * Whether a chunk starts where a cell's last line two lines above starts, under the line between only where that
     * one starts left of both (a neighbour's wide line run on under them, see LayoutCells.interleaved).
     */
    private static boolean flushPast(Chunk last, Chunk c, List<Chunk> between) {
        return flush(last, c) && between.stream().allMatch(o -> !c.overlaps(o) || o.x0() < c.x0() - FLUSH);
    }

    /**
     * Whether the line between two pieces of a level name holds text, all of it starting left of the lower piece (its
     * end, by a tool's estimate of wide letters, may reach under it): the level-1 name centred between the lines of a
     * level-2 name wrapped over three ("服务对" / "满意度" / "象满意" / "指标" / "度指标").
     */
    private static boolean leftOf(List<Chunk> between, Chunk c) {
        return !between.isEmpty() && between.stream().allMatch(n -> n.x0() < c.x0());
    }

    /**
     * Whether the line between two chunks holds only level names, left of the chunk below (a merged level cell's name
     * wrapped beside the rows' lines, "服务对象" / "满意度指" / "标"): a cell right of the level columns that has
     * wrapped already (two lines at least: a long description) goes on past it; a one-line cell may as well be
     * followed by the next row's, unless it is a document number's issuer the chunk goes on ({@link #issuerAlone}).
     */
    private static boolean levelNamesBetween(List<Chunk> between, int levelEdge, Chunk c) {
        return levelEdge >= 0 && !between.isEmpty() && c.x0() > levelEdge
                && between.stream().allMatch(n -> n.x1() <= levelEdge + 1);
    }

    /**
     * Whether the line between two chunks holds only level names, all ending left of column {@code x} where the text
     * below starts, which may lie within the level columns as the header has them (a tool set the grid's lower rows
     * left of its header).
     */
    private static boolean levelNamesLeft(List<Chunk> between, int levelEdge, int x) {
        return levelEdge >= 0 && !between.isEmpty()
                && between.stream().allMatch(n -> n.x1() <= levelEdge + 1 && n.x1() < x);
    }

    /** Whether a cell's lines, if more than one, all stand two lines apart. */
    private static boolean stepsOfTwo(Cell cell) {
        for (int k = 1; k < cell.chunks.size(); k++) {
            if (cell.chunks.get(k).line() - cell.chunks.get(k - 1).line() != LayoutCells.MAX_LINE_STEP) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a one-line cell is the issuer of a document number that the chunk goes on ("赞财农" over "〔2022〕172"):
     * a basis centred on its row's value, whose first line a line of level names parts from the rest.
     */
    private static boolean issuerAlone(String text, Chunk c) {
        return !Shapes.issuedNumber(text) && Shapes.issuedNumber(text + c.text());
    }

    /**
     * Whether the chunk, going on the cell of {@code text}, stands under one of the line above that is not squeezed
     * into the cell ({@link #squeezed}): a neighbour's line sits beside a cell's, not over it.
     */
    private static boolean under(Chunk c, List<Chunk> above, String text) {
        return above.stream().anyMatch(o -> c.overlaps(o) && !squeezed(text, o));
    }

    /** An amount squeezed between the pieces of a cut label ("其中：财政资" / "89.55" / "金"): the label goes on past it. */
    static boolean squeezed(String text, Chunk c) {
        return LabelCells.cutLabel(text) && Shapes.amount(c.text());
    }

    /** Whether two chunks start at one place (a cell's lines, left-aligned). */
    static boolean flush(Chunk a, Chunk b) {
        return flush(a.x0(), b.x0());
    }

    /** Whether two lines starting at these columns start at one place (a tool's rounding: a column apart). */
    static boolean flush(int a, int b) {
        return Math.abs(a - b) <= 1;
    }
}
