package jixiao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Joins the chunks of a page of space-aligned text into cells: a chunk continues the cell above it when it is
 * aligned under the cell's last line on the next line (or the one after, when a neighbour cell's line sits beside
 * it between them: lines of cells with different line counts interleave, or only level names stand between them and
 * the cell has wrapped already; or when the two make a level-2 name wrapped around the level-1 name), of the cells
 * it may go on preferring a value it completes ("12月底" / "前"), unless the
 * vocabulary says the two are two cells — a whole label, column name, taxonomy name or period starts a cell; a whole
 * label or column name ends one (but for a parenthesised note under it, or an amount's label for its amount under
 * it); a title line is no cell of a table; two label rows are two rows. On a page of amounts with two decimals, an
 * amount's cut start is no line of the text above it and stays open across the line between it and its rest. In an
 * indicator grid a cell also ends where its last line had room for the next line's first word, or with a whole value
 * or document number (rows of a tight grid follow each other without blank lines): {@link CellEnds}.
 */
final class LayoutCells {
    /** Cells of a wrapped cell may be this many lines apart, when a neighbour cell's line sits between them. */
    static final int MAX_LINE_STEP = 2;
    /** A project code ("13052926P00584011634M"): letters and digits only, no Chinese text goes on with it. */
    private static final Pattern CODE = Pattern.compile("(?=.*\\d)[0-9A-Za-z]{10,}");
    /** How far short of the right margin a wrapped line of prose may end (a wide character did not fit). */
    private static final int PROSE_SLACK = 4;
    /** The end of a sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。；！？]$");
    /** The unit of a table's amounts, as printed above it ({@link Shapes#UNIT_NOTE}). */
    private static final Pattern UNIT = Pattern.compile(Shapes.UNIT_NOTE);

    private LayoutCells() {
    }

    /**
     * Per line, the right edge of the level columns (一级/二级指标) of the indicator grid above it, or -1: level
     * cells are merged cells, centred between rows, and never sit between the lines of another cell. A line starting
     * with a header-block label, or naming the amounts' unit (above the next table, whose labels a narrow column may
     * cut: "项目名" / "称"), ends the grid: the next project's header block has no level columns. {@code carried}:
     * the edge of a grid going on from the page before, or -1.
     */
    static int[] levelEdge(List<List<Chunk>> byLine, List<LayoutHeaders.Header> headers, int carried) {
        int[] edge = new int[byLine.size()];
        int current = carried;
        int h = 0;
        for (int i = 0; i < byLine.size(); i++) {
            if (labelRow(byLine.get(i)) || unitRow(byLine.get(i))) {
                current = -1;
            }
            edge[i] = current;
            if (h < headers.size() && headers.get(h).bottom() == i) {
                if (headers.get(h).hasLevel2()) {
                    current = headers.get(h).levelEdge();
                }
                h++;
            }
        }
        return edge;
    }

