package jixiao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jixiao.model.Issue;
import jixiao.table.Block;
import jixiao.table.Meaning;
import jixiao.table.Table;

/**
 * Reads already-extracted text into blocks: the prose before the first project as free lines, then for each project
 * its title and unit lines and one table holding the header block and the indicator grid. Cells and lines have
 * synthetic boxes on page 0 (see {@link TableWriter}); the mapper reads them by x-overlap as it reads PDF tables.
 */
public final class TextLayoutReader {
    private static final double GAP = 40;

    private TextLayoutReader() {
    }

    /** The blocks of a text and what the reader could not rebuild (project numbers count the projects read). */
    public record Result(List<Block> blocks, List<Issue> issues) {
    }

    public static List<Block> read(String text) {
        return readWithIssues(text).blocks();
    }

    public static Result readWithIssues(String text) {
        return readWithIssues(text, false);
    }

    /**
     * The blocks and issues of a text; {@code levelNamesFirst} when each merged level cell stands before its group
     * (the cell order {@link LayoutText#toCellOrder} writes), not where it was printed.
     */
    public static Result readWithIssues(String text, boolean levelNamesFirst) {
        boolean autospaced = Autospace.of(text);
        return read(autospaced ? Autospace.closeDates(text) : text, levelNamesFirst, autospaced);
    }

    /**
     * Reads a text as an extracting tool printed it: space-aligned text ({@link LayoutText#isLayout}) through the
     * cell order {@link LayoutText#toCellOrder} writes, other text as it stands; autospaced text ({@link Autospace})
     * with its dates closed up first; the text is made plain ({@link PlainText}) before any of it is looked at.
     */
    public static Result readText(String text) {
        String plain = PlainText.normalize(text);
        boolean autospaced = Autospace.of(plain);
        boolean layout = LayoutText.isLayout(plain);
        String closed = !autospaced ? plain
                : layout ? Autospace.markLatinWords(Autospace.markTrailingNumbers(Autospace.closeDates(plain, true)))
                : Autospace.closeDates(plain);
        return read(layout ? LayoutText.toMarkedCellOrder(closed) : closed, layout, autospaced);
    }

    /**
     * Reads a text; {@code cellOrder} when it is the cell order the reader of space-aligned text writes
     * ({@link LayoutText#toMarkedCellOrder}): each merged level cell stands before its group, and the lines going on
     * with a grid cell are marked.
     */
    private static Result read(String text, boolean cellOrder, boolean autospaced) {
        List<Issue> issues = new ArrayList<>();
        List<SourceLine> lines = SourceLines.of(text, cellOrder);
        DocumentSplitter.Split split = DocumentSplitter.split(lines);
        List<Block> out = new ArrayList<>(ProseWriter.prose(autospaced ? closed(split.preamble()) : split.preamble(),
                0));
        double y = split.preamble().size() * ProseWriter.LINE + GAP;
        List<ProjectRead> reads = new ArrayList<>();
        boolean blocks = CellBlocks.of(split.projects());
        for (ProjectText p : split.projects()) {
            reads.add(ProjectRead.of(p, cellOrder, blocks, autospaced));
        }
        // space-aligned text is rebuilt a project at a time: a project whose rows came out mixed tells nothing of
        // the others, while text sorted by position mixes every table alike
        if (!cellOrder && MixedCells.interleaved(reads.stream().map(ProjectRead::mixedRows).toList())
                || MixedCells.sortedRuns(reads.stream().map(ProjectRead::pieceRows).toList())) {
            reads.replaceAll(ProjectRead::interleaved);
        }
        for (int k = 0; k < split.projects().size(); k++) {
            ProjectText p = split.projects().get(k);
            int number = k + 1; // one table a project: the mapper's number
            List<String> free = new ArrayList<>();
            for (SourceLine l : p.title()) {
                free.add(autospaced ? Autospace.remove(l.text()) : l.text());
            }
            if (p.unitLine() != null) {
                free.add(p.unitLine().text());
            }
            out.addAll(ProseWriter.plain(free, y));
            y += free.size() * ProseWriter.LINE + 4;
            ProjectRead read = reads.get(k);
            read.lost().ifPresent(why -> issues.add(Issue.error("TEXT_ORDER_LOST", number, null, why)));
            Table t = table(p, y, read, autospaced);
            out.add(t);
            y = t.box().bottom() + GAP;
        }
        if (split.projects().isEmpty()) {
            unreadTables(split.preamble()).ifPresent(why -> issues.add(Issue.error("TEXT_ORDER_LOST", null, null,
                    why)));
        }
        return new Result(out, issues);
    }

    /**
     * Why no table was rebuilt from text that holds one: a 项目编码 or 项目名称 label and an indicator grid's 一级指标
     * column name, each on a line of their own, where no project's header block, column header and rows could be told
     * apart in order (a tool that moves blocks by its own column detection). Empty when the text holds no such table
     * (a budget's other tables may name 项目名称 too).
     */
    private static Optional<String> unreadTables(List<SourceLine> preamble) {
        String label = null;
        boolean grid = false;
        for (SourceLine l : preamble) {
            if (label == null && HeaderWords.projectLabel(l.text())) {
                label = l.text().strip();
            }
            grid |= HeaderWords.column(l.text()).orElse(null) == Meaning.LEVEL1;
        }
        if (label == null || !grid) {
            return Optional.empty();
        }
        return Optional.of("the text holds a project table (\"" + label + "\", 一级指标) but no table could be rebuilt"
                + " from it: its header block, column header and rows are not in reading order, so nothing of its"
                + " tables was read. Extract the text with `pdftotext -raw` or `pdftotext -layout`, or convert the PDF");
    }

    /** The lines with their autospace gaps removed ({@link Autospace}). */
    private static List<SourceLine> closed(List<SourceLine> lines) {
        return lines.stream().map(l -> new SourceLine(Autospace.remove(l.text()), l.raw(), l.pageStart(),
                l.blankBefore())).toList();
    }

    private static Table table(ProjectText p, double top, ProjectRead read, boolean autospaced) {
        int cols = Math.max(8, p.columns().names().size());
        List<HeaderBlockParser.Field> fields = new ArrayList<>(read.fields());
        if (read.fundPlanLost()) {
            fields.removeIf(f -> f.role() == Meaning.FUND_PLAN);
        }
        if (read.amountsLost()) { // amounts may stand under another label: none kept
            fields.replaceAll(f -> f.role().isAmount()
                    ? new HeaderBlockParser.Field(f.role(), f.label(), f.labelLine(), List.of()) : f);
        }
        List<List<CellSpec>> rows = new ArrayList<>(HeaderRowsBuilder.rows(fields, cols));
        rows.addAll(GridRowsBuilder.rows(p.columns(), read.rows()));
        if (autospaced) { // a cell's autospace gaps are no part of its text
            rows.replaceAll(row -> row.stream().map(c -> new CellSpec(c.col(), c.colSpan(), c.rowSpan(),
                    c.lines().stream().map(Autospace::remove).toList())).toList());
        }
        return TableWriter.table(rows, cols, top);
    }
}
