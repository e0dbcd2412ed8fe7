package jixiao.text;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jixiao.table.Meaning;

/**
 * Tells a project whose text is not in reading order: some producers draw a table's one-line cells first and its
 * wrapped cells after them, and a tool that writes text in drawing order ({@code pdftotext -raw}) then puts header-block
 * labels (资金支出计划, 预算规模及资金用途) and the fund plan's period row among the indicator rows. The rows of such a
 * body cannot be rebuilt by order; they are reported, never guessed.
 */
final class ReadingOrder {
    /** Labels that only ever stand above the column header. */
    private static final Set<Meaning> HEADER_ONLY = Set.of(Meaning.CODE, Meaning.NAME, Meaning.BUDGET_GROUP,
            Meaning.FUND_PLAN);
    /** A line of this many periods or more, or as many lines of one period each, is a fund plan's column header. */
    private static final int PERIOD_ROW = 3;

    private ReadingOrder() {
    }

    /**
     * Why a project's table cannot be rebuilt by order: the message, and whether its header block holds
     * indicator text, so that no label's amount can be trusted either.
     */
    record Disorder(String message, boolean amountsLost) {
    }

    /**
     * The disorder of a project's text, or empty when it reads in order: no column header before the next project's
     * header block, or lines out of place ({@link #misplaced}).
     */
    static Optional<Disorder> of(ProjectText p) {
        String inHeader = columnNamesInHeader(p);
        String why;
        if (p.columns().names().isEmpty()) {
            why = "the next project's header block comes before this project's indicator column header 一级指标 /"
                    + " 二级指标 / 三级指标";
        } else {
            String misplaced = inHeader != null ? inHeader : misplacedInBody(p);
            if (misplaced == null) {
                return Optional.empty();
            }
            why = "\"" + misplaced + "\" stands out of place: header-block content among the indicator rows, or column"
                    + " names apart from the column header";
        }
        return Optional.of(new Disorder("the table's text is not in reading order (" + why + "): indicators and fund"
                + " plan left out", inHeader != null));
    }

    /**
     * The first line out of place (column names in the header block, or a body line that belongs above the column
     * header), or null when the project reads in order.
     */
    static String misplaced(ProjectText p) {
        String inHeader = columnNamesInHeader(p);
        return inHeader != null ? inHeader : misplacedInBody(p);
    }

    /** The first body line that belongs above the column header, or null when the body reads in order. */
    private static String misplacedInBody(ProjectText p) {
        List<ProjectText.BodyLine> body = p.body();
        int periods = 0;
        for (int i = 0; i < body.size(); i++) {
            String text = body.get(i).line().text().strip();
            String label = text.replaceAll("\\s+", "");
            if (HeaderWords.hasOpenParen(label) && i + 1 < body.size()) {
                label += body.get(i + 1).line().text().replaceAll("\\s+", ""); // 资金支出计划（ / %）
            }
            Optional<Meaning> role = HeaderWords.label(label);
            if (role.isPresent() && HEADER_ONLY.contains(role.get())) {
                return text;
            }
            if (periodRow(text) || columnNames(text)) {
                return text;
            }
            periods = Shapes.period(text) ? periods + 1 : 0;
            if (periods >= PERIOD_ROW) {
                return text; // the periods printed a line each (a text run a line)
            }
        }
        return null;
    }

    /**
     * The first header-block line of indicator column names only, or null: the column header's names parted and the
     * indicator rows' text stands among the header-block labels, so no label's amount can be trusted either.
     */
    private static String columnNamesInHeader(ProjectText p) {
        for (SourceLine l : p.header()) {
            if (columnNames(l.text().strip())) {
                return l.text().strip();
            }
        }
        return null;
    }

    /**
     * Whether the line holds indicator column names only (指标值, 二级指标 三级指标): the column header's names stand
     * apart from it among the rows, so the text's blocks were moved (plain pdftotext orders blocks by its column
     * detection). A repeated header on a later page is no body line.
     */
    private static boolean columnNames(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (String s : text.split("\\s+")) {
            if (!HeaderWords.exactColumn(s)) {
                return false;
            }
        }
        return true;
    }

    private static boolean periodRow(String text) {
        String[] parts = text.split("\\s+");
        if (parts.length < PERIOD_ROW) {
            return false;
        }
        for (String s : parts) {
            if (!Shapes.period(s)) {
                return false;
            }
        }
        return true;
    }
}
