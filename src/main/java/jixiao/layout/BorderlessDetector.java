package jixiao.layout;

import java.util.ArrayList;
import java.util.List;

import jixiao.pdf.Glyph;
import jixiao.table.Table;

/**
 * Finds tables drawn without rulings among a page's free glyphs: runs of lines that split into several chunks at
 * wide gaps. Each run is rebuilt by {@link AlignedTableBuilder}; glyphs outside any run are returned as free text.
 */
final class BorderlessDetector {
    /** A gap wider than this many glyph sizes separates two cells on a line. */
    static final double CELL_GAP = 0.6;
    /** Lines further apart than this many glyph sizes do not belong to one table. */
    static final double MAX_LINE_GAP = 2.5;
    /** A run needs this many multi-chunk lines to be a table. */
    static final int MIN_TABLE_LINES = 3;

    /** The tables found and the left-over glyphs, already grouped into lines. */
    record Result(List<Table> tables, List<List<Glyph>> restLines) {
    }

    private BorderlessDetector() {
    }

    static Result detect(List<Glyph> free, int page, Tolerances tol) {
        List<List<Glyph>> lines = LineBuilder.glyphLines(free);
        if (lines.size() < MIN_TABLE_LINES) {
            return new Result(List.of(), lines);
        }
        List<List<Chunk>> chunked = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            List<Chunk> cs = Chunk.split(lines.get(i), i, page, tol);
            chunked.add(cs);
            for (Chunk c : cs) {
                minX = Math.min(minX, c.box().x0());
                maxX = Math.max(maxX, c.box().x1());
            }
        }
        double width = maxX - minX;
        List<Table> tables = new ArrayList<>();
        List<Glyph> rest = new ArrayList<>();
        int i = 0;
        int done = -1;
        while (i < chunked.size()) {
            int j = runEnd(chunked, i, width, tol);
            if (j > i && multiChunkLines(chunked, i, j) >= MIN_TABLE_LINES) {
                int s = runStart(chunked, i, done, width, tol);
                for (int k = s; k < i; k++) {
                    for (Chunk c : chunked.get(k)) {
                        rest.removeAll(c.glyphs());
                    }
                }
                List<Chunk> run = ColumnEdges.splitAtEdges(chunked.subList(s, j + 1), page, tol);
                done = j;
                tables.add(AlignedTableBuilder.build(run, page, tol));
                i = j + 1;
            } else {
                for (Chunk c : chunked.get(i)) {
                    rest.addAll(c.glyphs());
                }
                i++;
            }
        }
        if (tables.isEmpty()) {
            return new Result(List.of(), lines); // the common case: the lines are grouped once
        }
        for (Glyph g : free) {
            if (g.isSpace() || !g.upright()) {
                rest.add(g);
            }
        }
        return new Result(tables, LineBuilder.glyphLines(rest));
    }

    /** The last line index of a table run starting at {@code start}, or {@code start} when none starts there. */
    private static int runEnd(List<List<Chunk>> lines, int start, double width, Tolerances tol) {
        if (lines.get(start).size() < 2) {
            return start;
        }
        double size = tol.glyphSize();
        int end = start;
        int lastMulti = start;
        for (int k = start + 1; k < lines.size(); k++) {
            List<Chunk> line = lines.get(k);
            List<Chunk> prev = lines.get(k - 1);
            if (line.isEmpty() || prev.isEmpty()) {
                break;
            }
            double gap = line.get(0).box().top() - maxBottom(prev);
            if (gap > MAX_LINE_GAP * size || maxSize(line) > 1.25 * size) {
                break; // a wide gap, or a heading in a larger font
            }
            if (line.size() >= 2) {
                lastMulti = k;
            }
            end = k;
        }
        // trailing single-chunk lines stay only when they are narrow and sit under a cell of the run
        int keep = lastMulti;
        for (int k = lastMulti + 1; k <= end; k++) {
            Chunk c = lines.get(k).get(0);
            if (c.box().width() > 0.6 * width || !underRun(c, lines, Math.max(start, k - 2), k - 1)) {
                break;
            }
            keep = k;
        }
        return keep;
    }

    /** Narrow single-chunk lines just above a run that sit over one of its cells (a header cell's first line). */
    private static int runStart(List<List<Chunk>> lines, int start, int floor, double width, Tolerances tol) {
        int s = start;
        while (s - 1 > floor) {
            List<Chunk> line = lines.get(s - 1);
            if (line.size() != 1) {
                break;
            }
            Chunk c = line.get(0);
            double gap = lines.get(s).get(0).box().top() - c.box().bottom();
            if (c.box().width() > 0.6 * width || gap > 0.8 * tol.glyphSize() || maxSize(line) > 1.25 * tol.glyphSize()
                    || !underRun(c, lines, s, Math.min(s + 1, lines.size() - 1))) {
                break;
            }
            s--;
        }
        return s;
    }

    private static double maxSize(List<Chunk> line) {
        double m = 0;
        for (Chunk c : line) {
            m = Math.max(m, c.line().size());
        }
        return m;
    }

    private static boolean underRun(Chunk c, List<List<Chunk>> lines, int from, int to) {
        for (int k = from; k <= to; k++) {
            for (Chunk o : lines.get(k)) {
                if (o.box().xOverlap(c.box()) > 0.5 * Math.min(o.box().width(), c.box().width())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double maxBottom(List<Chunk> line) {
        double b = -Double.MAX_VALUE;
        for (Chunk c : line) {
            b = Math.max(b, c.box().bottom());
        }
        return b;
    }

    private static int multiChunkLines(List<List<Chunk>> lines, int from, int to) {
        int n = 0;
        for (int k = from; k <= to; k++) {
            if (lines.get(k).size() >= 2) {
                n++;
            }
        }
        return n;
    }
}
