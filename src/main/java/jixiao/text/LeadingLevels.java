package jixiao.text;

import java.util.List;

import jixiao.table.Meaning;

/**
 * Names the level cells of a grid's first rows in text whose merged level cells stand before their groups (the
 * cell order of space-aligned text): a merged cell cut by a page break may print its name on the next page, below
 * rows of its group, so rows above a level column's first name belong to that name's group. A level-1 name is given
 * only to rows whose level-2 names the taxonomy puts under it.
 */
final class LeadingLevels {
    private LeadingLevels() {
    }

    /**
     * Whether the text has its level names before their groups though the grid's first row has no level-1 name: a
     * producer drawing merged cells before their rows, whose first level-1 cell a page break cut, draws its name on
     * the next page, at the top of the rows there. So the first row has a level-2 name but no level-1 name, and the
     * first level-1 name is the first body line after a page break (a centred name stands there only by chance).
     */
    static boolean drawnFirst(List<Meaning> roles, List<GridDecoder.Row> rows, List<ProjectText.BodyLine> body) {
        int l1 = roles.indexOf(Meaning.LEVEL1);
        int l2 = roles.indexOf(Meaning.LEVEL2);
        if (l1 < 0 || l2 < 0 || rows.isEmpty() || rows.get(0).cells().get(l2) == null
                || rows.get(0).cells().get(l1) != null) {
            return false;
        }
        for (int i = 0; i < body.size(); i++) {
            String first = body.get(i).line().text().strip().split("\\s+")[0];
            if (Shapes.isLevel1(first)) {
                return i > 0 && body.get(i).breakBefore();
            }
        }
        return false;
    }

    /** The rows, those above a level column's first name given that name (see the class comment). */
    static List<GridDecoder.Row> apply(List<Meaning> roles, List<GridDecoder.Row> rows) {
        List<List<List<String>>> cells = GridDecoder.Row.editable(rows);
        int l1 = roles.indexOf(Meaning.LEVEL1);
        int l2 = roles.indexOf(Meaning.LEVEL2);
        if (l2 >= 0) {
            fill(cells, l2, -1);
        }
        if (l1 >= 0) {
            fill(cells, l1, l2);
        }
        return GridDecoder.Row.of(cells);
    }

    /**
     * Moves each level-1 name up over the level-2 groups right above it that the taxonomy puts under it and not under
     * the level-1 name above them: a level-1 cell cut by a page break may print its name atop the next page, below its
     * first groups. Names outside the taxonomy stay where they are.
     */
    static List<GridDecoder.Row> liftByTaxonomy(List<Meaning> roles, List<GridDecoder.Row> rows) {
        int l1 = roles.indexOf(Meaning.LEVEL1);
        int l2 = roles.indexOf(Meaning.LEVEL2);
        if (l1 < 0 || l2 < 0) {
            return rows;
        }
        List<List<List<String>>> cells = GridDecoder.Row.editable(rows);
        String above = null;
        for (int r = 0; r < cells.size(); r++) {
            List<String> name = cells.get(r).get(l1);
            if (name == null) {
                continue;
            }
            String here = String.join("", name);
            int to = r;
            for (int g = r - 1; g >= 0 && above != null && cells.get(g).get(l1) == null; g--) {
                List<String> group = cells.get(g).get(l2);
                if (group == null) {
                    continue;
                }
                String n2 = String.join("", group);
                if (!Shapes.isLevel2(n2) || !Shapes.isLevel1(here) || !Shapes.isLevel1(above)
                        || !Shapes.under(n2, here) || Shapes.under(n2, above)) {
                    break;
                }
                to = g;
            }
            if (to < r) {
                cells.get(to).set(l1, name);
                cells.get(r).set(l1, null);
            }
            above = here;
        }
        return GridDecoder.Row.of(cells);
    }

    /**
     * Gives the rows above column {@code col}'s first name that name, on the first of them; with {@code below} (the
     * level-2 column) only when every level-2 name in those rows goes under it.
     */
    private static void fill(List<List<List<String>>> cells, int col, int below) {
        int first = -1;
        for (int r = 0; r < cells.size() && first < 0; r++) {
            if (cells.get(r).get(col) != null) {
                first = r;
            }
        }
        if (first <= 0) {
            return;
        }
        List<String> name = cells.get(first).get(col);
        if (below >= 0) {
            for (int r = 0; r < first; r++) {
                List<String> l2 = cells.get(r).get(below);
                if (l2 != null && !Shapes.under(String.join("", l2), String.join("", name))) {
                    return;
                }
            }
        }
        cells.get(0).set(col, name);
        cells.get(first).set(col, null);
    }
}
