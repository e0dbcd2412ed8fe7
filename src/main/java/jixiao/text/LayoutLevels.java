package jixiao.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jixiao.table.Meaning;
import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Puts the merged level cells of an indicator grid (一级指标, 二级指标) of space-aligned text where text in content
 * order has them: before the first row of their group. On the printed page a merged cell's text is centred on its
 * group, so it sits in the middle of the group's rows; its group is found back from that centre.
 *
 * <p>The level columns are known by the column header's cells (their extents on the page). After the header, the
 * cells of those columns are level cells; the other cells, grouped by overlapping lines, are the rows. Each level's
 * cells, top to bottom, take consecutive runs of rows: a run ends where the next run would no longer contain its
 * cell's centre, as close as possible to making the run's middle its cell's centre.
 */
final class LayoutLevels {
    private LayoutLevels() {
    }

    /**
     * The level columns of a grid, from its column header: the right edges of the 一级指标 zone ({@code level1}) and
     * of the 二级指标 zone ({@code levels}), midway between the header cells, the left edge of the 一级指标 header
     * cell ({@code level1Start}) and the right edge of the 二级指标 one ({@code level2End}).
     */
    record Zones(int level1, int levels, int level1Start, int level2End) {
        /**
         * Whether a level cell is of the 一级指标 column: it ends within the column's zone, or it is a level-1 name
         * that starts where the column's header starts and only its width (a layout tool's estimate) runs past the
         * zone ("满意度指" / "标" at the margin; a level-2 name set left where its line has no level-1 text starts
         * later).
         */
        private boolean levelOne(Cell c) {
            return c.x1 <= level1 + 1 || c.x0 <= level1Start + 1 && Shapes.isLevel1(LayoutText.text(c));
        }

        /**
         * Whether a level cell is of the 一级指标 column ({@link #levelOne(Cell)}), told among the grid's level cells: a
         * name of both levels (成本指标, 满意度指标) that only its start at the margin makes a level-1 name is a level-2
         * name where level-2 names of the grid start there too (a tool starts each line of a page at its first text)
         * and none of the level-2 names the taxonomy puts under it stands in the grid.
         */
        boolean levelOne(Cell c, List<Cell> levels) {
            if (!levelOne(c)) {
                return false;
            }
            String name = LayoutText.text(c);
            if (c.x1 <= level1 + 1 || !Shapes.isLevel2(name)) {
                return true;
            }
            boolean level2AtMargin = false;
            for (Cell o : levels) {
                String other = LayoutText.text(o);
                if (Shapes.isLevel2(other) && !Shapes.compact(other).equals(Shapes.compact(name))
                        && Shapes.under(other, name)) {
                    return true;
                }
                level2AtMargin |= Shapes.isLevel2(other) && !Shapes.isLevel1(other) && Math.abs(o.x0 - c.x0) <= 1;
            }
            return !level2AtMargin;
        }

        /**
         * The zones with the level columns' right edge moved left to where the level names end, when text that is
         * no level name starts right of every level name yet within the header's zone: a narrow 三级指标 column whose
         * header the tool set right of its text (its names centred under a header it printed wider). Such text lies
         * wholly in the zone, or it only starts there where the level names reach the 二级指标 header's own edge (a
         * column filled to its rules: "数量指" / "AB甲乙丙丁" one space on); text starting there beside names that
         * end short of that edge is a long 三级指标 name centred out into the zone. The header's edge stands otherwise.
         */
        Zones fitted(List<Cell> cells) {
            int namesEnd = -1;
            for (Cell c : cells) {
                if (c.x0 < levels && levelLike(LayoutText.text(c))) {
                    namesEnd = Math.max(namesEnd, c.x1);
                }
            }
            if (namesEnd < 0 || namesEnd > levels) {
                return this;
            }
            for (Cell c : cells) {
                boolean inZone = c.x1 <= levels + 1 || c.x0 < levels && namesEnd >= level2End;
                if (c.x0 >= namesEnd && inZone && !levelLike(LayoutText.text(c))) {
                    return new Zones(level1, namesEnd - 1, level1Start, level2End);
                }
            }
            return this;
        }

        /** A level name, whole or cut: a taxonomy name, the start of one, a name ending in 指标, or its last 标. */
        private static boolean levelLike(String text) {
            String c = Shapes.compact(text);
            return Shapes.isTaxonomy(c) || Shapes.taxonomyPrefix(c) || c.endsWith("指标") || c.equals("标");
        }
    }

    /** For a column-header band: its level columns' zones, else empty. */
    private static Optional<Zones> levelZones(List<Cell> band) {
        Cell l1 = null;
        Cell l2 = null;
        Cell next = null;
        List<Cell> sorted = new ArrayList<>(band);
        sorted.sort(Comparator.comparingInt(c -> c.x0));
        for (Cell c : sorted) {
            Optional<Meaning> r = HeaderWords.column(LayoutText.text(c));
            if (r.isEmpty()) {
                continue;
            }
            if (r.get() == Meaning.LEVEL1) {
                l1 = c;
            } else if (r.get() == Meaning.LEVEL2 && l1 != null) {
                l2 = c;
            } else if (l2 != null && next == null) {
                next = c;
            }
        }
        if (l1 == null || l2 == null || next == null) {
            return Optional.empty();
        }
        return Optional.of(new Zones((l1.x1 + l2.x0) / 2, (l2.x1 + next.x0) / 2, l1.x0, l2.x1));
    }

    /** What the rows above the first level cell's group may be: the end of a group begun on the page before. */
    enum Lead {
        /** The table starts here (its header block is above the column header): the first group starts the grid. */
        NONE,
        /** A column header of unknown standing: such rows cost a line. */
        COSTLY,
        /** The grid goes on from the page before: such rows are likely. */
        FREE
    }

