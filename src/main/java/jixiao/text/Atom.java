package jixiao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A space-separated piece of a body line, the unit the grid decoder assigns to cells: whether it starts its line,
 * follows blank lines, or follows a page break (a repeated column header), whether the text marks its line as
 * going on with the cell of the line before ({@link #GOES_ON}), and whether two spaces or more part it from the
 * piece before on its line ({@code apart}: the reader of space-aligned text parts the cells of one line so, where a
 * single space may be a gap inside a cell).
 */
record Atom(String text, int line, boolean firstOnLine, boolean blankBefore, boolean breakBefore, boolean goesOn,
            boolean apart) {
    /**
     * Starts a line that goes on with the cell of the line before: the reader of space-aligned text, which sees the
     * columns, writes it before each line of a grid cell but the first (a private-use character), and
     * {@link SourceLines} takes it out of the lines' text into {@link SourceLine#goesOn}.
     */
    static final char GOES_ON = '\uE001';

    /** A piece of a line and the spaces before it. */
    private static final Pattern PIECE = Pattern.compile("(\\s*)(\\S+)");

    /** The text without the marks of lines going on with a cell. */
    static String unmarked(String text) {
        return text.indexOf(GOES_ON) < 0 ? text : text.replace(String.valueOf(GOES_ON), "");
    }

    static List<Atom> of(List<ProjectText.BodyLine> body) {
        List<Atom> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            ProjectText.BodyLine b = body.get(i);
            Matcher m = PIECE.matcher(b.line().text().strip());
            boolean first = true;
            while (m.find()) {
                out.add(new Atom(m.group(2), i, first, first && b.line().blankBefore(), first && b.breakBefore(),
                        first && b.line().goesOn(), !first && m.group(1).length() > 1));
                first = false;
            }
        }
        return out;
    }

}
