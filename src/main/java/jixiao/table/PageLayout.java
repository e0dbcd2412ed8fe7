package jixiao.table;

import java.util.List;

/** One page rebuilt: its blocks (tables and free lines) top to bottom, its size and whether it had text. */
public record PageLayout(int page, double width, double height, List<Block> blocks, int glyphs, int images) {
    public PageLayout {
        blocks = List.copyOf(blocks);
    }
}
