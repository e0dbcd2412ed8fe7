package jixiao.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jixiao.table.Meaning;

/**
 * Memoised {@link CellScorer} results for one decoding: the search scores the same cell texts many times over.
 * Not thread-safe; one instance per {@link GridDecoder} run.
 */
final class CellCache {
    private final Map<String, Double> scores = new HashMap<>();
    private final Map<String, Double> allowances = new HashMap<>();

    double score(Meaning role, List<String> lines, ColumnWidth width) {
        String key = role.ordinal() + "|" + width.wrap() + "|" + width.full() + "|" + String.join("\n", lines);
        Double s = scores.get(key);
        if (s == null) {
            s = CellScorer.score(role, lines, width);
            scores.put(key, s);
        }
        return s;
    }

    double allowance(Meaning role, List<String> lines) {
        String text = String.join("", lines);
        String key = role.ordinal() + "|" + text;
        Double s = allowances.get(key);
        if (s == null) {
            s = CellScorer.openAllowance(role, text);
            allowances.put(key, s);
        }
        return s;
    }
}
