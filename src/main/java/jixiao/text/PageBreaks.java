package jixiao.text;

import java.util.regex.Pattern;

/**
 * Page breaks put back into space-aligned text printed without them ({@code pdftotext -layout -nopgbrk}, a tool
 * joining its pages with line breaks). A table going on over a page repeats its column header atop the next page, so
 * a column header standing again in the same project's grid (no 项目编码 or 项目名称 label since the last one) opens
 * a page: a form feed goes before it, and before the pieces of its wrapped names printed above it (指标值确定 / …
 * / 依据), as the tool would have set it. The grid's rows cut by that break then go back to their rows as they do in
 * text with form feeds. A table's title ("….绩效目标表"; its numbered first line when it wraps, a unit line right
 * above it) opens a page too: the last row of the grid above, its cells wrapped around its value's line, ends there
 * and gives nothing to the title. A page number set apart (— 6 —, 第6页) ends its page too, or opens it where the
 * text's first line is one, and so does a run of {@link #PAGE_FOOT} blank lines (pdfplumber's layout text pads each
 * page's foot).
 */
final class PageBreaks {
    /** A page number set apart as page furniture: — 6 —, - 6 -, 第6页, 第6页 共17页, 6/17. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^\\s*(?:[-—–－]\\s*\\d+\\s*[-—–－]|第\\s*\\d+\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?|\\d+\\s*/\\s*\\d+)\\s*$");

    /** Blank lines in a row that end a page: a tool drawing each page on a grid of lines pads its foot with them. */
    private static final int PAGE_FOOT = 6;

    /** How a table's title ends. */
    private static final String TITLE_END = "绩效目标表";

    private PageBreaks() {
    }

    /** The text with a form feed before each repeated column header, or as it is when it has form feeds. */
    static String restore(String text) {
        if (text.indexOf('\f') >= 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        boolean[] opens = new boolean[lines.length];
        boolean atTop = firstNumbered(lines);
        boolean header = false;
        int blanks = 0;
        for (int i = 0; i < lines.length; i++) {
            blanks = lines[i].isBlank() ? blanks + 1 : 0;
            if (blanks == PAGE_FOOT) {
                opensAfter(lines, i, opens);
            }
            if (PAGE_NUMBER.matcher(lines[i]).matches()) {
                if (atTop) {
                    opens[i] = i > 0;
                } else {
                    opensAfter(lines, i, opens);
                }
            } else if (projectLabel(lines[i])) {
                header = false;
            } else if (title(lines[i])) {
                int top = titleTop(lines, i);
                opens[top] = top > 0; // a project's table starts a page: the grid above it ends there
                header = false;
            } else if (ColumnHeader.startsHeader(lines[i])) {
                if (header) {
                    opens[top(lines, i)] = true;
                }
                header = true;
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(opens[i] ? "\f" : "").append(lines[i]);
        }
        return out.toString();
    }

    /** Marks the first text line after line i as opening a page (none when only blank lines follow). */
    private static void opensAfter(String[] lines, int i, boolean[] opens) {
        int next = i + 1;
        while (next < lines.length && lines[next].isBlank()) {
            next++;
        }
        if (next < lines.length) {
            opens[next] = true;
        }
    }

    /** Whether the text's first line is a page number: its pages print their numbers atop, else at their feet. */
    private static boolean firstNumbered(String[] lines) {
        for (String l : lines) {
            if (!l.isBlank()) {
                return PAGE_NUMBER.matcher(l).matches();
            }
        }
        return false;
    }

    /** Whether a line holds a label opening a project's header block (项目编码, 项目名称; letter-spaced too). */
    private static boolean projectLabel(String line) {
        for (String t : line.strip().split("\\s+")) {
            if (HeaderWords.projectLabel(t)) {
                return true;
            }
        }
        String letters = line.strip();
        return letters.length() <= 12 && HeaderWords.projectLabel(letters.replaceAll("\\s+", ""));
    }


    /** A table's title alone on its line: "….绩效目标表", the last line of it when it wraps. */
    private static boolean title(String line) {
        String t = line.strip();
        return t.endsWith(TITLE_END) && !t.contains("   ");
    }

    /**
     * The first line of the title ending on line i and of what goes with it above: its first line when it wraps
     * (numbered, alone on its line) and a unit line right above it.
     */
    private static int titleTop(String[] lines, int i) {
        int t = i;
        int above = i - 1;
        while (above > 0 && above >= i - 2 && lines[above].isBlank()) {
            above--; // a tool may set a blank line between a title's lines
        }
        if (above >= 0 && DocumentSplitter.numberedTitle(lines[above].strip()) && !lines[above].strip().contains("   ")
                && !DocumentSplitter.numberedTitle(lines[t].strip())) {
            t = above;
        }
        if (t > 0 && DocumentSplitter.isUnitLine(lines[t - 1])) {
            t--;
        }
        return t;
    }

    /** The first line of the column header whose main line is i: the lines just above holding pieces of its names. */
    private static int top(String[] lines, int i) {
        int t = i;
        while (t > 0 && !lines[t - 1].isBlank() && namePieces(lines[t - 1])) {
            t--;
        }
        return t;
    }

    private static boolean namePieces(String line) {
        for (String t : line.strip().split("\\s+")) {
            if (HeaderWords.column(t).isEmpty() && !HeaderWords.columnPrefix(t)) {
                return false;
            }
        }
        return true;
    }
}
