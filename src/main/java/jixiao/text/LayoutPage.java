package jixiao.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Splits the cells of one page of space-aligned text into its parts, in order: text and header-block bands, an
 * indicator grid's column header (the cells on the line naming 一级指标 and 二级指标), and the grid below it, which
 * runs to a project's title or header-block label, another column header, or the page end. Bands are parted by
 * blank lines; a grid is read by {@link LayoutLevels}, which needs no blank lines between its rows.
 */
final class LayoutPage {
    /** The first line of a numbered project title ("3.（上年结转）…"). */

    private LayoutPage() {
    }

    /**
     * The page's parts in order, and the column header of a grid that runs to the page's end (null if none), for
     * the next page; {@code bare} when nothing followed that header (it stood at the page's foot).
     */
    record Ordered(List<List<Cell>> bands, List<Cell> carried, boolean bare) {
    }

    /**
     * The page's parts in order. {@code carried} is the column header of a grid that ran to the end of the page
     * before (null if none), written again before the rows of this page unless it was {@code bare} there: the reader
     * sees the header just before the rows either way.
     */
    static Ordered order(List<List<Chunk>> byLine, List<Cell> cells, List<LayoutHeaders.Header> headers,
                         List<Cell> carried, boolean bare) {
        List<List<Cell>> out = new ArrayList<>();
        List<Cell> pending = new ArrayList<>(cells);
        pending.sort(Comparator.comparingInt((Cell c) -> c.top).thenComparingInt(c -> c.x0));
        int line = 0;
        List<Cell> open = null;
        boolean openBare = false;
        List<Cell> names = List.of(); // level names atop the page, above its repeated column header
        if (carried != null) {
            int end = gridEnd(byLine, headers, pending, 0);
            List<Cell> rest = take(pending, end, List.of());
            if (!rest.isEmpty() && rest.stream().allMatch(LayoutPage::levelName) && headerNext(headers, pending, end)) {
                names = rest; // a merged level cell going on printed its name above the header: its group's
                rest = List.of(); // rows follow the header
            }
            if (!rest.isEmpty()) {
                if (!bare) {
                    out.add(carried); // the header the page does not repeat: the reader sees a page break in the grid
                }
                List<Cell> page = rest;
                List<Cell> columns = LayoutContinued.fits(carried, rest) ? carried
                        : LayoutContinued.moved(carried, rest)
                                .orElseGet(() -> LayoutContinued.strays(carried, page) ? carried : null);
                if (columns != null) {
                    // the rests of level names the page break cut go on their names first, as after a header
                    LayoutContinued.Rests cut = LayoutContinued.rests(rest, LayoutHeaders.levelEdge(carried));
                    out.addAll(LayoutText.bands(cut.cut()));
                    out.addAll(LayoutLevels.grid(columns, new ArrayList<>(cut.grid()), goingOn(bare)));
                } else {
                    out.addAll(LayoutContinued.rows(rest, LayoutHeaders.levelEdge(carried)));
                }
                open = end >= byLine.size() ? carried : null;
            }
            line = end;
        }
        while (true) {
            LayoutHeaders.Header next = nextHeader(headers, line);
            if (next == null) {
                break;
            }
            int h = next.line();
            List<Cell> header = headerCells(pending, next);
            int top = h;
            int bottom = h;
            for (Cell c : header) {
                top = Math.min(top, c.top);
                bottom = Math.max(bottom, c.bottom);
            }
            List<Cell> before = take(pending, top, header);
            // a header repeated at the top of a page whose grid the page before left open: the grid goes on
            boolean repeated = carried != null && out.isEmpty() && before.isEmpty();
            out.addAll(LayoutBand.fundPlanBands(LayoutText.bands(before)));
            pending.removeAll(header);
            out.add(header);
            int end = gridEnd(byLine, headers, pending, bottom + 1);
            List<Cell> rows = take(pending, end, List.of());
            rows.addAll(names);
            names = List.of();
            // a header block above the column header: the table starts here
            boolean tableStarts = before.stream().anyMatch(c -> HeaderWords.label(LayoutText.text(c)).isPresent());
            out.addAll(LayoutLevels.grid(header, rows, repeated ? LayoutLevels.Lead.FREE
                    : tableStarts ? LayoutLevels.Lead.NONE : LayoutLevels.Lead.COSTLY));
            line = Math.max(end, bottom + 1);
            open = end >= byLine.size() ? header : null;
            openBare = rows.isEmpty();
        }
        if (!pending.isEmpty()) {
            open = null;
        }
        out.addAll(LayoutBand.fundPlanBands(LayoutText.bands(pending)));
        return new Ordered(out, open, open != null && openBare);
    }

    /**
     * The lead of a grid going on from the page before without a header of its own: rows there may end a group begun
     * on that page, unless its column header stood {@code bare} at that page's foot (no rows followed it): then the
     * grid starts here.
     */
    private static LayoutLevels.Lead goingOn(boolean bare) {
        return bare ? LayoutLevels.Lead.NONE : LayoutLevels.Lead.FREE;
    }

