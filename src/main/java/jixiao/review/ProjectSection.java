package jixiao.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jixiao.model.FundPlanEntry;
import jixiao.model.Indicator;
import jixiao.model.Issue;
import jixiao.model.Project;

/**
 * One project of a document page: its facts and issues, then the rebuilt indicator table beside where it was
 * printed: the page images with every cell outlined (PDF), or the text lines with every cell's lines marked (text).
 */
final class ProjectSection {
    private final Project project;
    private final List<Issue> issues;
    private final Links links;
    private final Doubts doubts;
    private final Sources sources;

    /** What the right-hand pane shows: page images (PDF) or text lines, or why neither is there. */
    record Sources(Map<Integer, PageImages.Shot> shots, List<String> lines, TextLocator.Located located,
                   String problem) {
        boolean text() {
            return lines != null;
        }
    }

    ProjectSection(Project project, List<Issue> issues, Sources sources) {
        this.project = project;
        this.issues = List.copyOf(issues);
        this.links = new Links(project.seq());
        this.doubts = new Doubts(project, this.issues);
        this.sources = sources;
    }

    String html() {
        String id = "p" + project.seq();
        // the project's box first, so that it lies under its cells' boxes
        String projectKey = sources.text() || project.box() == null || project.pages().isEmpty() ? null
                : links.box(project.pages().get(0), project.box(), "project", "project " + project.seq(),
                Links.Severity.none);
        IndicatorTable table = new IndicatorTable(project, doubts, this::place, !sources.text());
        String tableHtml = table.html(); // assigns the cells' keys, so it comes before the panes
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"project\" id=\"").append(id).append("\">\n<h2")
                .append(projectKey == null ? "" : " data-b=\"" + projectKey + "\"").append('>')
                .append(project.seq()).append(". ").append(Html.esc(name())).append("</h2>\n");
        facts(b);
        issueList(b, table);
        b.append("<div class=\"split\">\n<div class=\"pane table-pane\">\n").append(tableHtml).append("</div>\n")
                .append("<div class=\"pane source-pane\"><div class=\"pane-scroll\">\n");
        if (sources.text()) {
            textLines(b);
        } else {
            pageFigures(b);
        }
        return b.append("</div></div>\n</div>\n</section>\n").toString();
    }

    private String name() {
        if (project.name() != null) {
            return project.name();
        }
        return project.title() != null ? project.title() : "(no name)";
    }

    private String place(int i, String field, String label, Links.Severity severity) {
        Indicator ind = project.indicators().get(i);
        if (sources.text()) {
            TextLocator.Span s = sources.located() == null || i >= sources.located().cells().size() ? null
                    : sources.located().cells().get(i).get(field);
            return s == null ? null : links.lines(field, s.first(), s.last());
        }
        Indicator.CellRef ref = ind.cells() == null ? null : ind.cells().get(field);
        if (ref != null && ref.box() != null) {
            return links.box(ref.page(), ref.box(), "cell", label, severity);
        }
        boolean anchorOnly = ind.cells() == null || ind.cells().isEmpty();
        if (anchorOnly && field.equals("level3") && ind.box() != null && ind.page() != null) {
            return links.box(ind.page(), ind.box(), "cell", label, severity); // only the indicator's box is known
        }
        return null;
    }

    private void facts(StringBuilder b) {
        b.append("<dl class=\"facts\">");
        fact(b, "code", project.code());
        fact(b, "unit", join(project.unitCode(), project.unitName()));
        fact(b, "department", project.department());
        String unit = project.amountUnit() == null ? "" : " " + project.amountUnit();
        fact(b, "budget", "total " + Html.amount(project.budget().total()) + " · fiscal "
                + Html.amount(project.budget().fiscal()) + " · other " + Html.amount(project.budget().other()) + unit);
        fact(b, "fund plan", project.fundPlan().isEmpty() ? null : project.fundPlan().stream()
                .map(ProjectSection::period).collect(Collectors.joining(" · ")));
        fact(b, "pages", project.pages().isEmpty() ? null
                : project.pages().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        fact(b, "indicators", String.valueOf(project.indicators().size()));
        b.append("</dl>\n");
        if (project.purpose() != null || !project.goals().isEmpty()) {
            b.append("<details class=\"goals\"><summary>purpose and goals</summary>");
            if (project.purpose() != null) {
                b.append("<p><b>purpose</b> ").append(Html.esc(project.purpose())).append("</p>");
            }
            if (!project.goals().isEmpty()) {
                b.append("<ol>");
                project.goals().forEach(g -> b.append("<li>").append(Html.esc(g)).append("</li>"));
                b.append("</ol>");
            }
            b.append("</details>\n");
        }
    }

    private static String period(FundPlanEntry e) {
        return (e.period() == null ? "?" : e.period()) + " " + Html.amount(e.value());
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }

    private static void fact(StringBuilder b, String term, String value) {
        if (value != null) {
            b.append("<div><dt>").append(term).append("</dt><dd>").append(Html.esc(value)).append("</dd></div>");
        }
    }

    private void issueList(StringBuilder b, IndicatorTable table) {
        if (issues.isEmpty()) {
            return;
        }
        b.append("<ul class=\"issues\">\n");
        for (int n = 0; n < issues.size(); n++) {
            Issue is = issues.get(n);
            List<String> keys = new ArrayList<>();
            for (String cell : doubts.cellsOfIssue(n)) {
                String k = table.keyOf(cell);
                if (k != null && !keys.contains(k)) {
                    keys.add(k);
                }
            }
            DocumentPage.issueItem(b, is, keys, is.page() == null || sources.text() ? null
                    : "p" + project.seq() + "-pg" + is.page());
        }
        b.append("</ul>\n");
    }

    private void pageFigures(StringBuilder b) {
        Set<Integer> pages = new TreeSet<>(project.pages());
        for (Indicator ind : project.indicators()) {
            if (ind.page() != null) {
                pages.add(ind.page());
            }
            if (ind.cells() != null) {
                ind.cells().values().forEach(c -> pages.add(c.page()));
            }
        }
        issues.stream().filter(i -> i.page() != null).forEach(i -> pages.add(i.page()));
        if (pages.isEmpty()) {
            b.append("<p class=\"empty\">no page is known for this project</p>\n");
        }
        for (int page : pages) {
            List<Issue> here = issues.stream().filter(i -> Integer.valueOf(page).equals(i.page())).toList();
            DocumentPage.figure(b, "p" + project.seq() + "-pg" + page, page, sources.shots().get(page),
                    sources.problem(), here, links.overlays(page));
        }
    }

    private void textLines(StringBuilder b) {
        TextLocator.Located loc = sources.located();
        if (loc == null) {
            b.append("<p class=\"empty\">").append(Html.esc(sources.problem() == null ? "the text is not available"
                    : sources.problem())).append("</p>\n");
            return;
        }
        b.append("<div class=\"lines\">\n");
        for (int n = loc.from(); n < loc.to() && n < sources.lines().size(); n++) {
            String keys = links.keysOfLine(n);
            b.append("<div class=\"ln\"").append(keys.isEmpty() ? "" : " data-b=\"" + keys + "\"")
                    .append("><span class=\"no\">").append(n + 1).append("</span>")
                    .append(Html.esc(sources.lines().get(n))).append("</div>\n");
        }
        b.append("</div>\n");
    }
}
