package jixiao.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits a goals cell into goals: a numbered line starts a goal, an unnumbered line continues the current one. */
final class GoalSplitter {
    private GoalSplitter() {
    }

    static List<String> split(List<String> lines) {
        List<StringBuilder> goals = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Optional<Numbering.Numbered> n = Numbering.parse(line);
            if (n.isPresent() || goals.isEmpty()) {
                goals.add(new StringBuilder(n.map(Numbering.Numbered::rest).orElse(line).strip()));
            } else {
                goals.get(goals.size() - 1).append(line);
            }
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder g : goals) {
            if (!g.isEmpty()) {
                out.add(g.toString());
            }
        }
        return out;
    }
}
