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

    /** At most this share of the page's chunks may cross a column edge of the carried header for it to fit. */
    private static final double CROSSING = 0.05;

    /**
     * Whether the page's columns stand where the carried header's did (the layout tool placed them alike): few of
     * its chunks cross an edge between two header cells. Then the grid is read by the carried header's columns.
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
        for (Cell c : cells) {
            for (Chunk ch : c.chunks) {
                all++;
                for (int e : edges) {
                    if (ch.x0() < e && e < ch.x1() - 1) {
                        crossing++;
                        break;
                    }
                }
            }
        }
        return all > 0 && crossing <= CROSSING * all;
    }

    /**
     * The carried header moved onto this page's columns, when the page's text stands in as many columns as the
     * header names (runs of positions that chunks cover, parted by gutters no chunk crosses): the k-th header cell
     * over the k-th column. Empty when the counts differ (a column empty on this page, or two run together).
     */
    static Optional<List<Cell>> moved(List<Cell> header, List<Cell> cells) {
        List<int[]> spans = new ArrayList<>();
        for (Cell c : cells) {
            for (Chunk ch : c.chunks) {
                spans.add(new int[] {ch.x0(), ch.end()});
            }
        }
        spans.sort(Comparator.comparingInt(a -> a[0]));
        List<int[]> columns = new ArrayList<>();
        for (int[] s : spans) {
            int[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && s[0] < last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                columns.add(new int[] {s[0], s[1]});
            }
        }
        if (columns.size() != header.size()) {
            return Optional.empty();
        }
        List<Cell> sorted = new ArrayList<>(header);
        sorted.sort(Comparator.comparingInt((Cell c) -> c.x0));
        List<Cell> out = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            Cell moved = new Cell();
            moved.add(new Chunk(LayoutText.text(sorted.get(k)), sorted.get(k).top, columns.get(k)[0], columns.get(k)[1]));
            out.add(moved);
        }
        return Optional.of(out);
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
