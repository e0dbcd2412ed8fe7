package jixiao.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import jixiao.GoldComparator;
import jixiao.Jixiao;
import jixiao.Options;
import jixiao.Samples;
import jixiao.export.JsonExporter;

/**
 * A page whose /Rotate turns its text sideways (or upside down) is read in the text's own direction: the sample,
 * rotated by a fixture built here, still equals its gold.
 */
class RotationTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "/Rotate {0}")
    @ValueSource(ints = {90, 180, 270})
    void rotatedPagesConvertLikeTheOriginal(int rotation) throws Exception {
        Path sample = Samples.path("dev/pdf/h-hebei-jingxian-2024-shichang.writer.pdf");
        Path rotated = tmp.resolve("h-hebei-jingxian-2024-shichang.writer.pdf");
        try (PDDocument doc = Loader.loadPDF(sample.toFile())) {
            for (PDPage page : doc.getPages()) {
                page.setRotation(rotation);
            }
            doc.save(rotated.toFile());
        }
        List<PageContent> pages = PdfReader.read(rotated, null);
        assertTrue(pages.get(0).glyphs().stream().filter(g -> !g.isSpace()).allMatch(Glyph::upright),
                "glyphs turned back to left-to-right");
        JsonNode out = Samples.parseJson(new JsonExporter().toJson(Jixiao.convert(rotated, Options.defaults())
                .document()));
        List<String> diffs = GoldComparator.compare(Samples.readJson(Samples.goldFor(sample, false)), out);
        assertEquals(List.of(), diffs);
        assertTrue(Files.size(rotated) > 0);
    }
}
