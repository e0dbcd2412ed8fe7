package jixiao.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A space-separated piece of a body line, the unit the grid decoder assigns to cells: whether it starts its line,
 * follows blank lines, or follows a page break (a repeated column header).
 */
record Atom(String text, int line, boolean firstOnLine, boolean blankBefore, boolean breakBefore) {

    static List<Atom> of(List<ProjectText.BodyLine> body) {
        List<Atom> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            ProjectText.BodyLine b = body.get(i);
            String[] parts = b.line().text().strip().split("\\s+");
            for (int k = 0; k < parts.length; k++) {
                if (!parts[k].isEmpty()) {
                    boolean first = k == 0;
                    out.add(new Atom(parts[k], i, first, first && b.line().blankBefore(), first && b.breakBefore()));
                }
            }
        }
        return out;
    }
}
