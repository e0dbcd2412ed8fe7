package jixiao.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jixiao.table.Meaning;
import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * The top of a page whose grid goes on from the page before without a repeated column header. A layout tool lays
 * each page out on its own, so the same column may sit elsewhere on the next page: the carried header's columns are
 * used where the page's text stands in them, else moved onto the page's gutters, else used as they are where the
 * page's text strays across any gutter (a narrow grid set a few columns off, line by line). Other text (too little
 * to tell, a column empty) cannot be placed in columns, and without a header its aligned chunks would link into
 * column-long cells; so it is written as text in reading order is, line by line and each line left to right, and
 * the reader rejoins the cells by the grid's structure (the taxonomy, the shapes of values and bases), as it does
 * for {@code pdftotext -raw}.
 */
final class LayoutContinued {
    /** The most pieces a level name wraps into in its column. */
    private static final int MAX_PIECES = 4;

    private LayoutContinued() {
    }

    /** The level columns (一级/二级指标) that lead a grid's header. */
    private static final int LEVEL_COLUMNS = 2;
    /** How far right of where the level-2 names start a name of either level may start and be one of them. */
    private static final int NAME_SLACK = 2;
    /** At most this share of the page's chunks may cross a column edge of the carried header for it to fit. */
    private static final double CROSSING = 0.05;
    /** The share of chunks that may cross the gutters of a narrow grid whose text strays across its columns. */
    private static final double STRAYING = 0.3;
    /** The fewest chunks that tell a grid straying across its columns (a few lines part into any columns). */
    private static final int MIN_STRAYING_CHUNKS = 20;

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
     * cell over the k-th column. Level cells are known by their names: when the header leads with the two level
     * columns and the page holds a whole taxonomy name, only the other cells are parted by gutters, and the level
     * columns start at their names. Empty when no parting keeps all but a few chunks clear of the gutters (a column
     * empty on this page, or text the columns cannot tell apart).
     */
    static Optional<List<Cell>> moved(List<Cell> header, List<Cell> cells) {
        return moved(header, cells, CROSSING);
    }

    /**
     * Whether the page's grid goes on in the carried header's columns though its text strays across their edges (a
     * narrow grid whose text the tool set a few columns off, line by line): its text parts into as many columns as
     * the header names, each holding text, when up to {@link #STRAYING} of its chunks may cross the gutters. Its rows
     * are read by the carried columns then; a page with a column empty (a grid set elsewhere), whose text no gutters
     * part, or with too little text to tell, is not.
     */
    static boolean strays(List<Cell> header, List<Cell> cells) {
        int chunks = 0;
        for (Cell c : cells) {
            chunks += c.chunks.size();
        }
        return chunks >= MIN_STRAYING_CHUNKS && moved(header, cells, STRAYING).isPresent();
    }

