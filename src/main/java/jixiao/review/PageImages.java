package jixiao.review;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import jixiao.pdf.PageRenderer;
import jixiao.pdf.PdfReadException;

/**
 * Renders the pages a document page shows to PNG files: grayscale reduced to 16 levels (4 bits a pixel), which keeps
 * anti-aliased text readable at a third of the size of 8-bit gray or JPEG.
 */
final class PageImages {
    private static final IndexColorModel GRAY16 = gray16();

    private PageImages() {
    }

    /**
     * One page image: 1-based page, file name relative to the document page, the displayed page size in points
     * (what boxes are measured in) and in pixels; {@code file} is null and {@code error} set when it was not drawn.
     */
    record Shot(int page, String file, double width, double height, int pixelWidth, int pixelHeight,
                String error) {
        boolean drawn() {
            return file != null;
        }
    }

    /**
     * Renders {@code pages} of {@code pdf} into {@code dir} as {@code p<N>.png}; {@code prefix} is the folder's
     * name as linked from the document page.
     *
     * @throws PdfReadException when the PDF cannot be opened
     */
    static Map<Integer, Shot> render(Path pdf, List<String> passwords, Collection<Integer> pages, float dpi, Path dir,
                                     String prefix) throws PdfReadException, IOException {
        Map<Integer, Shot> shots = new TreeMap<>();
        if (pages.isEmpty()) {
            return shots;
        }
        Files.createDirectories(dir);
        PageRenderer.render(pdf, passwords, pages, dpi, true, p -> {
            if (p.image() == null) {
                shots.put(p.page(), new Shot(p.page(), null, p.width(), p.height(), 0, 0, p.error()));
                return;
            }
            String name = "p" + p.page() + ".png";
            BufferedImage image = toGray16(p.image());
            try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer in this Java runtime");
                }
            }
            shots.put(p.page(), new Shot(p.page(), prefix + "/" + name, p.width(), p.height(), image.getWidth(),
                    image.getHeight(), null));
        });
        return shots;
    }

    /** An 8-bit gray image as 16 gray levels, 4 bits a pixel. */
    static BufferedImage toGray16(BufferedImage gray) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY, GRAY16);
        Raster in = gray.getRaster();
        WritableRaster raster = out.getRaster();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            in.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                row[x] = (row[x] + 8) / 17; // 0..255 to the nearest of 0, 17, …, 255
            }
            raster.setSamples(0, y, w, 1, 0, row);
        }
        return out;
    }

    private static IndexColorModel gray16() {
        byte[] levels = new byte[16];
        for (int i = 0; i < 16; i++) {
            levels[i] = (byte) (i * 17);
        }
        return new IndexColorModel(4, 16, levels, levels, levels);
    }
}
