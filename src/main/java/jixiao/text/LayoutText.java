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
 * of a letter-spaced word, after a whole header-block label, or between a number and CJK text that is not its unit.
 * A chunk's extent is its display width: a CJK character is wider on the printed page than the one column the text
 * gives it (see {@link PageChunks}). {@link LayoutCells} joins chunks into cells, {@link LayoutPage} parts the page
 * into bands (header-block rows, parted by blank lines or by their labels, {@link LayoutRows}) and indicator grids
 * ({@link LayoutLevels}, {@link LayoutGrid}), and {@link LayoutBand} writes them, a fund plan with every amount under
 * its period.
 */
public final class LayoutText {
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S {3,}\\S");
    /** Share of non-blank lines with a wide gap between two words above which the text keeps columns by spaces. */
    private static final double LAYOUT_SHARE = 0.15;
    /** The fewest single letters one space apart that make a letter-spaced word ("项 目 名 称"). */
    static final int MIN_SPACED_LETTERS = 3;
    /** The widest gap, in columns, between two letters of a label justified across its cell ("项    目    名    称"). */
    private static final int MAX_LETTER_GAP = 8;
    /**
     * The two spaces between the one-line cells of a grid row written on one line (see {@link #toMarkedCellOrder}),
     * a single space in the plain cell order.
     */
    private static final Pattern CELLS_APART = Pattern.compile("(?<=\\S)  (?=\\S)");
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
        return CELLS_APART.matcher(Atom.unmarked(toMarkedCellOrder(text))).replaceAll(" ");
    }

    /**
     * The text in cell order ({@link #toCellOrder}), each line of an indicator grid's cell after its first marked as
     * going on with the cell ({@link Atom#GOES_ON}), one-line cells of a grid row on one line two spaces apart
     * ({@link Atom#apart}): the text reader's decoder then parts the lines as this reader saw the columns, unless its
     * scores tell otherwise.
     */
    static String toMarkedCellOrder(String text) {
        List<String[]> pages = new ArrayList<>();
        for (String page : PageBreaks.restore(PlainText.normalize(text)).split("\f", -1)) {
            pages.add(PageGrid.ungridded(page.split("\n", -1)));
        }
        pages = CutHeaders.rejoin(pages);
        List<List<List<Chunk>>> chunks = PageChunks.of(pages);
        StringBuilder out = new StringBuilder();
        LayoutPage.Ordered before = new LayoutPage.Ordered(List.of(), null, false);
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0) {
                out.append('\f');
            }
            before = page(chunks.get(p), out, before);
        }
        return out.toString();
    }

    /** One chunk of a line: its text, line index and display extent [x0, x1). */
    record Chunk(String text, int line, int x0, int x1) {
        /** The column after the chunk's last character in the text itself (one column a character). */
        int end() {
            return x0 + text.codePointCount(0, text.length());
        }

        /** The part [s, e) of the chunk's text, its extent in proportion. */
        Chunk piece(int s, int e) {
            int w = x1 - x0;
            int from = x0 + s;
            return new Chunk(text.substring(s, e), line, from, from + Math.max(1, w * (e - s) / text.length()));
        }

        /**
         * Whether the chunk below can be the next line of a cell ending with this one: they share at least half the
         * narrower one's extent and are aligned (left edges or centres within a character, or the one below inside
         * this one: the short last line of a centred cell); two complete header labels, or two complete amounts,
         * are two cells, and a fund-plan period (not a deadline cut: "12月底" / "前") or an amount is a cell of its
         * own unless an amount's piece or a unit follows (a value "10747.42" / "万元" wrapped around a line of its
         * row's description).
         */
        boolean continuedBy(Chunk below) {
            if (!overlaps(below)) {
                return false;
            }
            boolean aligned = Math.abs(x0 - below.x0) <= 2 || Math.abs(x0 + x1 - below.x0 - below.x1) <= 4
                    || x0 <= below.x0 && below.x1 <= x1;
            if (!aligned || pieceOfAnotherAmount(below) || amountUnderText(below)) {
                return false;
            }
            if (HeaderWords.label(text).isPresent() && HeaderWords.label(below.text).isPresent()
                    || Shapes.period(text) && !Shapes.deadline(text + below.text)
                    || Shapes.amount(text) && !Shapes.amountPart(below.text) && !Shapes.unitOnly(below.text)
                    && !CellEnds.cutNumber(text, below.text)) {
                return false;
            }
            return !(Shapes.amount(text) && Shapes.amount(below.text) && below.text.length() >= 2);
        }

        /**
         * Digits under text that does not end in a digit, not starting where it starts ("1877" under a wide project
         * name): a piece of an amount wrapped in a narrow column of its own that the wide text above spans.
         */
        private boolean pieceOfAnotherAmount(Chunk below) {
            char end = text.charAt(text.length() - 1);
            return Shapes.amountPart(below.text) && !(end >= '0' && end <= '9') && Math.abs(x0 - below.x0) > 2;
        }

        /**
         * A whole amount with its decimals ("78.00") under text ending in a Chinese character, closing bracket or full
         * stop (a unit's name, "…（DRG/DIP支付方式改革）"): the next row's amount standing under the cell, never a
         * line of it (wrapped text does not go on with an amount alone).
         */
        private boolean amountUnderText(Chunk below) {
            return Shapes.cents(below.text) && Width.endsChinese(text);
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
        /**
         * For a column header's cell moved onto a page's own columns ({@link LayoutContinued#moved}): its left edge
         * is where its column's text starts there, measured, not where a header line put it.
         */
        boolean measured;
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

    /**
     * Writes one page; returns its parts and the header of a grid running to its end (see {@link LayoutPage#order}).
     */
    private static LayoutPage.Ordered page(List<List<Chunk>> byLine, StringBuilder out, LayoutPage.Ordered before) {
        List<LayoutHeaders.Header> headers = LayoutHeaders.find(byLine);
        List<Cell> cells = LayoutCells.cells(byLine, headers, LayoutHeaders.levelEdge(before.carried()));
        LayoutBand writer = new LayoutBand();
        LayoutPage.Ordered ordered = LayoutPage.order(byLine, cells, headers, before.carried(), before.bare());
        for (List<Cell> band : ordered.bands()) {
            writer.write(band, out);
            out.append('\n');
        }
        return ordered;
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
                        || SpaceGaps.parts(line, start, k);
                if (wide) {
                    out.addAll(GluedValues.parted(new Chunk(line.substring(start, k), index, start,
                            start + (int) Math.round(width)), cjkWidth));
                    start = -1;
                } else {
                    width += 1;
                }
            }
        }
        return spacedLabels(out);
    }

    /**
     * The chunks with each header-block label spread letter by letter across its cell joined into one chunk
     * ("项    目    名    称": justified, so wider apart than one space): single CJK letters a few columns apart
     * whose letters make a label. Left apart they would stack with the letters of the label below them.
     */
    private static List<Chunk> spacedLabels(List<Chunk> chunks) {
        List<Chunk> out = new ArrayList<>();
        for (int k = 0; k < chunks.size(); k++) {
            int end = k;
            while (end + 1 < chunks.size() && letter(chunks.get(end)) && letter(chunks.get(end + 1))
                    && chunks.get(end + 1).x0() - chunks.get(end).x1() <= MAX_LETTER_GAP) {
                end++;
            }
            int label = -1;
            StringBuilder word = new StringBuilder();
            for (int i = k; i <= end; i++) {
                word.append(chunks.get(i).text());
                if (i - k + 1 >= MIN_SPACED_LETTERS && HeaderWords.label(word.toString()).isPresent()) {
                    label = i;
                }
            }
            if (label < 0) {
                out.add(chunks.get(k));
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int i = k; i <= label; i++) {
                text.append(chunks.get(i).text());
            }
            Chunk first = chunks.get(k);
            out.add(new Chunk(text.toString(), first.line(), first.x0(), chunks.get(label).x1()));
            k = label;
        }
        return out;
    }

    private static boolean letter(Chunk c) {
        return c.text().length() == 1 && cjk(c.text().charAt(0));
    }

    /**
     * A row of an indicator grid: one cell a column, left to right. It is written in that order whatever lines its
     * cells span (a basis printed over more lines than the rest of its row starts above them).
     */
    static final class GridRow extends ArrayList<Cell> {
        private static final long serialVersionUID = 1L;
    }

    static String text(Cell c) {
        return text(c.chunks);
    }

    /** The chunks' texts joined without spaces (the lines of one cell). */
    static String text(List<Chunk> chunks) {
        StringBuilder sb = new StringBuilder();
        for (Chunk ch : chunks) {
            sb.append(ch.text());
        }
        return sb.toString();
    }

    static boolean cjk(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·';
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
        return ListBands.join(out);
    }
}
