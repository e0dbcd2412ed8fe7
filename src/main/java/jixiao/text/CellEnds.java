package jixiao.text;

import java.util.List;
import java.util.regex.Pattern;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Where a cell of a tight indicator grid ends, read from its text: a line with room left for the next line's first
 * word, a whole value or document number; and where a cut value goes on ({@link LayoutCells} joins lines into cells).
 */
final class CellEnds {
    /** The end of a document number: its serial number ("14号"). */
    private static final Pattern DOC_END = Pattern.compile("\\d\\s*号$");
    /** A year ending a line of a document number. */
    private static final Pattern YEAR_END = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}$");
    /** A serial after a document number's year: 年, the serial's digits. */
    private static final Pattern SERIAL_START = Pattern.compile("^年\\s*\\d");
    /** A serial's digits ending a line of a document number, after its year (in brackets or before 年). */
    private static final Pattern SERIAL_END = Pattern.compile("(?:19|20)\\d{2}\\s*[】〕\\]）)年]\\s*\\d+$");
    /** The rest of a serial cut before its 号 or within its digits ("号", "3号"). */
    private static final Pattern SERIAL_REST = Pattern.compile("\\d*\\s*号");
    /** A document number's year in brackets ("【2022】"). */
    private static final Pattern BRACKETED_YEAR = Pattern.compile("[【〔\\[（(](?:19|20)\\d{2}[】〕\\]）)]");
    /** A document number's year opening a piece of a basis ("2022年160", "〔2021〕5"). */
    private static final Pattern YEAR_START = Pattern.compile("[〔【\\[（(]?(?:19|20)\\d{2}(?:\\s*年|[〕】\\]）)])");
    /** Digits with 年 or 号 at most: what a piece of a document number may be ("2022年", "160号", "43"). */
    private static final Pattern NUMBER_PIECE = Pattern.compile("\\d+[年号]?");
    /** The mark that opens a document's title ("《关于下达…》"): a basis that names a document starts with it. */
    private static final char TITLE_OPEN = '《';

    private CellEnds() {
    }

    /**
     * Whether a cell of an indicator grid ended on its last line: that line had room for the first word of the chunk
     * below by the widest line of Chinese text in the column (one of the cell's, or the chunk below), so the word
     * would have been printed there had it been the cell's ({@link ValueAnchors#hadRoom}). In a grid without blank
     * lines between rows this parts a cell from the next row's cell under it.
     */
    static boolean endedShort(Cell cell, Chunk below) {
        int widest = 0;
        for (Chunk ch : cell.chunks) {
            widest = Math.max(widest, ValueAnchors.leastChineseWidth(ch));
        }
        widest = Math.max(widest, ValueAnchors.leastChineseWidth(below));
        return ValueAnchors.hadRoom(List.of(cell.chunks.get(cell.chunks.size() - 1)), List.of(below), widest);
    }

    /**
     * A whole value of an indicator ("10月底前", "≥100%") over text that does not go on with it (not its unit, not a
     * longer value with it, no closing mark), or a whole document number ("…【2024】152号") over Chinese text that
     * does not close it, over a document's title ("《关于下达…": a basis naming a document starts so, its number
     * after the title) or over a whole value (the next row's, its basis set left into the value column): the cell
     * ended; the text is the next row's.
     */
    static boolean endedWhole(String text, String below) {
        char first = below.charAt(0);
        if (DOC_END.matcher(text).find() && Shapes.docNumber(text)
                && (Width.han(first) || first == TITLE_OPEN || ValueAnchors.wholeValue(below))) {
            return true;
        }
        if (Width.closing(first) || Width.opening(first)) {
            return false;
        }
        return ValueAnchors.wholeValue(text) && !ValueAnchors.wholeValue(text + below) && !Shapes.unitOnly(below);
    }

    /** Whether a cell's text holds a document number ({@link Shapes#docNumber}): a basis, whatever it holds. */
    static boolean docNumber(Cell cell) {
        return cell != null && Shapes.docNumber(LayoutText.text(cell));
    }

    /**
     * Whether a document number was cut in its number: after its year ("甲财乙2022" over "年160号") or in its serial,
     * before the 号 ending it or within its digits ("甲财乙〔2021〕78" over "号", "【2022】4" over "3号"): it goes on
     * below, though the line had room for the rest by the widest Chinese line (digits and brackets print narrower than
     * the width counted for them).
     */
    static boolean cutNumber(String text, String below) {
        return YEAR_END.matcher(text).find() && SERIAL_START.matcher(below).find()
                || SERIAL_END.matcher(text).find() && SERIAL_REST.matcher(below).lookingAt();
    }

    /**
     * Whether a piece of text is the rest of a document number that no cell starts with: its bracketed year and what
     * follows ("【2022】4"), its serial's last digits and 号 ("3号"), or text after a closing mark.
     */
    static boolean numberRest(String t) {
        return !t.isEmpty() && (BRACKETED_YEAR.matcher(t).lookingAt() || SERIAL_REST.matcher(t).matches()
                || Width.closing(t.charAt(0)));
    }

    /** Whether the text starts with a document number's year ({@link #YEAR_START}): a piece of a basis. */
    static boolean yearStart(String t) {
        return YEAR_START.matcher(t).lookingAt();
    }

    /**
     * Whether the text could be a piece of a document number ("2022年", "160号", "43"): digits with 年 or 号 at most,
     * no sign or other unit; a value so shaped in a cell holding a document number is that number's.
     */
    static boolean numberPiece(String t) {
        return NUMBER_PIECE.matcher(t.replace(" ", "")).matches();
    }

    /**
     * Whether the chunk ends a value cut in its cell into a whole one ("≥2767元/" / "生·年", "12月底" / "前"): of the
     * cells it may go on, the value's.
     */
    static boolean completesValue(String text, Chunk c) {
        String joined = text + c.text();
        return ValueAnchors.wholeValue(joined) && (!ValueAnchors.wholeValue(text) || c.text().length() <= 2);
    }
}
