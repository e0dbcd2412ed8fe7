package jixiao.text;

import jixiao.table.HeaderVocabulary;
import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * The pieces of a header-block label in space-aligned text, as {@link LayoutCells} joins them into cells: a narrow
 * label column wraps a label one piece a line ("其中：财政资" / "金", "资金" / "总额"), its amounts beside or between
 * the pieces.
 */
final class LabelCells {
    /**
     * A label's pieces may be this many lines apart: a narrow label column of a header block whose amounts fill two
     * lines between them ("其他" / "64.27" / "10.77" / "资金").
     */
    static final int CUT_STEP = 3;

    private LabelCells() {
    }

    /** A parenthesised note under a label ("资金支出计划" / "（%）"): part of the label's cell. */
    static boolean note(String t) {
        return t.startsWith("（") || t.startsWith("(");
    }

    /**
     * A whole label that could go on ("其中：财政拨款" of "其中：财政拨款（万元）") and the piece below that does
     * not go on with it ("其他资"): the label ends.
     */
    static boolean labelEnded(String cell, String below) {
        String joined = cell + below;
        return HeaderWords.label(cell).isPresent() && !note(below) && HeaderWords.label(joined).isEmpty()
                && !HeaderWords.labelPrefix(joined);
    }

    /**
     * "资金" over "总额", "年度资金" over "总额": a label's first piece (a label itself or not), which the piece below
     * (a label itself) makes a longer label.
     */
    static boolean completesLabel(String cell, String below) {
        return HeaderWords.labelPrefix(cell) && HeaderWords.label(cell + below).isPresent();
    }

    /**
     * The piece that completes a cut label ("其中：财政资" … "金") or takes it on toward one ("预算规模及资" … "金用" /
     * "途"), near under it though not aligned, with a line of amounts squeezed between: a tool placing each line on
     * its own sets a short piece after wide text of its line left of where it is printed.
     */
    static boolean labelEnd(Cell cell, Chunk below) {
        String t = LayoutText.text(cell);
        int half = (cell.x1 - cell.x0) / 2;
        String joined = t + below.text();
        return waiting(t) && (HeaderWords.label(joined).isPresent() || cutLabel(joined))
                && below.x1() >= cell.x0 - half && below.x0() <= cell.x1;
    }

    /** A header-block label's beginning that is no label yet ("其中：财政资"): no amount goes on with it. */
    static boolean cutLabel(String t) {
        return t.length() >= 2 && HeaderWords.labelPrefix(t) && HeaderWords.label(t).isEmpty();
    }

    /**
     * A label's piece that waits for its end a few lines down: a cut label, or a whole label a longer label starts
     * with ("预算规模" of "预算规模及资金用途": its row's amounts, wrapped, stand between it and "及资金用").
     */
    static boolean waiting(String t) {
        if (cutLabel(t)) {
            return true;
        }
        if (HeaderWords.label(t).isEmpty()) {
            return false;
        }
        for (String l : HeaderVocabulary.labelNames()) {
            if (l.length() > t.length() && l.startsWith(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a chunk begins a header-block label (two characters at least). */
    static boolean startsLabel(String t) {
        return t.length() >= 2 && HeaderWords.labelPrefix(t);
    }
}
