package jixiao.mapping;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jixiao.table.Cell;
import jixiao.table.TextLine;

/**
 * Collects the header-block rows of a project across slices. A header row cut by a page break (its cells' first
 * lines on one page, the rest on the next) is joined back cell by cell; the joined cells replace the next page's
 * parts wherever they are merged over later rows.
 */
final class HeaderRows {
    /** Two cells on either side of a page break line up when they share this part of the narrower one's width. */
    private static final double ALIGNED = 0.7;

    private final List<HeaderBlockMapper.RowRef> rows = new ArrayList<>();
    private final Map<Cell, Cell> replaced = new IdentityHashMap<>();
    private boolean sliceTop;

    List<HeaderBlockMapper.RowRef> rows() {
        return rows;
    }

    void newSlice() {
        sliceTop = !rows.isEmpty();
    }

    /** The unit line when a table took it in as its first row ("<unit code><unit name> … 单位：万元"). */
    String unitLine;

    void add(Slice slice, int r) {
        List<Cell> starting = slice.starting(r);
        if (rows.isEmpty() && unitLine == null && !starting.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Cell c : starting) {
                sb.append(c.text()).append(' ');
            }
            if (ProjectSegmenter.isUnitLine(sb.toString()) && Labels.header(starting.get(0).text()).isEmpty()) {
                unitLine = sb.toString().strip();
                return;
            }
        }
        List<Cell> above = new ArrayList<>();
        for (Cell c : slice.coveringFromAbove(r)) {
            above.add(replaced.getOrDefault(c, c));
        }
        boolean top = sliceTop;
        sliceTop = false;
        if (top) {
            HeaderBlockMapper.RowRef prev = rows.get(rows.size() - 1);
            if (isCutRow(prev.starting(), starting)) {
                rows.set(rows.size() - 1, new HeaderBlockMapper.RowRef(join(prev.starting(), starting),
                        prev.coveringFromAbove()));
                return;
            }
            starting = joinCutLabels(prev, starting);
            if (above.isEmpty()) {
                above.addAll(groupsAtBottom(prev, starting));
            }
        }
        rows.add(new HeaderBlockMapper.RowRef(starting, above));
    }

    /** Cut row: no label of its own, and its cells line up one to one with the last row's cells. */
    private static boolean isCutRow(List<Cell> prev, List<Cell> cur) {
        boolean anyText = false;
        for (Cell c : cur) {
            if (!c.isEmpty() && Labels.header(c.text()).isPresent()) {
                return false;
            }
            anyText |= !c.isEmpty();
        }
        if (!anyText || cur.size() != prev.size() || cur.size() < 2) {
            return false;
        }
        for (int i = 0; i < cur.size(); i++) {
            Cell a = prev.get(i);
            Cell b = cur.get(i);
            double o = a.box().xOverlap(b.box());
            if (o < ALIGNED * Math.min(a.box().width(), b.box().width())) {
                return false;
            }
        }
        return true;
    }

    private List<Cell> join(List<Cell> prev, List<Cell> cur) {
        List<Cell> out = new ArrayList<>(prev.size());
        for (int i = 0; i < prev.size(); i++) {
            Cell a = prev.get(i);
            Cell b = cur.get(i);
            List<TextLine> lines = new ArrayList<>(a.lines());
            lines.addAll(b.lines());
            Cell joined = new Cell(a.row(), a.col(), a.rowSpan(), a.colSpan(), lines, a.page(), a.box());
            replaced.put(b, joined);
            out.add(joined);
        }
        return out;
    }

    /**
     * The first row of a new page with its label cells joined to the label text the page break cut off: a cell with
     * no known label under a cell of the last row (lined up) that has none either, when the two texts together make a
     * label ("预算规模及资" | "金用途"). Other cells are kept.
     */
    private static List<Cell> joinCutLabels(HeaderBlockMapper.RowRef prev, List<Cell> first) {
        List<Cell> candidates = new ArrayList<>(prev.starting());
        candidates.addAll(prev.coveringFromAbove());
        List<Cell> out = new ArrayList<>(first.size());
        for (Cell b : first) {
            Cell joined = b;
            for (Cell a : candidates) {
                boolean aligned = a.box().xOverlap(b.box()) >= ALIGNED * Math.min(a.box().width(), b.box().width());
                if (!b.isEmpty() && !a.isEmpty() && aligned && Labels.header(b.text()).isEmpty()
                        && Labels.header(a.text()).isEmpty() && Labels.header(a.text() + b.text()).isPresent()) {
                    List<TextLine> lines = new ArrayList<>(a.lines());
                    lines.addAll(b.lines());
                    joined = new Cell(b.row(), b.col(), b.rowSpan(), b.colSpan(), lines, b.page(), b.box());
                    break;
                }
            }
            out.add(joined);
        }
        return out;
    }

    /**
     * Group labels of the last row that go on over the next page's first row: those that run to the page bottom
     * over several rows, and those standing above an empty cell of the first row (the page break cut a label cell
     * merged over both rows: its text is printed on the first part, its second part on the new page is blank).
     */
    private static List<Cell> groupsAtBottom(HeaderBlockMapper.RowRef prev, List<Cell> first) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : prev.starting()) {
            if (Labels.header(c.text()).isPresent() && (c.rowSpan() > 1 || abovePartOf(c, first))) {
                out.add(c);
            }
        }
        out.addAll(prev.coveringFromAbove());
        return out;
    }

    /** Whether an empty cell of {@code row} lines up with {@code label}. */
    private static boolean abovePartOf(Cell label, List<Cell> row) {
        for (Cell c : row) {
            if (c.isEmpty() && c.box().xOverlap(label.box())
                    >= ALIGNED * Math.min(c.box().width(), label.box().width())) {
                return true;
            }
        }
        return false;
    }
}
