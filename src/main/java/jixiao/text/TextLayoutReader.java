package jixiao.text;

import java.util.ArrayList;
import java.util.List;

import jixiao.table.Block;
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

    public static List<Block> read(String text) {
        List<SourceLine> lines = SourceLines.of(text);
        DocumentSplitter.Split split = DocumentSplitter.split(lines);
        List<Block> out = new ArrayList<>(ProseWriter.prose(split.preamble(), 0));
        double y = split.preamble().size() * ProseWriter.LINE + GAP;
        for (ProjectText p : split.projects()) {
            List<String> free = new ArrayList<>();
            for (SourceLine l : p.title()) {
                free.add(l.text());
            }
            if (p.unitLine() != null) {
                free.add(p.unitLine().text());
            }
            out.addAll(ProseWriter.plain(free, y));
            y += free.size() * ProseWriter.LINE + 4;
            Table t = table(p, y);
            out.add(t);
            y = t.box().bottom() + GAP;
        }
        return out;
    }

    private static Table table(ProjectText p, double top) {
        int cols = Math.max(8, p.columns().names().size());
        List<List<CellSpec>> rows = new ArrayList<>(
                HeaderRowsBuilder.rows(HeaderBlockParser.fields(p.header()), cols));
        List<GridDecoder.Row> decoded = GridDecoder.decode(p.columns().roles(), Atom.of(p.body()));
        rows.addAll(GridRowsBuilder.rows(p.columns(), decoded));
        return TableWriter.table(rows, cols, top);
    }
}
