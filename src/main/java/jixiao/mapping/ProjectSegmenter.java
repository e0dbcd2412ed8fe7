package jixiao.mapping;

import java.util.ArrayList;
import java.util.List;

import jixiao.table.Block;
import jixiao.table.Cell;
import jixiao.table.Table;
import jixiao.table.TextBlock;
import jixiao.table.TextLine;

/**
 * Splits the document's blocks into projects: a project starts at a table row holding a 项目名称 / 项目编码 label
 * and runs over the following table rows, across pages, until the next project starts. The free lines just above a
 * project's first table give its title and unit line; free lines before the first project are the preamble.
 */
final class ProjectSegmenter {
    /** The segmentation: preamble lines (before the first project) and the projects in order. */
    record Result(List<TextLine> preamble, List<ProjectParts> projects) {
    }

    /** How many rows at the top of a table may hold the project labels that open a project. */
    private static final int HEADER_LOOKAHEAD = 3;

    private ProjectSegmenter() {
    }

    static Result segment(List<Block> blocks) {
        List<TextLine> preamble = new ArrayList<>();
        List<ProjectParts> projects = new ArrayList<>();
        List<TextLine> pending = new ArrayList<>();
        ProjectParts current = null;
        boolean seenName = false;
        boolean seenCode = false;
        boolean seenIndicators = false;
        for (Block b : blocks) {
            if (b instanceof TextBlock tb) {
                pending.add(tb.line());
                continue;
            }
            Table t = (Table) b;
            int segStart = 0;
            boolean segIsProject = startsProject(t, 0)
                    && !continuesHeaderBlock(t, current, seenName, seenCode, seenIndicators, pending);
            if (segIsProject) {
                seenName = false;
                seenCode = false;
                seenIndicators = false;
            }
            for (int r = 0; r < t.rows(); r++) {
                RowKind kind = kind(t, r);
                boolean rowHasName = kind == RowKind.PROJECT_LABEL && hasNameLabel(t, r);
                if (kind == RowKind.PROJECT_LABEL && (seenIndicators || rowHasName && seenName)) {
                    current = emit(t, segStart, r - 1, segIsProject, current, projects, pending, preamble);
                    pending.clear();
                    segStart = r;
                    segIsProject = true;
                    seenName = false;
                    seenCode = false;
                    seenIndicators = false;
                }
                if (rowHasName) {
                    seenName = true;
                }
                if (kind == RowKind.PROJECT_LABEL && hasLabel(t, r, Field.CODE)) {
                    seenCode = true;
                }
                if (kind == RowKind.INDICATOR_HEADER) {
                    seenIndicators = true;
                }
            }
            current = emit(t, segStart, t.rows() - 1, segIsProject, current, projects, pending, preamble);
            pending.clear();
        }
        if (current == null) {
            preamble.addAll(pending);
        }
        return new Result(preamble, projects);
    }

    private static ProjectParts emit(Table t, int from, int to, boolean isProjectStart, ProjectParts current,
                                     List<ProjectParts> projects, List<TextLine> pending, List<TextLine> preamble) {
        if (from > to) {
            return current;
        }
        if (isProjectStart) {
            ProjectParts p = new ProjectParts();
            List<TextLine> before = new ArrayList<>(pending);
            takeTitle(before, p);
            if (projects.isEmpty()) {
                preamble.addAll(before);
            }
            p.slices.add(new Slice(t, from, to));
            projects.add(p);
            return p;
        }
        if (current == null) {
            preamble.addAll(pending);
            return null;
        }
        current.slices.add(new Slice(t, from, to));
        return current;
    }

