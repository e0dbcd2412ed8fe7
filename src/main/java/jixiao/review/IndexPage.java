package jixiao.review;

import java.util.List;
import java.util.Locale;

/**
 * {@code index.html}: one row per document with its counts (projects, indicators, issues by severity), its
 * conversion time and pages per second, and a link to its page; a filter keeps the documents with errors or
 * warnings.
 */
final class IndexPage {
    private IndexPage() {
    }

    /**
     * One row. {@code href} is null for an input without a page (its conversion failed, its JSON is unreadable),
     * which counts as one error; {@code millis} is the conversion time from the manifest, null when unknown.
     */
    record Entry(String name, String href, String format, Integer pages, int projects, int indicators, int errors,
                 int warnings, int infos, Long millis, String status, String message) {
        boolean problems() {
            return errors > 0 || warnings > 0 || href == null;
        }
    }

    static String html(List<Entry> entries, String folder) {
        StringBuilder b = new StringBuilder(16 * 1024);
        Head.open(b, "jixiao review · " + folder, "");
        b.append("<body class=\"index\">\n<header>\n<h1>Review of ").append(Html.esc(folder)).append("</h1>\n");
        summary(b, entries);
        b.append("<p class=\"filters\"><label><input type=\"checkbox\" id=\"only-problems\"> only documents with ")
                .append("errors or warnings</label> <input type=\"search\" id=\"name-filter\" placeholder=\"")
                .append("filter by name\"> <span id=\"shown\"></span></p>\n</header>\n<main>\n")
                .append("<table class=\"docs\">\n<thead><tr><th>document</th><th>format</th><th>pages</th>")
                .append("<th>projects</th><th>indicators</th><th class=\"sev-error\">errors</th>")
                .append("<th class=\"sev-warning\">warnings</th><th class=\"sev-info\">infos</th><th>ms</th>")
                .append("<th>pages/s</th></tr></thead>\n<tbody>\n");
        for (Entry e : entries) {
            row(b, e);
        }
        b.append("</tbody>\n");
        totals(b, entries);
        return b.append("</table>\n</main>\n</body>\n</html>\n").toString();
    }

    private static void summary(StringBuilder b, List<Entry> entries) {
        long failed = entries.stream().filter(e -> e.href() == null).count();
        long withProblems = entries.stream().filter(Entry::problems).count();
        b.append("<p class=\"summary\">").append(entries.size()).append(" documents");
        if (failed > 0) {
            b.append(", <span class=\"sev-error\">").append(failed).append(" without a page</span>");
        }
        b.append(", ").append(withProblems).append(" with errors or warnings");
        String rate = rate(entries);
        if (rate != null) {
            b.append("; conversion ").append(rate);
        }
        b.append(".</p>\n");
    }

    /** Pages per second over the documents whose time is known: their pages over their summed conversion times. */
    private static String rate(List<Entry> entries) {
        long[] t = timed(entries);
        if (t[1] <= 0 || t[0] == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "%d pages in %.1f s, %.1f pages/s (conversion time summed per file)",
                t[0], t[1] / 1000.0, t[0] * 1000.0 / t[1]);
    }

    /** The pages and milliseconds of the converted documents with both known (PDFs whose time is in the manifest). */
    private static long[] timed(List<Entry> entries) {
        long pages = 0;
        long millis = 0;
        for (Entry e : entries) {
            if (e.millis() != null && e.pages() != null && e.href() != null) {
                pages += e.pages();
                millis += e.millis();
            }
        }
        return new long[] {pages, millis};
    }

    private static void row(StringBuilder b, Entry e) {
        b.append("<tr data-problems=\"").append(e.problems()).append("\" data-name=\"")
                .append(Html.esc(e.name().toLowerCase(Locale.ROOT))).append("\"><td class=\"name\">");
        if (e.href() != null) {
            b.append("<a href=\"").append(Html.href(e.href())).append("\">").append(Html.esc(e.name())).append("</a>");
        } else {
            b.append(Html.esc(e.name())).append(" <span class=\"badge sev-error\">").append(Html.esc(e.status()))
                    .append("</span>");
        }
        if (e.message() != null) {
            b.append("<div class=\"msg\">").append(Html.esc(e.message())).append("</div>");
        }
        b.append("</td><td>").append(Html.esc(e.format() == null ? "—" : e.format())).append("</td>");
        cell(b, e.pages() == null ? "—" : String.valueOf(e.pages()), null);
        cell(b, e.href() == null ? "—" : String.valueOf(e.projects()), null);
        cell(b, e.href() == null ? "—" : String.valueOf(e.indicators()), null);
        cell(b, String.valueOf(e.errors()), e.errors() > 0 ? "sev-error" : null);
        cell(b, String.valueOf(e.warnings()), e.warnings() > 0 ? "sev-warning" : null);
        cell(b, String.valueOf(e.infos()), e.infos() > 0 ? "sev-info" : null);
        cell(b, e.millis() == null ? "—" : String.valueOf(e.millis()), null);
        boolean rated = e.millis() != null && e.millis() > 0 && e.pages() != null;
        cell(b, rated ? Html.num(e.pages() * 1000.0 / e.millis(), 1) : "—", null);
        b.append("</tr>\n");
    }

    private static void cell(StringBuilder b, String text, String cls) {
        b.append("<td class=\"num").append(cls == null ? "" : " " + cls).append("\">").append(text).append("</td>");
    }

    private static void totals(StringBuilder b, List<Entry> entries) {
        int pages = entries.stream().mapToInt(e -> e.pages() == null ? 0 : e.pages()).sum();
        long millis = entries.stream().mapToLong(e -> e.millis() == null ? 0 : e.millis()).sum();
        b.append("<tfoot><tr><td>").append(entries.size()).append(" documents</td><td></td>");
        cell(b, String.valueOf(pages), null);
        cell(b, String.valueOf(entries.stream().mapToInt(Entry::projects).sum()), null);
        cell(b, String.valueOf(entries.stream().mapToInt(Entry::indicators).sum()), null);
        cell(b, String.valueOf(entries.stream().mapToInt(Entry::errors).sum()), null);
        cell(b, String.valueOf(entries.stream().mapToInt(Entry::warnings).sum()), null);
        cell(b, String.valueOf(entries.stream().mapToInt(Entry::infos).sum()), null);
        cell(b, millis > 0 ? String.valueOf(millis) : "—", null);
        long[] t = timed(entries);
        cell(b, t[1] > 0 && t[0] > 0 ? Html.num(t[0] * 1000.0 / t[1], 1) : "—", null);
        b.append("</tr></tfoot>\n");
    }
}
