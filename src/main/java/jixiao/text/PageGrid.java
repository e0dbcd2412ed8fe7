package jixiao.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Space-aligned text drawn on a grid of characters: every line of a page padded with spaces to one width, as
 * pdfplumber's layout text is. Each text line falls on the grid line nearest its baseline, so lines of one cell or
 * paragraph a little more than one grid line apart get a blank line between them that parts nothing. So too a page
 * written double-spaced.
 */
final class PageGrid {
    /** Share of a page's lines padded to one width from which the page is drawn on a grid. */
    private static final double GRID_SHARE = 0.9;
    /** The narrowest padded width taken for a page grid (a page of short lines is no grid). */
    private static final int MIN_GRID_WIDTH = 40;

    private PageGrid() {
    }

    /** Text lines a page needs before its blank lines say it was written double-spaced. */
    private static final int MIN_DOUBLE_LINES = 8;

    /**
     * Whether no two text lines of the page stand next to each other: text written double-spaced (a blank line after
     * every line, as where each line end was doubled), whose single blank lines part nothing either.
     */
    static boolean doubleSpaced(String[] lines) {
        int text = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (i > 0 && !lines[i - 1].isBlank()) {
                return false;
            }
            text++;
        }
        return text >= MIN_DOUBLE_LINES;
    }

    /**
     * The page's lines, and where they are drawn on a grid or double-spaced, without the blank lines set between lines
     * of one cell or paragraph: a single blank line is dropped, a run of them kept as one, trailing spaces stripped.
     */
    static String[] ungridded(String[] lines) {
        int width = lines.length > 0 ? lines[0].length() : 0;
        int padded = 0;
        int nonEmpty = 0; // the page's last line may be empty: the text's end
        for (String l : lines) {
            padded += l.length() == width && l.endsWith(" ") ? 1 : 0;
            nonEmpty += l.isEmpty() ? 0 : 1;
        }
        if ((width < MIN_GRID_WIDTH || padded < GRID_SHARE * nonEmpty) && !doubleSpaced(lines)) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        int blank = 0;
        for (String l : lines) {
            if (l.isBlank()) {
                blank++;
                continue;
            }
            if (blank > 1) {
                out.add("");
            }
            blank = 0;
            out.add(l.stripTrailing());
        }
        return out.toArray(String[]::new);
    }
}
