package jixiao.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jixiao.model.Indicator;
import jixiao.model.Issue;
import jixiao.model.Project;

/**
 * The indicator cells the mapper doubted. An issue names the cell it is about by quoting its text ({@code level-1
 * indicator "…" is not in the standard taxonomy}); each quoted text is matched against the cells of the issue's
 * project, and a match marks that cell with the issue's severity and message. Issues that match no cell stay in the
 * project's list (and on their page).
 */
final class Doubts {
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    static final List<String> FIELDS = List.of("level1", "level2", "level3", "description", "value", "basis");

    /** The issues about one cell. */
    record Doubt(Links.Severity severity, List<String> messages) {
    }

    private final Map<String, Doubt> byCell = new HashMap<>();
    private final List<List<String>> cellsOfIssue = new ArrayList<>();

    Doubts(Project project, List<Issue> projectIssues) {
        for (Issue issue : projectIssues) {
            Matcher m = QUOTED.matcher(issue.message() == null ? "" : issue.message());
            List<String> cells = new ArrayList<>();
            while (m.find()) {
                String quoted = m.group(1).strip();
                for (int i = 0; i < project.indicators().size(); i++) {
                    Indicator ind = project.indicators().get(i);
                    for (String f : FIELDS) {
                        String text = text(ind, f);
                        if (text != null && text.strip().equals(quoted)) {
                            add(i, f, issue);
                            cells.add(cellId(i, f));
                        }
                    }
                }
            }
            cellsOfIssue.add(List.copyOf(cells));
        }
    }

    private void add(int indicator, String field, Issue issue) {
        Links.Severity s = Links.Severity.valueOf(issue.severity().name());
        String msg = issue.severity().name() + " " + issue.code() + ": " + issue.message();
        byCell.merge(cellId(indicator, field), new Doubt(s, List.of(msg)), (a, b) -> {
            List<String> all = new ArrayList<>(a.messages());
            all.addAll(b.messages());
            return new Doubt(a.severity().worst(b.severity()), all);
        });
    }

    /** The doubt about a field of the {@code indicator}-th indicator, or null. */
    Doubt of(int indicator, String field) {
        return byCell.get(cellId(indicator, field));
    }

    /** The cells ({@link #cellId}) the {@code n}-th issue of the project quoted; empty when none. */
    List<String> cellsOfIssue(int n) {
        return cellsOfIssue.get(n);
    }

    static String cellId(int indicator, String field) {
        return indicator + "." + field;
    }

    static String text(Indicator ind, String field) {
        return switch (field) {
            case "level1" -> ind.level1();
            case "level2" -> ind.level2();
            case "level3" -> ind.level3();
            case "description" -> ind.description();
            case "value" -> ind.value();
            case "basis" -> ind.basis();
            default -> throw new IllegalArgumentException("not an indicator cell: " + field);
        };
    }
}
