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

    /** A line under the column header. */
    record BodyLine(SourceLine line, boolean breakBefore) {
    }
}
