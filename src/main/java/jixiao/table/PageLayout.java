package jixiao.table;

import java.util.List;

/**
 * One page rebuilt: its blocks (tables and free lines) top to bottom, its size, how many glyphs and images it had,
 * {@code error}: null, or why the page could not be read at all, and how many glyphs had no Unicode mapping.
 */
public record PageLayout(int page, double width, double height, List<Block> blocks, int glyphs, int images,
                         String error, int undecodable) {
    public PageLayout {
        blocks = List.copyOf(blocks);
    }

    public PageLayout(int page, double width, double height, List<Block> blocks, int glyphs, int images) {
        this(page, width, height, blocks, glyphs, images, null, 0);
    }
}
