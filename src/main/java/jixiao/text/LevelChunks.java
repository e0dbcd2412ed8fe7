package jixiao.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * The text of an indicator grid's level columns (一级/二级指标) in space-aligned text: which chunks inside them are
 * level text, and the merged level cells they make.
 */
final class LevelChunks {
    private LevelChunks() {
    }

    /**
     * Chunks inside the level columns that are lines of a grid cell: a wrapped cell whose first line stands past the
     * level columns and whose shorter line under it, centred, reaches back into them ("救助对象满" over "意度" in a
     * narrow 三级指标 column), or a cell standing right of a level-2 name on its lines ({@link #besideLevel2}). A
     * taxonomy name's pieces stay level text.
     */
    static Set<Chunk> gridLines(List<Chunk> all, int levelEdge, Map<Chunk, Cell> cellOf) {
        Set<Chunk> out = new HashSet<>();
        Set<Cell> level2 = new HashSet<>(); // cells of a level-2 name that is no level-1 name
        for (Chunk ch : all) {
            Cell cell = cellOf.get(ch);
            String text = cell == null ? "" : LayoutText.text(cell);
            if (ch.x1() <= levelEdge + 1 && Shapes.isLevel2(text) && !Shapes.isLevel1(text)) {
                level2.add(cell);
            }
        }
        for (Chunk ch : all) {
            Cell cell = cellOf.get(ch);
            if (ch.x1() > levelEdge + 1 || cell == null || Shapes.isTaxonomy(ch.text())
                    || Shapes.isTaxonomy(LayoutText.text(cell))) {
                continue;
            }
            Chunk head = cell.chunks.get(0);
            if (head != ch && head.line() < ch.line() && head.x1() > levelEdge + 1 && head.overlaps(ch)
                    || besideLevel2(cell, level2)) {
                out.add(ch);
            }
        }
        return out;
    }

    /**
     * Chunks starting in the level columns and reaching past them that are level names' lines all the same, which a
     * tool set on one line wider than their narrow column: a piece of a taxonomy name up to its 指 or 指标 (no
     * 三级指标 name ends so: "服务对象满意度指" / "标"), or one whose rest stands under it inside the level columns
     * ("服务对象满意度" over "指标", a line or two down).
     */
    static Set<Chunk> wideNames(List<Chunk> all, int levelEdge) {
        Set<Chunk> out = new HashSet<>();
        for (Chunk ch : all) {
            String t = Shapes.compact(ch.text());
            if (ch.x0() < levelEdge && ch.x1() > levelEdge + 1 && t.length() >= 4 && Shapes.taxonomyPrefix(t)
                    && (t.endsWith("指") || t.endsWith("指标") || restUnder(ch, t, all, levelEdge))) {
                out.add(ch);
            }
        }
        return out;
    }

    /** Whether a chunk inside the level columns a line or two under {@code ch}, across from it, ends its name. */
    private static boolean restUnder(Chunk ch, String t, List<Chunk> all, int levelEdge) {
        for (Chunk below : all) {
            if (below.line() > ch.line() && below.line() - ch.line() <= LayoutCells.MAX_LINE_STEP
                    && below.x1() <= levelEdge + 1 && below.x0() < ch.x1() && below.x1() > ch.x0()
                    && Shapes.isTaxonomy(t + Shapes.compact(below.text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cell stands wholly right of a level-2 name on lines it shares with it: a level column holds one cell
     * a row, so it is the next column's, a short 三级指标 name centred out into the level zone ("满意度" beside
     * "服务对象满意" / "度指标").
     */
    private static boolean besideLevel2(Cell cell, Set<Cell> level2) {
        for (Cell l : level2) {
            if (l != cell && l.x1 <= cell.x0 && l.top <= cell.bottom && l.bottom >= cell.top) {
                return true;
            }
        }
        return false;
    }

    /**
     * The level chunks with each one parted at a single space between a piece of a level-1 name in the 一级指标 column
     * and a piece of a level-2 name past its edge ({@code level1Edge}): the tool set the two columns' lines one space
     * apart ("满意度 服务对象" over "指标 满意度指" in narrow level columns).
     */
    static List<Chunk> parted(List<Chunk> chunks, int level1Edge) {
        List<Chunk> out = new ArrayList<>();
        for (Chunk ch : chunks) {
            String t = ch.text();
            int gap = t.indexOf(' ');
            Chunk after = gap > 0 ? ch.piece(gap + 1, t.length()) : null;
            if (after != null && t.indexOf(' ', gap + 1) < 0 && ch.x0() < level1Edge && after.x0() >= level1Edge
                    && Shapes.startsName(t.substring(0, gap), Shapes.LEVEL1) && Shapes.taxonomyPrefix(after.text())) {
                out.add(ch.piece(0, gap));
                out.add(after);
            } else {
                out.add(ch);
            }
        }
        return out;
    }

    /**
     * Level cells: a whole taxonomy name stands alone; other pieces continue the cell above them, but for one ending a
     * name ("响指标": every level name ends with 指标, the rest of a name cut by the page break). A piece that takes
     * the cell on toward a taxonomy name in the same level column joins it when their left edges are near, though they
     * share little: text after other text on its line is set a little left of where it is printed ("效益 经济" over
     * "     指标"); so does a piece ending the name that touches the line above ({@link #nameEnd}).
     * {@code level1Edge}: the right edge of the 一级指标 column.
     */
    static List<Cell> cells(List<Chunk> chunks, int level1Edge) {
        chunks.sort(Comparator.comparingInt(Chunk::line).thenComparingInt(Chunk::x0));
        List<Cell> out = new ArrayList<>();
        for (Chunk ch : chunks) {
            Cell into = null;
            for (Cell c : out) {
                Chunk lastChunk = c.chunks.get(c.chunks.size() - 1);
                String text = LayoutText.text(c);
                boolean sameColumn = lastChunk.x1() <= level1Edge + 1 == ch.x1() <= level1Edge + 1;
                boolean named = sameColumn && (Math.abs(lastChunk.x0() - ch.x0()) <= 2
                        && Shapes.taxonomyPrefix(text + ch.text()) || nameEnd(text, lastChunk, ch));
                if (ch.line() - lastChunk.line() <= 2 && ch.line() > lastChunk.line()
                        && (lastChunk.overlaps(ch) || named)
                        && !Shapes.isTaxonomy(text) && !text.endsWith("指标") && !Shapes.isTaxonomy(ch.text())
                        && (into == null || named)) {
                    into = c;
                }
            }
            if (into == null) {
                into = new Cell();
                out.add(into);
            }
            into.add(ch);
        }
        return out;
    }

    /**
     * Whether a chunk ends a level name wrapped in its narrow column (时效指 / 标) whose last line {@code last} the
     * tool set off its centre, touching it: the two make a taxonomy name the cell's text alone is not.
     */
    static boolean nameEnd(String text, Chunk last, Chunk c) {
        return !Shapes.isTaxonomy(text) && Shapes.isTaxonomy(text + c.text()) && c.x0() <= last.x1()
                && c.x1() >= last.x0();
    }
}
