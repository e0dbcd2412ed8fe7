package jixiao.pdf;

import java.util.List;

/**
 * Everything read from one page: 1-based number, displayed size, glyphs in content order, rulings, image count.
 * {@code error} is null for a page read in full, else why PDFBox could not read it (the page is then empty).
 */
public record PageContent(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings,
                          int images, String error) {
    public PageContent {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }

    public PageContent(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings,
                       int images) {
        this(number, width, height, glyphs, rulings, images, null);
    }

    /** A page PDFBox could not read. */
    static PageContent unreadable(int number, String error) {
        return new PageContent(number, 0, 0, List.of(), List.of(), 0, error == null ? "unknown error" : error);
    }

    public boolean readable() {
        return error == null;
    }
}
