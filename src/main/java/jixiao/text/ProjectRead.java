package jixiao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jixiao.table.Meaning;

/**
 * What of a project's text can be read by order: its header-block fields, the indicator rows kept (how many of them
 * hold a level name where none stands, {@link MixedCells}, and, in text in reading order, how many show pieces of
 * other cells, {@link CellBlocks#mixedRow}), and what is left out because the text is not in reading order
 * ({@link ReadingOrder}, {@link CellBlocks}, {@link AmountOrder}, {@link MixedCells}), with one message saying why.
 */
record ProjectRead(List<HeaderBlockParser.Field> fields, List<GridDecoder.Row> rows, int mixedRows, int pieceRows,
                   boolean amountsLost, boolean fundPlanLost, Optional<String> lost) {
    ProjectRead {
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
    }

    private static final String ADVICE = "; convert the PDF itself, or extract its text with pdftotext -layout or -raw";

    /**
     * The project read; {@code levelNamesFirst} when the text has each merged level cell before its group (the cell
     * order of space-aligned text), else they may stand centred in their groups, as printed; {@code blocks} when the
     * text prints its cells as blocks of their own ({@link CellBlocks}); {@code autospaced} when a space may stand
     * between Chinese text and digits inside a cell ({@link Autospace}).
     */
    static ProjectRead of(ProjectText p, boolean levelNamesFirst, boolean blocks, boolean autospaced) {
        List<HeaderBlockParser.Field> fields = HeaderBlockParser.fields(p.header());
        Optional<ReadingOrder.Disorder> disorder = ReadingOrder.of(p);
        String amounts = blocks || disorder.isPresent() ? AmountOrder.lost(fields) : null;
        if (disorder.isPresent()) {
            ReadingOrder.Disorder d = disorder.get();
            String why = d.message() + (d.amountsLost() || amounts == null ? ""
                    : "; budget amounts left out too: " + amounts);
            return new ProjectRead(fields, List.of(), 0, 0, d.amountsLost() || amounts != null, true,
                    Optional.of(why + ADVICE));
        }
        List<Meaning> roles = p.columns().roles();
        List<GridDecoder.Row> decoded = GridDecoder.decode(roles, Atom.of(p.body()), p.runLines(), autospaced);
        boolean namesFirst = levelNamesFirst || LeadingLevels.drawnFirst(roles, decoded, p.body());
        List<GridDecoder.Row> rows = LeadingLevels.liftByTaxonomy(roles,
                namesFirst ? LeadingLevels.apply(roles, decoded) : CentredLevels.apply(roles, decoded));
        List<String> why = new ArrayList<>();
        if (amounts != null) {
            why.add("the budget amounts are not in reading order (" + amounts + "): amounts and fund plan left out");
        }
        int mixed = blocks ? CellBlocks.firstMixedRow(roles, rows) : -1;
        if (mixed >= 0) {
            why.add("indicator row " + (mixed + 1) + " takes a value of another row (the text's cell blocks are out"
                    + " of reading order): that row and those after it left out");
            rows = rows.subList(0, mixed);
        }
        List<Integer> mixedAt = MixedCells.rows(roles, rows);
        int mixedRows = mixedAt.size();
        if (levelNamesFirst && mixedRows >= MixedCells.PROJECT_ROWS
                && mixedRows < MixedCells.LAYOUT_SHARE * rows.size()) {
            // space-aligned text: the rows from the first mixed row to the last are out of their grid, the others not
            int first = mixedAt.get(0);
            int last = mixedAt.get(mixedRows - 1);
            why.add("indicator rows " + (first + 1) + " to " + (last + 1) + " hold level names such as 产出指标 or"
                    + " values in other columns (the text's columns are too tight to part them): those rows left out");
            List<GridDecoder.Row> kept = new ArrayList<>(rows.subList(0, first));
            kept.addAll(rows.subList(last + 1, rows.size()));
            rows = kept;
            mixedRows = 0;
        }
        // text in reading order may have been sorted by position: rows then show pieces of cells ({@link CellBlocks})
        int pieceRows = !levelNamesFirst && !blocks
                ? (int) rows.stream().filter(r -> CellBlocks.mixedRow(roles, r)).count() : 0;
        Optional<String> lost = why.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", why) + ADVICE);
        ProjectRead read = new ProjectRead(fields, rows, mixedRows, pieceRows, amounts != null, amounts != null, lost);
        return mixedRows >= MixedCells.PROJECT_ROWS ? read.interleaved() : read;
    }

    /**
     * This read without its indicator rows, which the text's lines mixed ({@link MixedCells}): the fields of the
     * header block are kept, the rows reported.
     */
    ProjectRead interleaved() {
        if (rows.isEmpty()) {
            return this;
        }
        String where = mixedRows >= MixedCells.PROJECT_ROWS ? mixedRows + " of this table's " + rows.size()
                + " indicator rows read with a level name such as 产出指标 in another column"
                : "rows of the document's tables read with a level name in another column or pieces of other cells";
        String why = "the text's lines hold pieces of several cells (" + where + ", as text sorted by position without"
                + " its columns prints them): indicators left out";
        String amounts = amountsLost ? null : AmountOrder.lost(fields);
        String both = amounts == null ? why : why + "; budget amounts and fund plan left out too: " + amounts;
        String all = lost.map(l -> both + "; " + l).orElse(both + ADVICE);
        return new ProjectRead(fields, List.of(), mixedRows, pieceRows, amountsLost || amounts != null,
                fundPlanLost || amounts != null, Optional.of(all));
    }
}
