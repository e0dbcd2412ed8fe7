package jixiao.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Writes the bands of one page of space-aligned text cell by cell. A band with a line of fund-plan periods is written
 * as the cells left of the periods (the label), the periods, then per period the amount under it (the amount cell
 * overlapping it most), or {@link LayoutText#EMPTY} for an empty cell; amounts of the next band count when the
 * period band had none (a blank line between the period row and the amount row).
 */
final class LayoutBand {
    private List<Chunk> pending = List.of();
    /** The line of the last written cell when it had one line, else -1. */
    private int lastSingle = -1;

    /**
     * Joins a band holding a line of periods with the bands of its label pieces (left of the periods) just above and
     * below it, and with the amount band under it (which may hold the label's last piece), blank lines between or not.
     */
    static List<List<Cell>> fundPlanBands(List<List<Cell>> bands) {
        List<List<Cell>> out = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            List<Chunk> periods = periodLine(bands.get(b));
            if (periods.isEmpty()) {
                out.add(bands.get(b));
                continue;
            }
            List<Cell> joined = new ArrayList<>(bands.get(b));
            int left = periods.get(0).x0();
            if (!out.isEmpty() && leftOf(out.get(out.size() - 1), left)) {
                joined.addAll(0, out.remove(out.size() - 1));
            }
            boolean amounts = false;
            while (b + 1 < bands.size() && !amounts) {
                List<Cell> next = bands.get(b + 1);
                if (leftOf(next, left)) {
                    joined.addAll(next);
                } else if (labelAndAmounts(next, left)) {
                    joined.addAll(next);
                    amounts = true;
                } else {
                    break;
                }
                b++;
            }
            out.add(joined);
        }
        return out;
    }

    /** Amounts, with pieces of the label left of the periods beside them ("计划   67.54"). */
    private static boolean labelAndAmounts(List<Cell> band, int x) {
        boolean amounts = false;
        for (Cell c : band) {
            if (amountCell(c)) {
                amounts = true;
            } else if (c.x1 > x) {
                return false;
            }
        }
        return amounts;
    }

    private static boolean leftOf(List<Cell> band, int x) {
        for (Cell c : band) {
            if (c.x1 > x) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes a band; a band of the header block holding two labels or more (rows with no blank line between) is
     * written label row by label row (see {@link LayoutRows}).
     */
    void write(List<Cell> band, StringBuilder out) {
        if (band instanceof LayoutText.GridRow) {
            lastSingle = -1;
            band.forEach(c -> writeCell(c, out, true));
            return;
        }
        List<List<Cell>> rows = LayoutRows.byLabels(band);
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0) {
                out.append('\n');
            }
            writeRow(rows.get(r), out);
        }
    }

    private void writeRow(List<Cell> band, StringBuilder out) {
        lastSingle = -1;
        List<Chunk> periods = periodLine(band);
        if (periods.isEmpty() && !pending.isEmpty() && allAmounts(band)) {
            writeAmounts(pending, band, out);
            pending = List.of();
            return;
        }
        pending = List.of();
        List<Cell> cells = new ArrayList<>(band);
        cells.sort(Comparator.comparingInt((Cell c) -> c.x0).thenComparingInt(c -> c.top));
        if (periods.isEmpty()) {
            // a label left of the rest comes first, though its value's lines start above it (centred on more lines)
            Cell label = leadingLabel(cells);
            cells.remove(label);
            cells = readingOrder(cells);
            if (label != null) {
                cells.add(0, label);
            }
            for (Cell c : cells) {
                writeCell(c, out);
            }
            return;
        }
        int line = periods.get(0).line();
        List<Cell> amounts = new ArrayList<>();
        List<Cell> rest = new ArrayList<>();
        for (Cell c : cells) {
            // the label: left of the periods, or a whole label starting left of them (its lines reach under them)
            boolean label = c.x1 <= periods.get(0).x0()
                    || c.x0 < periods.get(0).x0() && HeaderWords.label(LayoutText.text(c)).isPresent();
            if (label && !isPeriodCell(c, periods)) {
                writeCell(c, out);
            } else if (isPeriodCell(c, periods)) {
                Cell others = new Cell(); // nothing is lost: text joined to a period's cell is written after the plan
                c.chunks.stream().filter(ch -> !periods.contains(ch)).forEach(others::add);
                if (!others.chunks.isEmpty()) {
                    rest.add(others);
                }
            } else if (c.top > line && amountCell(c)) {
                amounts.add(c);
            } else {
                rest.add(c);
            }
        }
        for (Chunk p : periods) {
            out.append(p.text()).append('\n');
        }
        if (amounts.isEmpty()) {
            pending = periods;
        } else {
            writeAmounts(periods, amounts, out);
        }
        for (Cell c : rest) {
            writeCell(c, out);
        }
    }

    /**
     * The first label of cells sorted left to right, when no cell before it stands wholly left of it (an amount
     * squeezed under a label centred around it starts a little left of it), else null.
     */
    private static Cell leadingLabel(List<Cell> byX) {
        for (int i = 0; i < byX.size() && byX.size() > 1; i++) {
            Cell label = byX.get(i);
            if (HeaderWords.label(LayoutText.text(label)).isPresent()) {
                return byX.subList(0, i).stream().anyMatch(c -> c.x1 <= label.x0) ? null : label;
            }
        }
        return null;
    }

    /**
     * The cells of a band in reading order: a label cell left of all others that spans lines first (a merged row
     * label), then visual rows top to bottom — cells sharing their top line or centred within a line of each other —
     * each from left to right.
     */
    static List<Cell> readingOrder(List<Cell> byX) {
        List<Cell> out = new ArrayList<>();
        List<Cell> rest = new ArrayList<>(byX);
        if (rest.size() > 1 && rest.get(0).bottom > rest.get(0).top) {
            int end = 0;
            for (Chunk ch : rest.get(0).chunks) {
                end = Math.max(end, ch.end());
            }
            boolean leftOfAll = true;
            for (Cell c : rest.subList(1, rest.size())) {
                leftOfAll &= end <= c.x0;
            }
            if (leftOfAll) {
                out.add(rest.remove(0));
            }
        }
        int n = rest.size();
        int[] row = new int[n];
        for (int i = 0; i < n; i++) {
            row[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Cell a = rest.get(i);
                Cell b = rest.get(j);
                if (a.top == b.top || Math.abs(centre(a) - centre(b)) <= 1) {
                    int ri = find(row, i);
                    int rj = find(row, j);
                    row[Math.max(ri, rj)] = Math.min(ri, rj);
                }
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = find(row, i);
            int k = roots.indexOf(r);
            if (k < 0) {
                roots.add(r);
                rows.add(new ArrayList<>());
                k = rows.size() - 1;
            }
            rows.get(k).add(rest.get(i));
        }
        rows.sort(Comparator.comparingDouble(LayoutBand::meanCentre));
        for (List<Cell> r : rows) {
            out.addAll(r); // already left to right
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static double centre(Cell c) {
        return (c.top + c.bottom) / 2.0;
    }

    private static double meanCentre(List<Cell> row) {
        double sum = 0;
        for (Cell c : row) {
            sum += centre(c);
        }
        return sum / row.size();
    }

    private static void writeAmounts(List<Chunk> periods, List<Cell> amounts, StringBuilder out) {
        String[] at = new String[periods.size()];
        for (Cell a : amounts) {
            int best = -1;
            int bestOverlap = 0;
            for (int p = 0; p < periods.size(); p++) {
                Chunk pc = periods.get(p);
                int overlap = Math.min(pc.x1(), a.x1) - Math.max(pc.x0(), a.x0);
                if (overlap > bestOverlap) {
                    best = p;
                    bestOverlap = overlap;
                }
            }
            if (best < 0 || at[best] != null) {
                at = null; // an amount under no period, or two under one: the periods cannot be told
                break;
            }
            at[best] = LayoutText.text(a);
        }
        if (at == null) {
            for (Cell a : amounts) {
                out.append(LayoutText.text(a)).append('\n');
            }
            return;
        }
        for (String s : at) {
            out.append(s == null ? LayoutText.EMPTY : s).append('\n');
        }
    }

    /** The chunks of one line that are all fund-plan periods, two at least, left to right; else empty. */
    private static List<Chunk> periodLine(List<Cell> band) {
        List<List<Chunk>> byLine = new ArrayList<>();
        for (Cell c : band) {
            for (Chunk ch : c.chunks) {
                while (byLine.size() <= ch.line()) {
                    byLine.add(new ArrayList<>());
                }
                byLine.get(ch.line()).add(ch);
            }
        }
        for (List<Chunk> line : byLine) {
            long periods = line.stream().filter(ch -> Shapes.period(ch.text())).count();
            if (periods >= 2 && periods == line.stream().filter(ch -> !labelLike(ch)).count()) {
                List<Chunk> out = new ArrayList<>(line.stream().filter(ch -> Shapes.period(ch.text())).toList());
                out.sort(Comparator.comparingInt(Chunk::x0));
                return out;
            }
        }
        return List.of();
    }

    /** A chunk left of the periods on their line: a piece of the fund-plan label. */
    private static boolean labelLike(Chunk ch) {
        return !Shapes.period(ch.text()) && !Shapes.amountPart(ch.text());
    }

    private static boolean isPeriodCell(Cell c, List<Chunk> periods) {
        for (Chunk ch : c.chunks) {
            if (periods.contains(ch)) {
                return true;
            }
        }
        return false;
    }

    private static boolean amountCell(Cell c) {
        String t = LayoutText.text(c);
        return Shapes.amountPart(t) || Shapes.placeholder(t);
    }

    private static boolean allAmounts(List<Cell> band) {
        for (Cell c : band) {
            if (!amountCell(c)) {
                return false;
            }
        }
        return !band.isEmpty();
    }

    private void writeCell(Cell c, StringBuilder out) {
        writeCell(c, out, false);
    }

    /**
     * Writes a cell's lines; a one-line cell right of another one-line cell on the same line continues that output
     * line after a space, as text extracted in content order joins the cells of one baseline. A grid cell's lines
     * after its first are marked as going on with it ({@link Atom#GOES_ON}).
     */
    private void writeCell(Cell c, StringBuilder out, boolean grid) {
        if (c.chunks.size() == 1 && lastSingle >= 0 && c.chunks.get(0).line() == lastSingle && out.length() > 0
                && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
            out.append(grid ? "  " : " "); // two spaces in a grid: a single one may be a gap inside a cell
        }
        for (Chunk ch : c.chunks) {
            if (grid && ch != c.chunks.get(0)) {
                out.append(Atom.GOES_ON);
            }
            out.append(ch.text()).append('\n');
        }
        lastSingle = c.chunks.size() == 1 ? c.chunks.get(0).line() : -1;
    }
}
