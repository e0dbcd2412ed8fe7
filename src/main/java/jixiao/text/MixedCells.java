package jixiao.text;

import java.util.ArrayList;
import java.util.List;

import jixiao.table.Meaning;

/**
 * Tells rows whose cells hold pieces of other cells. A name, description, value or basis cell holding a level-1 or
 * level-2 name of the indicator taxonomy (产出指标, 数量指标), or a level cell holding another level's name or a name
 * run into other text, never stands in a table read in order, but does where the text's lines each hold pieces of
 * several cells: tools that sort text by position without keeping columns (pdfplumber's and PDFBox's plain text, a
 * line of the page a line of text) print a wrapped cell's lines among its neighbours' ones and a merged level cell
 * in the middle of its group, and such rows cannot be told apart by order.
 */
final class MixedCells {
    /** Rows with a mixed cell from which a project's rows are not read by order. */
    static final int PROJECT_ROWS = 2;
    /**
     * Share of a table's rows that must be mixed, in space-aligned text, for none of its rows to be read: its rows are
     * rebuilt by alignment a grid at a time, so a few rows a tight grid mixed tell nothing of the others; below it,
     * the rows from the first mixed one to the last are left out.
     */
    static final double LAYOUT_SHARE = 0.2;
    /** Share of a document's projects with a mixed row from which none of its projects' rows are read by order. */
    static final double DOCUMENT_SHARE = 0.25;
    /** Mixed rows a document needs before {@link #DOCUMENT_SHARE} says anything. */
    static final int DOCUMENT_ROWS = 3;
    /**
     * Share of a text's projects with rows showing pieces of other cells ({@link CellBlocks#mixedRow}) from which it
     * was sorted by position (PyMuPDF's {@code get_text(sort=True)}, PDFBox's sorted text): 0.5 and more there, 0.33
     * at most in text in reading or drawing order (-raw, MuPDF's), whose few such rows are read wrong by the shapes
     * of their cells, not mixed.
     */
    static final double SORTED_SHARE = 0.5;

    private MixedCells() {
    }

    /** The indices of the rows with a cell that holds a taxonomy name where none stands ({@link #mixed}), in order. */
    static List<Integer> rows(List<Meaning> roles, List<GridDecoder.Row> rows) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (mixed(roles, rows.get(r))) {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether a document whose projects have so many mixed rows each was written a line of the page a line. */
    static boolean interleaved(List<Integer> mixedRows) {
        return spread(mixedRows, DOCUMENT_SHARE);
    }

    /** Whether the rows counted per project number {@link #DOCUMENT_ROWS} at least, in {@code share} of projects. */
    private static boolean spread(List<Integer> perProject, double share) {
        long projects = perProject.stream().filter(n -> n > 0).count();
        int rows = perProject.stream().mapToInt(Integer::intValue).sum();
        return rows >= DOCUMENT_ROWS && projects >= share * perProject.size();
    }

    /** Whether a text whose projects have so many rows of pieces each was sorted by position. */
    static boolean sortedRuns(List<Integer> pieceRows) {
        return spread(pieceRows, SORTED_SHARE);
    }

    /**
     * Whether a cell of the row holds a taxonomy name where none stands: in a name, description, value or basis cell,
     * with other text in a level-2 cell (数量效益指标), or other than a level-1 name in a level-1 cell (质量指标); or
     * whether its 三级指标 cell is made of whole values alone (no indicator is named by its values).
     */
    static boolean mixed(List<Meaning> roles, GridDecoder.Row r) {
        for (int c = 0; c < roles.size(); c++) {
            Meaning m = roles.get(c);
            List<String> cell = r.cells().get(c);
            if (cell == null) {
                continue;
            }
            if (m == Meaning.LEVEL3 && !cell.isEmpty()
                    && cell.stream().allMatch(l -> ValueAnchors.wholeValue(Shapes.compact(l)))) {
                return true; // a name of values alone ("79%" / "≥100%"): the lines of other rows' value cells
            }
            String text = Shapes.compact(String.join("", cell));
            boolean name = m == Meaning.LEVEL1 ? Shapes.isLevel1(text) : m == Meaning.LEVEL2 && Shapes.isTaxonomy(text);
            if (!name && (Shapes.LEVEL1.stream().anyMatch(text::contains)
                    || Shapes.LEVEL2.stream().anyMatch(text::contains))) {
                return true;
            }
        }
        return false;
    }
}
