package jixiao.text;

import java.util.List;

import jixiao.table.Block;

/** Reads already-extracted text into page layouts. */
public final class TextLayoutReader {
    private TextLayoutReader() {
    }

    public static List<Block> read(String text) {
        throw new UnsupportedOperationException("in progress");
    }
}
