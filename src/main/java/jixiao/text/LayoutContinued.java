package jixiao.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * The top of a page whose grid goes on from the page before without a repeated column header. Its columns cannot be
 * placed (a layout tool lays each page out on its own: the same column sits elsewhere on the next page), and without
 * a header its aligned chunks would link into column-long cells; so its text is written as text in reading order
 * is, line by line and each line left to right, and the reader rejoins the cells by the grid's structure (the
 * taxonomy, the shapes of values and bases), as it does for {@code pdftotext -raw}.
 */
final class LayoutContinued {
    private LayoutContinued() {
    }

    /** The level columns (一级/二级指标) that lead a grid's header. */
    private static final int LEVEL_COLUMNS = 2;
    /** At most this share of the page's chunks may cross a column edge of the carried header for it to fit. */
    private static final double CROSSING = 0.05;

    /**
     * Whether the page's columns stand where the carried header's did (the layout tool placed them alike): few of
     * its chunks cross an edge between two header cells, and every column after the level columns holds the start
     * of some chunk. Then the grid is read by the carried header's columns.
     */
    static boolean fits(List<Cell> header, List<Cell> cells) {
        List<Cell> sorted = new ArrayList<>(header);
        sorted.sort(Comparator.comparingInt((Cell c) -> c.x0));
        int[] edges = new int[Math.max(0, sorted.size() - 1)];
        for (int k = 0; k + 1 < sorted.size(); k++) {
            edges[k] = (sorted.get(k).x1 + sorted.get(k + 1).x0) / 2;
        }
        int all = 0;
        int crossing = 0;
        boolean[] started = new boolean[sorted.size()];
        for (Cell c : cells) {
            for (Chunk ch : c.chunks) {
                all++;
                for (int e : edges) {
                    if (ch.x0() < e && e < ch.x1() - 1) {
                        crossing++;
                        break;
                    }
                }
                int k = 0;
                while (k < edges.length && ch.x0() >= edges[k]) {
                    k++;
                }
                started[k] = true;
            }
        }
        // the columns right of the level columns each hold some text (the level cells may stand on the page before)
        for (int k = LEVEL_COLUMNS; k < started.length; k++) {
            if (!started[k]) {
                return false;
            }
        }
        return all > 0 && crossing <= CROSSING * all;
    }

    /**
     * The carried header moved onto this page's columns: the page's text parted into as many columns as the header
     * names by the gutters its chunks cross least (every column holding the start of some chunk), the k-th header
     * cell over the k-th column. Empty when no such parting keeps all but a few chunks clear of the gutters (a
     * column empty on this page, or text the columns cannot tell apart).
     */
    static Optional<List<Cell>> moved(List<Cell> header, List<Cell> cells) {
        List<Chunk> chunks = new ArrayList<>();
        for (Cell c : cells) {
            chunks.addAll(c.chunks);
        }
        int k = header.size();
        if (chunks.isEmpty() || k < 2) {
            return Optional.empty();
        }
        int width = 0;
        for (Chunk ch : chunks) {
            width = Math.max(width, ch.end());
        }
        int[] crossing = new int[width + 1];
        int[] startsBefore = new int[width + 2]; // chunks starting left of each position
        for (Chunk ch : chunks) {
            for (int p = ch.x0() + 1; p < ch.end(); p++) {
                crossing[p]++;
            }
            startsBefore[ch.x0() + 1]++;
        }
        for (int p = 1; p <= width + 1; p++) {
            startsBefore[p] += startsBefore[p - 1];
        }
        int[] cuts = cuts(crossing, startsBefore, k - 1, width);
        if (cuts == null) {
            return Optional.empty();
        }
        int crossed = 0;
        for (int c : cuts) {
            crossed += crossing[c];
        }
        if (crossed > CROSSING * chunks.size()) {
            return Optional.empty();
        }
        int[] lo = new int[k + 1];
        lo[k] = width + 1;
        for (int col = 0; col < k; col++) {
            int from = col == 0 ? 0 : cuts[col - 1];
            int to = col + 1 < k ? cuts[col] : width + 1;
            lo[col] = Integer.MAX_VALUE;
            for (Chunk ch : chunks) {
                if (from <= ch.x0() && ch.x0() < to) {
                    lo[col] = Math.min(lo[col], ch.x0());
                }
            }
        }
        List<Cell> sorted = new ArrayList<>(header);
        sorted.sort(Comparator.comparingInt((Cell c) -> c.x0));
        List<Cell> out = new ArrayList<>();
        for (int col = 0; col < k; col++) {
            // a column reaches from its leftmost chunk to its widest chunk's end, short of the next column's text
            int x1 = lo[col] + 1;
            for (Chunk ch : chunks) {
                if (lo[col] <= ch.x0() && ch.x0() < lo[col + 1]) {
                    x1 = Math.max(x1, Math.min(ch.x1(), lo[col + 1] - 1));
                }
            }
            Cell moved = new Cell();
            moved.add(new Chunk(LayoutText.text(sorted.get(col)), sorted.get(col).top, lo[col], x1));
            out.add(moved);
        }
        return Optional.of(out);
    }

    /**
     * {@code n} cut positions, left to right, crossed by the fewest chunks in all, such that every column between
     * two cuts (and before the first, after the last) holds the start of a chunk; null when there is no such parting.
     */
    private static int[] cuts(int[] crossing, int[] startsBefore, int n, int width) {
        double inf = Double.MAX_VALUE;
        double[][] cost = new double[n][width + 1];
        int[][] from = new int[n][width + 1];
        for (int p = 1; p <= width; p++) {
            cost[0][p] = startsBefore[p] > 0 ? crossing[p] : inf;
        }
        for (int j = 1; j < n; j++) {
            for (int p = 1; p <= width; p++) {
                cost[j][p] = inf;
                for (int q = 1; q < p; q++) {
                    if (cost[j - 1][q] < inf && startsBefore[p] > startsBefore[q]
                            && cost[j - 1][q] + crossing[p] < cost[j][p]) {
                        cost[j][p] = cost[j - 1][q] + crossing[p];
                        from[j][p] = q;
                    }
                }
            }
        }
        int best = -1;
        for (int p = 1; p <= width; p++) {
            if (cost[n - 1][p] < inf && startsBefore[width + 1] > startsBefore[p]
                    && (best < 0 || cost[n - 1][p] < cost[n - 1][best])) {
                best = p;
            }
        }
        if (best < 0) {
            return null;
        }
        int[] out = new int[n];
        for (int j = n - 1; j >= 0; j--) {
            out[j] = best;
            best = from[j][best];
        }
        return out;
    }

    static List<List<Cell>> rows(List<Cell> cells) {
        List<Chunk> chunks = new ArrayList<>();
        for (Cell c : cells) {
            chunks.addAll(c.chunks);
        }
        chunks.sort(Comparator.comparingInt(Chunk::line).thenComparingInt(Chunk::x0));
        List<List<Cell>> out = new ArrayList<>();
        List<Cell> line = null;
        for (Chunk ch : chunks) {
            if (line == null || ch.line() != line.get(0).top) {
                line = new ArrayList<>();
                out.add(line);
            }
            Cell c = new Cell();
            c.add(ch);
            line.add(c);
        }
        return out;
    }
}
