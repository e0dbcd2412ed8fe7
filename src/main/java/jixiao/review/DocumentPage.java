package jixiao.review;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jixiao.model.DepartmentGoals;
import jixiao.model.Document;
import jixiao.model.Issue;
import jixiao.model.Metadata;
import jixiao.model.Project;
import jixiao.model.Source;

/** The review page of one document: its header, the issues of the whole document, then one section per project. */
final class DocumentPage {
    private DocumentPage() {
    }

    /**
     * The page's HTML. {@code sources} holds the page images, or the text lines and where each project was found
     * ({@code located}, one per project), or why neither is available.
     */
    static String html(Document doc, String jsonName, ProjectSection.Sources sources,
                       List<TextLocator.Located> located) {
        StringBuilder b = new StringBuilder(64 * 1024);
        Metadata m = doc.document();
        String title = m != null && m.title() != null ? m.title() : Html.fileName(pathOf(doc));
        Head.open(b, title + " · review", "../");
        b.append("<body class=\"doc\">\n<header>\n<p class=\"crumbs\"><a href=\"../index.html\">all documents</a> / ")
                .append(Html.esc(jsonName)).append("</p>\n<h1>").append(Html.esc(title)).append("</h1>\n");
        about(b, doc, sources);
        nav(b, doc);
        Head.legend(b, sources.text());
        b.append("</header>\n<main>\n");
        documentIssues(b, doc, sources);
        goals(b, doc.departmentGoals());
        for (int i = 0; i < doc.projects().size(); i++) {
            Project p = doc.projects().get(i);
            List<Issue> mine = doc.issues().stream().filter(is -> Integer.valueOf(p.seq()).equals(is.project()))
                    .toList();
            TextLocator.Located loc = located == null || i >= located.size() ? null : located.get(i);
            ProjectSection.Sources s = new ProjectSection.Sources(sources.shots(), sources.lines(), loc,
                    sources.problem());
            b.append(new ProjectSection(p, mine, s).html());
        }
        if (doc.projects().isEmpty()) {
            b.append("<p class=\"empty\">no project target tables were found in this document</p>\n");
        }
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String pathOf(Document doc) {
        return doc.source() == null ? null : doc.source().path();
    }

    private static void about(StringBuilder b, Document doc, ProjectSection.Sources sources) {
        Source s = doc.source();
        Metadata m = doc.document();
        b.append("<dl class=\"facts\">");
        if (s != null) {
            item(b, "source", s.path());
            item(b, "format", s.format());
            item(b, "pages", s.pages() == null ? null : String.valueOf(s.pages()));
        }
        if (m != null) {
            item(b, "department", m.department());
            item(b, "unit", m.unitCode() == null ? m.unitName() : m.unitCode() + " " + m.unitName());
            item(b, "fiscal year", m.fiscalYear() == null ? null : String.valueOf(m.fiscalYear()));
            item(b, "amount unit", m.amountUnit());
        }
        item(b, "projects", String.valueOf(doc.projects().size()));
        item(b, "indicators", String.valueOf(doc.indicatorCount()));
        b.append("</dl>\n");
        if (sources.problem() != null) {
            b.append("<p class=\"notice sev-warning\">").append(Html.esc(sources.problem())).append("</p>\n");
        }
    }

    private static void item(StringBuilder b, String term, String value) {
        if (value != null) {
            b.append("<div><dt>").append(term).append("</dt><dd>").append(Html.esc(value)).append("</dd></div>");
        }
    }

    private static void nav(StringBuilder b, Document doc) {
        if (doc.projects().isEmpty()) {
            return;
        }
        b.append("<nav class=\"projects\"><ol>");
        for (Project p : doc.projects()) {
            Issue.Severity worst = null;
            for (Issue is : doc.issues()) {
                if (Integer.valueOf(p.seq()).equals(is.project())
                        && (worst == null || is.severity().ordinal() < worst.ordinal())) {
                    worst = is.severity(); // the enum lists error first
                }
            }
            b.append("<li><a href=\"#p").append(p.seq()).append("\"")
                    .append(worst == null ? "" : " class=\"sev-" + worst + "\"").append('>')
                    .append(Html.esc(p.name() != null ? p.name() : p.title() != null ? p.title() : "(no name)"))
                    .append("</a> <small>").append(p.indicators().size()).append("</small></li>");
        }
        b.append("</ol></nav>\n");
    }

    /** Issues not about one project (or about a project this document does not have), with their pages. */
    private static void documentIssues(StringBuilder b, Document doc, ProjectSection.Sources sources) {
        Set<Integer> seqs = new TreeSet<>();
        doc.projects().forEach(p -> seqs.add(p.seq()));
        List<Issue> general = doc.issues().stream().filter(i -> i.project() == null || !seqs.contains(i.project()))
                .toList();
        if (general.isEmpty()) {
            return;
        }
        b.append("<section class=\"doc-issues\" id=\"issues\">\n<h2>document issues</h2>\n<ul class=\"issues\">\n");
        Set<Integer> pages = new TreeSet<>();
        for (Issue is : general) {
            boolean figure = is.page() != null && !sources.text();
            if (figure) {
                pages.add(is.page());
            }
            issueItem(b, is, List.of(), figure ? "d-pg" + is.page() : null);
        }
        b.append("</ul>\n");
        if (!pages.isEmpty()) {
            b.append("<div class=\"figures\">\n");
            for (int page : pages) {
                List<Issue> here = general.stream().filter(i -> Integer.valueOf(page).equals(i.page())).toList();
                figure(b, "d-pg" + page, page, sources.shots().get(page), sources.problem(), here, List.of());
            }
            b.append("</div>\n");
        }
        b.append("</section>\n");
    }

    private static void goals(StringBuilder b, DepartmentGoals g) {
        if (g == null || (g.overall() == null && g.items().isEmpty() && g.safeguards().isEmpty())) {
            return;
        }
        b.append("<details class=\"goals dept\"><summary>department goals: ").append(g.items().size())
                .append(" items, ").append(g.safeguards().size()).append(" safeguards</summary>\n");
        if (g.overall() != null) {
            b.append("<p>").append(Html.esc(g.overall())).append("</p>\n");
        }
        b.append("<ol>");
        g.items().forEach(i -> b.append("<li value=\"").append(i.no()).append("\"><b>").append(Html.esc(i.title()))
                .append("</b> ").append(Html.esc(i.target())).append("</li>"));
        b.append("</ol>\n<ol>");
        g.safeguards().forEach(s -> b.append("<li value=\"").append(s.no()).append("\"><b>")
                .append(Html.esc(s.title())).append("</b> ").append(Html.esc(s.text())).append("</li>"));
        b.append("</ol>\n</details>\n");
    }

    /** One issue as a list item in its severity's colour; {@code keys} are the cells it is about. */
    static void issueItem(StringBuilder b, Issue is, List<String> keys, String figureId) {
        b.append("<li class=\"sev-").append(is.severity()).append('"');
        if (!keys.isEmpty()) {
            b.append(" data-b=\"").append(String.join(" ", keys)).append("\" tabindex=\"0\"");
        }
        b.append("><span class=\"sev\">").append(is.severity()).append("</span> <code>").append(Html.esc(is.code()))
                .append("</code> ");
        if (is.page() != null) {
            b.append(figureId == null ? "p. " + is.page() : "<a href=\"#" + figureId + "\">p. " + is.page() + "</a>")
                    .append(' ');
        }
        b.append(Html.esc(is.message())).append("</li>\n");
    }

    /** A page image with the given boxes outlined on it and the page's issues as badges in its caption. */
    static void figure(StringBuilder b, String id, int page, PageImages.Shot shot, String problem, List<Issue> issues,
                       List<Links.Overlay> overlays) {
        b.append("<figure class=\"page\" id=\"").append(id).append("\" data-page=\"").append(page)
                .append("\">\n<figcaption>page ").append(page);
        for (Issue is : issues) {
            b.append(" <span class=\"badge sev-").append(is.severity()).append("\" title=\"")
                    .append(Html.esc(is.message())).append("\">").append(Html.esc(is.code())).append("</span>");
        }
        b.append("</figcaption>\n");
        if (shot == null || !shot.drawn()) {
            String why = shot != null ? "PDFBox could not draw this page: " + shot.error()
                    : problem != null ? problem : "this page was not rendered";
            b.append("<div class=\"noimage\">").append(Html.esc(why)).append("</div>\n</figure>\n");
            return;
        }
        b.append("<div class=\"sheet\" style=\"aspect-ratio: ").append(Html.num(shot.width(), 2)).append(" / ")
                .append(Html.num(shot.height(), 2)).append("\">")
                .append("<img src=\"").append(Html.href(shot.file())).append("\" width=\"").append(shot.pixelWidth())
                .append("\" height=\"").append(shot.pixelHeight()).append("\" alt=\"page ").append(page)
                .append("\">\n");
        for (Links.Overlay o : overlays) {
            b.append("<div class=\"box ").append(o.kind()).append(o.severity() == Links.Severity.none ? ""
                    : " doubt sev-" + o.severity()).append("\" data-b=\"").append(o.key()).append("\" title=\"")
                    .append(Html.esc(o.label())).append("\" style=\"left:").append(Html.pct(o.box().x0(), shot.width()))
                    .append(";top:").append(Html.pct(o.box().y0(), shot.height()))
                    .append(";width:").append(Html.pct(o.box().x1() - o.box().x0(), shot.width()))
                    .append(";height:").append(Html.pct(o.box().y1() - o.box().y0(), shot.height()))
                    .append("\"></div>\n");
        }
        b.append("</div>\n</figure>\n");
    }
}