    /**
     * The page's cells; {@code carried}: the right edge of the level columns of a grid going on from the page before
     * (its carried header's, see {@link LayoutHeaders#levelEdge}), or -1.
     */
    static List<Cell> cells(List<List<Chunk>> byLine, List<LayoutHeaders.Header> headers, int carried) {
        int[] levelEdge = levelEdge(byLine, headers, carried);
        List<Cell> cells = new ArrayList<>();
        List<Cell> open = new ArrayList<>();
        boolean[] header = new boolean[byLine.size()];
        for (LayoutHeaders.Header h : headers) {
            for (int k = h.top(); k <= h.bottom(); k++) { // where a header cell can start
                header[k] = true;
            }
        }
        boolean cents = AmountCells.cents(byLine);
        int[] margins = margins(byLine);
        for (int i = 0; i < byLine.size(); i++) {
            List<Chunk> line = byLine.get(i);
            if (line.isEmpty()) {
                // a blank line closes every cell but a cut label ("预算规模及资" / "" / "金用途")
                int above = i - 1;
                open.removeIf(cell -> !LabelCells.cutLabel(LayoutText.text(cell)) || cell.bottom < above);
                continue;
            }
            List<Cell> taken = new ArrayList<>();
            for (Chunk c : line) {
                Cell into = null;
                for (Cell cell : open) {
                    String text = LayoutText.text(cell);
                    Chunk last = cell.chunks.get(cell.chunks.size() - 1);
                    boolean reach = CellReach.reaches(cell, c, i, byLine, levelEdge);
                    if (i - last.line() <= MAX_LINE_STEP && AmountCells.amountOfLabel(cell, c, byLine)
                            && !taken.contains(cell) && into == null) {
                        into = cell;
                        continue;
                    }
                    boolean continued = last.continuedBy(c) || LevelChunks.nameEnd(text, last, c)
                            || cents && AmountCells.cutAmount(cell, c)
                            || i - last.line() == 1 && proseEnd(last, c, byLine, margins)
                            || i - last.line() >= MAX_LINE_STEP && LabelCells.labelEnd(cell, c);
                    // the end of a column name set beside its start, a line or two below (二级指 / 标)
                    boolean nameEnd = header[cell.top] && header[i] && i - last.line() <= MAX_LINE_STEP
                            && LayoutHeaders.nameEndBeside(text, last, c);
                    if ((reach && continued || nameEnd) && !taken.contains(cell)
                            && !title(last, byLine) && !title(c, byLine)
                            && !unitRow(byLine.get(last.line()))
                            && !(labelRow(byLine.get(i)) && labelRow(byLine.get(last.line())))
                            && (!complete(text) || LabelCells.note(c.text()))
                            && !LabelCells.labelEnded(text, c.text())
                            && (!wholeWord(c.text()) || LabelCells.completesLabel(text, c.text()))
                            && !(header[cell.top] && !columnWord(text + c.text()))
                            && !(header[i] && !header[cell.top]) // a column header starts its own cells
                            && !(levelEdge[i] >= 0 && valueBeside(last, c, byLine))
                            && !(levelEdge[i] >= 0 && secondValue(cell, c, byLine))
                            && !(levelEdge[i] >= 0 && valueLeftUnder(text, last, c))
                            && !(levelEdge[i] >= 0 && c.x0() >= levelEdge[i] && rowOnItsLine(cell, c, byLine))
                            && !(LabelCells.startsLabel(c.text()) && !HeaderWords.labelPrefix(text)
                                    && !(levelEdge[i] >= 0 && c.x0() > levelEdge[i])) // no label right of levels
                            && !(LabelCells.cutLabel(text) && Shapes.amount(c.text()))
                            && !(CODE.matcher(text).matches() && Shapes.hasCjk(c.text()))
                            && !(cents && AmountCells.amountPieceUnderText(text, c.text()))
                            && !(levelEdge[i] >= 0 && c.x1() > levelEdge[i] + 1
                                    && (CellEnds.endedShort(cell, c) && !CellEnds.completesValue(text, c)
                                    || CellEnds.endedWhole(text, c.text())))
                            && (into == null || rather(cell, into, c))) {
                        into = cell;
                    }
                }
                if (into == null) {
                    into = new Cell();
                    cells.add(into);
                    open.add(into);
                }
                into.add(c);
                taken.add(into);
            }
            // a cell whose last line is followed by a line with something under it, but not it, stays open one step
            int at = i;
            open.removeIf(cell -> at - cell.bottom >= (LabelCells.waiting(LayoutText.text(cell))
                    ? LabelCells.CUT_STEP : MAX_LINE_STEP)
                    || blockedBelow(cell, byLine, at, taken, cents, levelEdge[at]));
        }
        return cells;
    }

    /** The page's text margins: the least left edge and the greatest right edge of its lines. */
    private static int[] margins(List<List<Chunk>> byLine) {
        int left = Integer.MAX_VALUE;
        int right = 0;
        for (List<Chunk> line : byLine) {
            if (!line.isEmpty()) {
                left = Math.min(left, line.get(0).x0());
                right = Math.max(right, line.get(line.size() - 1).x1());
            }
        }
        return new int[] {left, right};
    }

    /**
     * The last line of a paragraph of prose, wrapped back to the left margin under the paragraph's indented line: a
     * line alone, running to the right margin, over a short piece alone at the left margin that ends a sentence
     * ("…县域内就诊率达到90%以" / "上。"), starting left of the line above.
     */
    private static boolean proseEnd(Chunk last, Chunk c, List<List<Chunk>> byLine, int[] margins) {
        return byLine.get(last.line()).size() == 1 && byLine.get(c.line()).size() == 1
                && last.x1() >= margins[1] - PROSE_SLACK && c.x0() <= margins[0] && c.x0() < last.x0()
                && SENTENCE_END.matcher(c.text()).find();
    }

    /**
     * A whole value ("95万人") starting left of the start of a line of words and ending left of its end: no line of
     * that cell (a wrapped line starts where the line above starts, or is centred under it), but the next row's value
     * set under a basis that reached left into the value column.
     */
    private static boolean valueLeftUnder(String text, Chunk last, Chunk c) {
        return c.x0() < last.x0() && c.x1() < last.x1() && ValueAnchors.wholeValue(c.text())
                && !ValueAnchors.wholeValue(text) && Width.endsChinese(text);
    }

