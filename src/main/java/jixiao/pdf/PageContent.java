package jixiao.pdf;

import java.util.List;

/** Everything read from one page: 1-based number, displayed size, glyphs in content order, rulings, image count. */
public record PageContent(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings,
                          int images) {
    public PageContent {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }
}
