package jixiao.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import jixiao.table.Meaning;

/**
 * Reads text whose columns are kept by spaces (poppler's {@code pdftotext -layout} and the like) into the cell-by-cell
 * line order of text extracted in content order, which the rest of the text reader rebuilds tables from.
 *
 * <p>Each page (form feeds part pages) is a grid of characters. A line splits into chunks at runs of two or more
 * spaces, at one space between two CJK characters (Chinese text has no spaces of its own) unless they are letters
 * of a letter-spaced word, after a whole header-block label, or between a number and CJK text that is not its unit. A chunk's extent is its display width: a CJK character is wider on the printed page than the
 * one column the text gives it (see {@link #pageChunks}). Chunks on
 * nearby lines whose extents overlap are one cell (a wrapped cell); cells whose lines overlap form a band (a table
 * row, or a paragraph), written cell by cell from left to right. A fund-plan band (a line of periods with amounts
 * under it) is written as its periods, then under each period its amount or a placeholder when its cell is empty, so
 * every amount keeps its period.
 */
public final class LayoutText {
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S {3,}\\S");
    /** Share of non-blank lines with a wide gap between two words above which the text keeps columns by spaces. */
    private static final double LAYOUT_SHARE = 0.15;
    /** Cells of a wrapped cell may be this many lines apart, when a neighbour cell's line sits between them. */
    private static final int MAX_LINE_STEP = 2;
    /** The widest a CJK character is taken to be, in text columns. */
    private static final double MAX_CJK_WIDTH = 2;
    /** Written for a period whose amount cell is empty. */
    static final String EMPTY = "-";

    private LayoutText() {
    }

    /** Whether the text keeps table columns apart by runs of spaces. */
    public static boolean isLayout(String text) {
        int lines = 0;
        int gapped = 0;
        for (String l : text.split("\n")) {
            if (l.isBlank()) {
                continue;
            }
            lines++;
            if (COLUMN_GAP.matcher(l).find()) {
                gapped++;
            }
        }
        return lines > 0 && gapped > LAYOUT_SHARE * lines;
    }

