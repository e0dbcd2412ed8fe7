package jixiao.text;

import java.util.ArrayList;
import java.util.List;

import jixiao.text.LayoutText.Chunk;

/**
 * The chunks of a page of space-aligned text, line by line ({@link LayoutText#chunks}), with their display extents.
 * A CJK character is wider on the printed page than the one column the text gives it; how much wider is read from
 * the page itself: the widest ratio that keeps every chunk clear of the next one on its line (clamped to one or two
 * columns). A layout tool sets each piece of text after the text left of it on any line of the page, so the ratio
 * is no constant of the document: pages differ. A page with too few chunks to tell (a grid's last rows going on to a
 * page of their own) takes no more than the width its document's fuller pages show.
 */
final class PageChunks {
    /** The widest a CJK character is taken to be, in text columns. */
    private static final double MAX_CJK_WIDTH = 2;
    /** The fewest CJK characters of a chunk that bound the ratio by the chunk after it. */
    private static final int MIN_BOUNDING_CJK = 3;
    /** The fewest bounding chunks that tell a page's own width. */
    private static final int MIN_BOUNDS = 3;

    private PageChunks() {
    }

    /** The chunks of one page's lines by the page's own width. Page numbers are dropped. */
    static List<List<Chunk>> of(String[] lines) {
        return of(List.<String[]>of(lines)).get(0);
    }

    /**
     * The chunks of a document's pages (each page's lines). Page numbers are dropped. A page with too few chunks to
     * bound the width (fewer than {@link #MIN_BOUNDS}: a grid's last rows going on to it) takes no more than the least
     * width of the pages that have enough.
     */
    static List<List<List<Chunk>>> of(List<String[]> pages) {
        List<List<List<Chunk>>> narrow = new ArrayList<>();
        List<CjkWidth> own = new ArrayList<>();
        double fuller = MAX_CJK_WIDTH;
        for (String[] lines : pages) {
            List<List<Chunk>> n = narrow(lines);
            CjkWidth w = cjkWidth(n);
            narrow.add(n);
            own.add(w);
            if (w.bounds() >= MIN_BOUNDS) {
                fuller = Math.min(fuller, w.ratio());
            }
        }
        List<List<List<Chunk>>> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            CjkWidth w = own.get(p);
            double width = Math.max(1, w.bounds() >= MIN_BOUNDS ? w.ratio() : Math.min(w.ratio(), fuller));
            String[] lines = pages.get(p);
            List<List<Chunk>> page = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                page.add(narrow.get(p).get(i).isEmpty() ? List.of() : LayoutText.chunks(tabs(lines[i]), i, width));
            }
            out.add(page);
        }
        return out;
    }

    /** The width of a CJK character on a page, in text columns, and how many chunks bound it. */
    private record CjkWidth(double ratio, int bounds) {
    }

    /** The width of a CJK character on a page, from its chunks at one column a character. */
    private static CjkWidth cjkWidth(List<List<Chunk>> narrow) {
        double ratio = MAX_CJK_WIDTH;
        int bounds = 0;
        for (List<Chunk> line : narrow) {
            for (int k = 0; k + 1 < line.size(); k++) {
                Chunk a = line.get(k);
                int cjk = (int) a.text().chars().filter(ch -> LayoutText.cjk((char) ch)).count();
                if (cjk >= MIN_BOUNDING_CJK) {
                    int other = a.text().length() - cjk;
                    ratio = Math.min(ratio, (line.get(k + 1).x0() - a.x0() - other - 1) / (double) cjk);
                    bounds++;
                }
            }
        }
        return new CjkWidth(ratio, bounds);
    }

    /** The chunks of each line at one column a character; none on a line of page furniture. */
    private static List<List<Chunk>> narrow(String[] lines) {
        List<List<Chunk>> narrow = new ArrayList<>();
        int first = 0;
        int last = lines.length - 1;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        while (last > 0 && lines[last].isBlank()) {
            last--;
        }
        for (int i = 0; i < lines.length; i++) {
            String line = tabs(lines[i]);
            String t = line.strip();
            // a bare number is a page number only on the page's first or last line; elsewhere it is a value
            boolean furniture = SourceLines.isFurniture(t) && (!t.matches("\\d+") || i == first || i == last);
            narrow.add(furniture ? List.of() : LayoutText.chunks(line, i, 1));
        }
        return narrow;
    }

    private static String tabs(String line) {
        return line.replace("\t", "    ");
    }
}
