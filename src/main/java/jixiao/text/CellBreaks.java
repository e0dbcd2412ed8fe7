package jixiao.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Cells of an indicator grid that {@link LayoutCells} joined over a row boundary: the next row's value under the
 * basis above it ("相关政策文件" over "负增长", aligned by chance, a line of the row above between them). A line on
 * which the cells left of a cell's line all start, each under a cell of its column that ends just above it, starts a
 * row; a cell going on over it parts there, its lines from that one on a cell of their own.
 */
final class CellBreaks {
    /** The fewest columns whose cells part just above a line for it to start a row surely. */
    private static final int MIN_PARTED = 2;

    private CellBreaks() {
    }

    /** Parts the cells of {@code chunks} (a grid's, level cells left out) at the rows they run over, in cellOf. */
    static void part(List<Chunk> chunks, Map<Chunk, Cell> cellOf) {
        Map<Integer, List<Chunk>> byLine = new HashMap<>();
        Set<Cell> cells = new LinkedHashSet<>();
        for (Chunk ch : chunks) {
            byLine.computeIfAbsent(ch.line(), x -> new ArrayList<>()).add(ch);
            Cell cell = cellOf.get(ch);
            if (cell != null && cell.bottom > cell.top) {
                cells.add(cell);
            }
        }
        for (Cell cell : cells) {
            List<Chunk> lines = new ArrayList<>(cell.chunks);
            lines.sort((a, b) -> Integer.compare(a.line(), b.line()));
            for (Chunk o : lines) {
                if (o.line() > cell.top && startsRow(o, byLine, cellOf)) {
                    Cell above = new Cell();
                    Cell below = new Cell();
                    for (Chunk c : lines) {
                        (c.line() < o.line() ? above : below).add(c);
                        cellOf.put(c, c.line() < o.line() ? above : below);
                    }
                    break;
                }
            }
        }
    }

    /**
     * Whether every chunk left of {@code o} on its line starts its cell there, and at least {@link #MIN_PARTED} of
     * them stand under another cell that ends on the line just above.
     */
    private static boolean startsRow(Chunk o, Map<Integer, List<Chunk>> byLine, Map<Chunk, Cell> cellOf) {
        int l = o.line();
        int parted = 0;
        for (Chunk c : byLine.getOrDefault(l, List.of())) {
            if (c.x1() > o.x0()) {
                continue;
            }
            Cell cell = cellOf.get(c);
            if (cell != null && cell.top != l) {
                return false; // a cell going on over the line: no row starts there
            }
            for (Chunk a : byLine.getOrDefault(l - 1, List.of())) {
                Cell up = cellOf.get(a);
                if (up != null && up != cell && up.bottom == l - 1 && a.x0() <= c.x1() && c.x0() <= a.x1()) {
                    parted++;
                    break;
                }
            }
        }
        return parted >= MIN_PARTED;
    }
}
