package jixiao.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Unit lines ("724001某县某局本级 单位：万元") drawn out of reading order. Some producers draw a page's unit lines
 * before its other text, so a project's unit line can stand above the title of the project before it, among that
 * project's rows, or stacked with the next project's unit line above a title. They never reorder unit lines among
 * themselves: where the projects' part of the document holds exactly one unit line a project, the k-th unit line is
 * the k-th project's. Otherwise the text does not tell and each project keeps the unit line beside its title.
 */
final class UnitLineOrder {
    private UnitLineOrder() {
    }

    /** The unit line of each project in order, and the line where the first of them (the projects' part) starts. */
    record Units(List<SourceLine> units, int start) {
    }

    /**
     * The unit lines from the stack of unit lines that ends right above line {@code firstStart} (where the first
     * project's title region starts) to the end of the text, one for each project, or null when their number is not
     * the number of projects.
     */
    static Units inOrder(List<SourceLine> lines, int firstStart, int projects) {
        int start = firstStart;
        while (true) {
            int above = startOfUnitEndingAt(lines, start - 1);
            if (above < 0) {
                break;
            }
            start = above;
        }
        List<SourceLine> units = new ArrayList<>();
        int i = start;
        while (i < lines.size()) {
            int n = DocumentSplitter.unitLines(lines, i, lines.size());
            if (n > 0) {
                units.add(joined(lines, i, n));
                i += n;
            } else {
                i++;
            }
        }
        return units.size() == projects ? new Units(units, start) : null;
    }

    /** The header-block lines without unit lines, and the first unit line among them (null if none). */
    record Header(List<SourceLine> lines, SourceLine unit) {
    }

    /** Takes unit lines out of a header block: they are never a label's value (a code is no "…单位：元"). */
    static Header header(List<SourceLine> header) {
        List<SourceLine> out = new ArrayList<>();
        SourceLine unit = null;
        int i = 0;
        while (i < header.size()) {
            int n = DocumentSplitter.unitLines(header, i, header.size());
            if (n > 0) {
                unit = unit == null ? joined(header, i, n) : unit;
                i += n;
            } else {
                out.add(header.get(i));
                i++;
            }
        }
        return new Header(out, unit);
    }

    /** Where the unit line ending at line j starts (j, or j - 1 for a code-and-name line above it), or -1. */
    private static int startOfUnitEndingAt(List<SourceLine> lines, int j) {
        if (j < 0) {
            return -1;
        }
        if (j >= 1 && DocumentSplitter.unitLines(lines, j - 1, lines.size()) == 2) {
            return j - 1;
        }
        return DocumentSplitter.unitLines(lines, j, j + 1) == 1 ? j : -1;
    }

    /** The unit line of n lines at i as one line (a code-and-name line joined with the unit line below it). */
    private static SourceLine joined(List<SourceLine> lines, int i, int n) {
        SourceLine first = lines.get(i);
        if (n == 1) {
            return first;
        }
        return new SourceLine(first.text() + " " + lines.get(i + 1).text().strip(), first.raw(), first.pageStart(),
                first.blankBefore());
    }
}
