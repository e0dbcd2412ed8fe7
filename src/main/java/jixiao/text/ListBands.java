package jixiao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jixiao.text.LayoutText.Cell;

/**
 * The items of one list in a header block's cell (1. … / 2. … / 3. …, a project's goals): each item a cell of its
 * own, parted into bands where the label centred on the list stands between them.
 */
final class ListBands {
    /** A numbered item's start ("3、巩固…", "2.提高…"), not a number with decimals. */
    static final Pattern ITEM = Pattern.compile("\\d{1,2}[、.．][^\\d\\s]");

    private ListBands() {
    }

    /**
     * Bands holding the consecutive items of one list (1. … / 2. … at one left edge) joined where one of them holds
     * nothing but items: a list is one cell, whose label, centred on it, may stand below its first item.
     */
    static List<List<Cell>> join(List<List<Cell>> bands) {
        List<List<Cell>> out = new ArrayList<>();
        for (List<Cell> band : bands) {
            List<Cell> last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && (onlyItems(last) || onlyItems(band)) && nextItem(last, band)) {
                last.addAll(band);
            } else {
                out.add(new ArrayList<>(band));
            }
        }
        return out;
    }

    private static boolean onlyItems(List<Cell> band) {
        return band.stream().allMatch(c -> itemNumber(c) > 0);
    }

    /** Whether the band below holds the item after the upper band's last item, at its left edge. */
    private static boolean nextItem(List<Cell> upper, List<Cell> lower) {
        Cell item = null;
        for (Cell c : upper) {
            if (itemNumber(c) > 0 && (item == null || c.top > item.top)) {
                item = c;
            }
        }
        if (item == null) {
            return false;
        }
        for (Cell c : lower) {
            if (itemNumber(c) == itemNumber(item) + 1 && Math.abs(c.x0 - item.x0) <= DriftedValues.EDGE_SLACK) {
                return true;
            }
        }
        return false;
    }

    /** The number of a cell starting a list item ("2.提高…"), else 0. */
    private static int itemNumber(Cell c) {
        String t = LayoutText.text(c);
        if (!ITEM.matcher(t).lookingAt()) {
            return 0;
        }
        int end = 0;
        while (Character.isDigit(t.charAt(end))) {
            end++;
        }
        return Integer.parseInt(t.substring(0, end));
    }
}
