package jixiao.layout;

import java.util.List;

import jixiao.table.Block;
import jixiao.table.TextLine;

/** Rebuilds tables drawn without rulings from text alignment. */
final class BorderlessDetector {
    private BorderlessDetector() {
    }

    static List<Block> detect(List<TextLine> freeLines, Tolerances tol) {
        return List.of();
    }

    static boolean consumed(List<Block> tables, TextLine line) {
        return false;
    }
}
