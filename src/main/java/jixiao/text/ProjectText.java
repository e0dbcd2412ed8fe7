package jixiao.text;

import java.util.List;

/**
 * One project's lines: its title lines and unit line (free text above the table), the header-block lines (项目编码
 * … 绩效目标), the indicator column header and the body lines below it. Body lines carry {@code breakBefore} where
 * a page break or a repeated column header preceded them.
 */
record ProjectText(List<SourceLine> title, SourceLine unitLine, List<SourceLine> header, ColumnHeader columns,
                   List<BodyLine> body) {
    ProjectText {
        title = List.copyOf(title);
        header = List.copyOf(header);
        body = List.copyOf(body);
    }

    /**
     * Share of body lines holding several space-parted pieces below which the body, too, prints its cells a text run
     * a line: text that keeps a baseline's cells on one line has a row's first cells side by side on most rows
     * (0.14 and up in the corpora), text run by run has a piece beside another only where the tool joined two
     * close runs ("5.87 万元"; 0.09 at most).
     */
    private static final double RUN_LINES_SHARED = 0.12;

    /**
     * Whether the project's text prints each text run on a line of its own (MuPDF's text output): its column header
     * has most names on lines of their own ({@link ColumnHeader#runLines()}) and few of its body lines hold more
     * than one piece.
     */
    boolean runLines() {
        if (!columns.runLines() || body.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (BodyLine b : body) {
            shared += b.line().text().strip().split("\\s+").length > 1 ? 1 : 0;
        }
        return shared < RUN_LINES_SHARED * body.size();
    }

    /** A line under the column header. */
    record BodyLine(SourceLine line, boolean breakBefore) {
    }
}