    /** The text in cell order: one line per cell line, blank lines between bands, form feeds between pages. */
    public static String toCellOrder(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] pages = t.replace("\r\n", "\n").replace('\r', '\n').split("\f", -1);
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < pages.length; p++) {
            if (p > 0) {
                out.append('\f');
            }
            page(pages[p], out);
        }
        return out.toString();
    }

    /** One chunk of a line: its text, line index and display extent [x0, x1). */
    record Chunk(String text, int line, int x0, int x1) {
        /** The column after the chunk's last character in the text itself (one column a character). */
        int end() {
            return x0 + text.codePointCount(0, text.length());
        }

        /**
         * Whether the chunk below can be the next line of a cell ending with this one: they share at least half the
         * narrower one's extent and are aligned (left edges or centres within a character, or the one below inside
         * this one: the short last line of a centred cell); two complete header labels, or two complete amounts,
         * are two cells, and a fund-plan period or an amount is a cell of its own unless an amount's piece follows.
         */
        boolean continuedBy(Chunk below) {
            if (!overlaps(below)) {
                return false;
            }
            boolean aligned = Math.abs(x0 - below.x0) <= 2 || Math.abs(x0 + x1 - below.x0 - below.x1) <= 4
                    || x0 <= below.x0 && below.x1 <= x1;
            if (!aligned) {
                return false;
            }
            if (HeaderWords.label(text).isPresent() && HeaderWords.label(below.text).isPresent()
                    || Shapes.period(text) || Shapes.amount(text) && !Shapes.amountPart(below.text)) {
                return false;
            }
            return !(Shapes.amount(text) && Shapes.amount(below.text) && below.text.length() >= 2);
        }

        /** Whether the two share at least half the narrower one's extent. */
        boolean overlaps(Chunk o) {
            int shared = Math.min(x1, o.x1) - Math.max(x0, o.x0);
            return shared > 0 && 2 * shared >= Math.min(x1 - x0, o.x1 - o.x0);
        }
    }

    /** A cell: chunks on nearby lines, top to bottom. */
    static final class Cell {
        final List<Chunk> chunks = new ArrayList<>();
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        int x0 = Integer.MAX_VALUE;
        int x1 = -1;

        void add(Chunk c) {
            chunks.add(c);
            top = Math.min(top, c.line());
            bottom = Math.max(bottom, c.line());
            x0 = Math.min(x0, c.x0());
            x1 = Math.max(x1, c.x1());
        }
    }

    private static void page(String text, StringBuilder out) {
        String[] lines = text.split("\n", -1);
        List<List<Chunk>> byLine = pageChunks(lines);
        List<Cell> cells = cells(byLine, levelEdge(byLine));
        LayoutBand writer = new LayoutBand();
        for (List<Cell> band : LayoutPage.order(byLine, cells)) {
            writer.write(band, out);
            out.append('\n');
        }
    }

    /**
     * The chunks of a page's lines. Page numbers are dropped. A CJK character is wider on the printed page than
     * the one column the text gives it; how much wider is read from the page itself: the widest ratio that keeps
     * every chunk clear of the next one on its line (clamped to one or two columns).
     */
    static List<List<Chunk>> pageChunks(String[] lines) {
        int first = 0;
        int last = lines.length - 1;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        while (last > 0 && lines[last].isBlank()) {
            last--;
        }
        List<List<Chunk>> narrow = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\t", "    ");
            String t = line.strip();
            // a bare number is a page number only on the page's first or last line; elsewhere it is a value
            boolean furniture = SourceLines.isFurniture(t) && (!t.matches("\\d+") || i == first || i == last);
            narrow.add(furniture ? List.of() : chunks(line, i, 1));
        }
        List<Double> bounds = new ArrayList<>();
        for (List<Chunk> line : narrow) {
            for (int k = 0; k + 1 < line.size(); k++) {
                Chunk a = line.get(k);
                int cjk = (int) a.text().chars().filter(ch -> cjk((char) ch)).count();
                if (cjk >= 3) {
                    int other = a.text().length() - cjk;
                    bounds.add((line.get(k + 1).x0() - a.x0() - other - 1) / (double) cjk);
                }
            }
        }
        double ratio = MAX_CJK_WIDTH;
        for (double b : bounds) {
            ratio = Math.min(ratio, b);
        }
        double width = Math.max(1, ratio);
        List<List<Chunk>> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(narrow.get(i).isEmpty() ? List.of() : chunks(lines[i].replace("\t", "    "), i, width));
        }
        return out;
    }

    static List<Chunk> chunks(String line, int index, double cjkWidth) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        double width = 0;
        int n = line.length();
        for (int k = 0; k <= n; k++) {
            char c = k < n ? line.charAt(k) : ' ';
            boolean space = c == ' ' || c == '\u3000';
            if (!space) {
                if (start < 0) {
                    start = k;
                    width = 0;
                }
                width += cjk(c) ? cjkWidth : 1;
            } else if (start >= 0) {
                int next = k + 1;
                boolean wide = next >= n || line.charAt(next) == ' ' || line.charAt(next) == '\u3000'
                        || cjk(line.charAt(k - 1)) && cjk(line.charAt(next)) && !letterSpaced(line, k)
                        || numberThenText(line, k)
                        || HeaderWords.label(line.substring(start, k)).isPresent(); // "年度总体目标 1.…
                if (wide) {
                    out.add(new Chunk(line.substring(start, k), index, start, start + (int) Math.round(width)));
                    start = -1;
                } else {
                    width += 1;
                }
            }
        }
        return out;
    }

    static String text(Cell c) {
        StringBuilder sb = new StringBuilder();
        for (Chunk ch : c.chunks) {
            sb.append(ch.text());
        }
        return sb.toString();
    }

    /** Whether the space at k follows a number and comes before CJK text that is not its unit ("1,000.2 单位…"). */
    private static boolean numberThenText(String line, int k) {
        char before = line.charAt(k - 1);
        if (!(Character.isDigit(before) || before == '%') || !cjk(line.charAt(k + 1))) {
            return false;
        }
        int end = line.indexOf(' ', k + 1);
        return !Shapes.unitOnly(line.substring(k + 1, end < 0 ? line.length() : end));
    }

    /** Whether the space at k parts two letters of a letter-spaced word ("项 目 代 码"): single CJK letters. */
    private static boolean letterSpaced(String line, int k) {
        return single(line, k - 1) && single(line, k + 1);
    }

    private static boolean single(String line, int i) {
        boolean before = i == 0 || line.charAt(i - 1) == ' ';
        boolean after = i + 1 >= line.length() || line.charAt(i + 1) == ' ';
        return before && after && cjk(line.charAt(i));
    }

    static boolean cjk(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·';
    }

    /** Joins chunks of nearby lines with overlapping extents into cells (chunks of one line never join). */
    /**
     * Per line, the right edge of the level columns (一级/二级指标) of the indicator grid above it, or -1: level
     * cells are merged cells, centred between rows, and never sit between the lines of another cell.
     */
    static int[] levelEdge(List<List<Chunk>> byLine) {
        int[] edge = new int[byLine.size()];
        int current = -1;
        for (int i = 0; i < byLine.size(); i++) {
            edge[i] = current;
            Chunk l2 = null;
            Chunk next = null;
            boolean l1 = false;
            for (Chunk c : byLine.get(i)) {
                java.util.Optional<Meaning> r = HeaderWords.column(c.text());
                if (r.isPresent() && r.get() == Meaning.LEVEL1) {
                    l1 = true;
                } else if (r.isPresent() && r.get() == Meaning.LEVEL2 && l1) {
                    l2 = c;
                } else if (l2 != null && next == null) {
                    next = c;
                }
            }
            if (l2 != null) {
                current = next == null ? l2.x1() : (l2.x1() + next.x0()) / 2;
            }
        }
        return edge;
    }

    static List<Cell> cells(List<List<Chunk>> byLine, int[] levelEdge) {
        List<Cell> cells = new ArrayList<>();
        List<Cell> open = new ArrayList<>();
        boolean[] header = new boolean[byLine.size()];
        for (int i = 0; i < byLine.size(); i++) {
            if (LayoutPage.headerLine(byLine.get(i))) {
                for (int k = Math.max(0, i - 1); k <= i; k++) { // where a header cell can start
                    header[k] = true;
                }
            }
        }
        for (int i = 0; i < byLine.size(); i++) {
            List<Chunk> line = byLine.get(i);
            if (line.isEmpty()) {
                open.clear(); // a blank line closes every cell
                continue;
            }
            List<Cell> taken = new ArrayList<>();
            for (Chunk c : line) {
                Cell into = null;
                for (Cell cell : open) {
                    Chunk last = cell.chunks.get(cell.chunks.size() - 1);
                    boolean reach = i - last.line() == 1
                            || i - last.line() == MAX_LINE_STEP && neighbourBetween(byLine.get(i - 1), levelEdge[i - 1]);
                    if (reach && last.continuedBy(c) && !taken.contains(cell) && !title(last, byLine)
                            && !(labelRow(byLine.get(i)) && labelRow(byLine.get(last.line())))
                            && (!complete(text(cell)) || note(c.text())) && !wholeWord(c.text())
                            && !(header[cell.top] && !columnWord(text(cell) + c.text()))
                            && !(startsLabel(c.text()) && !HeaderWords.labelPrefix(text(cell)))
                            && (into == null || last.line() > into.chunks.get(into.chunks.size() - 1).line())) {
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
            open.removeIf(cell -> at - cell.bottom >= MAX_LINE_STEP || blockedBelow(cell, line, taken));
        }
        return cells;
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

    /** Whether a chunk of this line sits under the cell without joining it: the cell ends there. */
    private static boolean blockedBelow(Cell cell, List<Chunk> line, List<Cell> taken) {
        if (taken.contains(cell)) {
            return false;
        }
        Chunk last = cell.chunks.get(cell.chunks.size() - 1);
        for (Chunk c : line) {
            if (c.overlaps(last)) {
                return true;
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

    /** A parenthesised note under a label ("资金支出计划" / "（%）"): part of the label's cell. */
    private static boolean note(String t) {
        return t.startsWith("（") || t.startsWith("(");
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

    /** Whether a chunk begins a header-block label (two characters at least). */
    private static boolean startsLabel(String t) {
        return t.length() >= 2 && HeaderWords.labelPrefix(t);
    }

    /** A line of the header block that starts with a whole label: a row of its own, not a wrapped line. */
    private static boolean labelRow(List<Chunk> line) {
        return !line.isEmpty() && HeaderWords.label(line.get(0).text()).isPresent();
    }

    /** A table title alone on its line ("….绩效目标表"): the line above a table, not a cell of it. */
    private static boolean title(Chunk c, List<List<Chunk>> byLine) {
        String t = c.text().strip();
        return byLine.get(c.line()).size() == 1 && (t.endsWith("表") || t.endsWith("绩效目标"));
    }

    /** Groups cells whose line ranges overlap, top to bottom. */
    static List<List<Cell>> bands(List<Cell> cells) {
        List<Cell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparingInt((Cell c) -> c.top).thenComparingInt(c -> c.x0));
        List<List<Cell>> out = new ArrayList<>();
        List<Cell> band = new ArrayList<>();
        int bottom = -1;
        for (Cell c : sorted) {
            if (!band.isEmpty() && c.top > bottom) {
                out.add(band);
                band = new ArrayList<>();
            }
            band.add(c);
            bottom = Math.max(bottom, c.bottom);
        }
        if (!band.isEmpty()) {
            out.add(band);
        }
        return out;
    }
}
