package jixiao.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of non-space text on a line: its text, the index of its line, whether it starts the line and whether it starts
 * a line after blank lines.
 */
record Token(String text, int line, boolean firstOnLine, boolean blankBefore) {

    /** The tokens of the lines, in order. */
    static List<Token> of(List<SourceLine> lines) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).text().strip().split("\\s+");
            for (int k = 0; k < parts.length; k++) {
                if (!parts[k].isEmpty()) {
                    out.add(new Token(parts[k], i, k == 0, k == 0 && lines.get(i).blankBefore()));
                }
            }
        }
        return out;
    }

    /** Joins tokens as printed: a space between tokens of one line, nothing across a line break. */
    static String join(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && tokens.get(i).line() == tokens.get(i - 1).line()) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }

    /** The tokens grouped by line, each line's tokens joined with a space. */
    static List<String> lines(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        int line = Integer.MIN_VALUE;
        for (Token t : tokens) {
            if (t.line() != line) {
                out.add(t.text());
                line = t.line();
            } else {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + t.text());
            }
        }
        return out;
    }
}