    /**
     * Of two cells a chunk may go on, whether it goes on {@code cell} rather than {@code into}: the one whose value it
     * completes, else the one whose last line starts where it starts (lines of two cells interleaved, see
     * {@link #interleaved}), else the one whose last line is nearer.
     */
    private static boolean rather(Cell cell, Cell into, Chunk c) {
        boolean completes = CellEnds.completesValue(LayoutText.text(cell), c);
        if (completes != CellEnds.completesValue(LayoutText.text(into), c)) {
            return completes;
        }
        Chunk last = cell.chunks.get(cell.chunks.size() - 1);
        Chunk intoLast = into.chunks.get(into.chunks.size() - 1);
        boolean flush = CellReach.flush(last, c);
        return flush != CellReach.flush(intoLast, c) ? flush : last.line() > intoLast.line();
    }

    /**
     * Whether a chunk of line i sits under the cell without joining it: the cell ends there, unless, in an indicator
     * grid, the chunk is a neighbour cell's line interleaved with the cell's ({@link #interleaved}).
     */
    private static boolean blockedBelow(Cell cell, List<List<Chunk>> byLine, int i, List<Cell> taken,
                                        boolean cents, int levelEdge) {
        String text = LayoutText.text(cell);
        if (taken.contains(cell) || AmountCells.amountLabel(text) || cents && AmountCells.cutAmount(text)) {
            // an amount's label, or an amount cut before its last digit ("709,137.0" / "0"), waits a line more for
            // its amount or rest below the label row's line
            return false;
        }
        Chunk last = cell.chunks.get(cell.chunks.size() - 1);
        for (Chunk c : byLine.get(i)) {
            // a cut label's end is below a squeezed amount
            if (c.overlaps(last) && !CellReach.squeezed(text, c)
                    && !(levelEdge >= 0 && last.x0() > levelEdge && interleaved(last, c, taken, byLine))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a chunk under a cell's last line is a line of a neighbour cell interleaved with the cell's, not the
     * start of the next cell of its column: a line of a cell begun on or above that last line, a whole value with the
     * cell's next line beside it ({@link #valueBeside}), or a line starting left of the last line (a wide value run on
     * past its column's start) with a line right below it that starts where the last line starts (a basis of three
     * lines beside a value of two, centred alike, their lines alternating).
     */
    private static boolean interleaved(Chunk last, Chunk c, List<Cell> taken, List<List<Chunk>> byLine) {
        for (Cell t : taken) {
            if (t.chunks.contains(c) && t.top <= last.line()) {
                return true;
            }
        }
        int next = c.line() + 1;
        return valueBeside(last, c, byLine) || c.x0() < last.x0() - CellReach.FLUSH && next < byLine.size()
                && byLine.get(next).stream().anyMatch(n -> CellReach.flush(last, n) && c.overlaps(n));
    }

    /**
     * Whether a whole value under a cell's last line has the cell's next line right below it, beside it, not under
     * it (a whole value between a basis's first line and its second, centred under the first): a value set into the
     * next column, not the cell's.
     */
    private static boolean valueBeside(Chunk last, Chunk c, List<List<Chunk>> byLine) {
        int next = c.line() + 1;
        return next < byLine.size() && ValueAnchors.wholeValue(c.text())
                && byLine.get(next).stream().anyMatch(n -> last.continuedBy(n) && !c.overlaps(n));
    }

    /**
     * Whether a whole value under a cell's last line would be the second value of the cell's row: the line of the
     * cell's last line holds a whole value outside the cell, the cell none (a row has one value: this one starts the
     * next row, set left into the cell's column by a long text before it).
     */
    private static boolean secondValue(Cell cell, Chunk c, List<List<Chunk>> byLine) {
        Chunk last = cell.chunks.get(cell.chunks.size() - 1);
        return ValueAnchors.wholeValue(c.text())
                && cell.chunks.stream().noneMatch(o -> ValueAnchors.wholeValue(o.text()))
                && byLine.get(last.line()).stream()
                        .anyMatch(o -> o.x0() > last.x1() && ValueAnchors.wholeValue(o.text()));
    }

    /**
     * Whether a one-line cell's row stands whole on its line and the chunk a line or two under it starts the next
     * row's cell: a whole value right of the cell on its line, none on the chunk's line, and the chunk a full line
     * that a line under it goes on (a cell of two lines or more, its value below it), not a short end that had room
     * for no more (a value centred on two lines may print on the first). A basis's last line may stand between.
     * A value whose end wraps to the chunk's line ("10月" over "底前") leaves the row open.
     */
    private static boolean rowOnItsLine(Cell cell, Chunk c, List<List<Chunk>> byLine) {
        Chunk last = cell.chunks.get(cell.chunks.size() - 1);
        return cell.chunks.size() == 1 && c.line() - last.line() <= MAX_LINE_STEP
                && byLine.get(last.line()).stream().anyMatch(o -> o.x0() > last.x1()
                        && ValueAnchors.wholeValue(o.text()) && !valueGoesOn(o, c.line(), byLine))
                && byLine.get(c.line()).stream().noneMatch(o -> ValueAnchors.wholeValue(o.text()))
                && wrapsOn(c, byLine);
    }

    /** Whether a line under a value, down to line {@code to}, ends it ("10月" over "底前": one value, cut). */
    private static boolean valueGoesOn(Chunk value, int to, List<List<Chunk>> byLine) {
        for (int l = value.line() + 1; l <= to; l++) {
            for (Chunk n : byLine.get(l)) {
                if (value.continuedBy(n) && ValueAnchors.wholeValue(value.text() + n.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a line of text a line or two under the chunk goes on from it, the chunk leaving no room for it. */
    private static boolean wrapsOn(Chunk c, List<List<Chunk>> byLine) {
        for (int l = c.line() + 1; l <= c.line() + MAX_LINE_STEP && l < byLine.size(); l++) {
            for (Chunk n : byLine.get(l)) {
                int widest = Math.max(Width.least(c.text()), Width.least(n.text()));
                if (c.continuedBy(n) && !ValueAnchors.hadRoom(List.of(c), List.of(n), widest)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A whole header-block label, indicator column name or taxonomy name that no longer one starts with: a cell
     * that needs no more lines.
     */
    private static boolean complete(String t) {
        boolean word = HeaderWords.label(t).isPresent() || HeaderWords.column(t).isPresent() || Shapes.isTaxonomy(t);
        boolean closed = t.endsWith("）") || t.endsWith(")"); // "指标值（…）": its note closed, the name ends
        return word && (closed || !HeaderWords.extendable(t));
    }

    /** A column name of the indicator grid's header, or a piece of one it may go on to. */
    private static boolean columnWord(String t) {
        return HeaderWords.exactColumn(t) || HeaderWords.columnPrefix(t);
    }

    /** A chunk that is a whole label, column name, taxonomy name or fund-plan period as printed: it starts a cell. */
    private static boolean wholeWord(String t) {
        return (HeaderWords.label(t).isPresent() || HeaderWords.exactColumn(t) || Shapes.isTaxonomy(t))
                && !HeaderWords.extendable(t) || Shapes.period(t);
    }

    /**
     * A line naming the amounts' unit ("418001某局本级      单位：元"): the line above a table, whose first chunk a
     * narrow label column's letters below it do not go on, and which ends a grid above it.
     */
    private static boolean unitRow(List<Chunk> line) {
        return line.stream().anyMatch(c -> UNIT.matcher(c.text().strip()).matches());
    }

    /** A line of the header block that starts with a whole label: a row of its own, not a wrapped line. */
    private static boolean labelRow(List<Chunk> line) {
        return !line.isEmpty() && HeaderWords.label(line.get(0).text()).isPresent();
    }

    /**
     * A table title alone on its line ("….绩效目标表"): the line above a table, not a cell of it, nor a line of the
     * cell above it (the last row of the table before, no blank line between); so is a numbered title's first line
     * whose title ends alone on the next line ("3.…（甲乙" / "丙丁）绩效目标表").
     */
    private static boolean title(Chunk c, List<List<Chunk>> byLine) {
        if (byLine.get(c.line()).size() != 1) {
            return false;
        }
        String t = c.text().strip();
        int next = c.line() + 1;
        if (titleEnd(t) || !DocumentSplitter.numberedTitle(t) || next >= byLine.size()
                || byLine.get(next).size() != 1) {
            return titleEnd(t);
        }
        String end = byLine.get(next).get(0).text().strip();
        return titleEnd(end) && HeaderWords.label(end).isEmpty(); // not a goal over the label 绩效目标
    }

    private static boolean titleEnd(String t) {
        return t.endsWith("表") || t.endsWith("绩效目标");
    }
}
