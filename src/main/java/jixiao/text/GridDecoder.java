package jixiao.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jixiao.table.Meaning;

/**
 * Assigns the atoms of an indicator grid's body to cells: a beam search over the reading-order stream, in which a
 * row is a run of cells in column order (the merged 一级/二级指标 cells only where a group starts), a cell is a run of
 * atoms (lines joined with nothing, atoms of one line with a space), and after a page break the remaining lines of
 * the cut row's cells follow the repeated header, again in column order. Paths are scored with {@link CellScorer}
 * and {@link RowScorer}; the best complete one wins.
 */
final class GridDecoder {
    private static final int BEAM = 100;
    /**
     * Cost of a row whose first cell beside the level names starts after the previous row's text on that row's
     * line: cells on one line sit on one baseline, and the rows of a table do not share one.
     */
    private static final double MID_LINE_ROW = 3;
    /**
     * Cost of starting a cell or a row at a line the text marks as going on with the cell above ({@link Atom#goesOn}):
     * the reader of space-aligned text saw the cell's lines in one column; the scores may still part them where
     * that reading was wrong (a cell two rows' lines were joined into); at 1.5 it parted a value's second line, flush
     * under its first, into the basis beside it.
     */
    private static final double SPLIT_MARKED = 2.5;
    /** How far ahead a page break lets the cells of the current row still grow (atoms). */
    private static final int BREAK_REACH = 40;

    private final List<Meaning> roles;
    private final int n;
    private final ColumnWidth[] widths;
    private final RowScorer rowScorer;
    private final CellCache cache = new CellCache();
    private final boolean autospaced;
    private boolean[] breakAhead;

    /** A decoded row: per column, its lines (null where the row has no cell). */
    record Row(List<List<String>> cells) {
        /** The rows' cells, each row's list a copy that may be changed (a level name moved to another row). */
        static List<List<List<String>>> editable(List<Row> rows) {
            List<List<List<String>>> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(new ArrayList<>(r.cells()));
            }
            return out;
        }

