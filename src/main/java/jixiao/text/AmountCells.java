package jixiao.text;

import java.util.List;

import jixiao.table.Meaning;
import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * The amounts of a header block as {@link LayoutCells} joins a page's chunks: an amount's label and the amount under
 * it, and, on a page of amounts with two decimals, amounts a narrow cell cut before their cents.
 */
final class AmountCells {
    private AmountCells() {
    }

    /** A whole label of an amount (预算数, 其中：财政资金, 其他资金): its amount may be printed under it. */
    static boolean amountLabel(String t) {
        return HeaderWords.label(t).map(Meaning::isAmount).orElse(false) && !HeaderWords.extendable(t);
    }

    /**
     * An amount under an amount's label with nothing between ("其他资金" / "103.23", label and amount one cell
     * wrapped, the label row's other cells on the line between): the label's amount, unless an amount's label stands
     * left of it on its own line (then it is that label's amount) or the label has an amount right of it.
     */
    static boolean amountOfLabel(Cell cell, Chunk c, List<List<Chunk>> byLine) {
        if (!amountLabel(LayoutText.text(cell)) || !Shapes.amount(c.text())) {
            return false;
        }
        Chunk last = cell.chunks.get(cell.chunks.size() - 1);
        List<Chunk> line = byLine.get(c.line());
        int at = line.indexOf(c);
        List<Chunk> labels = byLine.get(last.line());
        int after = labels.indexOf(last) + 1;
        return c.overlaps(last) && (at == 0 || !amountLabel(line.get(at - 1).text()))
                && (after >= labels.size() || !Shapes.amount(labels.get(after).text()));
    }

    /** Whether the page writes amounts with two decimals ("1,295.00"): then one without them is not whole. */
    static boolean cents(List<List<Chunk>> byLine) {
        for (List<Chunk> line : byLine) {
            for (Chunk c : line) {
                if (Shapes.cents(c.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * On a page of amounts with two decimals: a piece of an amount cut before them ("990.", "14.7", "1,295,", or
     * whole digits over a piece with the point: "13723" / "3.00") and the piece below it, under it or just right of
     * it (right-aligned or centred in a narrow cell), that goes on with it: an amount wrapped in a narrow cell.
     * (Cells of an indicator grid are read apart, so its values stacked row by row are not joined here.)
     */
    static boolean cutAmount(Cell cell, Chunk below) {
        Chunk last = cell.chunks.get(cell.chunks.size() - 1);
        String upper = LayoutText.text(cell);
        boolean near = below.x0() <= last.x1() + 2 && below.x1() >= last.x0();
        String lower = below.text();
        return near && cutAmount(upper) && Character.isDigit(lower.charAt(0)) && Shapes.amountStart(upper + lower);
    }

    /**
     * On a page of amounts with two decimals, the start of an amount cut before them, with a point or a thousands
     * comma ("709,137.0"), under text ending in a Chinese character: the start of an amount beside the text's cell,
     * never a line of it.
     */
    static boolean amountPieceUnderText(String text, String below) {
        return Width.endsChinese(text) && cutAmount(below)
                && (below.contains(".") || below.contains(","));
    }

    /**
     * On a page of amounts with two decimals, the start of an amount cut before them: digits without them are no
     * whole amount ("113" / "898" / "1.00").
     */
    static boolean cutAmount(String upper) {
        boolean cut = upper.endsWith(".") || upper.endsWith(",") || upper.matches(".*\\.\\d") || !upper.contains(".");
        return cut && Shapes.amountStart(upper) && !Shapes.cents(upper);
    }
}
