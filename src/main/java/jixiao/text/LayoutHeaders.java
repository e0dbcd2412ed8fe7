package jixiao.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jixiao.table.Meaning;
import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Finds the column headers of indicator grids on a page of space-aligned text. A header names 一级指标 and then
 * 二级指标 or 三级指标; in a narrow column a name wraps ("一级" / "指标", or one character a line), so a header is a
 * band of up to {@link #MAX_LINES} lines whose pieces, stacked where they stand over one another, spell the names.
 */
final class LayoutHeaders {
    /** The most lines a column header's band spans (a four-character name printed one character a line, and one). */
    static final int MAX_LINES = 5;
    /** How far beside the start of a wrapped name its end may stand (text columns between them). */
    private static final int BESIDE = 1;

    /**
     * One column header: its first and last line, the line all its names span (or the one most of them do), its
     * names, each as one chunk over the extent of its pieces, and each name's pieces (the chunks of the page that
     * spell it).
     */
    record Header(int top, int line, int bottom, List<Chunk> names, List<List<Chunk>> pieces) {
        /** The right edge of the level columns: midway between 二级指标 and the name after it. */
        int levelEdge() {
            Chunk l2 = null;
            for (Chunk c : names) {
                if (l2 != null) {
                    return (l2.x1() + c.x0()) / 2;
                }
                if (HeaderWords.column(c.text()).orElse(Meaning.EXTRA) == Meaning.LEVEL2) {
                    l2 = c;
                }
            }
            return l2 == null ? -1 : l2.x1();
        }

        /** Whether the header names 二级指标 after 一级指标 (the level columns can be told apart). */
        boolean hasLevel2() {
            return levelEdge() >= 0;
        }
    }

    private LayoutHeaders() {
    }

    /**
     * The right edge of the level columns of a header given as cells (the header a grid carries to the next page),
     * as {@link Header#levelEdge} tells it, or -1 (no header).
     */
    static int levelEdge(List<Cell> header) {
        if (header == null) {
            return -1;
        }
        List<Chunk> names = header.stream().sorted(Comparator.comparingInt((Cell c) -> c.x0))
                .map(c -> new Chunk(LayoutText.text(c), c.top, c.x0, c.x1)).toList();
        return new Header(0, 0, 0, names, List.of()).levelEdge();
    }

    /** The page's column headers, top to bottom. */
    static List<Header> find(List<List<Chunk>> byLine) {
        List<Header> out = new ArrayList<>();
        for (int i = 0; i < byLine.size(); i++) {
            if (!startsName(byLine.get(i))) {
                continue;
            }
            Optional<Header> h = at(byLine, i);
            if (h.isPresent()) {
                out.add(h.get());
                i = h.get().bottom();
            }
        }
        return out;
    }

    /** The header whose band starts on line {@code top}, if its pieces spell 一级指标 and then 二级 or 三级指标. */
    private static Optional<Header> at(List<List<Chunk>> byLine, int top) {
        List<List<Chunk>> stacks = new ArrayList<>();
        int end = Math.min(byLine.size(), top + MAX_LINES);
        for (int i = top; i < end; i++) {
            for (Chunk c : byLine.get(i)) {
                List<Chunk> into = null;
                for (List<Chunk> s : stacks) {
                    Chunk last = s.get(s.size() - 1);
                    String joined = LayoutText.text(s) + c.text();
                    if (last.line() < i && overlap(last, c) && !HeaderWords.exactColumn(LayoutText.text(s))
                            && (HeaderWords.exactColumn(joined) || HeaderWords.columnPrefix(joined))) {
                        into = s;
                        break;
                    }
                }
                for (int k = 0; into == null && k < stacks.size(); k++) {
                    List<Chunk> s = stacks.get(k);
                    Chunk last = s.get(s.size() - 1);
                    if (last.line() < i && nameEndBeside(LayoutText.text(s), last, c)) {
                        into = s;
                    }
                }
                if (into == null) {
                    into = shiftedEnd(stacks, c, i);
                }
                if (into == null && (HeaderWords.exactColumn(c.text()) || HeaderWords.columnPrefix(c.text()))) {
                    into = new ArrayList<>();
                    stacks.add(into);
                }
                if (into != null) {
                    into.add(c);
                }
            }
        }
        List<Name> names = new ArrayList<>();
        for (List<Chunk> s : stacks) {
            if (HeaderWords.exactColumn(LayoutText.text(s))) {
                names.add(Name.of(s));
            }
        }
        names.sort(Comparator.comparingInt(Name::x0));
        if (!levelsNamed(names)) {
            return Optional.empty();
        }
        int first = Integer.MAX_VALUE;
        int bottom = top;
        for (Name n : names) {
            first = Math.min(first, n.first());
            bottom = Math.max(bottom, n.last());
        }
        int line = first;
        int most = 0;
        for (int l = first; l <= bottom; l++) {
            int spanning = 0;
            for (Name n : names) {
                spanning += n.first() <= l && l <= n.last() ? 1 : 0;
            }
            if (spanning > most) {
                line = l;
                most = spanning;
            }
        }
        List<Chunk> flat = new ArrayList<>();
        List<List<Chunk>> pieces = new ArrayList<>();
        for (Name n : names) {
            flat.add(new Chunk(n.text(), line, n.x0(), n.x1()));
            pieces.add(n.pieces());
        }
        return Optional.of(new Header(first, line, bottom, flat, pieces));
    }

    /** A column name stacked from its pieces: its text, first and last line, extent and pieces. */
    private record Name(String text, int first, int last, int x0, int x1, List<Chunk> pieces) {
        static Name of(List<Chunk> pieces) {
            int first = Integer.MAX_VALUE;
            int last = -1;
            int x0 = Integer.MAX_VALUE;
            int x1 = -1;
            for (Chunk c : pieces) {
                first = Math.min(first, c.line());
                last = Math.max(last, c.line());
                x0 = Math.min(x0, c.x0());
                x1 = Math.max(x1, c.x1());
            }
            return new Name(LayoutText.text(pieces), first, last, x0, x1, List.copyOf(pieces));
        }
    }

    /** Whether 一级指标 comes before 二级指标 or 三级指标, left to right. */
    private static boolean levelsNamed(List<Name> names) {
        boolean l1 = false;
        for (Name c : names) {
            Optional<Meaning> r = HeaderWords.column(c.text());
            if (r.isPresent() && r.get() == Meaning.LEVEL1) {
                l1 = true;
            } else if (l1 && r.isPresent() && (r.get() == Meaning.LEVEL2 || r.get() == Meaning.LEVEL3)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line holds the first piece of a column name (a name or the start of one). */
    private static boolean startsName(List<Chunk> line) {
        for (Chunk c : line) {
            if (HeaderWords.exactColumn(c.text()) || HeaderWords.columnPrefix(c.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stack a name's end on line {@code i} ends, set off from it by the tool: of the cut names on the line above
     * that it completes, the nearest, if its gap is no wider than the two pieces ("指标值确定" over "依据" set a few
     * columns left, a long header line squeezed); else null. A piece that is a name or starts one is no end.
     */
    private static List<Chunk> shiftedEnd(List<List<Chunk>> stacks, Chunk c, int i) {
        if (HeaderWords.exactColumn(c.text()) || HeaderWords.columnPrefix(c.text())) {
            return null;
        }
        List<Chunk> best = null;
        int bestGap = Integer.MAX_VALUE;
        for (List<Chunk> s : stacks) {
            Chunk last = s.get(s.size() - 1);
            String name = LayoutText.text(s);
            int gap = gap(last, c);
            if (last.line() == i - 1 && !HeaderWords.exactColumn(name) && HeaderWords.exactColumn(name + c.text())
                    && gap <= last.x1() - last.x0() + c.x1() - c.x0() && gap < bestGap) {
                best = s;
                bestGap = gap;
            }
        }
        return best;
    }

    /**
     * Whether {@code end}, on a line below {@code last}, ends the column name begun by {@code name} (whose last piece
     * is {@code last}) though set just beside it, not under it (二级指 / 标 one column right of it: a narrow header).
     */
    static boolean nameEndBeside(String name, Chunk last, Chunk end) {
        return beside(last, end) && !HeaderWords.exactColumn(name) && HeaderWords.exactColumn(name + end.text());
    }

    /** Whether two pieces stand side by side, at most {@link #BESIDE} columns apart. */
    private static boolean beside(Chunk a, Chunk b) {
        int gap = gap(a, b);
        return gap >= 0 && gap <= BESIDE;
    }

    /** The columns between two pieces side by side (negative where their extents meet). */
    private static int gap(Chunk a, Chunk b) {
        return Math.max(a.x0(), b.x0()) - Math.min(a.x1(), b.x1());
    }

    /** Whether two pieces stand over one another (their extents meet). */
    private static boolean overlap(Chunk a, Chunk b) {
        return Math.min(a.x1(), b.x1()) > Math.max(a.x0(), b.x0());
    }
}
