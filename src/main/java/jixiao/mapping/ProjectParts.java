package jixiao.mapping;

import java.util.ArrayList;
import java.util.List;

import jixiao.table.TextLine;

/** What belongs to one project before mapping: its title lines, unit line and table slices across pages. */
final class ProjectParts {
    final List<TextLine> titleLines = new ArrayList<>();
    TextLine unitLine;
    final List<Slice> slices = new ArrayList<>();

    int firstPage() {
        if (!titleLines.isEmpty()) {
            return titleLines.get(0).page();
        }
        return slices.isEmpty() ? 0 : slices.get(0).page();
    }
}