        /** Rows of the given cells. */
        static List<Row> of(List<List<List<String>>> cells) {
            List<Row> out = new ArrayList<>();
            for (List<List<String>> c : cells) {
                out.add(new Row(c));
            }
            return out;
        }
    }

    private GridDecoder(List<Meaning> roles, ColumnWidth[] widths, boolean runLines, boolean autospaced) {
        this.roles = roles;
        this.autospaced = autospaced;
        this.n = roles.size();
        this.widths = widths;
        this.rowScorer = new RowScorer(roles, runLines);
    }

    /** Decodes the atoms of a text whose cells on one baseline share a line (see the other overload). */
    static List<Row> decode(List<Meaning> roles, List<Atom> atoms) {
        return decode(roles, atoms, false, false);
    }

    /**
     * Decodes twice: first without widths, then with the wrap widths the first decoding shows. {@code runLines}
     * when the text prints each text run on a line of its own (see {@link ProjectText#runLines()});
     * {@code autospaced} when a space between Chinese text and digits or Latin letters may be inside a cell
     * ({@link Autospace}).
     */
    static List<Row> decode(List<Meaning> roles, List<Atom> atoms, boolean runLines, boolean autospaced) {
        if (atoms.isEmpty()) {
            return List.of();
        }
        ColumnWidth[] unknown = new ColumnWidth[roles.size()];
        Arrays.fill(unknown, ColumnWidth.UNKNOWN);
        List<Row> first = new GridDecoder(roles, unknown, runLines, autospaced).run(atoms);
        ColumnWidth[] w = ColumnWidths.estimate(first, roles.size());
        return new GridDecoder(roles, w, runLines, autospaced).run(atoms);
    }

    /** One search state: finished rows, the current row's cells and the column being filled. */
    private static final class State {
        double done;
        RowState row;
        Node rows;
        double priority;

        State copy() {
            State s = new State();
            s.done = done;
            s.row = row.copy();
            s.rows = rows;
            return s;
        }
    }

    private record Node(Row row, Node prev) {
    }

    private List<Row> run(List<Atom> atoms) {
        breakAhead = new boolean[atoms.size()];
        int next = Integer.MAX_VALUE;
        for (int i = atoms.size() - 1; i >= 0; i--) {
            breakAhead[i] = next - i <= BREAK_REACH;
            if (atoms.get(i).breakBefore()) {
                next = i;
            }
        }
        State init = new State();
        init.row = new RowState(n);
        List<State> beam = List.of(init);
        for (int i = 0; i < atoms.size(); i++) {
            Map<String, State> step = new HashMap<>();
            for (State s : beam) {
                for (State t : expand(s, atoms.get(i))) {
                    t.priority = t.done + rowScorer.provisional(t.row, breakAhead[i]);
                    step.merge(t.row.key(), t, (x, y) -> x.priority >= y.priority ? x : y);
                }
            }
            List<State> all = new ArrayList<>(step.values());
            all.sort(Comparator.comparingDouble((State s) -> -s.priority));
            beam = all.subList(0, Math.min(BEAM, all.size()));
        }
        State best = null;
        for (State s : beam) {
            State f = s.copy();
            closeRow(f);
            if (best == null || f.done > best.done) {
                best = f;
            }
        }
        List<Row> out = new ArrayList<>();
        for (Node k = best.rows; k != null; k = k.prev) {
            out.add(k.row);
        }
        Collections.reverse(out);
        return out;
    }

    private List<State> expand(State s, Atom a) {
        List<State> out = new ArrayList<>();
        RowState r = s.row;
        boolean brk = a.breakBefore();
        if (r.cur >= 0 && !brk) {
            out.add(with(s, t -> t.row.extend(r.cur, a, roles.get(r.cur), widths[r.cur], autospaced, cache)));
        }
        if (!r.cont && !brk) {
            for (int c = r.cur + 1; c < n; c++) {
                if (!roles.get(c).isLevel() || !r.hasData(roles)) {
                    int col = c;
                    out.add(with(s, t -> t.row.open(col, a, roles.get(col), widths[col], false, cache)));
                }
            }
        }
        if (r.cont && !brk) {
            for (int c = r.cur + 1; c < n; c++) {
                int col = c;
                out.add(with(s, t -> t.row.open(col, a, roles.get(col), widths[col], true, cache)));
            }
        }
        if (brk && r.cur >= 0) {
            for (int c = 0; c < n; c++) {
                if (!roles.get(c).isLevel() || r.cells[c] != null) {
                    int col = c;
                    out.add(with(s, t -> {
                        t.row.cont = true;
                        t.row.open(col, a, roles.get(col), widths[col], true, cache);
                    }));
                }
            }
        }
        if (r.cur < 0 || r.hasData(roles)) {
            for (int c = 0; c < n; c++) {
                int col = c;
                out.add(with(s, t -> {
                    if (t.row.cur >= 0) {
                        closeRow(t);
                    }
                    if (!a.firstOnLine() && !roles.get(col).isLevel()) {
                        t.done -= MID_LINE_ROW; // a line holds one row's cells: the next row's are lower
                    }
                    t.row.open(col, a, roles.get(col), widths[col], false, cache);
                }));
                if (!roles.get(c).isLevel()) {
                    break;
                }
            }
        }
        if (a.goesOn()) { // every state but the one extending the current cell starts a cell or a row
            out.subList(r.cur >= 0 && !brk ? 1 : 0, out.size()).forEach(t -> t.done -= SPLIT_MARKED);
        }
        return out;
    }

    private static State with(State s, java.util.function.Consumer<State> change) {
        State t = s.copy();
        change.accept(t);
        return t;
    }

    private void closeRow(State s) {
        s.done += rowScorer.close(s.row);
        List<List<String>> row = new ArrayList<>(Arrays.asList(s.row.cells));
        s.rows = new Node(new Row(Collections.unmodifiableList(row)), s.rows);
        s.row = new RowState(n);
    }
}
