package jixiao.text;

import java.util.ArrayList;
import java.util.List;

import jixiao.table.Meaning;

/**
 * The row being read during the grid search: per column its lines, its score so far, what it may still gain while it
 * can grow, whether its first atom began a line; the column being filled and whether the row was cut by a break.
 */
final class RowState {
    final List<String>[] cells;
    final double[] score;
    final double[] allowance;
    /** The part of each cell's score that came from how its atoms were joined (kept as the cell grows). */
    final double[] extra;
    final boolean[] fresh;
    int cur = -1;
    boolean cont;
    boolean cut;

    @SuppressWarnings("unchecked")
    RowState(int n) {
        cells = new List[n];
        score = new double[n];
        allowance = new double[n];
        extra = new double[n];
        fresh = new boolean[n];
    }

    private RowState(RowState o) {
        cells = o.cells.clone();
        score = o.score.clone();
        allowance = o.allowance.clone();
        extra = o.extra.clone();
        fresh = o.fresh.clone();
        cur = o.cur;
        cont = o.cont;
        cut = o.cut;
    }

    RowState copy() {
        return new RowState(this);
    }

    boolean hasData(List<Meaning> roles) {
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null && !roles.get(c).isLevel()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the atom to column c's cell: as a new line when it starts its line, else after a space, which costs
     * unless a unit follows a number or, in autospaced text, a single space parts Chinese text from digits or Latin.
     */
    void extend(int c, Atom a, Meaning role, ColumnWidth width, boolean autospaced, CellCache cache) {
        List<String> lines = new ArrayList<>(cells[c]);
        double carried = extra[c];
        double join = 0;
        if (a.firstOnLine()) {
            lines.add(a.text());
            join -= a.blankBefore() ? 0.3 : 0;
        } else {
            String last = lines.get(lines.size() - 1);
            lines.set(lines.size() - 1, last + " " + a.text());
            join -= numberThenUnit(last, a.text()) || autospaced && !a.apart() && Autospace.gap(last, a.text())
                    ? 0 : 1.5;
        }
        set(c, lines, role, width, carried + join, cache);
    }

    /** Opens column c's cell with the atom, or after a break continues it ({@code cont}). */
    void open(int c, Atom a, Meaning role, ColumnWidth width, boolean continuing, CellCache cache) {
        boolean grows = continuing && cells[c] != null;
        List<String> lines = grows ? new ArrayList<>(cells[c]) : new ArrayList<>();
        double carried = grows ? extra[c] : 0;
        lines.add(a.text());
        if (!grows) {
            fresh[c] = a.firstOnLine();
        }
        if (continuing) {
            cut = true;
        }
        double hint = !a.firstOnLine() ? 0.4 : a.blankBefore() ? 0.3 : 0;
        set(c, lines, role, width, carried + (grows ? 0 : hint), cache);
        cur = c;
    }

    private void set(int c, List<String> lines, Meaning role, ColumnWidth width, double carried, CellCache cache) {
        cells[c] = lines;
        extra[c] = carried;
        score[c] = cache.score(role, lines, width) + carried;
        allowance[c] = cache.allowance(role, lines);
    }

    private static boolean numberThenUnit(String last, String next) {
        return last.matches(".*\\d") && next.length() <= 6 && !next.matches(".*\\d.*");
    }

    String key() {
        StringBuilder sb = new StringBuilder().append(cur).append(cont ? 'c' : 'n');
        for (List<String> c : cells) {
            sb.append('|').append(c == null ? "-" : String.join("\n", c));
        }
        return sb.toString();
    }
}
