package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jixiao.ConversionResult;
import jixiao.GoldComparator;
import jixiao.GoldTally;
import jixiao.Jixiao;
import jixiao.Samples;
import jixiao.export.JsonExporter;

/**
 * Text of every dev PDF from other extraction tools maps close to the gold of its PDF, with the page fields dropped
 * (text has no page numbers): space-aligned text ({@code pdftotext -layout}, {@code samples/dev/layout/}) and text
 * printed a text run a line (MuPDF's {@code mutool draw -F txt}, {@code samples/dev/mutool/}). Ratchets: the numbers
 * are what the readers achieve today; a change that loses fields fails here, one that gains should lower the limits.
 */
class LayoutTextSamplesTest {
    /** Differences from the golds over the 22 layout texts (of about 8,900 scored fields; 81 at the last change). */
    static final int MAX_LAYOUT_DIFFERENCES = 85;
    /** Differences from the golds over the 22 MuPDF texts (of about 8,900 scored fields; 825 at the last change). */
    static final int MAX_MUTOOL_DIFFERENCES = 840;
    /** Number fields that came out as a different number: none may. */
    static final int MAX_WRONG_NUMBERS = 0;

    @Test
    void layoutTextStaysCloseToGold() throws Exception {
        assertCloseToGold("dev/layout", ".layout.txt", MAX_LAYOUT_DIFFERENCES);
    }

    @Test
    void mutoolTextStaysCloseToGold() throws Exception {
        assertCloseToGold("dev/mutool", ".mutool.txt", MAX_MUTOOL_DIFFERENCES);
    }

    private static void assertCloseToGold(String dir, String suffix, int maxDifferences) throws Exception {
        GoldTally tally = new GoldTally();
        for (Path txt : Samples.list(dir, ".txt")) {
            String name = txt.getFileName().toString();
            Path pdfGold = Samples.path("dev/pdf/" + name.substring(0, name.length() - suffix.length()) + ".gold.json");
            ConversionResult r = Jixiao.convert(txt);
            JsonNode out = Samples.parseJson(new JsonExporter().toJson(r.document()));
            List<String> diffs = GoldComparator.compare(withoutPages(Samples.readJson(pdfGold)), out);
            tally.add(name, diffs);
        }
        String summary = tally.summary();
        System.out.println(dir + " text: " + summary.lines().findFirst().orElse(""));
        assertTrue(tally.differences() <= maxDifferences, summary);
        assertTrue(tally.wrongNumbers() <= MAX_WRONG_NUMBERS, summary);
    }

    /** The PDF's gold as the gold of its text: format text, no page numbers. */
    static JsonNode withoutPages(JsonNode gold) {
        ObjectNode g = gold.deepCopy();
        ((ObjectNode) g.path("source")).put("format", "text");
        ((ObjectNode) g.path("source")).putNull("pages");
        for (JsonNode p : g.path("projects")) {
            ((ObjectNode) p).putArray("pages");
            for (JsonNode i : p.path("indicators")) {
                ((ObjectNode) i).putNull("page");
            }
        }
        for (JsonNode i : g.path("issues")) {
            ((ObjectNode) i).putNull("page");
        }
        return g;
    }
}
