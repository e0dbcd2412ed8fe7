package jixiao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits extracted text into non-blank lines, noting page starts and blank lines, and drops page numbers. */
final class SourceLines {
    private static final Pattern FURNITURE = Pattern.compile(
            "^[-—–－_\\s]*\\d+[-—–－_\\s]*$|^第\\s*\\d+\\s*页(\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?$|^\\d+\\s*/\\s*\\d+$"
                    + "|^共\\s*\\d+\\s*页\\s*第\\s*\\d+\\s*页$|^[-—–]?\\s*[Pp]age\\s*\\d+.*$");

    private SourceLines() {
    }

    static List<SourceLine> of(String text) {
        return of(text, false);
    }

    /**
     * The lines of a text; {@code marked} when the reader of space-aligned text wrote it, marking the lines that go
     * on with the grid cell of the line before ({@link Atom#GOES_ON}; in other text the character is left as it is).
     */
    static List<SourceLine> of(String text, boolean marked) {
        String[] raw = PlainText.normalize(text).split("\n", -1);
        boolean singleSpacePages = usesSingleSpacePageMarks(raw);
        // written double-spaced (a blank line after every line): a single blank line parts nothing
        int parting = PageGrid.doubleSpaced(raw) && cellsShareLines(raw) ? 2 : 1;
        List<SourceLine> out = new ArrayList<>();
        boolean page = true;
        int blanks = 0;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            int ff = line.lastIndexOf('\f');
            if (ff >= 0) {
                page = true;
                line = line.substring(ff + 1);
            }
            boolean goesOn = marked && line.strip().indexOf(Atom.GOES_ON) == 0;
            if (marked) {
                line = Atom.unmarked(line);
            }
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                blanks++;
                continue;
            }
            if (singleSpacePages && line.startsWith(" ") && !line.startsWith("  ")) {
                page = true;
            }
            if (isFurniture(stripped) && (!stripped.matches("\\d+") || endsPage(raw, i))) {
                page = true;
                blanks = parting;
                continue;
            }
            out.add(new SourceLine(stripped, line.replace("\t", "    "), page, blanks >= parting, goesOn));
            page = false;
            blanks = 0;
        }
        return out;
    }

    /** Share of text lines holding two pieces or more from which cells share lines (text in reading order). */
    private static final double SHARED_LINES = 0.1;

    /**
     * Whether cells share lines (two pieces or more on a tenth of the text lines: 0.11 and up in -raw text, 0.09 at
     * most in text of blocks): text in reading order, which a blank line after every line leaves double-spaced. Text
     * printing each cell as a block of its own, one line each (pdfminer's, with wide line spacing), also has no two
     * text lines next to each other, but a piece a line.
     */
    private static boolean cellsShareLines(String[] raw) {
        int text = 0;
        int shared = 0;
        for (String r : raw) {
            String t = r.strip();
            if (!t.isEmpty()) {
                text++;
                shared += t.indexOf(' ') > 0 ? 1 : 0;
            }
        }
        return shared >= SHARED_LINES * text;
    }

    /** Whether a bare number on line i is a page number: the page ends right after it. */
    private static boolean endsPage(String[] raw, int i) {
        for (int k = i + 1; k < raw.length; k++) {
            if (raw[k].indexOf('\f') >= 0 || raw[k].startsWith(" ") && !raw[k].startsWith("  ")) {
                return true;
            }
            if (!raw[k].isBlank()) {
                return false;
            }
        }
        return true;
    }

    static boolean isFurniture(String line) {
        return FURNITURE.matcher(line).matches();
    }

    /** pdfminer-style output marks each page start with one leading space; layout output indents many lines. */
    private static boolean usesSingleSpacePageMarks(String[] raw) {
        int single = 0;
        int deeper = 0;
        for (String r : raw) {
            if (r.startsWith("  ")) {
                deeper++;
            } else if (r.startsWith(" ") && r.strip().length() > 0) {
                single++;
            }
        }
        return single > 0 && deeper <= single;
    }
}
