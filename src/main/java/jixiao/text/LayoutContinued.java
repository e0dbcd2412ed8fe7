package jixiao.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
