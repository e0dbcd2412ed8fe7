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
