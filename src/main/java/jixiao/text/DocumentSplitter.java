package jixiao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jixiao.table.Meaning;

/**
 * Splits the lines of a document into the preamble (department goals and headings) and projects. A project starts
 * at a 项目编码 / 项目名称 label line, its header block runs to the indicator column header, and its body runs to
 * the title of the next project (the numbered line above the next unit line) or the end.
 */
final class DocumentSplitter {
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^\\d{1,3}\\s*[.．、]\\s*\\S.*");
    /** A unit code and name ("724001某县某局本级"), not a year ("2025年某县…" is a title). */
    private static final Pattern UNIT_CODE_NAME = Pattern.compile("^\\d{3,}+(?!年)\\S*$");
    /** A span's column-header line when the project has none before the next project's header block. */
    private static final int NO_HEADER = -1;
    /** A unit line and nothing else: "单位：万元", "724001某县某局本级 单位：万元". */
    private static final Pattern UNIT_ONLY = Pattern.compile("^(\\d{3,}\\S*\\s+)?" + Shapes.UNIT_NOTE + "$");

    /** The preamble lines and the projects in order. */
    record Split(List<SourceLine> preamble, List<ProjectText> projects) {
    }

    private DocumentSplitter() {
    }

    static Split split(List<SourceLine> lines) {
        List<int[]> spans = new ArrayList<>(); // start of header block, start of column header
        int from = 0;
        while (true) {
            int s = nextProjectStart(lines, from);
            if (s < 0) {
                break;
            }
            int h = nextColumnHeader(lines, s + 1);
            if (h < 0) {
                break;
            }
            int again = sameLabel(lines, s, h);
            if (again > 0) {
                spans.add(new int[] {s, NO_HEADER}); // its column header is not where reading order puts it
                from = again;
                continue;
            }
            spans.add(new int[] {s, h});
            from = h + 1;
        }
        List<ProjectText> projects = new ArrayList<>();
        List<SourceLine> preamble = new ArrayList<>();
        Pre pre = spans.isEmpty() ? null : pre(lines, spans.get(0)[0], 0);
        UnitLineOrder.Units units = spans.isEmpty() ? null : UnitLineOrder.inOrder(lines, pre.start, spans.size());
        for (int k = 0; k < spans.size(); k++) {
            int s = spans.get(k)[0];
            int h = spans.get(k)[1];
            if (k == 0) {
                preamble.addAll(lines.subList(0, units == null ? pre.start : units.start()));
            }
            ColumnHeader columns = h == NO_HEADER ? ColumnHeader.NONE : ColumnHeader.parse(lines, h);
            int bodyStart = h == NO_HEADER ? s + 1 : h + columns.lineCount();
            Pre next = k + 1 < spans.size() ? pre(lines, spans.get(k + 1)[0], bodyStart) : null;
            int bodyEnd = next == null ? lines.size() : next.start;
            if (h == NO_HEADER) {
                h = bodyEnd; // the header block runs to the next project: no body
                bodyStart = bodyEnd;
            }
            UnitLineOrder.Header header = UnitLineOrder.header(lines.subList(s, h));
            SourceLine unit = units != null ? units.units().get(k) : pre.unit != null ? pre.unit : header.unit();
            projects.add(new ProjectText(pre.title, unit, header.lines(), columns,
                    body(lines, bodyStart, bodyEnd, h, columns.lineCount())));
            pre = next;
        }
        if (spans.isEmpty()) {
            preamble.addAll(lines);
        }
        return new Split(preamble, projects);
    }

    /** The title lines and unit line above a project's header block, and where they start. */
    private record Pre(List<SourceLine> title, SourceLine unit, int start) {
    }

    /** The title lines and unit line above line s (no higher than lo): the unit line above or below the title. */
    private static Pre pre(List<SourceLine> lines, int s, int lo) {
        Unit below = unit(lines, s - 1, lo);
        int top = below == null ? s : below.start;
        for (Unit u = below == null ? null : unit(lines, top - 1, lo); u != null; u = unit(lines, top - 1, lo)) {
            top = u.start; // a stack of unit lines drawn out of order (UnitLineOrder): none is a title line
        }
        int j = top - 1;
        for (int t = j; t >= Math.max(lo, j - 3); t--) {
            if (numberedTitle(lines.get(t).text())) {
                return titled(lines, t, j, below, lo);
            }
        }
        if (j >= lo) {
            String last = lines.get(j).text();
            if (last.endsWith("表") || last.endsWith("绩效目标")) {
                return titled(lines, j, j, below, lo);
            }
        }
        return new Pre(List.of(), below == null ? null : below.line, below == null ? s : below.start);
    }

