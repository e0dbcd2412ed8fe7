package jixiao.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jixiao.model.Box;

/**
 * The keys that tie what the table shows to where it was printed, for one project: a box on a PDF page, or a span of
 * text lines. A cell and its box carry the same key in {@code data-b}; one box used by several table cells (a merged
 * level-1 cell) gets one key. Keys are {@code p<seq>-<n>}, unique within a document page.
 */
final class Links {
    /** An outlined box on a page: its key, what it holds (for the tooltip), and the worst severity of its doubts. */
    record Overlay(String key, int page, Box box, String kind, String label, Severity severity) {
    }

    /** How doubtful a cell is; {@code none} when the mapper raised nothing about it. */
    enum Severity {
        none, info, warning, error;

        Severity worst(Severity other) {
            return other.ordinal() > ordinal() ? other : this;
        }
    }

    private final String prefix;
    private final Map<String, String> keyOfPlace = new LinkedHashMap<>();
    private final Map<String, Overlay> overlays = new LinkedHashMap<>();
    private final Map<Integer, List<String>> keysOfLine = new TreeMap<>();
    private int next;

    Links(int projectSeq) {
        this.prefix = "p" + projectSeq + "-";
    }

    /** The key of a box on a page, outlined on that page's image. */
    String box(int page, Box box, String kind, String label, Severity severity) {
        String place = page + "|" + box.x0() + "|" + box.y0() + "|" + box.x1() + "|" + box.y1();
        String key = keyOfPlace.computeIfAbsent(place, p -> prefix + (++next));
        Overlay old = overlays.get(key);
        if (old == null) {
            overlays.put(key, new Overlay(key, page, box, kind, label, severity));
        } else if (severity.ordinal() > old.severity().ordinal()) {
            overlays.put(key, new Overlay(key, page, box, old.kind(), old.label(), severity));
        }
        return key;
    }

    /**
     * The key of {@code field}'s text on lines {@code first..last} (0-based), marked on each of those lines. Two
     * cells of one field found on the same lines (a merged level cell) share a key; two fields on one line do not.
     */
    String lines(String field, int first, int last) {
        String place = field + "@" + first + "-" + last;
        String key = keyOfPlace.get(place);
        if (key == null) {
            key = prefix + (++next);
            keyOfPlace.put(place, key);
            for (int n = first; n <= last; n++) {
                keysOfLine.computeIfAbsent(n, x -> new ArrayList<>()).add(key);
            }
        }
        return key;
    }

    /** The overlays on {@code page}, in the order they were made. */
    List<Overlay> overlays(int page) {
        return overlays.values().stream().filter(o -> o.page() == page).toList();
    }

    /** The keys that mark text line {@code n}, space-separated; empty when none. */
    String keysOfLine(int n) {
        return String.join(" ", keysOfLine.getOrDefault(n, List.of()));
    }
}
