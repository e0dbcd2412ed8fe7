package jixiao.pdf;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;

/**
 * Renders PDF pages to images in the page space of {@link PdfReader}'s records, so that one image pixel is
 * {@code dpi / 72} points of their coordinates (top-left origin, y down, points): the crop box after /Rotate, as a
 * viewer displays it, and turned as {@link PdfReader} turns a page whose text runs sideways ({@link TextOrientation}).
 * Stateless: each call opens its own document and hands each page to the sink as soon as it is drawn, so memory
 * holds one page.
 */
public final class PageRenderer {
    private PageRenderer() {
    }

    /**
     * One rendered page: 1-based number, displayed size in points, and the image (or null and the reason when
     * PDFBox could not draw it).
     */
    public record PageImage(int page, double width, double height, BufferedImage image, String error) {
    }

    /** Receives the pages in increasing order. */
    @FunctionalInterface
    public interface Sink {
        void accept(PageImage page) throws IOException;
    }

    /**
     * Renders the given 1-based pages of {@code file} (numbers outside the document are skipped) at {@code dpi},
     * in 8-bit grayscale when {@code gray}, else RGB. The file may live on any file system (e.g. inside a ZIP). It is
     * opened as {@link PdfReader} opens it: each password in turn, then none (an owner-password-only PDF opens).
     *
     * @throws PdfReadException when the file cannot be opened; a page that cannot be drawn is passed to the sink
     *                          with its error instead
     * @throws IOException      when the sink fails
     */
    public static void render(Path file, List<String> passwords, Collection<Integer> pages, float dpi, boolean gray,
                              Sink sink) throws PdfReadException, IOException {
        try (PDDocument doc = PdfReader.open(file, passwords == null ? List.of() : passwords, Deadline.NONE)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            renderer.setSubsamplingAllowed(true); // big embedded images: a smaller page image is all we need
            int count = doc.getNumberOfPages();
            for (int n : new TreeSet<>(pages)) {
                if (n < 1 || n > count) {
                    continue;
                }
                sink.accept(draw(renderer, doc.getPage(n - 1), n, dpi, gray));
            }
        }
    }

    private static PageImage draw(PDFRenderer renderer, PDPage page, int n, float dpi, boolean gray) {
        PDRectangle crop = page.getCropBox();
        boolean rotated = page.getRotation() % 180 != 0;
        double width = rotated ? crop.getHeight() : crop.getWidth();
        double height = rotated ? crop.getWidth() : crop.getHeight();
        try {
            int turn = TextOrientation.turn(new ContentCollector(page).displayed(n));
            BufferedImage image = renderer.renderImage(n - 1, dpi / 72f, gray ? ImageType.GRAY : ImageType.RGB,
                    RenderDestination.VIEW);
            boolean quarter = turn % 180 != 0;
            return new PageImage(n, quarter ? height : width, quarter ? width : height, turn(image, turn), null);
        } catch (IOException | RuntimeException e) {
            // a damaged page costs that page's image only
            return new PageImage(n, width, height, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * The image turned as {@link TextOrientation} turns the page's coordinates: text written at {@code direction}
     * degrees comes back to left to right. Displayed (x, y) goes to (y, W - x) for 90, (W - x, H - y) for 180 and
     * (H - y, x) for 270, W and H being the displayed width and height.
     */
    static BufferedImage turn(BufferedImage image, int direction) {
        if (direction == 0) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = switch (direction) {
            case 90 -> new AffineTransform(0, -1, 1, 0, 0, w);
            case 180 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 270 -> new AffineTransform(0, 1, -1, 0, h, 0);
            default -> throw new IllegalArgumentException("not a quarter turn: " + direction);
        };
        boolean quarter = direction != 180;
        BufferedImage out = new BufferedImage(quarter ? h : w, quarter ? w : h, image.getType());
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

}
