package jixiao.text;

import java.util.ArrayList;
import java.util.List;

import jixiao.table.HeaderVocabulary;

/**
 * Joins the pieces of a header-block label that a text in cell order set apart by the row's other cells: a label
 * wrapped in its narrow cell ("预算规模及" / "资金用途", "其中：财政资" / "金") comes out with its first piece on the row's
 * line and its later pieces after the row's other labels and amounts, each piece starting a line. A piece that is a
 * label of its own (资金用途) takes the whole label where it stands, its text following it; any other end joins its
 * first piece, where the piece's amount follows.
 */
final class LabelPieces {
    /** How many tokens after a label's first piece its end may stand. */
    private static final int REACH = 12;
    /** The longest end of a label looked for (a line's piece of a wrapped label). */
    private static final int MAX_END = 4;

    private LabelPieces() {
    }

    static List<Token> rejoin(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 0; i < out.size(); i++) {
            String head = out.get(i).text();
            if (HeaderWords.label(head).isPresent() || !HeaderWords.labelPrefix(head)) {
                continue;
            }
            for (int j = i + 1; j < out.size() && j <= i + REACH; j++) {
                Token t = out.get(j);
                if (t.firstOnLine() && HeaderWords.label(head + t.text()).isPresent()) {
                    if (nearerHead(out, i, j)) {
                        break; // "资金" / "预算规模及资金" / "用途": the end is the nearer piece's
                    }
                    if (HeaderWords.label(t.text()).isPresent()) {
                        out.set(j, new Token(head + t.text(), t.line(), true, t.blankBefore()));
                        out.remove(i);
                        i--;
                    } else {
                        Token h = out.get(i);
                        out.set(i, new Token(head + t.text(), h.line(), h.firstOnLine(), h.blankBefore()));
                        out.remove(j);
                    }
                    break;
                }
                if (!rowCell(t)) {
                    break;
                }
            }
        }
        return out;
    }

    /** Whether a label's first piece between i and j makes a label with the token at j too. */
    private static boolean nearerHead(List<Token> out, int i, int j) {
        for (int k = i + 1; k < j; k++) {
            if (HeaderWords.label(out.get(k).text() + out.get(j).text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A token a row of labels may hold between a label's pieces: a label, its piece, an amount, a placeholder. */
    private static boolean rowCell(Token t) {
        String s = t.text();
        return HeaderWords.label(s).isPresent() || HeaderWords.labelPrefix(s) || Shapes.amountPart(s)
                || Shapes.placeholder(s) || t.firstOnLine() && labelEnd(s);
    }

    private static boolean labelEnd(String s) {
        if (s.isEmpty() || s.length() > MAX_END) {
            return false;
        }
        for (String l : HeaderVocabulary.labelNames()) {
            if (l.length() > s.length() && l.endsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
