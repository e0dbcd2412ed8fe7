package jixiao.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import jixiao.model.Indicator;
import jixiao.model.Project;
import jixiao.model.Target;

/**
 * A project's indicator grid rebuilt as an HTML table: level-1 and level-2 cells merged again over the rows they
 * cover (consecutive rows with the same text and the same printed cell), every cell linked to where it was printed,
 * doubted cells marked with the severity of their issues and missing level-3 names or values marked as missing.
 */
final class IndicatorTable {
    /** Where a cell was printed: its link key, or null when unknown. Called once per shown cell. */
    @FunctionalInterface
    interface Placer {
        String key(int indicator, String field, String label, Links.Severity severity);
    }

    private static final Map<String, String> LABELS = Map.of("level1", "一级指标", "level2", "二级指标",
            "level3", "三级指标", "description", "指标描述", "value", "指标值", "basis", "指标值确定依据");

    private final Project project;
    private final Doubts doubts;
    private final Placer placer;
    private final boolean showPages;
    private final Map<String, String> keyOfCell = new HashMap<>();

    IndicatorTable(Project project, Doubts doubts, Placer placer, boolean showPages) {
        this.project = project;
        this.doubts = doubts;
        this.placer = placer;
        this.showPages = showPages;
    }

    /** The key given to a cell ({@link Doubts#cellId}), once {@link #html} has run; null when it has none. */
    String keyOf(String cellId) {
        return keyOfCell.get(cellId);
    }

    String html() {
        List<Indicator> inds = project.indicators();
        if (inds.isEmpty()) {
            return "<p class=\"empty\">no indicators</p>\n";
        }
        boolean desc = inds.stream().anyMatch(i -> i.description() != null);
        boolean basis = inds.stream().anyMatch(i -> i.basis() != null);
        List<String> fields = new ArrayList<>(List.of("level1", "level2", "level3"));
        if (desc) {
            fields.add("description");
        }
        fields.add("value");
        if (basis) {
            fields.add("basis");
        }
        String[][] keys = new String[inds.size()][];
        for (int i = 0; i < inds.size(); i++) {
            keys[i] = new String[fields.size()];
            for (int f = 0; f < fields.size(); f++) {
                keys[i][f] = place(i, fields.get(f));
            }
        }
        int[] span1 = spans(inds, keys, 0, "level1", null);
        int[] span2 = spans(inds, keys, 1, "level2", span1);
        StringBuilder b = new StringBuilder("<table class=\"ind\">\n<thead><tr><th>#</th>");
        for (String f : fields) {
            b.append("<th>").append(LABELS.get(f)).append("</th>");
            if (f.equals("value")) {
                b.append("<th title=\"the value as parsed: target op, number and unit\">target</th>");
            }
        }
        b.append(showPages ? "<th>page</th>" : "").append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < inds.size(); i++) {
            Indicator ind = inds.get(i);
            b.append("<tr id=\"p").append(project.seq()).append("-i").append(i + 1).append("\"><td class=\"n\">")
                    .append(i + 1).append("</td>");
            for (int f = 0; f < fields.size(); f++) {
                int span = f == 0 ? span1[i] : f == 1 ? span2[i] : 1;
                if (span == 0) {
                    continue; // covered by the merged cell above
                }
                cell(b, i, fields.get(f), keys[i][f], span);
                if (fields.get(f).equals("value")) {
                    String k = keys[i][f];
                    b.append("<td class=\"t\"").append(k == null ? "" : " data-b=\"" + k + "\"").append('>')
                            .append(Html.esc(target(ind.target()))).append("</td>");
                }
            }
            if (showPages) {
                b.append("<td class=\"pg\">").append(pages(ind)).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }

    private String place(int i, String field) {
        Indicator ind = project.indicators().get(i);
        String text = Doubts.text(ind, field);
        Doubts.Doubt d = doubts.of(i, field);
        String key = placer.key(i, field, LABELS.get(field) + ": " + (text == null ? "—" : text),
                d == null ? Links.Severity.none : d.severity());
        if (key != null) {
            keyOfCell.put(Doubts.cellId(i, field), key);
        }
        return key;
    }

    /**
     * Row spans of column {@code f} ({@code field}): the first row of a run of equal cells gets the run's length,
     * the others 0. Runs do not cross the runs of {@code outer} (a level-2 cell never spans two level-1 cells).
     */
    private static int[] spans(List<Indicator> inds, String[][] keys, int f, String field, int[] outer) {
        int[] span = new int[inds.size()];
        int start = 0;
        for (int i = 1; i <= inds.size(); i++) {
            if (i == inds.size() || !continues(inds, keys, f, field, outer, start, i)) {
                span[start] = i - start;
                start = i;
            }
        }
        return span;
    }

    private static boolean continues(List<Indicator> inds, String[][] keys, int f, String field, int[] outer,
                                     int start, int i) {
        String text = Doubts.text(inds.get(i), field);
        return text != null && (outer == null || outer[i] == 0) && text.equals(Doubts.text(inds.get(start), field))
                && Objects.equals(keys[i][f], keys[start][f]);
    }

    private void cell(StringBuilder b, int i, String field, String key, int rowSpan) {
        String text = Doubts.text(project.indicators().get(i), field);
        Doubts.Doubt d = doubts.of(i, field);
        List<String> classes = new ArrayList<>(List.of("f-" + field));
        List<String> notes = new ArrayList<>();
        if (key != null) {
            classes.add("c");
        } else if (text != null && showPages) {
            classes.add("nobox");
            notes.add("no position was recorded for this cell");
        }
        if (d != null) {
            classes.add("doubt");
            classes.add("sev-" + d.severity());
            notes.addAll(d.messages());
        }
        if (text == null && (field.equals("level3") || field.equals("value"))) {
            classes.add("missing");
            notes.add(LABELS.get(field) + " is missing");
        }
        b.append("<td");
        if (rowSpan > 1) {
            b.append(" rowspan=\"").append(rowSpan).append('"');
        }
        b.append(" class=\"").append(String.join(" ", classes)).append('"');
        if (key != null) {
            b.append(" data-b=\"").append(key).append("\" tabindex=\"0\"");
        }
        if (!notes.isEmpty()) {
            b.append(" title=\"").append(Html.esc(String.join("\n", notes))).append('"');
        }
        b.append('>').append(text == null ? "<span class=\"null\">—</span>" : Html.esc(text)).append("</td>");
    }

    static String target(Target t) {
        if (t == null) {
            return "—";
        }
        String op = t.op() == null ? "" : switch (t.op()) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            default -> t.op();
        };
        return (op + " " + (t.number() == null ? "" : t.number().toPlainString()) + " "
                + (t.unit() == null ? "" : t.unit())).strip();
    }

    private static String pages(Indicator ind) {
        TreeSet<Integer> pages = new TreeSet<>();
        if (ind.page() != null) {
            pages.add(ind.page());
        }
        if (ind.cells() != null) {
            ind.cells().values().forEach(c -> pages.add(c.page()));
        }
        if (pages.isEmpty()) {
            return "—";
        }
        return pages.size() == 1 ? String.valueOf(pages.first()) : pages.first() + "–" + pages.last();
    }
}