    /** Title lines t..j, with the unit line below them or else the one right above them. */
    private static Pre titled(List<SourceLine> lines, int t, int j, Unit below, int lo) {
        Unit above = below == null ? unit(lines, t - 1, lo) : null;
        List<SourceLine> title = lines.subList(t, j + 1);
        if (above != null) {
            return new Pre(title, above.line, above.start);
        }
        return new Pre(title, below == null ? null : below.line, t);
    }

    /** A unit line ending at line j, joined with the unit code and name on the line above it. */
    private record Unit(SourceLine line, int start) {
    }

    private static Unit unit(List<SourceLine> lines, int j, int lo) {
        if (j < lo || !isUnitLine(lines.get(j).text())) {
            return null;
        }
        SourceLine unit = lines.get(j);
        String u = unit.text();
        if (j - 1 >= lo && u.replaceAll("\\s+", "").matches("^(金额)?单位[：:].*")
                && UNIT_CODE_NAME.matcher(lines.get(j - 1).text()).matches()) {
            SourceLine code = lines.get(j - 1);
            return new Unit(new SourceLine(code.text() + " " + u, code.raw(), code.pageStart(), code.blankBefore()),
                    j - 1);
        }
        return new Unit(unit, j);
    }

    /** A numbered line, as a table's title opens ("3.（上年结转）县级…", "7、…绩效目标表"). */
    static boolean numberedTitle(String text) {
        return NUMBERED_TITLE.matcher(text).matches();
    }

    static boolean isUnitLine(String text) {
        String s = text.replaceAll("\\s+", "");
        return s.length() <= 80 && (s.contains("单位：") || s.contains("单位:"));
    }

    /** Lines a header-block label may wrap over ("项目编" / "码"; one character a line in a very narrow column). */
    private static final int LABEL_LINES = 8;

    private static int nextProjectStart(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (startLabel(lines, i) != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The line in (s, h) that opens the same project label as line s again (a second 项目编码), or -1. A header block
     * holds each label once; a second one before the column header is the next project's, and the project at s then
     * has no column header of its own where reading order puts it (plain pdftotext moves blocks by its column
     * detection).
     */
    private static int sameLabel(List<SourceLine> lines, int s, int h) {
        Meaning first = startLabel(lines, s);
        for (int i = s + 1; i < h; i++) {
            if (startLabel(lines, i) == first) {
                return i;
            }
        }
        return -1;
    }

    /** The project label (项目编码 or 项目名称, maybe wrapped) that opens at line i, or null. */
    private static Meaning startLabel(List<SourceLine> lines, int i) {
        List<Token> tokens = Token.of(lines.subList(i, Math.min(lines.size(), i + LABEL_LINES)));
        int k = HeaderBlockParser.labelAt(tokens, 0);
        if (k > 0) {
            StringBuilder sb = new StringBuilder();
            for (Token t : tokens.subList(0, k)) {
                sb.append(t.text());
            }
            Optional<Meaning> r = HeaderWords.label(sb.toString());
            if (r.isPresent() && (r.get() == Meaning.CODE || r.get() == Meaning.NAME)) {
                return r.get();
            }
        }
        return null;
    }

    private static int nextColumnHeader(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (ColumnHeader.startsAt(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Body lines with repeated column headers removed; the line after a removed header or a page break is marked. */
    private static List<ProjectText.BodyLine> body(List<SourceLine> lines, int from, int to, int header,
                                                   int headerLines) {
        List<ProjectText.BodyLine> out = new ArrayList<>();
        boolean brk = false;
        int i = from;
        while (i < to) {
            SourceLine l = lines.get(i);
            if (ColumnHeader.startsAt(lines, i)) {
                int n = 1;
                while (n < headerLines && i + n < to
                        && same(lines.get(i + n).text(), lines.get(header + n).text())) {
                    n++;
                }
                i += n;
                brk = true;
                continue;
            }
            int unit = unitLines(lines, i, to);
            if (unit > 0) { // a unit line drawn out of order: the next project's, or a page's furniture
                i += unit;
                continue;
            }
            out.add(new ProjectText.BodyLine(l, brk || l.pageStart()));
            brk = false;
            i++;
        }
        return out;
    }

    /** How many lines from i make a unit line alone (with the unit code and name on the line above it), or 0. */
    static int unitLines(List<SourceLine> lines, int i, int to) {
        String text = lines.get(i).text().strip();
        if (UNIT_ONLY.matcher(text).matches()) {
            return 1;
        }
        if (i + 1 < to && UNIT_CODE_NAME.matcher(text).matches()
                && UNIT_ONLY.matcher(lines.get(i + 1).text().strip()).matches()) {
            return 2;
        }
        return 0;
    }

    private static boolean same(String a, String b) {
        return a.replaceAll("\\s+", "").equals(b.replaceAll("\\s+", ""));
    }
}
