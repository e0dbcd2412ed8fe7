package jixiao.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Parts a row's value lines where two groups of one level column meet. A merged level cell's name is printed within
 * its group's rows, and a row belongs to one group of each level column: so two names of one level column (二级指标
 * 社会效益指标 and 可持续影响指标) standing within the lines of one row's values mean two rows whose values were read
 * as one ("不断缩小" / "健全完善", a blank line between them where a taller neighbour cell went on). The values part
 * at the gap between their lines nearest the middle of the two names.
 */
final class GroupParts {
    private GroupParts() {
    }

    /**
     * The anchors (line ranges of the value cells, relative to line {@code first}) with each one parted where two
     * names of one level column (the level cells, of whole taxonomy names) are centred within its value lines.
     */
    static List<int[]> part(List<int[]> anchors, List<Chunk>[][] at, int value, List<Cell> levels, int first,
                            LayoutLevels.Zones levelZones) {
        List<int[]> out = new ArrayList<>();
        for (int[] a : anchors) {
            List<Integer> lines = new ArrayList<>();
            for (int l = a[0]; l <= a[1]; l++) {
                if (at[l][value] != null) {
                    lines.add(l);
                }
            }
            TreeSet<Integer> cuts = new TreeSet<>(); // index g: a cut between lines g and g + 1
            if (lines.size() > 1) {
                cuts.addAll(cuts(lines, centres(levels, true, a, first, levelZones)));
                cuts.addAll(cuts(lines, centres(levels, false, a, first, levelZones)));
            }
            int from = 0;
            for (int g : cuts) {
                out.add(new int[] {from == 0 ? a[0] : lines.get(from), lines.get(g)});
                from = g + 1;
            }
            out.add(new int[] {from == 0 ? a[0] : lines.get(from), a[1]});
        }
        return out;
    }

    /** The centres (relative lines) of one level column's names that lie within the anchor, top to bottom. */
    private static List<Double> centres(List<Cell> levels, boolean level1, int[] anchor, int first,
                                        LayoutLevels.Zones levelZones) {
        List<Double> out = new ArrayList<>();
        for (Cell c : levels) {
            double centre = (c.top + c.bottom) / 2.0 - first;
            if (levelZones.levelOne(c, levels) == level1 && Shapes.isTaxonomy(LayoutText.text(c))
                    && centre >= anchor[0] && centre <= anchor[1]) {
                out.add(centre);
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** For each two names in a row, the gap between value lines nearest their middle (the earlier among equals). */
    private static List<Integer> cuts(List<Integer> lines, List<Double> centres) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i + 1 < centres.size(); i++) {
            double mid = (centres.get(i) + centres.get(i + 1)) / 2;
            if (centres.get(i + 1) - centres.get(i) < 1) {
                continue;
            }
            int best = 0;
            for (int g = 1; g + 1 < lines.size(); g++) {
                if (Math.abs((lines.get(g) + lines.get(g + 1)) / 2.0 - mid)
                        < Math.abs((lines.get(best) + lines.get(best + 1)) / 2.0 - mid)) {
                    best = g;
                }
            }
            out.add(best);
        }
        return out;
    }
}
