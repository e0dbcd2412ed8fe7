package jixiao.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jixiao.Jixiao;
import jixiao.Samples;
import jixiao.model.Box;

/**
 * Page images are drawn in the page space of the reader's boxes: for a page whose /Rotate turns its text sideways,
 * the reader turns the page back, and so does the renderer, so the rotated sample's image and boxes equal the
 * original's.
 */
class PageRendererTest {
    private static final Path SAMPLE = Samples.path("dev/pdf/h-hebei-jingxian-2024-shichang.writer.pdf");
    /** FontBox warns about harmless font quirks on every page it draws; held strongly so the level sticks. */
    private static final Logger FONTBOX = Logger.getLogger("org.apache.fontbox");

    @BeforeAll
    static void quiet() {
        FONTBOX.setLevel(Level.SEVERE);
    }

    @TempDir
    Path tmp;

    @Test
    void oneImagePixelIsDpiOver72Points() throws Exception {
        PageRenderer.PageImage page = render(SAMPLE, 96);
        assertEquals(Math.floor(page.width() * 96 / 72), page.image().getWidth(), 1.0);
        assertEquals(Math.floor(page.height() * 96 / 72), page.image().getHeight(), 1.0);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, page.image().getType());
    }

    @ParameterizedTest(name = "/Rotate {0}")
    @ValueSource(ints = {90, 180, 270})
    void aPageTurnedByRotateIsDrawnTurnedBack(int rotation) throws Exception {
        Path rotated = tmp.resolve("rotated.pdf");
        try (PDDocument doc = Loader.loadPDF(SAMPLE.toFile())) {
            for (PDPage page : doc.getPages()) {
                page.setRotation(rotation);
            }
            doc.save(rotated.toFile());
        }
        PageRenderer.PageImage original = render(SAMPLE, 72);
        PageRenderer.PageImage turned = render(rotated, 72);
        assertEquals(original.width(), turned.width(), 0.01, "width in points");
        assertEquals(original.height(), turned.height(), 0.01, "height in points");
        assertEquals(original.image().getWidth(), turned.image().getWidth(), 1, "image width");
        assertEquals(original.image().getHeight(), turned.image().getHeight(), 1, "image height");
        double ink = inkFound(original.image(), turned.image());
        assertTrue(ink > 0.97, "only " + ink + " of the original's ink is at the same place (±1 pixel)");
        assertTrue(inkFound(original.image(), render(SAMPLE, 72, 180)) < 0.5, "the measure tells a wrong turn");

        Box a = Jixiao.convert(SAMPLE).document().projects().get(0).indicators().get(0).box();
        Box b = Jixiao.convert(rotated).document().projects().get(0).indicators().get(0).box();
        assertEquals(a.x0(), b.x0(), 0.5);
        assertEquals(a.y0(), b.y0(), 0.5);
        assertEquals(a.x1(), b.x1(), 0.5);
        assertEquals(a.y1(), b.y1(), 0.5);
    }

    /** The first page of {@code pdf} turned by {@code degrees} more than the renderer turns it. */
    private static BufferedImage render(Path pdf, float dpi, int degrees) throws Exception {
        return PageRenderer.turn(render(pdf, dpi).image(), degrees);
    }

    private static PageRenderer.PageImage render(Path pdf, float dpi) throws Exception {
        List<PageRenderer.PageImage> pages = new ArrayList<>();
        PageRenderer.render(pdf, List.of(), List.of(1), dpi, true, pages::add);
        assertEquals(1, pages.size());
        assertEquals(null, pages.get(0).error());
        return pages.get(0);
    }

    /**
     * The share of the dark pixels of {@code a} that have a dark pixel of {@code b} within one pixel: the two pages
     * are drawn at sub-pixel offsets, so anti-aliased edges differ, but ink stays in place.
     */
    private static double inkFound(BufferedImage a, BufferedImage b) {
        Raster ra = a.getRaster();
        Raster rb = b.getRaster();
        long ink = 0;
        long found = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (ra.getSample(x, y, 0) >= 96) {
                    continue;
                }
                ink++;
                search:
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int bx = x + dx;
                        int by = y + dy;
                        if (bx >= 0 && by >= 0 && bx < b.getWidth() && by < b.getHeight()
                                && rb.getSample(bx, by, 0) < 160) {
                            found++;
                            break search;
                        }
                    }
                }
            }
        }
        return found / (double) ink;
    }
}
