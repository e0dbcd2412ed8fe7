package jixiao.text;

/**
 * What a first decoding shows of a column's wrap width, in half-em units ({@link Width}), 0 where it shows nothing:
 * {@code wrap}, the widest line of its wrapped cells, and {@code full}, the width of a line of Chinese characters
 * that the column breaks before one more character (a full line, measured exactly, since such characters are one em
 * wide in any font).
 */
record ColumnWidth(double wrap, int full) {
    static final ColumnWidth UNKNOWN = new ColumnWidth(0, 0);
}
