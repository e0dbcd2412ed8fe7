package jixiao.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import jixiao.GoldComparator;
import jixiao.GoldTally;
import jixiao.Samples;
import jixiao.export.JsonExporter;
import jixiao.mapping.DocumentMapper;
import jixiao.model.Document;
import jixiao.model.Source;
import jixiao.pdf.PageContent;
import jixiao.pdf.PdfReader;
import jixiao.table.PageLayout;

/**
 * The borderless layout: every dev sample with all its rulings removed (so tables must be rebuilt from text
 * alignment alone) still maps close to its gold. A ratchet: the numbers are what the rebuild achieves today; a change
 * that loses fields fails here, one that gains should lower the limits.
 */
class BorderlessSamplesTest {
    /** Differences from the golds over all 22 dev PDFs (of about 8,900 scored fields; 974 at the last change). */
    static final int MAX_DIFFERENCES = 1000;
    /** Number fields that came out as a different number (a wrong number is worse than a missing one). */
    static final int MAX_WRONG_NUMBERS = 1;

    @Test
    void samplesWithoutRulingsStayCloseToGold() throws Exception {
        GoldTally tally = new GoldTally();
        for (Path pdf : Samples.list("dev/pdf", ".pdf")) {
            List<PageLayout> layouts = new ArrayList<>();
            for (PageContent p : PdfReader.read(pdf, null)) {
                PageContent bare = new PageContent(p.number(), p.width(), p.height(), p.glyphs(), List.of(),
                        p.images());
                layouts.add(PageAssembler.assemble(bare));
            }
            Document doc = DocumentMapper.map(layouts,
                    new Source(pdf.getFileName().toString(), "0".repeat(64), "pdf", layouts.size()));
            JsonNode out = Samples.parseJson(new JsonExporter().toJson(doc));
            List<String> diffs = GoldComparator.compare(Samples.readJson(Samples.goldFor(pdf, false)), out);
            tally.add(pdf.getFileName().toString(), diffs);
        }
        String summary = tally.summary();
        System.out.println("borderless: " + summary.lines().findFirst().orElse(""));
        assertTrue(tally.differences() <= MAX_DIFFERENCES, summary);
        assertTrue(tally.wrongNumbers() <= MAX_WRONG_NUMBERS, summary);
    }
}
