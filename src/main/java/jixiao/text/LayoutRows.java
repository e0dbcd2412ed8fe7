package jixiao.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jixiao.text.LayoutText.Cell;

/**
 * Parts a band of a project's header block into its rows by their labels, for text that leaves no blank line
 * between rows. Every label cell (项目名称, 预算数, 资金支出计划 …) starts a row; every other cell joins the label
 * whose pieces stand above and below it (a value squeezed into its label's column, mostly under it) unless a label
 * stands right before it on its line, else the label nearest to its left among those sharing a line with it (a value
 * sits right of its label) unless it starts within that label's column right after another label on its line, no
 * value between (a coarse character grid set it between a narrow label's pieces: it is the label's before it), or,
 * with none to its left, the label sharing most of its lines. A label left with two
 * amounts gives the first to the label right before it on its line that has none ({@link #shareAmounts}). Rows follow
 * their labels' top lines, then their left edges.
 */
final class LayoutRows {
    private LayoutRows() {
    }

    static List<List<Cell>> byLabels(List<Cell> band) {
        List<Cell> labels = new ArrayList<>();
        for (Cell c : band) {
            if (isLabel(LayoutText.text(c))) {
                labels.add(c);
            }
        }
        if (labels.size() < 2) {
            return List.of(band);
        }
        labels.sort(Comparator.comparingInt((Cell c) -> c.top).thenComparingInt(c -> c.x0));
        List<List<Cell>> rows = new ArrayList<>();
        for (Cell l : labels) {
            List<Cell> row = new ArrayList<>();
            row.add(l);
            rows.add(row);
        }
        List<Cell> free = new ArrayList<>();
        for (Cell c : band) {
            if (labels.contains(c)) {
                continue;
            }
            int k = owner(c, labels, band);
            if (k < 0) {
                free.add(c);
            } else {
                rows.get(k).add(c);
            }
        }
        shareAmounts(rows, band);
        if (!free.isEmpty()) {
            rows.add(0, free); // text beside no label: above the labelled rows, as it came first on the page
        }
        return rows;
    }

    /**
     * A label that took two amounts while the label right before the first of them on its line took none gives it
     * that one: two amounts right of "财政拨款", the first on its line, the second a line lower, both under the
     * pieces of a narrow "其他" / "资金" (a coarse character grid sets a full amount cell past its label's edge).
     */
    private static void shareAmounts(List<List<Cell>> rows, List<Cell> band) {
        for (List<Cell> row : rows) {
            List<Cell> amounts = row.stream().filter(c -> Shapes.amount(LayoutText.text(c))).toList();
            if (amounts.size() < 2) {
                continue;
            }
            Cell first = amounts.stream().min(Comparator.comparingInt((Cell c) -> c.top)).orElseThrow();
            Cell before = leftNeighbour(first, band);
            for (List<Cell> other : rows) {
                if (other != row && other.get(0) == before
                        && other.stream().noneMatch(c -> Shapes.amount(LayoutText.text(c)))) {
                    row.remove(first);
                    other.add(first);
                    break;
                }
            }
        }
    }

    private static int owner(Cell c, List<Cell> labels, List<Cell> band) {
        int best = -1;
        Cell before = leftNeighbour(c, band);
        for (int k = 0; k < labels.size(); k++) {
            Cell l = labels.get(k);
            LayoutText.Chunk top = l.chunks.get(0);
            int overlap = Math.min(c.x1, top.x1()) - Math.max(c.x0, top.x0());
            if (cutAround(l, c) && 2 * overlap >= c.x1 - c.x0
                    && (before == null || !labels.contains(before))) {
                return k; // under its label's first piece, above its last ("其中：财政资" / "95.00" / "金")
            }
        }
        for (int k = 0; k < labels.size(); k++) {
            Cell l = labels.get(k);
            if (shared(l, c) > 0 && l.x0 < c.x0 && (best < 0 || l.x0 > labels.get(best).x0)) {
                best = k;
            }
        }
        if (best >= 0 && labels.get(best).x1 >= c.x0 && before != null && before != labels.get(best)
                && labels.contains(before)
                && band.stream().noneMatch(o -> !labels.contains(o) && between(o, before, c))) {
            // it starts within that label's column, right after another label on its line: that label's
            return labels.indexOf(before);
        }
        if (best >= 0 && before != null && labels.contains(before) && before.top == before.bottom
                && cutAround(labels.get(best), c)
                && c.x0 - before.x1 <= (c.x1 - c.x0) + labels.get(best).chunks.get(0).text().length()) {
            // right after a label whole on its line, under a label cut around that line, too near for an empty amount
            // cell as wide as it and the cut label's first line (a character each) to stand between: that label's,
            // though it starts right of the cut label's pieces (a tool keeps a line's order, not columns across lines)
            return labels.indexOf(before);
        }
        if (best >= 0) {
            return rowLabelAbove(c, labels, best);
        }
        int most = 0;
        for (int k = 0; k < labels.size(); k++) {
            int n = shared(labels.get(k), c);
            if (n > most) {
                most = n;
                best = k;
            }
        }
        return best;
    }

    /** Whether a label is cut around the cell's lines: its first piece above them, its last below ("其他" / "资金"). */
    private static boolean cutAround(Cell label, Cell c) {
        return label.top < c.top && c.bottom < label.bottom;
    }

    /**
     * The label of a cell whose nearest label to the left sharing its lines, {@code best}, is a label merged over
     * rows (its lines above and below the cell's): the nearest label left of the cell that ends on the line just
     * above it, if any. A row's labels wrap over more lines than its amounts, which a tool then prints a line lower
     * than the row's first line ("其中：财政" / "资金" over nothing, its amount on the line below, right of it).
     */
    private static int rowLabelAbove(Cell c, List<Cell> labels, int best) {
        Cell merged = labels.get(best);
        if (!cutAround(merged, c)) {
            return best;
        }
        int out = best;
        for (int k = 0; k < labels.size(); k++) {
            Cell l = labels.get(k);
            if (l.bottom == c.top - 1 && l.x0 > labels.get(out).x0 && l.x0 < c.x0) {
                out = k;
            }
        }
        return out;
    }

    /**
     * The cell nearest left of c on c's first line, or null. A value right after a label on its line is that label's,
     * though the next label's pieces stand above and below it (a coarse character grid sets them close).
     */
    private static Cell leftNeighbour(Cell c, List<Cell> band) {
        Cell best = null;
        for (Cell o : band) {
            boolean onLine = o.chunks.stream().anyMatch(ch -> ch.line() == c.top && ch.x1() <= c.x0);
            if (o != c && onLine && (best == null || o.x1 > best.x1)) {
                best = o;
            }
        }
        return best;
    }

    /** Whether a cell stands between a label and a cell right of it on a line of both. */
    private static boolean between(Cell o, Cell label, Cell c) {
        return shared(o, label) > 0 && shared(o, c) > 0 && o.x0 >= label.x1 && o.x1 <= c.x0;
    }

    private static int shared(Cell a, Cell b) {
        return Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + 1);
    }

    private static boolean isLabel(String t) {
        return HeaderWords.label(t).isPresent();
    }
}
