package jixiao.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jixiao.model.Document;
import jixiao.model.Indicator;
import jixiao.model.Project;

/**
 * Finds where a text input printed each project and each indicator cell: text has no boxes, so a cell is found by
 * its text, with the lines joined and all white space removed (wrapped cells, and columns printed one after the
 * other, then read as one string). Best effort, in reading order: each indicator is searched after the previous
 * one, the level cells before it (they are printed once, above the rows they cover); a cell interrupted by a page
 * footer is found by its longest leading part (at least 2 characters and a quarter of the text).
 */
final class TextLocator {
    /** Lines {@code first..last} (0-based, inclusive). */
    record Span(int first, int last) {
    }

    /** One project's lines ({@code to} exclusive) and, per indicator index, the lines of each field it found. */
    record Located(int from, int to, List<Map<String, Span>> cells) {
    }

    private static final String GRID_HEADER = "一级指标";

    private final String joined;
    private final int[] lineOf;
    private final int lineCount;

    TextLocator(List<String> lines) {
        StringBuilder b = new StringBuilder();
        List<Integer> owners = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String l = lines.get(n);
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    b.append(c);
                    owners.add(n);
                }
            }
        }
        joined = b.toString();
        lineOf = owners.stream().mapToInt(Integer::intValue).toArray();
        lineCount = lines.size();
    }

    /** The projects of {@code doc} in order, each with its indicators' cells. */
    List<Located> locate(Document doc) {
        List<Project> projects = doc.projects();
        int[] starts = new int[projects.size()];
        int cursor = 0;
        for (int i = 0; i < projects.size(); i++) {
            int at = projectStart(projects.get(i), cursor);
            starts[i] = at < 0 ? Math.min(cursor, joined.length()) : at;
            // the next project starts after this one's grid header
            cursor = (projects.get(i).indicators().isEmpty() ? starts[i] : gridStart(starts[i], joined.length())) + 1;
        }
        List<Located> out = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            int end = i + 1 < projects.size() ? Math.max(starts[i + 1], starts[i]) : joined.length();
            int fromLine = starts[i] < lineOf.length ? lineOf[starts[i]] : lineCount;
            int toLine = end < lineOf.length ? lineOf[end] : lineCount;
            out.add(new Located(fromLine, Math.max(toLine, Math.min(fromLine + 1, lineCount)),
                    cells(projects.get(i), gridStart(starts[i], end), end)));
        }
        return out;
    }

    /**
     * Where a project starts, searching from {@code from}: its title above its code (codes are unique), else its
     * title, else its name (two projects may share a name).
     */
    private int projectStart(Project p, int from) {
        String title = norm(p.title());
        int coded = find(norm(p.code()), from, joined.length(), false).start;
        if (coded >= 0) {
            int titled = title.isEmpty() ? -1 : joined.lastIndexOf(title, coded);
            return titled >= from ? titled : coded;
        }
        for (String s : new String[] {title, norm(p.name())}) {
            int at = find(s, from, joined.length(), false).start;
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** Where the indicator grid starts: its header's 一级指标 (every family has it), else the project's start. */
    private int gridStart(int from, int to) {
        int at = joined.indexOf(GRID_HEADER, from);
        return at >= 0 && at < to ? at : from;
    }

    private List<Map<String, Span>> cells(Project p, int from, int to) {
        List<Map<String, Span>> out = new ArrayList<>();
        int cursor = from;
        for (Indicator ind : p.indicators()) {
            Map<String, Span> found = new HashMap<>();
            Hit anchor = Hit.NONE;
            int after = cursor;
            for (String[] f : new String[][] {{"level3", ind.level3()}, {"description", ind.description()},
                {"value", ind.value()}, {"basis", ind.basis()}}) {
                Hit h = find(norm(f[1]), after, to, true);
                if (h.start >= 0) {
                    found.put(f[0], span(h));
                    after = h.start + h.length;
                    if (anchor == Hit.NONE) {
                        anchor = h;
                    }
                }
            }
            int row = anchor == Hit.NONE ? cursor : anchor.start;
            for (String[] f : new String[][] {{"level2", ind.level2()}, {"level1", ind.level1()}}) {
                String s = norm(f[1]);
                if (s.isEmpty()) {
                    continue;
                }
                int at = joined.lastIndexOf(s, row - 1);
                Hit h = at >= from && at < to ? new Hit(at, s.length()) : find(s, row, to, false);
                if (h.start >= 0) {
                    found.put(f[0], span(h));
                }
            }
            out.add(found);
            if (anchor != Hit.NONE) {
                cursor = anchor.start + 1;
            }
        }
        return out;
    }

    /** A match of {@code length} characters at {@code start} of the joined text; start -1 when none. */
    private record Hit(int start, int length) {
        static final Hit NONE = new Hit(-1, 0);
    }

    /** The first match of {@code s} in [from, to); with {@code prefix}, else of its longest leading part. */
    private Hit find(String s, int from, int to, boolean prefix) {
        if (s.isEmpty() || from < 0) {
            return Hit.NONE;
        }
        int min = prefix ? Math.min(s.length(), Math.max(2, (s.length() + 3) / 4)) : s.length();
        for (int len = s.length(); len >= min; len--) {
            int at = joined.indexOf(s.substring(0, len), from);
            if (at >= 0 && at + len <= to) {
                return new Hit(at, len);
            }
        }
        return Hit.NONE;
    }

    private Span span(Hit h) {
        return new Span(lineOf[h.start], lineOf[h.start + h.length - 1]);
    }

    private static String norm(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        return b.toString();
    }
}