    /** The grid's rows in order, each preceded by the level cells whose group it starts. */
    static List<List<Cell>> grid(List<Cell> header, List<Cell> cells) {
        return grid(header, cells, Lead.COSTLY);
    }

    /**
     * The grid's rows; {@code lead} tells whether its first rows may end a group whose level cell stands on the page
     * before.
     */
    static List<List<Cell>> grid(List<Cell> header, List<Cell> cells, Lead lead) {
        Optional<Zones> zone = levelZones(header);
        if (zone.isEmpty()) {
            return LayoutText.bands(cells);
        }
        Zones zones = zone.get().fitted(cells);
        List<Cell> l1 = new ArrayList<>();
        List<Cell> l2 = new ArrayList<>();
        List<List<Cell>> rows;
        List<Chunk> chunks = new ArrayList<>();
        Map<Chunk, Cell> cellOf = new HashMap<>();
        for (Cell c : cells) {
            // a level name wider than its column ("服务对象满意度指" / "标") runs past the zone's edge: still a level cell
            boolean level = c.x0 < zones.levels() && c.x1 > zones.levels() + 1 && Shapes.isTaxonomy(LayoutText.text(c));
            for (Chunk ch : c.chunks) {
                Chunk put = level ? new Chunk(ch.text(), ch.line(), ch.x0(), Math.min(ch.x1(), zones.levels())) : ch;
                chunks.add(put);
                cellOf.put(put, c);
            }
        }
        Optional<LayoutGrid.Result> read = LayoutGrid.read(header, chunks, zones, cellOf, lead);
        if (read.isPresent()) {
            rows = read.get().rows();
            for (Cell c : read.get().levels()) {
                (zones.levelOne(c, read.get().levels()) ? l1 : l2).add(c);
            }
        } else {
            List<Cell> rest = new ArrayList<>();
            for (Cell c : cells) {
                if (zones.levelOne(c, cells)) {
                    l1.add(c);
                } else if (c.x0 >= zones.level1() - 1 && c.x1 <= zones.levels() + 1) {
                    l2.add(c);
                } else {
                    rest.add(c);
                }
            }
            rows = LayoutText.bands(rest);
        }
        // one alignment for the table: the level-2 column's readings, ties told by the level-1 groups they make
        PaddedRows printed = new PaddedRows(rows);
        GroupAlignment.Readings read2 = GroupAlignment.read(l2, printed, lead);
        GroupAlignment.Readings read1 = GroupAlignment.read(l1, printed, lead);
        Map<GroupAlignment.Align, Optional<int[]>> taxonomy = new EnumMap<>(GroupAlignment.Align.class);
        for (GroupAlignment.Align a : GroupAlignment.Align.values()) {
            taxonomy.put(a, byTaxonomy(l1, l2, read2.starts(a)));
        }
        GroupAlignment.Align align = GroupAlignment.choose(read2, a -> l1.size() < 2 || rows.isEmpty() ? 0
                : GroupAlignment.fitMiss(l1, printed, taxonomy.get(a).orElse(read1.starts(a)), a, lead));
        int[] start2 = read2.starts(align);
        // level-1 names outside the taxonomy are read by their own column's alignment
        int[] start1 = taxonomy.get(align).orElseGet(() -> read1.starts(GroupAlignment.choose(read1, a -> 0)));
        List<List<Cell>> out = new ArrayList<>();
        for (int r = 0; r <= rows.size(); r++) {
            addStarting(l1, start1, r, out);
            addStarting(l2, start2, r, out);
            if (r < rows.size()) {
                out.add(rows.get(r));
            }
        }
        return out;
    }

    private static void addStarting(List<Cell> levels, int[] starts, int row, List<List<Cell>> out) {
        for (int k = 0; k < levels.size(); k++) {
            if (starts[k] == row) {
                out.add(List.of(levels.get(k)));
            }
        }
    }

    /**
     * The first row of each level-1 cell's group read from the level-2 groups: a level-1 group starts with the
     * first level-2 group after the previous one's start whose name the taxonomy puts under it. Empty when a
     * level-1 cell finds none (names outside the taxonomy: the centres decide then). A name the page break cut
     * ("满意度", its rest on the next page) counts as the one taxonomy name it starts, if one.
     */
    static Optional<int[]> byTaxonomy(List<Cell> l1, List<Cell> l2, int[] start2) {
        l1.sort(Comparator.comparingDouble(LayoutLevels::centre));
        if (l1.isEmpty() || l2.isEmpty()) {
            return Optional.empty();
        }
        int[] out = new int[l1.size()];
        int j = 0;
        for (int k = 0; k < l1.size(); k++) {
            String name = Shapes.completed(LayoutText.text(l1.get(k)), Shapes.LEVEL1);
            if (!Shapes.isLevel1(name)) {
                return Optional.empty();
            }
            while (j < l2.size() && !isUnder(LayoutText.text(l2.get(j)), name)) {
                j++;
            }
            if (j >= l2.size() || k > 0 && start2[j] <= out[k - 1]) {
                return Optional.empty();
            }
            out[k] = start2[j];
            j++;
        }
        return Optional.of(out);
    }

    /** Whether a level-2 cell's name (or the one a page break cut it from) is a taxonomy name under {@code name}. */
    private static boolean isUnder(String level2, String name) {
        String n2 = Shapes.completed(level2, Shapes.LEVEL2);
        return Shapes.isLevel2(n2) && Shapes.under(n2, name);
    }

    private static double centre(Cell c) {
        return (c.top + c.bottom) / 2.0;
    }
}
