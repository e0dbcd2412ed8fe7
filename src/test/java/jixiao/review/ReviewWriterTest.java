package jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jixiao.Samples;
import jixiao.export.JsonExporter;
import jixiao.model.Document;
import jixiao.model.Indicator;
import jixiao.model.Issue;
import jixiao.model.Project;
import jixiao.model.Source;

/** The review's parts that need no browser: the index from a manifest, missing sources, and text locations. */
class ReviewWriterTest {
    @TempDir
    Path out;

    @Test
    void manifestRowsAreListedFailedOnesWithoutAPage() throws IOException {
        Path text = Samples.path("dev/text/h-hebei-jingxian-2024-shichang.writer.txt");
        Document doc = JsonExporter.read(Samples.path("dev/text/h-hebei-jingxian-2024-shichang.writer.txt.gold.json"));
        doc = new Document(doc.schema(), new Source(text.toString(), null, "text", null), doc.document(),
                doc.departmentGoals(), doc.projects(), List.of(Issue.warning("SOME_WARNING", 1, null,
                "level-3 indicator \"" + doc.projects().get(0).indicators().get(1).level3() + "\" looks odd")));
        new JsonExporter().write(doc, out.resolve("jingxian.txt.json"));
        Files.writeString(out.resolve("manifest.csv"), "\uFEFFpath,sha256,status,error_code,message,pages,projects,"
                + "indicators,millis,output\r\n"
                + text + ",,ok,,,,1,8,120,jingxian.txt.json\r\n"
                + "\"in/broken, \"\"really\"\".pdf\",,failed,DAMAGED_PDF,\"cannot parse\nat all\",3,,,15,\r\n",
                StandardCharsets.UTF_8);
        ReviewSummary s = ReviewWriter.write(out, ReviewOptions.defaults());
        assertEquals(1, s.documents());
        assertEquals(1, s.unreadable());
        String index = Files.readString(out.resolve("review/index.html"));
        assertTrue(index.contains("<a href=\"doc/jingxian.txt.html\">jingxian.txt</a>"), index);
        assertTrue(index.contains("broken, &quot;really&quot;.pdf <span class=\"badge sev-error\">DAMAGED_PDF</span>"),
                index);
        assertTrue(index.contains("cannot parse\nat all"), "the failure's message");
        String page = Files.readString(out.resolve("review/doc/jingxian.txt.html"));
        assertTrue(page.contains("class=\"lines\""), "a text document shows its lines");
        assertTrue(page.matches("(?s).*<td class=\"f-level3 c doubt sev-warning\" data-b=\"p1-\\d+\".*"),
                "the quoted cell is marked with its issue's severity");
        // the quoted text is both the level-3 cell and the description: the issue is linked to both
        assertTrue(page.matches("(?s).*<li class=\"sev-warning\" data-b=\"p1-\\d+ p1-\\d+\".*SOME_WARNING.*"),
                "the issue is listed in its project, linked to the cells it quotes");
        assertFalse(Files.exists(out.resolve(".review-staging")), "the staging folder is gone");
    }

    @Test
    void aMissingSourceLeavesATableAndANote() throws IOException {
        Document gold = JsonExporter.read(Samples.path("dev/pdf/h-hebei-jingxian-2024-shichang.chrome.gold.json"));
        Document doc = new Document(gold.schema(), new Source("nowhere/x.pdf", null, "pdf", 2), gold.document(),
                gold.departmentGoals(), gold.projects(), gold.issues());
        new JsonExporter().write(doc, out.resolve("x.pdf.json"));
        ReviewSummary s = ReviewWriter.write(out, ReviewOptions.defaults());
        assertEquals(1, s.documents());
        assertEquals(0, s.pageImages());
        assertEquals(1, s.notes().size(), "one note: " + s.notes());
        assertTrue(s.notes().get(0).contains("source file not found"), s.notes().get(0));
        String page = Files.readString(out.resolve("review/doc/x.pdf.html"));
        assertTrue(page.contains("class=\"notice sev-warning\""), "the page says why it has no images");
        assertTrue(page.contains("<table class=\"ind\">"), "and still shows the table");
    }

    @Test
    void linksArePercentEncoded() {
        assertEquals("doc/a%20b%23c.pdf.html", Html.href("doc/a b#c.pdf.html"));
        assertEquals("doc/%E5%B7%A8.html", Html.href("doc/巨.html"));
    }

    @Test
    void quotedCsvFieldsKeepCommasQuotesAndNewlines() {
        assertEquals(List.of(List.of("a", "b,\"c\"", "d\ne"), List.of("", "f")),
                Manifest.parse("a,\"b,\"\"c\"\"\",\"d\ne\"\r\n,f\n"));
    }

    static List<Path> texts() {
        return Samples.list("dev/text", ".txt");
    }

    /** Every level-3 cell and value of the gold is found in the text, on lines that hold its start. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void textLocatorFindsTheGoldCells(Path text) throws IOException {
        Document gold = JsonExporter.read(Samples.goldFor(text, true));
        List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
        List<TextLocator.Located> located = new TextLocator(lines).locate(gold);
        assertEquals(gold.projects().size(), located.size());
        int cells = 0;
        int found = 0;
        StringBuilder misses = new StringBuilder();
        for (int p = 0; p < located.size(); p++) {
            Project project = gold.projects().get(p);
            for (int i = 0; i < project.indicators().size(); i++) {
                Indicator ind = project.indicators().get(i);
                Map<String, TextLocator.Span> at = located.get(p).cells().get(i);
                for (String field : List.of("level3", "value")) {
                    String want = Doubts.text(ind, field);
                    if (want == null) {
                        continue;
                    }
                    cells++;
                    TextLocator.Span s = at.get(field);
                    String start = want.replaceAll("\\s", "").substring(0, Math.min(2, want.strip().length()));
                    String got = s == null ? "" : String.join("", lines.subList(s.first(), s.last() + 1))
                            .replaceAll("\\s", "");
                    if (got.contains(start)) {
                        found++;
                    } else {
                        misses.append("\n  projects[").append(p).append("].indicators[").append(i).append("].")
                                .append(field).append(" \"").append(want).append("\" got ").append(s);
                    }
                }
            }
        }
        assertTrue(found >= 0.95 * cells, found + " of " + cells + " cells found:" + misses);
    }
}