    /** Whether the next cells from {@code line} on are those of a column header. */
    private static boolean headerNext(List<LayoutHeaders.Header> headers, List<Cell> pending, int line) {
        int h = nextHeaderLine(headers, line);
        if (h < 0) {
            return false;
        }
        List<Cell> header = spanning(pending, h);
        return pending.stream().allMatch(c -> c.top >= h || header.contains(c));
    }

    private static boolean levelName(Cell c) {
        return Shapes.isTaxonomy(LayoutText.text(c));
    }

    /** Removes and returns the pending cells that start above {@code line}, except those listed. */
    private static List<Cell> take(List<Cell> pending, int line, List<Cell> except) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : pending) {
            if (c.top < line && !except.contains(c)) {
                out.add(c);
            }
        }
        pending.removeAll(out);
        return out;
    }

    private static List<Cell> spanning(List<Cell> cells, int line) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : cells) {
            if (c.top <= line && line <= c.bottom) {
                out.add(c);
            }
        }
        return out;
    }

    /** The line of the next column header whose band starts at or after {@code from}, or -1. */
    private static int nextHeaderLine(List<LayoutHeaders.Header> headers, int from) {
        LayoutHeaders.Header h = nextHeader(headers, from);
        return h == null ? -1 : h.line();
    }

    /** The next column header whose band starts at or after {@code from}, or null. */
    private static LayoutHeaders.Header nextHeader(List<LayoutHeaders.Header> headers, int from) {
        for (LayoutHeaders.Header h : headers) {
            if (h.top() >= from) {
                return h;
            }
        }
        return null;
    }

    /**
     * The cells of a column header: those spanning its line, and the pieces of a name that wrapped around that line
     * without touching it ("指标值确定依" above the line, "据" below, a column of its own), joined into one cell a
     * name.
     */
    private static List<Cell> headerCells(List<Cell> pending, LayoutHeaders.Header header) {
        List<Cell> out = spanning(pending, header.line());
        for (List<Chunk> pieces : header.pieces()) {
            List<Cell> apart = new ArrayList<>();
            for (Cell c : pending) {
                if (!out.contains(c) && pieces.containsAll(c.chunks)) {
                    apart.add(c);
                }
            }
            if (apart.isEmpty()) {
                continue;
            }
            pending.removeAll(apart);
            // the pieces join the header cell holding the name's other pieces, else make one of their own
            Cell joined = out.stream().filter(c -> c.chunks.stream().anyMatch(pieces::contains)).findFirst()
                    .orElse(null);
            List<Chunk> chunks = new ArrayList<>(joined == null ? List.of() : joined.chunks);
            apart.forEach(c -> chunks.addAll(c.chunks));
            chunks.sort(Comparator.comparingInt(Chunk::line).thenComparingInt(Chunk::x0));
            Cell name = new Cell();
            chunks.forEach(name::add);
            if (joined != null) {
                out.set(out.indexOf(joined), name);
                pending.remove(joined);
            } else {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean headerTop(List<LayoutHeaders.Header> headers, int line) {
        for (LayoutHeaders.Header h : headers) {
            if (h.top() == line) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first line of what follows a grid starting at {@code from}: a project's title, unit line or 项目编码 /
     * 项目名称 label, or the top of the next column header; else the page end.
     */
    private static int gridEnd(List<List<Chunk>> byLine, List<LayoutHeaders.Header> headers, List<Cell> pending,
                               int from) {
        for (int i = from; i < byLine.size(); i++) {
            List<Chunk> line = byLine.get(i);
            if (headerTop(headers, i)) {
                int top = i;
                for (Cell c : spanning(pending, i)) {
                    top = Math.min(top, c.top);
                }
                return top;
            }
            for (Chunk c : line) {
                String t = c.text();
                if (HeaderWords.projectLabel(t) || DocumentSplitter.isUnitLine(t)) {
                    return i;
                }
                if (line.size() == 1 && title(t + (i + 1 < byLine.size() && byLine.get(i + 1).size() == 1
                        ? byLine.get(i + 1).get(0).text() : "")) && DocumentSplitter.numberedTitle(t)) {
                    return i; // a numbered title wrapped within its name ("…经费）绩效" / "目标表")
                }
                if (line.size() == 1 && title(t)) {
                    // a title wrapped over two lines starts on the line above, with its number
                    return i > from && byLine.get(i - 1).size() == 1
                            && DocumentSplitter.numberedTitle(byLine.get(i - 1).get(0).text()) ? i - 1 : i;
                }
            }
        }
        return byLine.size();
    }

    private static boolean title(String t) {
        return t.endsWith("绩效目标表") || t.endsWith("绩效目标");
    }
}