    private static Optional<List<Cell>> moved(List<Cell> header, List<Cell> cells, double crossing) {
        List<Chunk> chunks = chunksOf(cells);
        int k = header.size();
        if (chunks.isEmpty() || k < 2) {
            return Optional.empty();
        }
        List<Cell> sorted = new ArrayList<>(header);
        sorted.sort(Comparator.comparingInt((Cell c) -> c.x0));
        Gutters gutters = new Gutters(chunks);
        int width = gutters.width();
        int[] lo = byLevelNames(sorted, cells, width, crossing)
                .or(() -> byGutters(sorted, gutters, chunks.size() * crossing, width, chunks)).orElse(null);
        if (lo == null) {
            return Optional.empty();
        }
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
            moved.measured = true;
            out.add(moved);
        }
        return Optional.of(out);
    }

    /** Each column's left edge (and the page's width + 1 after the last), the page parted by gutters alone. */
    private static Optional<int[]> byGutters(List<Cell> sorted, Gutters gutters, double maxCrossed, int width,
                                             List<Chunk> chunks) {
        return Optional.ofNullable(gutters.columnStarts(scaledEdges(sorted, width, 0), maxCrossed,
                Gutters.Anchored.signs(sorted, 0, chunks)));
    }

    /**
     * Each column's left edge when the header leads with 一级指标 and 二级指标 and the page holds a whole taxonomy
     * name: the level columns start at their names (a level column without one on this page just before the next),
     * the other cells are parted by gutters, or by the cells themselves where no gutter parts them (a narrow grid
     * whose long lines reach under the next column: {@link CellColumns}). A level-2 name starting where the level-1
     * names start (a tool starting each line at its first text sets it at the margin when no level-1 text stands on
     * its line) leaves the level-2 column starting just after the level-1 column's start. Empty otherwise, or when the
     * names do not stand left of the rest.
     */
    private static Optional<int[]> byLevelNames(List<Cell> sorted, List<Cell> cells, int width, double crossing) {
        int k = sorted.size();
        if (k <= LEVEL_COLUMNS + 1
                || HeaderWords.column(LayoutText.text(sorted.get(0))).orElse(null) != Meaning.LEVEL1
                || HeaderWords.column(LayoutText.text(sorted.get(1))).orElse(null) != Meaning.LEVEL2) {
            return Optional.empty();
        }
        int level1 = Integer.MAX_VALUE;
        int level2 = Integer.MAX_VALUE;
        int levelEnd = -1;
        List<Cell> restCells = new ArrayList<>();
        List<Cell> both = new ArrayList<>(); // names of either level (成本指标, 满意度指标)
        for (Cell c : cells) {
            String t = LayoutText.text(c);
            if (Shapes.isLevel1(t) && Shapes.isLevel2(t)) {
                both.add(c);
                levelEnd = Math.max(levelEnd, c.x1);
            } else if (Shapes.isLevel1(t)) {
                level1 = Math.min(level1, c.x0);
                levelEnd = Math.max(levelEnd, c.x1);
            } else if (Shapes.isLevel2(t)) {
                level2 = Math.min(level2, c.x0);
                levelEnd = Math.max(levelEnd, c.x1);
            } else {
                restCells.add(c);
            }
        }
        for (Cell c : both) {
            // a name of either level starting where the level-2 names start is one of them (the level-1 column is
            // left of theirs); one elsewhere is taken for a level-1 name
            if (c.x0 >= level2 && c.x0 - level2 <= NAME_SLACK) {
                level2 = Math.min(level2, c.x0);
            } else {
                level1 = Math.min(level1, c.x0);
            }
        }
        int namesEnd = levelEnd;
        restCells.removeIf(c -> c.x1 <= namesEnd); // pieces of a level name ("服务对" / "象满意" / "度指标")
        List<Chunk> rest = new ArrayList<>();
        restCells.forEach(c -> rest.addAll(c.chunks));
        if (levelEnd < 0 || rest.isEmpty()) {
            return Optional.empty();
        }
        int[] starts = new Gutters(rest).columnStarts(scaledEdges(sorted, width, LEVEL_COLUMNS),
                crossing * rest.size(), Gutters.Anchored.signs(sorted, LEVEL_COLUMNS, rest));
        if (starts == null) {
            starts = CellColumns.starts(restCells, k - LEVEL_COLUMNS, width);
        }
        if (starts == null) {
            return Optional.empty();
        }
        int[] lo = new int[k + 1];
        System.arraycopy(starts, 0, lo, LEVEL_COLUMNS, starts.length);
        lo[1] = level2 < Integer.MAX_VALUE ? level2 : lo[LEVEL_COLUMNS] - 1;
        lo[0] = level1 < Integer.MAX_VALUE ? level1 : Math.min(0, lo[1] - 1);
        if (lo[1] == lo[0]) {
            // a tool that starts each line at its first text sets a level-2 name with no level-1 text on its line
            // where the level-1 names start: the level-2 column is known by its names, and starts just after (names
            // left of the level-1 ones tell no such margin; the page's gutters part it then, as before)
            lo[1] = lo[0] + 1;
        }
        boolean ordered = lo[0] < lo[1] && lo[1] < lo[LEVEL_COLUMNS] && levelEnd <= lo[LEVEL_COLUMNS] + 1;
        return ordered ? Optional.of(lo) : Optional.empty();
    }

    /**
     * The edges between the header's cells from the {@code from}-th on, scaled from the header's width to the page's:
     * where the columns would part if the layout tool had only narrowed or widened the page.
     */
    private static int[] scaledEdges(List<Cell> sorted, int width, int from) {
        int headerWidth = 1;
        for (Cell c : sorted) {
            headerWidth = Math.max(headerWidth, c.x1);
        }
        int[] out = new int[sorted.size() - 1 - from];
        for (int k = 0; k < out.length; k++) {
            double edge = (sorted.get(from + k).x1 + sorted.get(from + k + 1).x0) / 2.0;
            out[k] = (int) Math.round(edge * width / headerWidth);
        }
        return out;
    }

    /**
     * Whether the chunk is the rest of a level name whose start the page break left on the page before: it stands
     * in the level columns and ends a taxonomy name, and no chunk above it on this page starts that name
     * ("服务对象满意" over "度指标" is a name wrapped within the page).
     */
    private static boolean cutRest(Chunk ch, List<Chunk> page, int levelEdge) {
        if (ch.x1() > levelEdge + 1 || !Shapes.taxonomyRest(ch.text())) {
            return false;
        }
        for (Chunk above : page) {
            if (above.line() < ch.line() && Shapes.isTaxonomy(above.text() + ch.text())) {
                return false;
            }
        }
        // the pieces over it, nearest first, may spell the name with it ("满意" / "度指" / "标")
        List<Chunk> over = page.stream().filter(a -> a.line() < ch.line() && a.x1() <= levelEdge + 1
                && Math.min(a.x1(), ch.x1()) > Math.max(a.x0(), ch.x0()))
                .sorted(Comparator.comparingInt(Chunk::line).reversed()).toList();
        String name = ch.text();
        for (int k = 0; k < over.size() && k < MAX_PIECES; k++) {
            name = over.get(k).text() + name;
            if (Shapes.isTaxonomy(name)) {
                return false;
            }
        }
        return true;
    }

    /** A continued page's cells: the rests of level names the page break cut, and the grid's other cells. */
    record Rests(List<Cell> cut, List<Cell> grid) {
    }

    /**
     * The cells of a page a grid goes on to that are the rests of level names the page break cut ({@link #cutRest}),
     * cells of one chunk, apart from the others. A cell whose first chunk is such a rest and whose other chunks start
     * a name of their own is parted in two first: "标" atop the page over "服务对象满意" / "度指标" ends the name the
     * page before left cut, the lines under it are the next group's name.
     */
    static Rests rests(List<Cell> cells, int levelEdge) {
        Set<Chunk> rests = restChunks(chunksOf(cells), levelEdge);
        List<Cell> cut = new ArrayList<>();
        List<Cell> grid = new ArrayList<>();
        for (Cell c : cells) {
            if (rests.contains(c.chunks.get(0))) {
                Cell rest = new Cell();
                rest.add(c.chunks.get(0));
                cut.add(rest);
                if (c.chunks.size() > 1) {
                    Cell under = new Cell();
                    c.chunks.subList(1, c.chunks.size()).forEach(under::add);
                    grid.add(under);
                }
            } else {
                grid.add(c);
            }
        }
        return new Rests(cut, grid);
    }

    /** The chunks of the page that are rests of level names the page break cut ({@link #cutRest}). */
    private static Set<Chunk> restChunks(List<Chunk> chunks, int levelEdge) {
        Set<Chunk> rests = new HashSet<>();
        for (Chunk ch : chunks) {
            if (cutRest(ch, chunks, levelEdge)) {
                rests.add(ch);
            }
        }
        return rests;
    }

    private static List<Chunk> chunksOf(List<Cell> cells) {
        List<Chunk> chunks = new ArrayList<>();
        for (Cell c : cells) {
            chunks.addAll(c.chunks);
        }
        return chunks;
    }

    /**
     * The page's text line by line, each line left to right; the rests of merged level names the page break cut
     * first ({@link #cutRest}, by the carried header's {@code levelEdge}, -1 if unknown: "满意度指" / "标"): they go on
     * their cells before the row's other cells go on theirs, as after a repeated header. (A whole level name starts
     * a group, whose place among the lines it keeps.)
     */
    static List<List<Cell>> rows(List<Cell> cells, int levelEdge) {
        List<Chunk> chunks = chunksOf(cells);
        Set<Chunk> rests = restChunks(chunks, levelEdge);
        chunks.sort(Comparator.comparing((Chunk ch) -> !rests.contains(ch)).thenComparingInt(Chunk::line)
                .thenComparingInt(Chunk::x0));
        List<List<Cell>> out = new ArrayList<>();
        List<Cell> line = null;
        for (Chunk ch : chunks) {
            if (line == null || ch.line() != line.get(line.size() - 1).top) {
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