    /** Moves the unit line and the title lines at the end of {@code lines} into the project. */
    private static void takeTitle(List<TextLine> lines, ProjectParts p) {
        int i = lines.size() - 1;
        if (i >= 0 && isUnitLine(lines.get(i).text())) {
            p.unitLine = lines.get(i);
            i--;
        }
        if (i < 0) {
            return;
        }
        int first = i;
        while (first - 1 >= 0) {
            TextLine prev = lines.get(first - 1);
            TextLine next = lines.get(first);
            boolean samePage = prev.page() == next.page();
            boolean sameSize = Math.abs(prev.size() - next.size()) <= 0.6;
            double gap = next.box().top() - prev.box().bottom();
            if (!samePage || !sameSize || gap > 1.2 * next.size() || isUnitLine(prev.text())) {
                break;
            }
            first--;
        }
        int start = first;
        for (int k = i; k >= first; k--) {
            if (Numbering.parse(lines.get(k).text()).isPresent()) {
                start = k;
                break;
            }
        }
        if (!looksLikeTitle(lines.subList(start, i + 1))) {
            return;
        }
        for (int k = start; k <= i; k++) {
            p.titleLines.add(lines.get(k));
        }
        if (p.unitLine == null && start > 0 && isUnitLine(lines.get(start - 1).text())) {
            p.unitLine = lines.get(start - 1);
        }
        lines.subList(start, lines.size()).clear();
    }

    private static boolean looksLikeTitle(List<TextLine> lines) {
        StringBuilder sb = new StringBuilder();
        for (TextLine l : lines) {
            sb.append(l.text());
        }
        String s = sb.toString().replaceAll("\\s+", "");
        return !s.isEmpty() && s.length() <= 120 && !PageFurniture.is(s);
    }

    static boolean isUnitLine(String text) {
        String s = text.replaceAll("\\s+", "");
        return s.length() <= 80 && (s.contains("单位：") || s.contains("单位:"));
    }

    private enum RowKind { PROJECT_LABEL, INDICATOR_HEADER, OTHER }

    private static RowKind kind(Table t, int r) {
        List<Cell> cells = t.rowStarting(r);
        List<String> texts = new ArrayList<>();
        for (Cell c : cells) {
            texts.add(c.text());
        }
        if (Labels.isIndicatorHeader(texts)) {
            return RowKind.INDICATOR_HEADER;
        }
        for (Cell c : cells) {
            if (Labels.projectLabel(c.text())) {
                return RowKind.PROJECT_LABEL;
            }
        }
        return RowKind.OTHER;
    }

    private static boolean hasNameLabel(Table t, int r) {
        return hasLabel(t, r, Field.NAME);
    }

    private static boolean hasLabel(Table t, int r, Field field) {
        for (Cell c : t.rowStarting(r)) {
            if (Labels.header(c.text()).filter(f -> f == field).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether table {@code t}, which opens with project labels, is the rest of the current project's header block
     * cut by a page break (e.g. 项目编码 at the foot of page k, 项目名称 at the top of page k+1): the current project
     * has read no indicator header yet, nothing but page furniture lies between, and the labels in the table's
     * first rows are ones the project has not seen yet. A second 项目名称 or 项目编码, a title line in between, or a
     * project that already reached its grid starts a new project.
     */
    private static boolean continuesHeaderBlock(Table t, ProjectParts current, boolean seenName, boolean seenCode,
                                                boolean seenIndicators, List<TextLine> between) {
        if (current == null || seenIndicators) {
            return false;
        }
        for (TextLine l : between) {
            if (!PageFurniture.is(l.text())) {
                return false;
            }
        }
        for (int r = 0; r < Math.min(t.rows(), HEADER_LOOKAHEAD); r++) {
            if (kind(t, r) == RowKind.INDICATOR_HEADER) {
                break;
            }
            if (seenName && hasLabel(t, r, Field.NAME) || seenCode && hasLabel(t, r, Field.CODE)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsProject(Table t, int from) {
        for (int r = from; r < Math.min(t.rows(), from + HEADER_LOOKAHEAD); r++) {
            if (kind(t, r) == RowKind.PROJECT_LABEL) {
                return true;
            }
        }
        return false;
    }
}
