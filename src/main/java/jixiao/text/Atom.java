package jixiao.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A space-separated piece of a body line, the unit the grid decoder assigns to cells: whether it starts its line,
 * follows blank lines, or follows a page break (a repeated column header), and whether the text marks its line as
 * going on with the cell of the line before ({@link #GOES_ON}).
 */
record Atom(String text, int line, boolean firstOnLine, boolean blankBefore, boolean breakBefore, boolean goesOn) {
    /**
     * Starts a line that goes on with the cell of the line before: the reader of space-aligned text, which sees the
     * columns, writes it before each line of a grid cell but the first (a private-use character), and
     * {@link SourceLines} takes it out of the lines' text into {@link SourceLine#goesOn}.
     */
    static final char GOES_ON = '\uE001';

    /** The text without the marks of lines going on with a cell. */
    static String unmarked(String text) {
        return text.indexOf(GOES_ON) < 0 ? text : text.replace(String.valueOf(GOES_ON), "");
    }

    static List<Atom> of(List<ProjectText.BodyLine> body) {
        List<Atom> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            ProjectText.BodyLine b = body.get(i);
            String[] parts = b.line().text().strip().split("\\s+");
            for (int k = 0; k < parts.length; k++) {
                if (!parts[k].isEmpty()) {
                    boolean first = k == 0;
                    out.add(new Atom(parts[k], i, first, first && b.line().blankBefore(), first && b.breakBefore(),
                            first && b.line().goesOn()));
                }
            }
        }
        return out;
    }
}
