package jixiao.text;

import java.util.ArrayList;
import java.util.List;

import jixiao.table.Meaning;

/**
 * Lays the decoded indicator rows out under the column header: one table row per indicator, and each merged
 * 一级/二级指标 cell spanning the rows of its group (up to the next cell of its own or a higher level).
 */
final class GridRowsBuilder {
    private GridRowsBuilder() {
    }

    static List<List<CellSpec>> rows(ColumnHeader header, List<GridDecoder.Row> decoded) {
        List<List<CellSpec>> out = new ArrayList<>();
        List<CellSpec> head = new ArrayList<>();
        for (int c = 0; c < header.names().size(); c++) {
            head.add(CellSpec.of(c, 1, List.of(header.names().get(c))));
        }
        out.add(head);
        List<Meaning> roles = header.roles();
        for (int r = 0; r < decoded.size(); r++) {
            List<CellSpec> row = new ArrayList<>();
            List<List<String>> cells = decoded.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                List<String> lines = cells.get(c);
                if (lines == null) {
                    continue;
                }
                CellSpec s = CellSpec.of(c, 1, lines);
                if (roles.get(c).isLevel()) {
                    s = s.withRowSpan(groupSize(decoded, roles, r, c));
                }
                row.add(s);
            }
            out.add(row);
        }
        return out;
    }

    private static int groupSize(List<GridDecoder.Row> rows, List<Meaning> roles, int r, int c) {
        int k = r + 1;
        while (k < rows.size()) {
            List<List<String>> cells = rows.get(k).cells();
            boolean starts = false;
            for (int lc = 0; lc <= c; lc++) {
                starts |= roles.get(lc).isLevel() && cells.get(lc) != null;
            }
            if (starts) {
                break;
            }
            k++;
        }
        return k - r;
    }
}
